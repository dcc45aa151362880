"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class StageUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name."""
    probability: float | None = None
    """The stage's probability (use 10 for 10%)."""
    rotting: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    position: int | None = None
    """The position of the stage in the pipeline (starts at 0)."""


class StageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stages"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: StageUpdateAttributes


class StageUpdate(BaseModel):
    """Request body to update a stage (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageUpdateData


class StageUpdateParam(TypedDict, total=False):
    """``StageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[StageUpdateData | StageUpdateDataParam]


class StageUpdateDataParam(TypedDict, total=False):
    """``StageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stages"]]
    id: str | None
    attributes: Required[StageUpdateAttributes | StageUpdateAttributesParam]


class StageUpdateAttributesParam(TypedDict, total=False):
    """``StageUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    probability: float | None
    rotting: float | None
    position: int | None
