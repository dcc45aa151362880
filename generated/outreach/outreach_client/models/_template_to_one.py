"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class TemplateIdentifier(BaseModel):
    """Resource identifier (linkage) of a template."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["template"], Field(alias="type")]
    id: int


class TemplateToOne(BaseModel):
    """To-one relationship to a template: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TemplateIdentifier | None
    links: RelationshipLinks | None = None


class TemplateToOneParam(TypedDict, total=False):
    """``TemplateToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[TemplateIdentifier | TemplateIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class TemplateIdentifierParam(TypedDict, total=False):
    """``TemplateIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["template"]]
    id: Required[int]
