"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class PredefinedTag(BaseModel):
    """A predefined tag (a "supertag" of a category)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Tag id."""
    name: str
    """Tag name."""
    category: str | None = None
    """Name (not id) of the category the tag belongs to."""
    created_at: datetime | None = None
    """Creation date (null for some tags)."""
    position: int | None = None
    """Position of the tag in its category."""


class Category(BaseModel):
    """A category of predefined tags."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Category id."""
    name: str
    """Category name."""
    is_required: bool | None = None
    """True if a tag of this category is required on leads."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    position: int | None = None
    """Position of the category."""
    supertags: list[PredefinedTag] | None = None
    """The predefined tags of the category (only with include_tags=true)."""
