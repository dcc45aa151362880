"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._comment import Comment
from ..models._spreadsheet_row import SpreadsheetRow


class ProspectWebhookEvent(BaseModel):
    """A webhook event about a prospect (prospect.created). The docs only say it returns the prospect created; the prospect (spreadsheet row) shape is assumed."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: SpreadsheetRow
    """The object on which the event occurred."""
