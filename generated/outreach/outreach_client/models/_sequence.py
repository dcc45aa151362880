"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks
from ..models._resource_links import ResourceLinks
from ..models._sequence_state_to_many import SequenceStateToMany
from ..models._sequence_step_identifier import SequenceStepIdentifier
from ..models._user_to_one import UserToOne


class SequenceAttributes(BaseModel):
    """Attributes of a sequence. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The sequence's name. Seen as a connector input field."""
    description: str | None = None
    """A description of the sequence. Seen as a connector input field."""
    enabled: bool | None = None
    """Whether the sequence is enabled. Seen as a connector input field."""
    enabledAt: datetime | None = None
    """When the sequence was last enabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locked: bool | None = None
    """Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sequenceType: str | None = None
    """How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. Seen as a connector input field."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen as a connector input field."""


class SequenceStepToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class SequenceStepToMany(BaseModel):
    """To-many relationship to sequenceStep resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceStepIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: SequenceStepToManyMeta | None = None


class SequenceRelationships(BaseModel):
    """Relationships of a sequence, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The sequence's owner."""
    creator: UserToOne | None = None
    """The user who created the sequence."""
    updater: UserToOne | None = None
    """The user who last updated the sequence."""
    sequenceSteps: SequenceStepToMany | None = None
    """The sequence's steps."""
    sequenceStates: SequenceStateToMany | None = None
    """Prospects' states in the sequence."""


class Sequence(BaseModel):
    """A sequence resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    id: int
    attributes: SequenceAttributes | None = None
    relationships: SequenceRelationships | None = None
    """Relationships of a sequence, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
