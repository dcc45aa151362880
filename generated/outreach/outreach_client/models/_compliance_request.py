"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class ComplianceRequestAttributesPii(BaseModel):
    """Personal information identifying the subject of the request. Seen in the connector samples."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None


class ComplianceRequestAttributes(BaseModel):
    """Attributes of a complianceRequest. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    batchComplianceRequestUuid: str | None = None
    """UUID shared by the compliance requests created by one submission. Seen in the connector samples."""
    requestType: str | None = None
    """The request's type as returned (sample: "delete"). Seen in the connector samples."""
    objectType: str | None = None
    """The type of object the request is about (sample: "prospect"). Seen in the connector samples."""
    pii: ComplianceRequestAttributesPii | None = None
    """Personal information identifying the subject of the request. Seen in the connector samples."""
    state: str | None = None
    """Processing state (sample: "completed"). Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class ComplianceRequestRelationships(BaseModel):
    """Relationships of a complianceRequest, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    requester: UserToOne | None = None
    """The user who submitted the request."""


class ComplianceRequest(BaseModel):
    """A complianceRequest resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["complianceRequest"], Field(alias="type")]
    id: int
    attributes: ComplianceRequestAttributes | None = None
    relationships: ComplianceRequestRelationships | None = None
    """Relationships of a complianceRequest, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
