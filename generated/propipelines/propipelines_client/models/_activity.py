"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Activity(BaseModel):
    """An activity type that can be set on comments and reminders."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Activity id."""
    name: str
    """Activity name."""
    icon: str | None = None
    """Icon name (Font Awesome)."""
    parent_id: int | None = None
    """Id of the parent activity (sub-activities such as Answered/Unanswered under Call)."""
    color: str | None = None
    """Color of the activity."""
    kind: str | None = None
    """Kind of activity (e.g. call, email, meeting)."""
    is_disabled: bool | None = None
    """True if the activity is disabled."""
    position: int | None = None
    """Position of the activity."""
