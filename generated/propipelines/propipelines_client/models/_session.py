"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Currency(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    code: str | None = None
    """ISO 4217 currency code of the account."""
    symbol: str | None = None
    """Currency symbol."""


class Session(BaseModel):
    """A user session: the USER token and information about the user and the account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    token: str
    """The USER token to send in the X-USER-TOKEN header. Valid 30 days or until logout."""
    slug: str | None = None
    """Slug of the account (the subdomain of the base URL)."""
    locale: str | None = None
    """Locale of the user."""
    time_zone: str | None = None
    """Time zone of the user (IANA name)."""
    user_id: int | None = None
    """Id of the logged user."""
    user_email: str | None = None
    """Email of the logged user."""
    is_admin: bool | None = None
    """True if the logged user is an administrator of the account."""
    currency: Currency | None = None
