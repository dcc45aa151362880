"""Verify and parse incoming webhook events.

A spec declares how events are signed with ``x-webhook-signature``: where the signature
travels (a body field or a header), the algorithm, and the message that is hashed, written
as a template over the payload (``{data.id}``), the shared ``{secret}`` and the raw
``{body}``.

A valid signature proves only what the message covers: a template of ``{data.id}{secret}``
leaves the event name and every other field open to change, and has no time in it, so a
captured event verifies forever. What the runtime can add is what the scheme allows:

- a replay guard (``ReplayGuard``; ``InMemoryReplayGuard`` keeps recent signatures) that
  rejects a second event carrying a signature already accepted;
- a tolerance window when the message signs a timestamp field (``{timestamp}``,
  ``{data.created_at}``, ...; see ``TIMESTAMP_FIELDS``): older or future events are refused;
- an event type the spec declares no signature for is refused whenever a secret is given
  (the caller expects verification; accepting it unverified would defeat it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import ValidationError

from ._exceptions import APIError
from ._response import _validate_json

__all__ = [
    "DEFAULT_TOLERANCE",
    "TIMESTAMP_FIELDS",
    "InMemoryReplayGuard",
    "ReplayGuard",
    "Signature",
    "WebhookVerificationError",
    "signed_fields",
    "unwrap_event",
]

DEFAULT_TOLERANCE = 300.0
"""Seconds an event with a signed timestamp may be off the local clock, either way."""

TIMESTAMP_FIELDS = frozenset(
    {"timestamp", "ts", "t", "time", "created", "created_at", "sent_at", "issued_at"}
)
"""Last segments of a signed field that make it the event's timestamp."""


class WebhookVerificationError(APIError):
    """The event is not signed as the API signs events, or cannot be parsed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Signature:
    location: str  # "body" or "header"
    name: str  # dotted path of the body field, or the header name
    algorithm: str  # sha1 | sha256 | hmac-sha1 | hmac-sha256
    message: str  # e.g. "{data.id}{secret}"


class ReplayGuard(Protocol):
    """Remembers accepted events, to refuse the same one twice."""

    def check_and_remember(self, key: str) -> bool:
        """Record ``key``; False if it was already recorded (a replay)."""
        ...


class InMemoryReplayGuard:
    """A ``ReplayGuard`` holding the most recent ``max_entries`` keys, each for ``ttl``
    seconds (``None``: until evicted). Thread-safe; per process (use a shared store, e.g.
    Redis ``SET NX EX``, behind the same method when several processes receive events).

    The key is the received signature, which stands for exactly what the signature covers:
    with a scheme that signs only ``data.id``, a later genuine event about the same object
    has the same signature, and is refused within ``ttl`` too.
    """

    def __init__(self, *, max_entries: int = 100_000, ttl: float | None = None) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._ttl = ttl
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def check_and_remember(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            seen_at = self._seen.get(key)
            if seen_at is not None and (self._ttl is None or now - seen_at <= self._ttl):
                return False
            self._seen[key] = now
            self._seen.move_to_end(key)
            while len(self._seen) > self._max_entries:
                self._seen.popitem(last=False)
            return True


def signed_fields(message: str) -> tuple[str, ...]:
    """The placeholders of a signature message template, in order (``"data.id"``,
    ``"secret"``, ``"body"``)."""
    fields: list[str] = []
    index = 0
    while True:
        start = message.find("{", index)
        end = message.find("}", start + 1) if start >= 0 else -1
        if end < 0:
            return tuple(fields)
        fields.append(message[start + 1 : end])
        index = end + 1


def _timestamp(value: Any) -> float | None:
    """Seconds since the epoch from a number (seconds, or milliseconds) or an ISO 8601
    string; None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                return None
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=dt.UTC)
            return parsed.timestamp()
        value = number
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value) / 1000.0 if abs(value) > 1e11 else float(value)
    return None


def _lookup(document: Any, dotted: str) -> Any:
    node = document
    for part in dotted.split("."):
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise WebhookVerificationError(f"the event has no {dotted!r} field to verify")
    return node


