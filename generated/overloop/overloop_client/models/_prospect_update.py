"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._prospect_write_attributes import (
    ProspectWriteAttributes,
    ProspectWriteAttributesParam,
)


class ProspectUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: ProspectWriteAttributes


class ProspectUpdate(BaseModel):
    """Request body to update a prospect (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectUpdateData


class ProspectUpdateParam(TypedDict, total=False):
    """``ProspectUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectUpdateData | ProspectUpdateDataParam]


class ProspectUpdateDataParam(TypedDict, total=False):
    """``ProspectUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospects"]]
    id: str | None
    attributes: Required[ProspectWriteAttributes | ProspectWriteAttributesParam]
