"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._relationship_links import RelationshipLinks
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class MailAliasIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailAlias."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailAlias"], Field(alias="type")]
    id: int


class MailboxAttributes(BaseModel):
    """Attributes of a mailbox. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The mailbox's email address. Seen as a connector input field."""
    emailProvider: str | None = None
    """The email provider (connector sample filter: "Gmail"). Seen as a connector input field."""
    emailSignature: str | None = None
    """Default signature, in HTML. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    username: str | None = None
    """Username for the email provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    userId: int | None = None
    """Id of the owning user. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    providerType: str | None = None
    """The provider type. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sendDisabled: bool | None = None
    """Whether sending is disabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    syncDisabled: bool | None = None
    """Whether syncing is disabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sendMethod: str | None = None
    """How email is sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    syncMethod: str | None = None
    """How email is synced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    maxEmailsPerDay: int | None = None
    """Daily sending limit. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    maxMailingsPerDay: int | None = None
    """Daily mailing limit. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen as a connector input field."""


class MailAliasToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class MailAliasToMany(BaseModel):
    """To-many relationship to mailAlias resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[MailAliasIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: MailAliasToManyMeta | None = None


class MailboxRelationships(BaseModel):
    """Relationships of a mailbox, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user: UserToOne | None = None
    """The user who owns the mailbox."""
    creator: UserToOne | None = None
    """The user who created the mailbox."""
    updater: UserToOne | None = None
    """The user who last updated the mailbox."""
    mailAliases: MailAliasToMany | None = None
    """Aliases of this mailbox."""


class Mailbox(BaseModel):
    """A mailbox resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailbox"], Field(alias="type")]
    id: int
    attributes: MailboxAttributes | None = None
    relationships: MailboxRelationships | None = None
    """Relationships of a mailbox, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
