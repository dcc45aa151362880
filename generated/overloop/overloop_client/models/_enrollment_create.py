"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class EnrollmentCreateAttributes(BaseModel):
    """Exactly one of `prospect_id`, `organization_id` or `deal_id` is required, depending on the automation's `record_type`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect_id: int | None = None
    """The prospect's ID (required for campaigns and prospect-based workflows)."""
    organization_id: int | None = None
    """The organization's ID (required for organization-based workflows)."""
    deal_id: int | None = None
    """The deal's ID (required for deal-based workflows)."""
    step_id: str | None = None
    """The ID of the automation step at which the record must be enrolled."""
    reenroll: bool = True
    """Set to false to prevent re-enrolling a record that has already been enrolled. Unless set to false it is always true."""
    start_at: datetime | None = None
    """When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, the enrollment starts immediately."""


class EnrollmentCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["enrollments", "automations_enrollments"] | UnknownEnum, Field(alias="type")
    ]
    attributes: EnrollmentCreateAttributes


class EnrollmentCreate(BaseModel):
    """Request body to enroll a record in an automation."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: EnrollmentCreateData


class EnrollmentCreateParam(TypedDict, total=False):
    """``EnrollmentCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[EnrollmentCreateData | EnrollmentCreateDataParam]


class EnrollmentCreateDataParam(TypedDict, total=False):
    """``EnrollmentCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["enrollments", "automations_enrollments"] | UnknownEnum]
    attributes: Required[EnrollmentCreateAttributes | EnrollmentCreateAttributesParam]


class EnrollmentCreateAttributesParam(TypedDict, total=False):
    """``EnrollmentCreateAttributes`` as a dict: what an argument taking the model also takes."""

    prospect_id: int | None
    organization_id: int | None
    deal_id: int | None
    step_id: str | None
    reenroll: bool
    start_at: datetime | str | None
