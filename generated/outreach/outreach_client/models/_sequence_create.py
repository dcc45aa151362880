"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._user_to_one import UserToOne


class SequenceCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The sequence's name. Seen as a connector input field."""
    description: str | None = None
    """A description of the sequence. Seen as a connector input field."""
    enabled: bool | None = None
    """Whether the sequence is enabled. Seen as a connector input field."""
    locked: bool | None = None
    """Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sequenceType: str | None = None
    """How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. Seen as a connector input field."""


class SequenceCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The sequence's owner."""


class SequenceCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    attributes: SequenceCreateDataAttributes
    relationships: SequenceCreateDataRelationships | None = None


class SequenceCreate(BaseModel):
    """Request document to create a sequence."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceCreateData
