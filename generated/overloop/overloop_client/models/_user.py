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
from ..models._to_one_relationship import ToOneRelationship


class UserAttributes(BaseModel):
    """Attributes of a user. Filterable attribute: disabled."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The user's name."""
    email: str | None = None
    """The user's email address."""
    role: Literal["admin", "user"] | UnknownEnum | None = None
    """The user's role."""
    phone_number: str | None = None
    """The user's phone number (may be empty)."""
    skype: str | None = None
    """The user's Skype username."""
    signature: str | None = None
    """The user's HTML signature."""
    disabled: bool | None = None
    """Whether or not the user is disabled. Filterable."""
    from_name: str | None = None
    """The name put in the email From field."""
    timezone: str | None = None
    """The user's time zone (e.g. `Brussels`; not necessarily an IANA name)."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class UserRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    company: ToOneRelationship | None = None
    """The user's company (`companies`)."""


class User(BaseModel):
    """A user of your account. Read-only through the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["users"], Field(alias="type")]
    attributes: UserAttributes | None = None
    relationships: UserRelationships | None = None
    links: ResourceLinks | None = None
