"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class CallPurposeIdentifier(BaseModel):
    """Resource identifier (linkage) of a callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int


class CallPurposeToOne(BaseModel):
    """To-one relationship to a callPurpose: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeIdentifier | None
    links: RelationshipLinks | None = None


class CallPurposeToOneParam(TypedDict, total=False):
    """``CallPurposeToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[CallPurposeIdentifier | CallPurposeIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class CallPurposeIdentifierParam(TypedDict, total=False):
    """``CallPurposeIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callPurpose"]]
    id: Required[int]
