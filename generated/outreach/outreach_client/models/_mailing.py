"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._mailbox_to_one import MailboxToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks
from ..models._sequence_state_to_one import SequenceStateToOne
from ..models._sequence_step_to_one import SequenceStepToOne
from ..models._sequence_to_one import SequenceToOne
from ..models._task_to_one import TaskToOne
from ..models._template_to_one import TemplateToOne


class MailingAttributes(BaseModel):
    """Attributes of a mailing. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    subject: str | None = None
    """The subject line. Seen in the connector samples."""
    bodyHtml: str | None = None
    """The email body, in HTML. Seen in the connector samples."""
    bodyText: str | None = None
    """The email body as plain text. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    mailingType: str | None = None
    """What kind of mailing this is (sample: "sequence"; values: sequence, single, campaign). Seen in the connector samples."""
    state: str | None = None
    """The mailing's state (samples: "delivered", "opened"; known values: bounced, delivered, delivering, drafted, failed, opened, placeholder, queued, replied, scheduled). Seen in the connector samples."""
    openCount: int | None = None
    """Times the mailing was opened. Seen in the connector samples."""
    clickCount: int | None = None
    """Times links in the mailing were clicked. Seen in the connector samples."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the mailing is scheduled to be sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    deliveredAt: datetime | None = None
    """When the mailing was delivered. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openedAt: datetime | None = None
    """When the mailing was first opened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickedAt: datetime | None = None
    """When a link was last clicked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    repliedAt: datetime | None = None
    """When the prospect replied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bouncedAt: datetime | None = None
    """When the mailing bounced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    errorReason: str | None = None
    """Why delivery failed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    messageId: str | None = None
    """The MIME Message-ID. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailingRelationships(BaseModel):
    """Relationships of a mailing, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the mailing is sent from."""
    prospect: ProspectToOne | None = None
    """The recipient prospect."""
    sequence: SequenceToOne | None = None
    """The sequence the mailing belongs to."""
    sequenceState: SequenceStateToOne | None = None
    """The sequence state that produced the mailing."""
    sequenceStep: SequenceStepToOne | None = None
    """The sequence step that produced the mailing."""
    template: TemplateToOne | None = None
    """The template used."""
    task: TaskToOne | None = None
    """The related task."""


class Mailing(BaseModel):
    """A mailing resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    id: int
    attributes: MailingAttributes | None = None
    relationships: MailingRelationships | None = None
    """Relationships of a mailing, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
