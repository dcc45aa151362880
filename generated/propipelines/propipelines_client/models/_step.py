"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class Pipeline(BaseModel):
    """A sales pipeline (a sequence of steps)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Pipeline id."""
    name: str
    """Pipeline name."""
    is_default: bool | None = None
    """True for the default pipeline of the account."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""


class Step(BaseModel):
    """A step of a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Step id."""
    name: str
    """Step name."""
    position: int | None = None
    """Position of the step in its pipeline (1-based)."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""
    pipeline_id: int | None = None
    """Id of the pipeline the step belongs to."""
    pipeline: Pipeline | None = None
    """The pipeline the step belongs to."""
