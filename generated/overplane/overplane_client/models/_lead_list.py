"""Models of the Overplane CRM Lead API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Lead(BaseModel):
    """A CRM lead. Attributes the server has no value for may be omitted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier for the object."""
    created_at: datetime
    """ISO 8601 timestamp of when the object was created."""
    updated_at: datetime
    """ISO 8601 timestamp of when the object was last updated."""
    lead_name: str | None = None
    """Full name of the lead."""
    company_name: str | None = None
    """Name of the lead's company."""
    email_id: str | None = None
    """Email address of the lead."""
    lead_owner: str = "__user"
    """User who owns the lead. `__user` (the default) means the user making the request."""
    status: str = "Lead"
    """Lifecycle status of the lead."""
    salutation: str | None = None
    """Salutation (Mr, Ms, Dr, ...)."""
    gender: str | None = None
    """Gender."""
    customer: str | None = None
    """Customer record the lead is linked to."""
    image: str | None = None
    """Image of the lead (URL or file path)."""
    phone: str | None = None
    """Phone number."""
    mobile_no: str | None = None
    """Mobile phone number."""
    fax: str | None = None
    """Fax number."""
    type_: Annotated[str | None, Field(alias="type")] = None
    """Lead type."""
    market_segment: str | None = None
    """Market segment."""
    industry: str | None = None
    """Industry."""
    request_type: str | None = None
    """Request type."""
    company: str | None = None
    """Company (organisation) the lead belongs to in the CRM."""
    website: str | None = None
    """Website of the lead or their company."""
    territory: str | None = None
    """Sales territory."""
    unsubscribed: bool = False
    """Whether the lead unsubscribed from communications."""
    blog_subscriber: bool = False
    """Whether the lead subscribes to the blog."""
    title: str | None = None
    """Display title of the lead record."""
    language: str | None = None
    """Preferred language."""
    first_name: str | None = None
    """First name."""
    middle_name: str | None = None
    """Middle name."""
    last_name: str | None = None
    """Last name."""
    no_of_employees: str | None = None
    """Company size band. A string in the docs' example, not a number."""
    whatsapp_no: str | None = None
    """WhatsApp number."""
    phone_ext: str | None = None
    """Phone extension."""
    qualified_by: str | None = None
    """User who qualified the lead."""
    qualified_on: str | None = None
    """When the lead was qualified."""
    qualification_status: str | None = None
    """Qualification status."""
    job_title: str | None = None
    """Job title."""
    annual_revenue: float | None = None
    """Annual revenue of the lead's company."""
    disabled: bool = False
    """Whether the lead is disabled."""
    city: str | None = None
    """City."""
    state: str | None = None
    """State or region."""
    country: str | None = None
    """Country."""
    utm_content: str | None = None
    """UTM content of the campaign that brought the lead."""
    utm_source: str | None = None
    """UTM source."""
    utm_medium: str | None = None
    """UTM medium."""
    utm_campaign: str | None = None
    """UTM campaign."""


class LeadList(BaseModel):
    """One page of leads, newest first."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Lead]
    """The leads on this page."""
    has_more: bool
    """Whether more leads follow this page."""
    total: int
    """Total number of leads across all pages."""
