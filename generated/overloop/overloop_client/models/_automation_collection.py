"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._automation import Automation
from ..models._automation_step import AutomationStep
from ..models._filter import Filter
from ..models._pagination_links import PaginationLinks
from ..models._segment import Segment


class AutomationCollection(BaseModel):
    """A collection of Automation resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Automation]
    included: list[AutomationStep | Segment | Filter] | None = None
    """Related records requested with `include` (AutomationStep, Segment, Filter)."""
    links: PaginationLinks | None = None
