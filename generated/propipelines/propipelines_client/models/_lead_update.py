"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .._unions import UnknownEnum


class LeadUpdate(BaseModel):
    """Partial update (PUT with partial semantics): only the parameters sent are changed. status, step, starred, amount and probability cannot be updated on an unassigned lead (400)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The new title of the lead."""
    description: str | None = None
    """The new description of the lead."""
    status: Literal["todo", "standby", "won", "lost", "cancelled"] | UnknownEnum | None = None
    """The new status of the lead. An unrecognised value returns 400."""
    remind_date: date | None = None
    """Date of the reminder, YYYY-MM-DD in the account time zone. Mandatory when the status is changed to standby (400 otherwise)."""
    remind_time: str | None = None
    """Time of the reminder, HH:MM 24h, in steps of 15 minutes. Optional."""
    reminder_duration: Literal[0, 15, 30, 45, 60, 90, 120, 150, 180, 240, 480, 720] | None = None
    """Duration of the reminder in minutes. Defaults to the lead owner's default duration."""
    reminder_activity_id: int | None = None
    """Activity of the reminder (see List the activities)."""
    reminder_note: str | None = None
    """Note added to the reminder."""
    amount: float | None = None
    """The new amount of the lead."""
    probability: int | None = None
    """The new probability of the lead. Cannot be set without an amount (400)."""
    starred: bool | None = None
    """true if the lead is starred, false otherwise."""
    step: int | str | None = None
    """New step's id or name. An unknown step returns 404. Prefer the id when steps in different pipelines share a name."""
    user_id: int | str | None = None
    """The new user id or email of the lead (reassigns the lead)."""
    tags: list[str] | None = None
    """An array of tags describing the lead (created if missing; predefined tags can be used)."""
    created_at: str | None = None
    """Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone, or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'."""
    estimated_closing_date: str | None = None
    """Estimated closing date, in the account time zone."""
