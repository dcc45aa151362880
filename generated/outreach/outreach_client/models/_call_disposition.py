"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._call_to_many import CallToMany
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class CallDispositionAttributes(BaseModel):
    """Attributes of a callDisposition. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallDispositionRelationships(BaseModel):
    """Relationships of a callDisposition, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the disposition."""
    calls: CallToMany | None = None
    """Calls with this disposition."""


class CallDisposition(BaseModel):
    """A callDisposition resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int
    attributes: CallDispositionAttributes | None = None
    relationships: CallDispositionRelationships | None = None
    """Relationships of a callDisposition, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
