"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class StageIdentifier(BaseModel):
    """Resource identifier (linkage) of a stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int


class StageToOne(BaseModel):
    """To-one relationship to a stage: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageIdentifier | None
    links: RelationshipLinks | None = None


class StageToOneParam(TypedDict, total=False):
    """``StageToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[StageIdentifier | StageIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class StageIdentifierParam(TypedDict, total=False):
    """``StageIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stage"]]
    id: Required[int]
