"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class CallPurposeCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""


class CallPurposeCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    attributes: CallPurposeCreateDataAttributes


class CallPurposeCreate(BaseModel):
    """Request document to create a callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeCreateData
