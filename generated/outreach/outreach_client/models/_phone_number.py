"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks


class PhoneNumberAttributes(BaseModel):
    """Attributes of a phoneNumber. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    number: str | None = None
    """The phone number as entered (e.g. "+1 (555) 123-4567"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    phoneType: str | None = None
    """The kind of number: mobile, work, home, voip or other. The connector DDL shows this as "type", a name JSON:API reserves for the resource type. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    countryCode: str | None = None
    """ISO country code of the number. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    extension: str | None = None
    """Extension, if any. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    order: int | None = None
    """Ordering of the number among the prospect's numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class PhoneNumberRelationships(BaseModel):
    """Relationships of a phoneNumber, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne | None = None
    """The prospect the number belongs to."""


class PhoneNumber(BaseModel):
    """A phoneNumber resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["phoneNumber"], Field(alias="type")]
    id: int
    attributes: PhoneNumberAttributes | None = None
    relationships: PhoneNumberRelationships | None = None
    """Relationships of a phoneNumber, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
