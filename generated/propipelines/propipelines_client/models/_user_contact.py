"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UserContact(BaseModel):
    """User reference with contact numbers, embedded in leads, comments, action histories and prospecting lists."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str | None = None
    """Email address."""
    phone: str | None = None
    """Phone number (empty string when not set)."""
    mobile_phone: str | None = None
    """Mobile phone number (empty string when not set)."""
