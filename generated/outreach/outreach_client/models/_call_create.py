"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._call_disposition_to_one import CallDispositionToOne, CallDispositionToOneParam
from ..models._call_purpose_to_one import CallPurposeToOne, CallPurposeToOneParam
from ..models._opportunity_to_one import OpportunityToOne, OpportunityToOneParam
from ..models._phone_number_to_one import PhoneNumberToOne, PhoneNumberToOneParam
from ..models._prospect_to_one import ProspectToOne, ProspectToOneParam
from ..models._task_to_one import TaskToOne, TaskToOneParam
from ..models._user_to_one import UserToOne, UserToOneParam


class CallCreateDataAttributes(BaseModel):
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
    answeredAt: datetime | None = None
    """When the call was answered. Seen in the connector samples."""
    completedAt: datetime | None = None
    """When the call was completed. Seen in the connector samples."""
    dialedAt: datetime | None = None
    """When the call was dialed. Seen in the connector samples."""
    recordingUrl: str | None = None
    """URL of the call recording. Seen in the connector samples."""
    sequenceAction: str | None = None
    """The action to take on the associated sequence (sample: "advance"). Seen in the connector samples."""
    state: str | None = None
    """The call's current state (sample: "completed"). Seen in the connector samples."""
    tags: list[str] | None = None
    """Tags for the call. Seen in the connector samples."""
    userCallType: str | None = None
    """The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples."""
    voicemailRecordingUrl: str | None = None
    """URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shouldRecordCall: bool | None = None
    """Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalVendor: str | None = None
    """The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallCreateDataRelationships(BaseModel):
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
    task: TaskToOne | None = None
    """The associated task."""


class CallCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["call"], Field(alias="type")]
    attributes: CallCreateDataAttributes | None = None
    relationships: CallCreateDataRelationships | None = None


class CallCreate(BaseModel):
    """Request document to create a call."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallCreateData


class CallCreateParam(TypedDict, total=False):
    """``CallCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallCreateData | CallCreateDataParam]


class CallCreateDataParam(TypedDict, total=False):
    """``CallCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["call"]]
    attributes: CallCreateDataAttributes | None
    relationships: CallCreateDataRelationships | CallCreateDataRelationshipsParam | None


class CallCreateDataRelationshipsParam(TypedDict, total=False):
    """``CallCreateDataRelationships`` as a dict: what an argument taking the model also takes."""

    callDisposition: CallDispositionToOne | CallDispositionToOneParam | None
    callPurpose: CallPurposeToOne | CallPurposeToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None
    user: UserToOne | UserToOneParam | None
    opportunity: OpportunityToOne | OpportunityToOneParam | None
    phoneNumber: PhoneNumberToOne | PhoneNumberToOneParam | None
    task: TaskToOne | TaskToOneParam | None
