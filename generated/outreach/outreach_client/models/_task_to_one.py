"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class TaskIdentifier(BaseModel):
    """Resource identifier (linkage) of a task."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    id: int


class TaskToOne(BaseModel):
    """To-one relationship to a task: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskIdentifier | None
    links: RelationshipLinks | None = None


class TaskToOneParam(TypedDict, total=False):
    """``TaskToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[TaskIdentifier | TaskIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class TaskIdentifierParam(TypedDict, total=False):
    """``TaskIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["task"]]
    id: Required[int]
