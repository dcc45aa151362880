"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._mailbox_to_one import MailboxToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._sequence_to_one import SequenceToOne


class SequenceStateCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne
    """The enrolled prospect."""
    sequence: SequenceToOne
    """The sequence."""
    mailbox: MailboxToOne
    """The mailbox sequence emails are sent from."""


class SequenceStateCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceState"], Field(alias="type")]
    relationships: SequenceStateCreateDataRelationships


class SequenceStateCreate(BaseModel):
    """Request document to create a sequenceState."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStateCreateData
