"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class ListCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The list's name."""


class ListCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["lists"], Field(alias="type")]
    attributes: ListCreateAttributes


class ListCreate(BaseModel):
    """Request body to create a list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ListCreateData
