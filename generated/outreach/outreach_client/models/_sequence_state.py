"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne
from ..models._mailbox_to_one import MailboxToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks
from ..models._sequence_step_to_one import SequenceStepToOne
from ..models._sequence_to_one import SequenceToOne
from ..models._user_to_one import UserToOne


class SequenceStateAttributes(BaseModel):
    """Attributes of a sequenceState. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    state: str | None = None
    """The prospect's state in the sequence (sample: "active"; others include pending, paused, finished, failed, bounced, disabled, opted_out). Seen in the connector samples."""
    activeAt: datetime | None = None
    """When the sequence state became active. Seen in the connector samples."""
    stateChangedAt: datetime | None = None
    """When the state last changed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    pauseReason: str | None = None
    """Why the sequence state is paused. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    errorReason: str | None = None
    """Why the sequence state failed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    repliedAt: datetime | None = None
    """When the prospect replied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openCount: int | None = None
    """Mailings opened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickCount: int | None = None
    """Links clicked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    replyCount: int | None = None
    """Replies received. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    deliverCount: int | None = None
    """Mailings delivered. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bounceCount: int | None = None
    """Mailings bounced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class SequenceStateRelationships(BaseModel):
    """Relationships of a sequenceState, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne | None = None
    """The enrolled prospect."""
    sequence: SequenceToOne | None = None
    """The sequence."""
    mailbox: MailboxToOne | None = None
    """The mailbox sequence emails are sent from."""
    sequenceStep: SequenceStepToOne | None = None
    """The current step."""
    account: AccountToOne | None = None
    """The prospect's account."""
    creator: UserToOne | None = None
    """The user who enrolled the prospect."""


class SequenceState(BaseModel):
    """A sequenceState resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceState"], Field(alias="type")]
    id: int
    attributes: SequenceStateAttributes | None = None
    relationships: SequenceStateRelationships | None = None
    """Relationships of a sequenceState, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
