"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._comment import Comment


class WebhookEventBase(BaseModel):
    """Envelope of a webhook event as pushed to the target: a unique id, the event name, the signature, the data object and (email notifications only) its comments. The delivery-log fields has_succeeded, try_count and last_returned_code are not part of the pushed event: only GET /webhook_events shows them (see WebhookEvent)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
