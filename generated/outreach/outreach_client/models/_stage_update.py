"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class StageUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""


class StageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: StageUpdateDataAttributes | None = None


class StageUpdate(BaseModel):
    """Request document to update a stage. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageUpdateData


class StageUpdateParam(TypedDict, total=False):
    """``StageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[StageUpdateData | StageUpdateDataParam]


class StageUpdateDataParam(TypedDict, total=False):
    """``StageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stage"]]
    id: Required[int]
    attributes: StageUpdateDataAttributes | StageUpdateDataAttributesParam | None


class StageUpdateDataAttributesParam(TypedDict, total=False):
    """``StageUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    color: str | None
    order: int | None
