"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class MailboxIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailbox."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailbox"], Field(alias="type")]
    id: int


class MailboxToOne(BaseModel):
    """To-one relationship to a mailbox: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailboxIdentifier | None
    links: RelationshipLinks | None = None


class MailboxToOneParam(TypedDict, total=False):
    """``MailboxToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[MailboxIdentifier | MailboxIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class MailboxIdentifierParam(TypedDict, total=False):
    """``MailboxIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["mailbox"]]
    id: Required[int]
