"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._comment import Comment
from ..models._spreadsheet_row import SpreadsheetRow
from ..models._webhook_lead_data import WebhookLeadData
from ..models._webhook_task_data import WebhookTaskData


class WebhookEvent(BaseModel):
    """A webhook event as listed by the delivery log (GET /webhook_events): the pushed envelope, the lead, prospect or task it is about, and the delivery-log fields has_succeeded, try_count and last_returned_code (shown only here, not in the pushed event)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: WebhookLeadData | SpreadsheetRow | WebhookTaskData | None = None
    """The object on which the event occurred (a lead for lead.* events, a prospect for prospect.created, a task for task.* events)."""
    has_succeeded: bool | None = None
    """Delivery log: true if the delivery to the target succeeded."""
    try_count: int | None = None
    """Number of delivery attempts."""
    last_returned_code: int | None = None
    """HTTP status returned by the target on the last attempt."""
