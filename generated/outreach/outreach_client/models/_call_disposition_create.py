"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class CallDispositionCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallDispositionCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    attributes: CallDispositionCreateDataAttributes


class CallDispositionCreate(BaseModel):
    """Request document to create a callDisposition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionCreateData
