"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class AccountAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The account's name."""
    website: str | None = None
    """The account's website."""
    phone_number: str | None = None
    """The account's phone number (may be empty)."""
    billing_name: str | None = None
    """The account's billing name (the name that appears on invoices)."""
    address: str | None = None
    """The account's address."""
    country: str | None = None
    """The account's country code (ISO, e.g. `BE`)."""
    vat: str | None = None
    """The account's VAT number."""
    plan_name: str | None = None
    """The account's plan."""
    plan_code: str | None = None
    """The account's plan code."""
    remaining_credits: int | None = None
    """The number of credits remaining."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class Account(BaseModel):
    """Your Overloop account. Its JSON:API type is `companies`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["companies"], Field(alias="type")]
    attributes: AccountAttributes | None = None
    links: ResourceLinks | None = None
