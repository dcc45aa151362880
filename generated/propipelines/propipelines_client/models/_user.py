"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class User(BaseModel):
    """A user of the account. Deleted users are still returned, with is_disabled=true."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str
    """Email address (unique in the account)."""
    phone: str | None = None
    """Phone number."""
    mobile_phone: str | None = None
    """Mobile phone number."""
    job_title: str | None = None
    """Job title."""
    im_type: str | None = None
    """Instant messaging service (e.g. Skype, Google Chat)."""
    im: str | None = None
    """Instant messaging handle."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    is_admin: bool | None = None
    """True if the user is an administrator of the account."""
    has_activated: bool | None = None
    """True if the user has activated their account."""
    is_disabled: bool | None = None
    """True if an administrator has deleted (disabled) the user; the user cannot access the account anymore."""
    locale: str | None = None
    """Locale of the user."""
    time_zone: str | None = None
    """Time zone of the user (IANA name)."""
    permalink: str | None = None
    """Link to the user in the web application."""
