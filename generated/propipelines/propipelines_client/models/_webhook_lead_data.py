"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._client_folder_summary import ClientFolderSummary
from ..models._contact_fields import ContactFields
from ..models._team import Team
from ..models._user_summary import UserSummary


class WebhookLeadData(BaseModel):
    """The lead as sent in webhook events. Unlike the REST lead, "description" holds HTML and "text_description" plain text."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Lead id."""
    title: str | None = None
    """Lead's title."""
    description: str | None = None
    """HTML description of the lead."""
    text_description: str | None = None
    """Plain-text description of the lead."""
    amount: float | None = None
    """Amount."""
    currency: str | None = None
    """Currency code."""
    probability: int | None = None
    """Probability (percent)."""
    reminder_at: datetime | None = None
    """Date and time of the reminder (UTC)."""
    reminder_duration: int | None = None
    """Reminder duration in minutes."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    starred: bool | None = None
    """True if starred."""
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
    step: str | None = None
    """Name of the step."""
    tags: list[str] | None = None
    """Tags."""
    contact_email: str | None = None
    """Main contact email."""
    first_contact_email: str | None = None
    """First email found in the lead."""
    all_contact_emails: list[str] | None = None
    """All emails found in the lead."""
    permalink: str | None = None
    """Link to the lead."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    comment_count: int | None = None
    """Number of comments."""
    bcc_count: int | None = None
    """Number of BCC emails."""
    team: Team | None = None
    """Team of the owner."""
    user: UserSummary | None = None
    """Owner of the lead."""
    client_folder: ClientFolderSummary | None = None
    """Client folder of the lead."""
