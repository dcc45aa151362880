"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class UserIdentifier(BaseModel):
    """Resource identifier (linkage) of a user."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["user"], Field(alias="type")]
    id: int


class UserToOne(BaseModel):
    """To-one relationship to a user: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: UserIdentifier | None
    links: RelationshipLinks | None = None


class UserToOneParam(TypedDict, total=False):
    """``UserToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[UserIdentifier | UserIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class UserIdentifierParam(TypedDict, total=False):
    """``UserIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["user"]]
    id: Required[int]
