"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class PipelineCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The pipeline's name."""
    currency_code: str
    """The pipeline's currency code (ISO, e.g. `EUR`)."""


class PipelineCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    attributes: PipelineCreateAttributes


class PipelineCreate(BaseModel):
    """Request body to create a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PipelineCreateData
