"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from ..models._spreadsheet_row import SpreadsheetRow
from ..models._user_contact import UserContact


class Spreadsheet(BaseModel):
    """A prospecting list (internally a spreadsheet of prospects)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Prospecting list id."""
    title: str
    """Title."""
    description: str | None = None
    """Description."""
    column_count: int | None = None
    """Number of columns (list and assign responses)."""
    column_names: list[str] | None = None
    """Column headers."""
    privacy: int | None = None
    """Privacy level computed from the account settings (integer in responses, while the request takes 'off')."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    tags: list[str] | None = None
    """Tags."""
    permalink: str | None = None
    """Link to the prospecting list in the web application."""
    is_archived: bool | None = None
    """True if archived."""
    user: UserContact | None = None
    """Owner of the prospecting list."""
    spreadsheet_rows: list[SpreadsheetRow] | None = None
    """The prospects (create and retrieve responses only)."""
