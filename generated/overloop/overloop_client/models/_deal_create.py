"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class DealCreateAttributes(BaseModel):
    """Deal create parameters (all default to NULL except `stage_id`, which is required). Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int | None = None
    """A unique identifier for the deal (documented as a create parameter)."""
    stage_id: int
    """The stage of the deal."""
    title: str | None = None
    """The name of the deal."""
    value: float | str | None = None
    """The value of the deal (decimal; a number or a decimal string)."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status (won, lost or open). Defaults to NULL, as documented."""
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


class DealCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealCreateAttributes


class DealCreate(BaseModel):
    """Request body to create a deal."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealCreateData
