"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._to_one_relationship import ToOneRelationship


class FilterAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    attribute_name: str | None = None
    """The filtered attribute (e.g. `email`)."""
    operator: str | None = None
    """The comparison operator (e.g. `doesnotcontain`)."""
    option_value: str | None = None
    """The value compared against."""


class FilterRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    segment: ToOneRelationship | None = None
    """The segment of this filter (`segments`)."""


class Filter(BaseModel):
    """A condition of an automation segment. Only appears in `included`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Filter identifier (string)."""
    type_: Annotated[Literal["filters"], Field(alias="type")]
    attributes: FilterAttributes | None = None
    relationships: FilterRelationships | None = None
    links: ResourceLinks | None = None
