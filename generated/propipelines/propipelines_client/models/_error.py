"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Error(BaseModel):
    """Error body. The docs list only a status code and a message per error and never show an error body; this shape is ASSUMED from the ping response ({"status": 200, "message": "..."}). Clients should rely on the HTTP status code and treat the body as informative."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    status: int | None = None
    """The HTTP status code repeated in the body (assumed)."""
    message: str | None = None
    """Human-readable error message, as listed in the docs' error table."""
