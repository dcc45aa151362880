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
from ..models._user_to_one import UserToOne


class UserAttributes(BaseModel):
    """Attributes of a user. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The user's email address. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    firstName: str | None = None
    """First name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastName: str | None = None
    """Last name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    name: str | None = None
    """Full name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    username: str | None = None
    """Username. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    title: str | None = None
    """Job title. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locked: bool | None = None
    """Whether the user is locked out. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    currentSignInAt: datetime | None = None
    """When the current session began. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastSignInAt: datetime | None = None
    """When the user last signed in. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class UserRelationships(BaseModel):
    """Relationships of a user, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The user's default mailbox."""
    creator: UserToOne | None = None
    """The user who created this user."""
    updater: UserToOne | None = None
    """The user who last updated this user."""


class User(BaseModel):
    """A user resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["user"], Field(alias="type")]
    id: int
    attributes: UserAttributes | None = None
    relationships: UserRelationships | None = None
    """Relationships of a user, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
