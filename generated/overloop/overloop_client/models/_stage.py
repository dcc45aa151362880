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


class StageAttributes(BaseModel):
    """Attributes of a stage. No attribute is filterable."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name."""
    probability: float | None = None
    """The stage's probability (use 10 for 10%)."""
    position: int | None = None
    """The stage's position in the pipeline (starts at 0). Documented as `number`."""
    rotting_days: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class StageRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pipeline: ToOneRelationship | None = None
    """The stage's pipeline (`pipelines`)."""


class Stage(BaseModel):
    """A stage of a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["stages"], Field(alias="type")]
    attributes: StageAttributes | None = None
    relationships: StageRelationships | None = None
    links: ResourceLinks | None = None
