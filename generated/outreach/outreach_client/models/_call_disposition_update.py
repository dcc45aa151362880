"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class CallDispositionUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallDispositionUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: CallDispositionUpdateDataAttributes | None = None


class CallDispositionUpdate(BaseModel):
    """Request document to update a callDisposition. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionUpdateData


class CallDispositionUpdateParam(TypedDict, total=False):
    """``CallDispositionUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallDispositionUpdateData | CallDispositionUpdateDataParam]


class CallDispositionUpdateDataParam(TypedDict, total=False):
    """``CallDispositionUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callDisposition"]]
    id: Required[int]
    attributes: (
        CallDispositionUpdateDataAttributes | CallDispositionUpdateDataAttributesParam | None
    )


class CallDispositionUpdateDataAttributesParam(TypedDict, total=False):
    """``CallDispositionUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    order: int | None
    outcome: str | None
    defaultForOutboundVoicemail: bool | None