def _render_message(template: str, document: Any, body: bytes, secret: str) -> bytes:
    out = bytearray()
    index = 0
    while index < len(template):
        start = template.find("{", index)
        if start < 0:
            out += template[index:].encode()
            break
        end = template.find("}", start)
        if end < 0:
            out += template[index:].encode()
            break
        out += template[index:start].encode()
        key = template[start + 1 : end]
        if key == "secret":
            out += secret.encode()
        elif key == "body":
            out += body
        else:
            value = _lookup(document, key)
            out += (value if isinstance(value, str) else json.dumps(value)).encode()
        index = end + 1
    return bytes(out)


def _digest(signature: Signature, message: bytes, secret: str) -> str:
    algorithm = signature.algorithm.lower()
    try:
        if algorithm.startswith("hmac-"):
            return hmac.new(secret.encode(), message, algorithm[5:]).hexdigest()
        return hashlib.new(algorithm, message).hexdigest()
    except ValueError:  # an algorithm hashlib does not know
        raise WebhookVerificationError(
            f"unsupported signature algorithm {signature.algorithm!r}"
        ) from None


def _check_timestamp(signature: Signature, document: Any, tolerance: float) -> None:
    for key in signed_fields(signature.message):
        if key.rsplit(".", 1)[-1].lower() not in TIMESTAMP_FIELDS:
            continue
        sent = _timestamp(_lookup(document, key))
        if sent is None:
            raise WebhookVerificationError(f"the event's signed {key!r} is not a timestamp")
        if abs(time.time() - sent) > tolerance:
            raise WebhookVerificationError(
                f"the event's signed {key!r} is more than {tolerance:g} s away from now "
                "(an old event replayed, or a clock far off)"
            )


def unwrap_event(
    payload: bytes | str,
    headers: Mapping[str, str] | None,
    *,
    secret: str | None,
    event: str | None,
    payload_types: Mapping[str, Any],
    signatures: Mapping[str, Signature],
    event_fields: tuple[str, ...] = ("event", "type", "event_type"),
    replay_guard: ReplayGuard | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
) -> Any:
    """Check the event's signature (when the spec declares one) and parse its payload.

    With a ``secret``, an event whose type has no declared signature is refused. With a
    ``replay_guard``, an event whose signature was already accepted is refused. When the
    signed message includes a timestamp field, an event more than ``tolerance`` seconds
    away from now is refused (``None``: no window).
    """
    try:
        body = payload.encode() if isinstance(payload, str) else payload
        document = json.loads(body)
    except (ValueError, RecursionError):  # not UTF-8/JSON, or nested too deeply to parse
        raise WebhookVerificationError("the event body is not JSON") from None
    name = event
    if name is None and isinstance(document, dict):
        for field in event_fields:
            if isinstance(document.get(field), str) and document[field] in payload_types:
                name = document[field]
                break
    if name is None and len(payload_types) == 1:
        name = next(iter(payload_types))
    if name is None or name not in payload_types:
        raise WebhookVerificationError("the event's name is not one this API sends")
    signature = signatures.get(name)
    if signature is None and secret:
        # The caller wants events verified; one that cannot be is not accepted.
        raise WebhookVerificationError(
            "the API declares no signature for this event type, so it cannot be verified"
        )
    if signature is not None:
        if not secret:
            raise WebhookVerificationError("a secret is needed to verify this event")
        if signature.location == "header":
            lowered = {k.lower(): v for k, v in (headers or {}).items()}
            received = lowered.get(signature.name.lower())
        else:
            received = _lookup(document, signature.name)
        expected = _digest(
            signature, _render_message(signature.message, document, body, secret), secret
        )
        # Compared as bytes: compare_digest raises TypeError on non-ASCII str.
        if not isinstance(received, str) or not hmac.compare_digest(
            received.lower().encode(), expected.encode()
        ):
            raise WebhookVerificationError("the event's signature does not match")
        if tolerance is not None:
            _check_timestamp(signature, document, tolerance)
    try:
        parsed = _validate_json(payload_types[name], body)
    except ValidationError as error:
        raise WebhookVerificationError(
            f"the event does not match its schema ({error.error_count()} problem(s))"
        ) from None
    # Remembered only once accepted, so an event refused for another reason can come again.
    if (
        signature is not None
        and replay_guard is not None
        and not replay_guard.check_and_remember(f"{signature.algorithm}:{expected}")
    ):
        raise WebhookVerificationError("this event was already received (a replay)")
    return parsed
