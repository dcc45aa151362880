"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_identifier import ResourceIdentifier
from ..models._resource_links import ResourceLinks


class Relationship(BaseModel):
    """Any JSON:API relationship (to-one or to-many)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ResourceIdentifier | list[ResourceIdentifier] | None = None
    links: ResourceLinks | None = None


class Resource(BaseModel):
    """Generic JSON:API resource object: string `id`, `type`, `attributes`, `relationships`, `links`. Every Overloop resource schema follows this shape."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    type_: Annotated[str, Field(alias="type")]
    attributes: dict[str, Any] | None = None
    relationships: dict[str, Relationship] | None = None
    links: ResourceLinks | None = None
