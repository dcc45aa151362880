"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne
from ..models._call_identifier import CallIdentifier
from ..models._mailing_to_one import MailingToOne
from ..models._opportunity_to_one import OpportunityToOne
from ..models._prospect_or_account_to_one import ProspectOrAccountToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._relationship_links import RelationshipLinks
from ..models._resource_links import ResourceLinks
from ..models._sequence_state_to_one import SequenceStateToOne
from ..models._sequence_step_to_one import SequenceStepToOne
from ..models._sequence_to_one import SequenceToOne
from ..models._task_priority_to_one import TaskPriorityToOne
from ..models._template_to_one import TemplateToOne
from ..models._user_to_one import UserToOne


class TaskAttributes(BaseModel):
    """Attributes of a task. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    action: str | None = None
    """What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples."""
    dueAt: datetime | None = None
    """When the task is due. Seen in the connector samples."""
    note: str | None = None
    """A note for the task. Seen in the connector samples."""
    state: str | None = None
    """The task's state (sample: "incomplete"; also complete, pending). Seen in the connector samples."""
    taskType: str | None = None
    """The task's type (samples: "follow_up", "demo"). Seen in the connector samples."""
    completed: bool | None = None
    """Whether the task is completed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    completedAt: datetime | None = None
    """When the task was completed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    autoskipAt: datetime | None = None
    """When the task will be skipped automatically. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    stateChangedAt: datetime | None = None
    """When the state last changed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallToOne(BaseModel):
    """To-one relationship to a call: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallIdentifier | None
    links: RelationshipLinks | None = None


class TaskRelationships(BaseModel):
    """Relationships of a task, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The user who owns the task."""
    prospect: ProspectToOne | None = None
    """The prospect the task is about."""
    subject: ProspectOrAccountToOne | None = None
    """The record the task is about (prospect or account); the connector sets prospect."""
    account: AccountToOne | None = None
    """The related account."""
    opportunity: OpportunityToOne | None = None
    """The related opportunity."""
    taskPriority: TaskPriorityToOne | None = None
    """The task's priority."""
    call: CallToOne | None = None
    """The call that completed the task."""
    mailing: MailingToOne | None = None
    """The mailing the task produced."""
    sequence: SequenceToOne | None = None
    """The sequence that created the task."""
    sequenceState: SequenceStateToOne | None = None
    """The sequence state that created the task."""
    sequenceStep: SequenceStepToOne | None = None
    """The sequence step that created the task."""
    template: TemplateToOne | None = None
    """The template for email tasks."""
    creator: UserToOne | None = None
    """The user who created the task."""
    completer: UserToOne | None = None
    """The user who completed the task."""


class Task(BaseModel):
    """A task resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    id: int
    attributes: TaskAttributes | None = None
    relationships: TaskRelationships | None = None
    """Relationships of a task, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
