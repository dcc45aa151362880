"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class StageCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The stage's name."""
    probability: float
    """The stage's probability (use 10 for 10%)."""
    pipeline_id: int
    """The stage's pipeline."""
    rotting: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    position: int | None = None
    """The position of the stage in the pipeline (starts at 0)."""


class StageCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stages"], Field(alias="type")]
    attributes: StageCreateAttributes


class StageCreate(BaseModel):
    """Request body to create a stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageCreateData
