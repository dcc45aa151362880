"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import BaseModel, ConfigDict

from ..models._prospect_identifier import ProspectIdentifier, ProspectIdentifierParam
from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class ProspectToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class ProspectToMany(BaseModel):
    """To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ProspectIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: ProspectToManyMeta | None = None


class ProspectToManyParam(TypedDict, total=False):
    """``ProspectToMany`` as a dict: what an argument taking the model also takes."""

    data: list[ProspectIdentifier | ProspectIdentifierParam] | None
    links: RelationshipLinks | RelationshipLinksParam | None
    meta: ProspectToManyMeta | ProspectToManyMetaParam | None


class ProspectToManyMetaParam(TypedDict, total=False):
    """``ProspectToManyMeta`` as a dict: what an argument taking the model also takes."""

    count: int | None
