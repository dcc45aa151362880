"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._prospect_to_many import ProspectToMany
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class StageAttributes(BaseModel):
    """Attributes of a stage. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class StageRelationships(BaseModel):
    """Relationships of a stage, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the stage."""
    updater: UserToOne | None = None
    """The user who last updated the stage."""
    prospects: ProspectToMany | None = None
    """Prospects in this stage."""


class Stage(BaseModel):
    """A stage resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int
    attributes: StageAttributes | None = None
    relationships: StageRelationships | None = None
    """Relationships of a stage, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
