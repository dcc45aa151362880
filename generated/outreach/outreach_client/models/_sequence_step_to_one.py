"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._relationship_links import RelationshipLinks
from ..models._sequence_step_identifier import SequenceStepIdentifier


class SequenceStepToOne(BaseModel):
    """To-one relationship to a sequenceStep: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStepIdentifier | None
    links: RelationshipLinks | None = None
