"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class RecipientAttributes(BaseModel):
    """Attributes of a recipient. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    value: str | None = None
    """The recipient address (e.g. an email address). Seen in the connector samples."""
    recipientType: str | None = None
    """The kind of recipient (sample: "email"). Seen in the connector samples."""
    emailHash: str | None = None
    """Hash of the email address. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class Recipient(BaseModel):
    """A recipient resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["recipient"], Field(alias="type")]
    id: int
    attributes: RecipientAttributes | None = None
    links: ResourceLinks | None = None
