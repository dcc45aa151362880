"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._resource_links import ResourceLinks
from ..models._to_many_relationship import ToManyRelationship
from ..models._to_one_relationship import ToOneRelationship


class ProspectAttributes(BaseModel):
    """Attributes of a prospect. Custom fields are returned as extra `c_*` attributes (e.g. `c_custom_field_a`). Filterable attributes: id, email, first_name, last_name, jobtitle, phone, title, country, state, city, industry, excluded, opened, clicked, replied, bounced."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The prospect's email address. Filterable."""
    first_name: str | None = None
    """The prospect's first name. Filterable."""
    last_name: str | None = None
    """The prospect's last name. Filterable."""
    description: str | None = None
    """A text description of the prospect."""
    jobtitle: str | None = None
    """The prospect's job title. Filterable."""
    linkedin_profile: str | None = None
    """A link to the prospect's LinkedIn profile."""
    phone: str | None = None
    """The prospect's phone number. Filterable."""
    title: str | None = None
    """The prospect's title of civility (e.g. `Mr.`). Filterable."""
    country: str | None = None
    """The prospect's country. Filterable."""
    state: str | None = None
    """The prospect's state or region. Filterable."""
    city: str | None = None
    """The prospect's city. Filterable."""
    industry: str | None = None
    """The prospect's industry. Filterable."""
    created_from: Literal["web", "extension", "api", "import"] | UnknownEnum | None = None
    """The source of the prospect."""
    last_emailed_at: datetime | None = None
    """The date and time of the last email sent to this prospect (ISO 8601 format with timezone offset)."""
    excluded: bool | None = None
    """Whether or not the prospect is marked as excluded. Filterable."""
    opened: bool | None = None
    """Whether or not the prospect opened any of your emails. Filterable."""
    opened_at: datetime | None = None
    """The date and time when the prospect last opened an email."""
    open_count: int | None = None
    """The number of times the prospect opened any of your emails."""
    clicked: bool | None = None
    """Whether or not the prospect clicked a link in any of your emails. Filterable."""
    clicked_at: datetime | None = None
    """The date and time when the prospect last clicked a link in an email."""
    click_count: int | None = None
    """The number of times the prospect clicked a link in any of your emails."""
    replied: bool | None = None
    """Whether or not the prospect replied to one of your emails or LinkedIn messages. Filterable."""
    replied_at: datetime | None = None
    """The date and time when the prospect last replied to an email or a LinkedIn message."""
    email_reply_count: int | None = None
    """The number of times the prospect replied to one of your emails."""
    linkedin_reply_count: int | None = None
    """The number of times the prospect replied to one of your LinkedIn messages."""
    bounced: bool | None = None
    """Whether or not the prospect email bounced. Filterable."""
    url: str | None = None
    """The full URL to the prospect on Overloop."""
    lists: list[str] | None = None
    """Name of the lists of the prospect."""
    email_status: (
        Literal["found", "searching", "search_failed", "user_edited", "not_searched"]
        | UnknownEnum
        | None
    ) = None
    """Indicates if the prospect's email address has been searched for by the Email Finder and the result of the last search."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class ProspectRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the prospect (`users`)."""
    organization: ToOneRelationship | None = None
    """The organization of this prospect (`organizations`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the prospect (`users`)."""
    enrollments: ToManyRelationship | None = None
    """The enrollments of the prospect in automations (campaigns or workflows) (`automations_enrollments`)."""


class Prospect(BaseModel):
    """A prospect (contact)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    attributes: ProspectAttributes | None = None
    relationships: ProspectRelationships | None = None
    links: ResourceLinks | None = None
