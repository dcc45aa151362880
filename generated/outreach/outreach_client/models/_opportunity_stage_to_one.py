"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class OpportunityStageIdentifier(BaseModel):
    """Resource identifier (linkage) of a opportunityStage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int


class OpportunityStageToOne(BaseModel):
    """To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageIdentifier | None
    links: RelationshipLinks | None = None


class OpportunityStageToOneParam(TypedDict, total=False):
    """``OpportunityStageToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityStageIdentifier | OpportunityStageIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class OpportunityStageIdentifierParam(TypedDict, total=False):
    """``OpportunityStageIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunityStage"]]
    id: Required[int]
