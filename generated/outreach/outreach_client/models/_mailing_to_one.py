"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks


class MailingIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailing."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    id: int


class MailingToOne(BaseModel):
    """To-one relationship to a mailing: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailingIdentifier | None
    links: RelationshipLinks | None = None
