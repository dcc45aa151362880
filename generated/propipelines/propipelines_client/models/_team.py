"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class TeamMember(BaseModel):
    """A member of a team."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str | None = None
    """Email address."""
    is_manager: bool | None = None
    """True if the user is a manager of the team."""


class Team(BaseModel):
    """A team of users."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Team id."""
    name: str | None = None
    """Team name. (Omitted in the add_member/remove_member responses.)"""
    users: list[TeamMember] | None = None
    """Members of the team."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
