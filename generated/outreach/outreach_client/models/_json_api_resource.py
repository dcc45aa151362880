"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class JsonApiResource(BaseModel):
    """Any JSON:API resource object (used for side-loaded `included` resources)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[str, Field(alias="type")]
    id: int | str
    attributes: dict[str, Any] | None = None
    relationships: dict[str, Any] | None = None
    links: ResourceLinks | None = None
