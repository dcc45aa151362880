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


class ProspectCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    attributes: ProspectWriteAttributes


class ProspectCreate(BaseModel):
    """Request body to create a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectCreateData


class ProspectCreateParam(TypedDict, total=False):
    """``ProspectCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectCreateData | ProspectCreateDataParam]


class ProspectCreateDataParam(TypedDict, total=False):
    """``ProspectCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospects"]]
    attributes: Required[ProspectWriteAttributes | ProspectWriteAttributesParam]
