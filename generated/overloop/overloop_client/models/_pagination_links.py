"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PaginationLinks(BaseModel):
    """Top-level `links` of a paginated collection. Keys may be absent (several examples show only `self`, `next` and `last`) or `null` (e.g. `prev` on the first page, `next` on the last page). Iterate by following `next` until it is absent or null."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    self: str | None = None
    """The current page of data."""
    first: str | None = None
    """The first page of data."""
    prev: str | None = None
    """The previous page of data."""
    next: str | None = None
    """The next page of data."""
    last: str | None = None
    """The last page of data."""
