"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._to_many_relationship import ToManyRelationship


class SegmentAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The segment's name."""
    combination_operator: str | None = None
    """How the segment's filters are combined (e.g. `and`)."""


class SegmentRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    filters: ToManyRelationship | None = None
    """The conditions of the segment (`filters`)."""


class Segment(BaseModel):
    """Segment of an automation's enter_segment trigger. Only appears in `included`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Segment identifier (string)."""
    type_: Annotated[Literal["segments"], Field(alias="type")]
    attributes: SegmentAttributes | None = None
    relationships: SegmentRelationships | None = None
    links: ResourceLinks | None = None
