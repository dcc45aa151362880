"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._mailbox_to_one import MailboxToOne
from ..models._resource_links import ResourceLinks


class MailAliasAttributes(BaseModel):
    """Attributes of a mailAlias. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The alias email address. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    canSend: bool | None = None
    """Whether the alias can send email. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailAliasRelationships(BaseModel):
    """Relationships of a mailAlias, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the alias belongs to."""


class MailAlias(BaseModel):
    """A mailAlias resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailAlias"], Field(alias="type")]
    id: int
    attributes: MailAliasAttributes | None = None
    relationships: MailAliasRelationships | None = None
    """Relationships of a mailAlias, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
