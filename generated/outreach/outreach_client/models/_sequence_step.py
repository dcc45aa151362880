"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._sequence_to_one import SequenceToOne
from ..models._user_to_one import UserToOne


class SequenceStepAttributes(BaseModel):
    """Attributes of a sequenceStep. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    stepType: str | None = None
    """The step's type (DDL sample: "email", "call"; the API reference lists auto_email, manual_email, call, task). Seen only in the connector's DDL (drop-down) output, which the connector reshapes; not confirmed as an API attribute."""
    order: int | None = None
    """Position of the step in the sequence, starting at 1. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    displayName: str | None = None
    """Display name of the step. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    interval: int | None = None
    """Wait before the step, in minutes (interval sequences). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    taskNote: str | None = None
    """Note for the task the step creates. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    updatedAt: datetime | None = None
    """When the record was last updated. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""


class SequenceStepRelationships(BaseModel):
    """Relationships of a sequenceStep, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    sequence: SequenceToOne | None = None
    """The sequence the step belongs to."""
    creator: UserToOne | None = None
    """The user who created the step."""
    updater: UserToOne | None = None
    """The user who last updated the step."""


class SequenceStep(BaseModel):
    """A sequenceStep resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceStep"], Field(alias="type")]
    id: int
    attributes: SequenceStepAttributes | None = None
    relationships: SequenceStepRelationships | None = None
    """Relationships of a sequenceStep, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
