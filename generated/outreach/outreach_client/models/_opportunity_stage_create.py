"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class OpportunityStageCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityStageCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    attributes: OpportunityStageCreateDataAttributes


class OpportunityStageCreate(BaseModel):
    """Request document to create a opportunityStage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageCreateData
