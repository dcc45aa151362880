"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .._unions import UnknownEnum
from ..models._user_contact import UserContact


class Attachment(BaseModel):
    """A file attached to a lead, or an estimate/invoice from an integration (Freshbooks, QuickBooks, Factomos, Dropbox)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Attachment id."""
    name: str | None = None
    """File name (or estimate/invoice number)."""
    url: str | None = None
    """URL of the attachment."""
    permalink: str | None = None
    """Permanent link (dropbox attachments)."""
    content_type: str | None = None
    """MIME type; null for external documents."""
    kind: (
        Literal[
            "attachment",
            "business_card",
            "freshbooks_estimate",
            "freshbooks_invoice",
            "quickbooks_estimate",
            "quickbooks_invoice",
            "factomos_estimate",
            "factomos_invoice",
            "dropbox",
        ]
        | UnknownEnum
        | None
    ) = None
    """Where the attachment comes from."""


class CommentedItem(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    item: Literal["Lead", "Spreadsheet", "SpreadsheetRow"] | UnknownEnum | None = None
    """Type of the commented object."""
    id: int | None = None
    """Id of the commented object."""


class Comment(BaseModel):
    """A comment on a lead, a prospecting list or a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Comment id."""
    content: str
    """Content of the comment."""
    commented_item: CommentedItem | None = None
    created_at: datetime | None = None
    """Creation date."""
    attachments: list[Attachment] | None = None
    """Attachments of the comment."""
    activity_id: int | None = None
    """Activity set on the comment."""
    user: UserContact | None = None
    """Author of the comment."""
