"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ListLinks(BaseModel):
    """Pagination links of a collection document. Follow `next` until it is absent or null; never build the cursor yourself. Values are URLs with literal `page[...]` brackets, so no strict `uri` format is asserted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    first: str | None = None
    """URL of the first page."""
    prev: str | None = None
    """URL of the previous page, or null."""
    next: str | None = None
    """URL of the next page (carries the opaque page[after] cursor); absent or null on the last page."""
