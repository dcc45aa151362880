"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SpreadsheetRowUpdate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    content: str | list[str]
    """The cells of the prospect: an array of strings, or that array JSON-encoded as a string."""
