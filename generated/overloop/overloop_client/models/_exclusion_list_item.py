"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._resource_links import ResourceLinks


class ExclusionListItemAttributes(BaseModel):
    """Filterable attributes: value, item_type."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    value: str | None = None
    """The value of the exclusion list item (an email address or a domain). Filterable."""
    item_type: Literal["email", "domain"] | UnknownEnum | None = None
    """The type of the exclusion list item. Filterable."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class ExclusionListItem(BaseModel):
    """An excluded email address or domain."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """The id of the exclusion list item (documented as string; the delete parameter says integer)."""
    type_: Annotated[
        Literal["exclusion_list_items", "exclusion_list_item"] | UnknownEnum, Field(alias="type")
    ]
    attributes: ExclusionListItemAttributes | None = None
    links: ResourceLinks | None = None
