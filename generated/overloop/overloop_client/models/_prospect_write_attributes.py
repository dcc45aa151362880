"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import BaseModel, ConfigDict


class ProspectWriteAttributes(BaseModel):
    """Writable prospect attributes (create and update). Every parameter defaults to NULL on create; on update, parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`, see `GET /custom_fields`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The prospect's email."""
    first_name: str | None = None
    """The prospect's first name."""
    last_name: str | None = None
    """The prospect's last name."""
    description: str | None = None
    """A text description of the prospect."""
    jobtitle: str | None = None
    """The prospect's job title."""
    linkedin_profile: str | None = None
    """A link to the prospect's LinkedIn profile."""
    phone: str | None = None
    """The prospect's phone number."""
    title: str | None = None
    """The prospect's title of civility."""
    country: str | None = None
    """The prospect's country."""
    state: str | None = None
    """The prospect's state or region."""
    city: str | None = None
    """The prospect's city."""
    industry: str | None = None
    """The prospect's industry."""
    lists: list[str] | None = None
    """Name of the lists where to save the prospect (the lists are created if they don't exist)."""
    owner_id: int | None = None
    """The ID of the user owning this prospect. Defaults (on create) to the user who performed the action."""
    organization_id: int | None = None
    """ID of the organization this prospect belongs to (see create an organization)."""


class ProspectWriteAttributesParam(TypedDict, total=False):
    """``ProspectWriteAttributes`` as a dict: what an argument taking the model also takes."""

    email: str | None
    first_name: str | None
    last_name: str | None
    description: str | None
    jobtitle: str | None
    linkedin_profile: str | None
    phone: str | None
    title: str | None
    country: str | None
    state: str | None
    city: str | None
    industry: str | None
    lists: list[str] | None
    owner_id: int | None
    organization_id: int | None
