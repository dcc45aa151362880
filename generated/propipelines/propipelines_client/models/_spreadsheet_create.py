"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .._unions import UnknownEnum


class SpreadsheetCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str
    """Prospecting file's title. It could be the origin of the prospecting file."""
    content: str | list[list[str]]
    """Content of the prospecting file: array of rows; the first row is the column header. At most 5000 rows and 26 columns per row. Rows as an array of arrays of strings, or that array JSON-encoded as a string."""
    description: str | None = None
    """Prospecting file's description."""
    tags: list[str] | None = None
    """An array of tags (created if missing; predefined tags can be used)."""
    user_id: int | str | None = None
    """Email address or id of the owner. Required with API-key authentication if a privacy is set; ignored with a USER token. With the API key and no (or an unknown) user, the list belongs to the first administrator."""
    privacy: Literal["off", "default"] | UnknownEnum = "default"
    """'off' shares the prospecting list with everyone on the account; otherwise the privacy is computed from the account settings and the creating user."""
