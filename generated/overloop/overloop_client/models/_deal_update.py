"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class DealUpdateAttributes(BaseModel):
    """Deal update parameters; parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The name of the deal."""
    value: float | str | None = None
    """The value of the deal (decimal; a number or a decimal string)."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status."""
    closed_at: datetime | None = None
    """ISO 8601 moment when the deal was closed."""
    expected_close_date: datetime | None = None
    """ISO 8601 moment we expect the deal to close."""
    entered_stage_at: datetime | None = None
    """ISO 8601 moment of the last stage change."""
    created_at: datetime | None = None
    """ISO 8601 moment the deal has been created."""
    updated_at: datetime | None = None
    """ISO 8601 moment the deal has been updated."""


class DealUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: DealUpdateAttributes


class DealUpdate(BaseModel):
    """Request body to update a deal (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealUpdateData


class DealUpdateParam(TypedDict, total=False):
    """``DealUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[DealUpdateData | DealUpdateDataParam]


class DealUpdateDataParam(TypedDict, total=False):
    """``DealUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["deals"]]
    id: str | None
    attributes: Required[DealUpdateAttributes | DealUpdateAttributesParam]


class DealUpdateAttributesParam(TypedDict, total=False):
    """``DealUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    title: str | None
    value: float | str | None
    status: Literal["won", "lost", "open"] | UnknownEnum | None
    closed_at: datetime | str | None
    expected_close_date: datetime | str | None
    entered_stage_at: datetime | str | None
    created_at: datetime | str | None
    updated_at: datetime | str | None
