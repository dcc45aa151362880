"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._to_one_relationship import ToOneRelationship


class OrganizationAttributes(BaseModel):
    """Attributes of an organization. Custom fields are returned as extra `c_*` attributes. Filterable attributes: id, name, website, description, email, phone, country, city, state, address."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The name of the organization. Filterable."""
    website: str | None = None
    """The organization's website. Filterable."""
    description: str | None = None
    """The organization's description. Filterable."""
    email: str | None = None
    """The organization's prospect email. Filterable."""
    phone: str | None = None
    """The organization's prospect phone number. Filterable."""
    country: str | None = None
    """The organization's country. Filterable."""
    city: str | None = None
    """The organization's city. Filterable."""
    state: str | None = None
    """The organization's state. Filterable."""
    address: str | None = None
    """The organization's full address. Filterable."""
    lists: list[str] | None = None
    """Name of the lists of the organization."""
    created_from: str | None = None
    """The source of the organization (e.g. `extension`). Shown in the example, not in the table."""
    creator_id: int | None = None
    """ID of the user who created the organization. Shown only in the docs' Relationships example."""
    updater_id: int | None = None
    """ID of the user who last updated the organization. Shown only in the docs' Relationships example."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class OrganizationRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the organization (`users`)."""
    updater: ToOneRelationship | None = None
    """The user who updated the organization (`users`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the organization (`users`); appears only in the list example."""


class Organization(BaseModel):
    """An organization (company)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    attributes: OrganizationAttributes | None = None
    relationships: OrganizationRelationships | None = None
    links: ResourceLinks | None = None
