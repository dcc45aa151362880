"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class TaskPriorityAttributes(BaseModel):
    """Attributes of a taskPriority. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The priority's name (e.g. "High"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    color: str | None = None
    """The priority's color (e.g. "red"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    weight: int | None = None
    """Relative weight; higher is more important. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TaskPriority(BaseModel):
    """A taskPriority resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["taskPriority"], Field(alias="type")]
    id: int
    attributes: TaskPriorityAttributes | None = None
    links: ResourceLinks | None = None
