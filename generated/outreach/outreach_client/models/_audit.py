"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class AuditAttributes(BaseModel):
    """Attributes of a audit. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    eventName: str | None = None
    """The audited event (e.g. "login"). Seen in the connector samples."""
    timestamp: datetime | None = None
    """When the event happened. Seen in the connector samples."""
    user: str | None = None
    """Email address of the user who caused the event. Seen in the connector samples."""
    userId: int | None = None
    """Id of the user who caused the event. Seen in the connector samples."""
    requestIp: str | None = None
    """IP address the request came from. Seen in the connector samples."""
    orgId: str | None = None
    """The organization's identifier (a string such as "org_123456"). Seen in the connector samples."""


class Audit(BaseModel):
    """A audit resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["audit"], Field(alias="type")]
    id: str | int
    attributes: AuditAttributes | None = None
    links: ResourceLinks | None = None
