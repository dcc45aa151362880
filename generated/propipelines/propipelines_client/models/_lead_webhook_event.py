"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._comment import Comment
from ..models._webhook_lead_data import WebhookLeadData


class LeadWebhookEvent(BaseModel):
    """A webhook event about a lead (lead.* events)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: WebhookLeadData
    """The object on which the event occurred."""
