"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class SequenceIdentifier(BaseModel):
    """Resource identifier (linkage) of a sequence."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    id: int


class SequenceToOne(BaseModel):
    """To-one relationship to a sequence: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceIdentifier | None
    links: RelationshipLinks | None = None


class SequenceToOneParam(TypedDict, total=False):
    """``SequenceToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[SequenceIdentifier | SequenceIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class SequenceIdentifierParam(TypedDict, total=False):
    """``SequenceIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["sequence"]]
    id: Required[int]
