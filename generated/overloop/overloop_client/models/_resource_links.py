"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ResourceLinks(BaseModel):
    """JSON:API links of a resource or relationship (not shown in the docs' examples)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    self: str | None = None
    related: str | None = None
