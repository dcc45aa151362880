"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._resource_links import ResourceLinks
from ..models._to_one_relationship import ToOneRelationship


class EnrollmentAttributes(BaseModel):
    """Attributes of an enrollment (the progression of a record in an automation)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    record_id: int | None = None
    """The unique identifier of the enrolled record."""
    record_type: Literal["prospect", "organization", "deal"] | UnknownEnum | None = None
    """The type of the enrolled record."""
    automation_id: int | None = None
    """The automation's ID (shown in the example, not in the table)."""
    prospect_id: int | None = None
    """The enrolled prospect's ID, if any (example only)."""
    organization_id: int | None = None
    """The enrolled organization's ID, if any (example only)."""
    deal_id: int | None = None
    """The enrolled deal's ID, if any (example only)."""
    disenrolled_at: datetime | None = None
    """When the record left the automation (ISO 8601 format with timezone offset)."""
    start_at: datetime | None = None
    """When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, it starts immediately."""
    throttled: bool | None = None
    """Whether the enrollment start is being throttled."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class EnrollmentRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    current_step: ToOneRelationship | None = None
    """The current step of this enrollment (`automations_steps`)."""
    automation: ToOneRelationship | None = None
    """The automation of this enrollment (`automations`)."""
    record: ToOneRelationship | None = None
    """The enrolled record, whatever its type (example only)."""
    prospect: ToOneRelationship | None = None
    """The prospect of this enrollment (campaigns and prospect-based workflows)."""
    organization: ToOneRelationship | None = None
    """The organization of this enrollment (organization-based workflows)."""
    deal: ToOneRelationship | None = None
    """The deal of this enrollment (deal-based workflows)."""


class Enrollment(BaseModel):
    """An enrollment of a prospect, organization or deal in an automation (campaign or workflow)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["automations_enrollments"], Field(alias="type")]
    attributes: EnrollmentAttributes | None = None
    relationships: EnrollmentRelationships | None = None
    links: ResourceLinks | None = None
