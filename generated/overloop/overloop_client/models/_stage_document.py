"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._pipeline import Pipeline
from ..models._stage import Stage


class StageDocument(BaseModel):
    """A single Stage document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Stage
    included: list[Pipeline] | None = None
    """Related records requested with `include` (Pipeline)."""
