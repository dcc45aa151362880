"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class ExclusionListItemCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    item_type: Literal["email", "domain"] | UnknownEnum
    """What to exclude: `domain` or `email`."""
    value: str
    """The domain or email value to exclude."""


class ExclusionListItemCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["exclusion_list_items", "exclusion_list_item"] | UnknownEnum, Field(alias="type")
    ]
    attributes: ExclusionListItemCreateAttributes


class ExclusionListItemCreate(BaseModel):
    """Request body to create an exclusion list item."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ExclusionListItemCreateData
