"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import BaseModel, ConfigDict


class RelationshipLinks(BaseModel):
    """Links of a relationship object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    related: str | None = None
    """URL of the related resource(s), e.g. https://api.outreach.io/api/v2/stages/123/prospects."""
    self: str | None = None


class RelationshipLinksParam(TypedDict, total=False):
    """``RelationshipLinks`` as a dict: what an argument taking the model also takes."""

    related: str | None
    self: str | None
