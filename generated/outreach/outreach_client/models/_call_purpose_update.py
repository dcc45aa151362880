"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class CallPurposeUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""


class CallPurposeUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: CallPurposeUpdateDataAttributes | None = None


class CallPurposeUpdate(BaseModel):
    """Request document to update a callPurpose. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeUpdateData


class CallPurposeUpdateParam(TypedDict, total=False):
    """``CallPurposeUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallPurposeUpdateData | CallPurposeUpdateDataParam]


class CallPurposeUpdateDataParam(TypedDict, total=False):
    """``CallPurposeUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callPurpose"]]
    id: Required[int]
    attributes: CallPurposeUpdateDataAttributes | CallPurposeUpdateDataAttributesParam | None


class CallPurposeUpdateDataAttributesParam(TypedDict, total=False):
    """``CallPurposeUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    order: int | None
