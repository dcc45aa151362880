"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict

from pydantic import BaseModel, ConfigDict


class OrganizationWriteAttributes(BaseModel):
    """Writable organization attributes (create and update). Every parameter defaults to NULL on create; on update, parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The name of the organization."""
    website: str | None = None
    """The organization's website."""
    description: str | None = None
    """The organization's description."""
    email: str | None = None
    """The organization's prospect email."""
    phone: str | None = None
    """The organization's prospect phone number."""
    country: str | None = None
    """The organization's country."""
    city: str | None = None
    """The organization's city."""
    state: str | None = None
    """The organization's state."""
    address: str | None = None
    """The organization's full address."""
    lists: list[str] | None = None
    """Name of the lists of the organization."""
    owner_id: int | None = None
    """The ID of the user owning this organization. Defaults (on create) to the user who performed the action."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class OrganizationWriteAttributesParam(TypedDict, total=False):
    """``OrganizationWriteAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    website: str | None
    description: str | None
    email: str | None
    phone: str | None
    country: str | None
    city: str | None
    state: str | None
    address: str | None
    lists: list[str] | None
    owner_id: int | None
    created_at: datetime | str | None
    updated_at: datetime | str | None
