"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class PipelineUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The pipeline's name."""
    currency_code: str | None = None
    """The pipeline's currency code."""


class PipelineUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: PipelineUpdateAttributes


class PipelineUpdate(BaseModel):
    """Request body to update a pipeline (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PipelineUpdateData


class PipelineUpdateParam(TypedDict, total=False):
    """``PipelineUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[PipelineUpdateData | PipelineUpdateDataParam]


class PipelineUpdateDataParam(TypedDict, total=False):
    """``PipelineUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["pipelines"]]
    id: str | None
    attributes: Required[PipelineUpdateAttributes | PipelineUpdateAttributesParam]


class PipelineUpdateAttributesParam(TypedDict, total=False):
    """``PipelineUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    currency_code: str | None
