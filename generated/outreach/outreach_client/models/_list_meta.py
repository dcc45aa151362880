"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ListMeta(BaseModel):
    """Collection meta. `count` (total matching records) is omitted when the request passes count=false."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None
    """Total number of matching records."""
