"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class CallDispositionIdentifier(BaseModel):
    """Resource identifier (linkage) of a callDisposition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int


class CallDispositionToOne(BaseModel):
    """To-one relationship to a callDisposition: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionIdentifier | None
    links: RelationshipLinks | None = None


class CallDispositionToOneParam(TypedDict, total=False):
    """``CallDispositionToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[CallDispositionIdentifier | CallDispositionIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class CallDispositionIdentifierParam(TypedDict, total=False):
    """``CallDispositionIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callDisposition"]]
    id: Required[int]
