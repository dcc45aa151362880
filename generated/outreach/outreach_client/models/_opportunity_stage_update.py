"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class OpportunityStageUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityStageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: OpportunityStageUpdateDataAttributes | None = None


class OpportunityStageUpdate(BaseModel):
    """Request document to update a opportunityStage. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageUpdateData


class OpportunityStageUpdateParam(TypedDict, total=False):
    """``OpportunityStageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityStageUpdateData | OpportunityStageUpdateDataParam]


class OpportunityStageUpdateDataParam(TypedDict, total=False):
    """``OpportunityStageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunityStage"]]
    id: Required[int]
    attributes: (
        OpportunityStageUpdateDataAttributes | OpportunityStageUpdateDataAttributesParam | None
    )


class OpportunityStageUpdateDataAttributesParam(TypedDict, total=False):
    """``OpportunityStageUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    color: str | None
    order: int | None
    isClosed: bool | None
