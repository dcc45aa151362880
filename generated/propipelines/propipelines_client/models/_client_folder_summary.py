"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class ClientFolderSummary(BaseModel):
    """Short client folder embedded in a lead or a webhook event."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Client folder id."""
    name: str | None = None
    """Name of the client folder."""
    description: str | None = None
    """Description (may contain HTML)."""
    is_active: bool | None = None
    """False when the client folder is inactive."""
    created_at: datetime | None = None
    """Creation date."""
