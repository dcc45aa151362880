"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._client_folder_summary import ClientFolderSummary
from ..models._contact_fields import ContactFields
from ..models._team import Team
from ..models._user_contact import UserContact
from ..models._user_summary import UserSummary


class LeadExtendedInfo(BaseModel):
    """Extra information returned with a single lead (not in lists)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    all_contact_emails: list[str] | None = None
    """All email addresses found in the lead."""
    first_contact_email: str | None = None
    """First email address found in the lead."""
    permalink: str | None = None
    """Link to the lead in the web application."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    fields_by_name: dict[str, str | None] | None = None
    comment_count: int | None = None
    """Number of comments on the lead."""
    bcc_count: int | None = None
    """Number of emails sent to the lead through the BCC address."""
    team: Team | None = None
    """Team of the lead owner."""
    user: UserContact | None = None
    """Owner of the lead."""
    client_folder: ClientFolderSummary | None = None
    """Client folder of the lead."""
    created_by: UserSummary | None = None
    """User who created the lead."""
    business_card_id: int | None = None
    """Id of the business card picture when the lead was created from one."""
    visible_by_count: int | None = None
    """Number of users who can see the lead."""
    follow_ups: list[dict[str, Any]] | None = None
    """Follow-ups of the lead (always empty in the docs; item shape undocumented)."""


class Lead(BaseModel):
    """A lead (a deal with a company/contact). List endpoints return it without extended_info, reminder_at and reminder_duration (and with team_name); single-lead endpoints return the full object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Lead id."""
    title: str
    """Lead's title, usually the company name."""
    pipeline: str | None = None
    """Pipeline of the lead (null in every documented example; type assumed)."""
    step: str | None = None
    """Name of the current step."""
    step_id: int | None = None
    """Id of the current step."""
    status: (
        Literal[
            "todo",
            "standby",
            "won",
            "lost",
            "cancelled",
            "Todo",
            "Standby",
            "Won",
            "Lost",
            "Cancelled",
        ]
        | UnknownEnum
        | None
    ) = None
    amount: float | None = None
    """Amount of the lead."""
    probability: int | None = None
    """Probability (percent) of closing the lead."""
    currency: str | None = None
    """Currency code of the amount."""
    starred: bool | None = None
    """True if the lead is starred."""
    remind_date: date | None = None
    """Date of the next reminder (account time zone)."""
    remind_time: str | None = None
    """Time of the next reminder, HH:MM 24h (account time zone)."""
    reminder_at: datetime | None = None
    """Date and time of the reminder in UTC."""
    reminder_duration: int | None = None
    """Duration of the reminder in minutes."""
    created_at: datetime | None = None
    """Creation date."""
    estimated_closing_date: str | None = None
    """Estimated closing date."""
    updated_at: datetime | None = None
    """Last update date."""
    closed_at: datetime | None = None
    """Date the lead was closed (won, lost or cancelled)."""
    description: str | None = None
    """Plain-text description (contact information as 'Label: value' lines)."""
    text_description: str | None = None
    """Plain-text description. One list example uses this name instead of "description": accept either."""
    html_description: str | None = None
    """HTML version of the description."""
    tags: list[str] | None = None
    """Tags of the lead."""
    created_from: str | None = None
    """Origin of the lead: 'api', or the email address the lead was sent from (email API)."""
    attachment_count: int | None = None
    """Number of attachments."""
    created_by_id: int | None = None
    """Id of the user who created the lead."""
    user_id: int | None = None
    """Id of the owner; null for an unassigned lead."""
    team_id: int | None = None
    """Id of the team of the owner."""
    team_name: str | None = None
    """Name of the team (list items only)."""
    client_folder_id: int | None = None
    """Id of the client folder."""
    client_folder_name: str | None = None
    """Name of the client folder."""
    extended_info: LeadExtendedInfo | None = None


class LeadDuplicate(BaseModel):
    """A potential duplicate of a lead, with the matching fields."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    lead: Lead
    matches: list[list[str]] | None = None
    """What matched: pairs of [field name (e.g. "title", "email"), value]."""
