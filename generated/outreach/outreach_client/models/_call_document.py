"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._call_disposition_to_one import CallDispositionToOne
from ..models._call_purpose_to_one import CallPurposeToOne
from ..models._json_api_resource import JsonApiResource
from ..models._opportunity_to_one import OpportunityToOne
from ..models._phone_number_to_one import PhoneNumberToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks
from ..models._sequence_state_to_one import SequenceStateToOne
from ..models._sequence_step_to_one import SequenceStepToOne
from ..models._sequence_to_one import SequenceToOne
from ..models._task_to_one import TaskToOne
from ..models._user_to_one import UserToOne


class CallAttributes(BaseModel):
    """Attributes of a call. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    direction: Literal["inbound", "outbound"] | UnknownEnum | None = None
    """Call direction. Seen in the connector samples."""
    from_: Annotated[str | None, Field(alias="from")] = None
    """The phone number that placed the call. Seen in the connector samples."""
    to: str | None = None
    """The phone number that was called. Seen in the connector samples."""
    note: str | None = None
    """A custom note about the call. Seen in the connector samples."""
    outcome: str | None = None
    """The call's outcome (samples: "completed", "connected"; the API reference lists "Answered" and "Not Answered"). Seen in the connector samples."""
    state: str | None = None
    """The call's current state (sample: "completed"). Seen in the connector samples."""
    stateChangedAt: datetime | None = None
    """When the state last changed. Seen in the connector samples."""
    sequenceAction: str | None = None
    """The action to take on the associated sequence (sample: "advance"). Seen in the connector samples."""
    userCallType: str | None = None
    """The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples."""
    answeredAt: datetime | None = None
    """When the call was answered. Seen in the connector samples."""
    completedAt: datetime | None = None
    """When the call was completed. Seen in the connector samples."""
    dialedAt: datetime | None = None
    """When the call was dialed. Seen in the connector samples."""
    recordingUrl: str | None = None
    """URL of the call recording. Seen in the connector samples."""
    voicemailRecordingUrl: str | None = None
    """URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shouldRecordCall: bool | None = None
    """Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalVendor: str | None = None
    """The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tags for the call. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class CallRelationships(BaseModel):
    """Relationships of a call, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    callDisposition: CallDispositionToOne | None = None
    """The call's disposition."""
    callPurpose: CallPurposeToOne | None = None
    """The call's purpose."""
    prospect: ProspectToOne | None = None
    """The prospect called."""
    user: UserToOne | None = None
    """The user who made the call."""
    opportunity: OpportunityToOne | None = None
    """The associated opportunity."""
    phoneNumber: PhoneNumberToOne | None = None
    """The prospect's phone number used."""
    sequence: SequenceToOne | None = None
    """The associated sequence."""
    sequenceState: SequenceStateToOne | None = None
    """The associated sequence state."""
    sequenceStep: SequenceStepToOne | None = None
    """The associated sequence step."""
    task: TaskToOne | None = None
    """The associated task."""


class Call(BaseModel):
    """A call resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["call"], Field(alias="type")]
    id: int
    attributes: CallAttributes | None = None
    relationships: CallRelationships | None = None
    """Relationships of a call, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class CallDocument(BaseModel):
    """Document holding one call."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Call
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None
