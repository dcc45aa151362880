"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._to_one_relationship import ToOneRelationship


class AutomationStepConfig(BaseModel):
    """All specific attributes related to the `step_type`. Known keys from the docs' examples: for `task` steps title, due_time, due_offset, description, task_category, prospect_segment, wait_for_completion; for `note` steps content. Other step types carry other keys."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """Task title."""
    due_time: str | None = None
    """Time of day the task is due (`HH:MM:SS`)."""
    due_offset: int | None = None
    """Offset of the due date (e.g. 1)."""
    description: str | None = None
    """Task description."""
    task_category: str | None = None
    """Task category."""
    prospect_segment: Any = None
    """Prospect segment the step applies to (null in the example)."""
    wait_for_completion: bool | None = None
    """Whether the automation waits for the task to be completed."""
    content: str | None = None
    """Note text (note steps)."""


class AutomationStepAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    step_type: str | None = None
    """The type of step (e.g. `task`, `note`, `condition`). Possible values depend on the automation type."""
    position: int | None = None
    """0 unless the previous step is a `condition`; then 0 is the left/yes branch and 1 the right/no branch."""
    previous_step_id: str | None = None
    """The unique identifier of the previous step; `null` for the first step of the automation."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    config: AutomationStepConfig | None = None


class AutomationStepRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    automation: ToOneRelationship | None = None
    """The parent automation (`automations`)."""


class AutomationStep(BaseModel):
    """A step of an automation. Read-only through the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier of the step. Documented as integer, but the examples use strings such as `a-z0-9-abc1`; treat as an opaque string."""
    type_: Annotated[Literal["automations_steps"], Field(alias="type")]
    attributes: AutomationStepAttributes | None = None
    relationships: AutomationStepRelationships | None = None
    links: ResourceLinks | None = None
