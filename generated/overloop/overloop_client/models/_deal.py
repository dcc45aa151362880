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


class DealAttributes(BaseModel):
    """Attributes of a deal. Custom fields are returned as extra `c_*` attributes. Filterable attributes: id, title, value, status."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The name of the deal. Filterable."""
    value: str | None = None
    """The value of the deal. Documented as decimal; returned as a decimal string (e.g. `"123456"`). Filterable."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status. Filterable."""
    closed_at: datetime | None = None
    """ISO 8601 moment when the deal was closed."""
    expected_close_date: datetime | None = None
    """ISO 8601 moment the deal is expected to close (a date-time despite the name)."""
    entered_stage_at: datetime | None = None
    """ISO 8601 moment of the last stage change."""
    created_from: str | None = None
    """The source of the deal (e.g. `web`). Shown in the example, not in the table."""
    created_at: datetime | None = None
    """ISO 8601 moment the deal was created."""
    updated_at: datetime | None = None
    """ISO 8601 moment the deal was last updated."""


class DealRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the deal (`users`)."""
    updater: ToOneRelationship | None = None
    """The user who updated the deal (`users`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the deal (`users`)."""
    prospect: ToOneRelationship | None = None
    """The prospect of this deal (`prospects`)."""
    organization: ToOneRelationship | None = None
    """The organization of this deal (`organizations`)."""
    stage: ToOneRelationship | None = None
    """The stage of this deal (`stages`). The docs' example uses a UUID as the stage id."""


class Deal(BaseModel):
    """A deal in a pipeline stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealAttributes | None = None
    relationships: DealRelationships | None = None
    links: ResourceLinks | None = None
