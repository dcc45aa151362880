"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class ListUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The list's name."""


class ListUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["lists"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: ListUpdateAttributes


class ListUpdate(BaseModel):
    """Request body to update a list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ListUpdateData


class ListUpdateParam(TypedDict, total=False):
    """``ListUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[ListUpdateData | ListUpdateDataParam]


class ListUpdateDataParam(TypedDict, total=False):
    """``ListUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["lists"]]
    id: str | None
    attributes: Required[ListUpdateAttributes | ListUpdateAttributesParam]


class ListUpdateAttributesParam(TypedDict, total=False):
    """``ListUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
