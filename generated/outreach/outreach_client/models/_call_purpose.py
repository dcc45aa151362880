"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._call_to_many import CallToMany
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class CallPurposeAttributes(BaseModel):
    """Attributes of a callPurpose. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallPurposeRelationships(BaseModel):
    """Relationships of a callPurpose, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the purpose."""
    calls: CallToMany | None = None
    """Calls with this purpose."""


class CallPurpose(BaseModel):
    """A callPurpose resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int
    attributes: CallPurposeAttributes | None = None
    relationships: CallPurposeRelationships | None = None
    """Relationships of a callPurpose, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
