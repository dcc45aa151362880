"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._mailbox_to_one import MailboxToOne, MailboxToOneParam
from ..models._prospect_to_one import ProspectToOne, ProspectToOneParam
from ..models._sequence_to_one import SequenceToOne, SequenceToOneParam
from ..models._template_to_one import TemplateToOne, TemplateToOneParam


class MailingCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    subject: str | None = None
    """The subject line. Seen in the connector samples."""
    bodyHtml: str | None = None
    """The email body, in HTML. Seen in the connector samples."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the mailing is scheduled to be sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailingCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the mailing is sent from."""
    prospect: ProspectToOne | None = None
    """The recipient prospect."""
    sequence: SequenceToOne | None = None
    """The sequence the mailing belongs to."""
    template: TemplateToOne | None = None
    """The template used."""


class MailingCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    attributes: MailingCreateDataAttributes | None = None
    relationships: MailingCreateDataRelationships | None = None


class MailingCreate(BaseModel):
    """Request document to create a mailing."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailingCreateData


class MailingCreateParam(TypedDict, total=False):
    """``MailingCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[MailingCreateData | MailingCreateDataParam]


class MailingCreateDataParam(TypedDict, total=False):
    """``MailingCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["mailing"]]
    attributes: MailingCreateDataAttributes | MailingCreateDataAttributesParam | None
    relationships: MailingCreateDataRelationships | MailingCreateDataRelationshipsParam | None


class MailingCreateDataAttributesParam(TypedDict, total=False):
    """``MailingCreateDataAttributes`` as a dict: what an argument taking the model also takes."""

    subject: str | None
    bodyHtml: str | None
    trackLinks: bool | None
    trackOpens: bool | None
    scheduledAt: datetime | str | None


class MailingCreateDataRelationshipsParam(TypedDict, total=False):
    """``MailingCreateDataRelationships`` as a dict: what an argument taking the model also takes."""

    mailbox: MailboxToOne | MailboxToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None
    sequence: SequenceToOne | SequenceToOneParam | None
    template: TemplateToOne | TemplateToOneParam | None
