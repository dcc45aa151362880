"""Incoming webhook events of the Pro Pipe Lines API: verify, then parse.

from propipelines_client.webhooks import unwrap

event = unwrap(request_body, headers=request_headers, secret="...")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from ._webhooks import (
    DEFAULT_TOLERANCE,
    InMemoryReplayGuard,
    ReplayGuard,
    Signature,
    WebhookVerificationError,
    unwrap_event,
)
from .models import LeadWebhookEvent, ProspectWebhookEvent, TaskWebhookEvent

__all__ = [
    "EVENTS",
    "InMemoryReplayGuard",
    "ReplayGuard",
    "WebhookEvent",
    "WebhookVerificationError",
    "unwrap",
]

WebhookEvent = LeadWebhookEvent | ProspectWebhookEvent | TaskWebhookEvent
"""The payload of any event this API sends."""

EVENTS: Mapping[str, object] = {
    "lead.creation": LeadWebhookEvent,  # lead.creation event
    "lead.status.changed": LeadWebhookEvent,  # lead.status.changed event
    "lead.status.changed.to.cancelled": LeadWebhookEvent,  # lead.status.changed.to.cancelled event
    "lead.status.changed.to.lost": LeadWebhookEvent,  # lead.status.changed.to.lost event
    "lead.status.changed.to.standby": LeadWebhookEvent,  # lead.status.changed.to.standby event
    "lead.status.changed.to.todo": LeadWebhookEvent,  # lead.status.changed.to.todo event
    "lead.status.changed.to.won": LeadWebhookEvent,  # lead.status.changed.to.won event
    "lead.assigned": LeadWebhookEvent,  # lead.assigned event
    "lead.commented": LeadWebhookEvent,  # lead.commented event
    "lead.content_has_changed": LeadWebhookEvent,  # lead.content_has_changed event
    "lead.deleted": LeadWebhookEvent,  # lead.deleted event
    "lead.manual.trigger": LeadWebhookEvent,  # lead.manual.trigger event
    "lead.step.changed": LeadWebhookEvent,  # lead.step.changed event
    "lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP": LeadWebhookEvent,  # lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP event
    "lead.unassigned": LeadWebhookEvent,  # lead.unassigned event
    "prospect.created": ProspectWebhookEvent,  # prospect.created event
    "task.status.changed": TaskWebhookEvent,  # task.status.changed event
    "task.status.changed.to.done": TaskWebhookEvent,  # task.status.changed.to.done event
    "task.status.changed.to.standby": TaskWebhookEvent,  # task.status.changed.to.standby event
    "task.status.changed.to.todo": TaskWebhookEvent,  # task.status.changed.to.todo event
}
"""Event name → payload type."""

_SIGNATURES: Mapping[str, Signature] = {
    "lead.creation": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed.to.cancelled": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed.to.lost": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed.to.standby": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed.to.todo": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.status.changed.to.won": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.assigned": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.commented": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.content_has_changed": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.deleted": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.manual.trigger": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.step.changed": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "lead.unassigned": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "prospect.created": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "task.status.changed": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "task.status.changed.to.done": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "task.status.changed.to.standby": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
    "task.status.changed.to.todo": Signature(
        location="body",
        name="signature",
        algorithm="sha1",
        message="{data.id}{secret}",
    ),
}


def unwrap(
    payload: bytes | str,
    headers: Mapping[str, str] | None = None,
    *,
    secret: str | None = None,
    event: str | None = None,
    replay_guard: ReplayGuard | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
) -> WebhookEvent:
    """Verify an incoming event's signature and parse it into its payload type.

    What a valid signature proves, per event type (from the spec's `x-webhook-signature`):

    Events 'lead.creation', 'lead.status.changed', 'lead.status.changed.to.cancelled',
    'lead.status.changed.to.lost', 'lead.status.changed.to.standby',
    'lead.status.changed.to.todo', 'lead.status.changed.to.won', 'lead.assigned',
    'lead.commented', 'lead.content_has_changed', 'lead.deleted', 'lead.manual.trigger',
    'lead.step.changed', 'lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP',
    'lead.unassigned', 'prospect.created', 'task.status.changed',
    'task.status.changed.to.done', 'task.status.changed.to.standby',
    'task.status.changed.to.todo': signed message `{data.id}{secret}`. It covers only
    `data.id` and the secret: the event name, every other payload field and the headers
    are NOT covered, so anyone holding one genuine event can change them and it still
    verifies. No timestamp is signed, so a captured event verifies forever: pass
    `replay_guard=` to refuse a signature already accepted (which, as the message is the
    same for every event with the same `data.id`, also refuses a later genuine one about
    the same object while the guard remembers it).

    Args:
        payload: The raw request body, exactly as received.
        headers: The request headers (needed when the signature travels in a header).
        secret: The key shared with the API for signing events. When given, every event
            must carry a valid signature; an event type without one is refused.
        event: The event name, when it is not carried in the payload.
        replay_guard: Refuses an event whose signature was already accepted, e.g.
            `InMemoryReplayGuard(ttl=86400)` (per process; back it with a shared store
            when several processes receive events).
        tolerance: Seconds a signed timestamp may be away from now (`None`: no check);
            only used when the signed message includes a timestamp.

    Raises:
        WebhookVerificationError: The signature does not match, is missing, is a replay or
            too old, or the body is not an event.
    """
    return cast(
        WebhookEvent,
        unwrap_event(
            payload,
            headers,
            secret=secret,
            event=event,
            payload_types=EVENTS,
            signatures=_SIGNATURES,
            replay_guard=replay_guard,
            tolerance=tolerance,
        ),
    )
