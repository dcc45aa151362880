"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._mailing_to_one import MailingToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class EventAttributes(BaseModel):
    """Attributes of a event. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The event's name (e.g. "prospect_created"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    body: str | None = None
    """The event body (for external events only). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    eventAt: datetime | None = None
    """When the event happened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalUrl: str | None = None
    """The external URL associated with the event. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    payload: dict[str, Any] | None = None
    """The event's payload. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestCity: str | None = None
    """City where the request that caused the event originated. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestDevice: str | None = None
    """Device type of the request. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestHost: str | None = None
    """Host name of the request. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestProxied: bool | None = None
    """Whether the request was proxied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestRegion: str | None = None
    """Region where the request originated. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class EventRelationships(BaseModel):
    """Relationships of a event, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailing: MailingToOne | None = None
    """The related mailing."""
    prospect: ProspectToOne | None = None
    """The related prospect."""
    user: UserToOne | None = None
    """The user associated with the event."""


class Event(BaseModel):
    """A event resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["event"], Field(alias="type")]
    id: int
    attributes: EventAttributes | None = None
    relationships: EventRelationships | None = None
    """Relationships of a event, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
