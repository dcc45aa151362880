"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._opportunity_identifier import OpportunityIdentifier
from ..models._relationship_links import RelationshipLinks
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class OpportunityStageAttributes(BaseModel):
    """Attributes of a opportunityStage. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class OpportunityToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class OpportunityToMany(BaseModel):
    """To-many relationship to opportunity resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[OpportunityIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: OpportunityToManyMeta | None = None


class OpportunityStageRelationships(BaseModel):
    """Relationships of a opportunityStage, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the stage."""
    opportunities: OpportunityToMany | None = None
    """Opportunities in this stage."""


class OpportunityStage(BaseModel):
    """A opportunityStage resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int
    attributes: OpportunityStageAttributes | None = None
    relationships: OpportunityStageRelationships | None = None
    """Relationships of a opportunityStage, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
