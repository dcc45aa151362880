"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from .._unions import UnknownEnum


class WebhookModel(BaseModel):
    """A webhook (target_type url) or an email notification (target_type email)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Webhook id."""
    event: str
    target: str | None = None
    """URL (webhook) or email address (notification) the events are sent to."""
    target_type: Literal["url", "email"] | UnknownEnum | None = None
    """url for a webhook, email for a notification."""
    params: dict[str, Any] | None = None
    """Extra parameters of the webhook (always null in the docs; shape undocumented)."""
    name: str | None = None
    """Name of the webhook."""
    is_disabled: bool | None = None
    """True if the webhook is disabled."""
