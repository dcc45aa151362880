"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._relationship_links import RelationshipLinks
from ..models._sequence_state_identifier import SequenceStateIdentifier


class SequenceStateToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class SequenceStateToMany(BaseModel):
    """To-many relationship to sequenceState resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceStateIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: SequenceStateToManyMeta | None = None
