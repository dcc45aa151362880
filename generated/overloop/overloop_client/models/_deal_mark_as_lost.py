"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class DealMarkAsLostDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    lost_reason: str | None = None
    """The reason to mark the deal as lost."""


class DealMarkAsLostData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealMarkAsLostDataAttributes | None = None


class DealMarkAsLost(BaseModel):
    """Optional request body of `POST /deals/{deal_id}/mark_as_lost`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealMarkAsLostData


class DealMarkAsLostParam(TypedDict, total=False):
    """``DealMarkAsLost`` as a dict: what an argument taking the model also takes."""

    data: Required[DealMarkAsLostData | DealMarkAsLostDataParam]


class DealMarkAsLostDataParam(TypedDict, total=False):
    """``DealMarkAsLostData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["deals"]]
    attributes: DealMarkAsLostDataAttributes | DealMarkAsLostDataAttributesParam | None


class DealMarkAsLostDataAttributesParam(TypedDict, total=False):
    """``DealMarkAsLostDataAttributes`` as a dict: what an argument taking the model also takes."""

    lost_reason: str | None
