"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._opportunity_to_one import OpportunityToOne
from ..models._prospect_or_account_to_one import ProspectOrAccountToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._task_priority_to_one import TaskPriorityToOne
from ..models._user_to_one import UserToOne


class TaskCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    action: str
    """What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples."""
    dueAt: datetime
    """When the task is due. Seen in the connector samples."""
    note: str | None = None
    """A note for the task. Seen in the connector samples."""
    taskType: str | None = None
    """The task's type (samples: "follow_up", "demo"). Seen in the connector samples."""
    scheduledAt: datetime | None = None
    """When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TaskCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne
    """The user who owns the task."""
    prospect: ProspectToOne | None = None
    """The prospect the task is about."""
    subject: ProspectOrAccountToOne | None = None
    """The record the task is about (prospect or account); the connector sets prospect."""
    opportunity: OpportunityToOne | None = None
    """The related opportunity."""
    taskPriority: TaskPriorityToOne | None = None
    """The task's priority."""


class TaskCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    attributes: TaskCreateDataAttributes
    relationships: TaskCreateDataRelationships


class TaskCreate(BaseModel):
    """Request document to create a task."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskCreateData
