"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .._unions import UnknownEnum


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    event: str
    """Event name to subscribe. Some events are only available in advanced editions."""
    target_type: Literal["url", "email"] | UnknownEnum
    """Kind of webhook: url (webhook) or email (notification)."""
    target: str
    """A url in case of webhook or an email address in case of notification."""
    name: str | None = None
    """Name of the webhook."""
    add_to_lead_action_menu: bool | None = None
    """Only for the event lead.manual.trigger: add the webhook to the lead's action menu automatically."""
