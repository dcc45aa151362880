"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ContactFields(BaseModel):
    """Values of the default fields (fields with a type, see Fields), keyed by field type; null when not set. Leads return email..vat; client folders also return city, zipcode, state and country."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """Email."""
    phone: str | None = None
    """Phone."""
    mobile: str | None = None
    """Mobile phone."""
    address: str | None = None
    """Address."""
    web: str | None = None
    """Web site."""
    first_name: str | None = None
    """First name."""
    last_name: str | None = None
    """Last name."""
    full_name: str | None = None
    """Full name."""
    job: str | None = None
    """Job / department."""
    fax: str | None = None
    """Fax."""
    vat: str | None = None
    """VAT number."""
    city: str | None = None
    """City (client folders)."""
    zipcode: str | None = None
    """Zip code (client folders)."""
    state: str | None = None
    """State (client folders)."""
    country: str | None = None
    """Country (client folders)."""
