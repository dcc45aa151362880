"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class ComplianceRequestCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    requester_email: str
    """Email of the Outreach user making the request."""
    request_type: str
    """What to do with the data, e.g. "Delete" (sample). Export requests also exist."""
    object_type: str
    """The kind of record concerned, e.g. "Prospect" (sample) or "Recipient"."""
    request_object_email: str
    """Email address identifying the data subject."""


class ComplianceRequestCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["complianceRequest"], Field(alias="type")]
    attributes: ComplianceRequestCreateDataAttributes


class ComplianceRequestCreate(BaseModel):
    """Request document to create a compliance request. Unlike the rest of this camelCase API, these write attributes are snake_case; the response returns camelCase (requestType, objectType, pii). The connector takes the four attributes flat and wraps them."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ComplianceRequestCreateData
