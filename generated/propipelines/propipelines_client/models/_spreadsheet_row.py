"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SpreadsheetRow(BaseModel):
    """A prospect: one row of a prospecting list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Prospect (row) id."""
    lead_id: int | None = None
    """Id of the lead created from the prospect."""
    is_active: bool | None = None
    """False when the prospect is inactive."""
    content: list[str] | None = None
    """Cells of one row."""
    comment_count: int | None = None
    """Number of comments (retrieve prospecting list only)."""
    spreadsheet_id: int | None = None
    """Id of the prospecting list (GET /rows/called_from only)."""
