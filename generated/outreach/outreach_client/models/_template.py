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


class TemplateAttributes(BaseModel):
    """Attributes of a template. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The template's name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    subject: str | None = None
    """The email subject. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bodyHtml: str | None = None
    """The email body, in HTML. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bodyText: str | None = None
    """The email body as plain text. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    archived: bool | None = None
    """Whether the template is archived. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    toRecipients: list[str] | None = None
    """Default To recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    ccRecipients: list[str] | None = None
    """Default Cc recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bccRecipients: list[str] | None = None
    """Default Bcc recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openCount: int | None = None
    """Opens of mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickCount: int | None = None
    """Clicks in mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    replyCount: int | None = None
    """Replies to mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastUsedAt: datetime | None = None
    """When the template was last used. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TemplateRelationships(BaseModel):
    """Relationships of a template, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The template's owner."""
    creator: UserToOne | None = None
    """The user who created the template."""
    updater: UserToOne | None = None
    """The user who last updated the template."""


class Template(BaseModel):
    """A template resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["template"], Field(alias="type")]
    id: int
    attributes: TemplateAttributes | None = None
    relationships: TemplateRelationships | None = None
    """Relationships of a template, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
