"""Verify and parse incoming webhook events.

A spec declares how events are signed with ``x-webhook-signature``: where the signature
travels (a body field or a header), the algorithm, and the message that is hashed, written
as a template over the payload (``{data.id}``), the shared ``{secret}`` and the raw
``{body}``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ._exceptions import APIError

__all__ = ["Signature", "WebhookVerificationError", "unwrap_event"]


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


def unwrap_event(
    payload: bytes | str,
    headers: Mapping[str, str] | None,
    *,
    secret: str | None,
    event: str | None,
    payload_types: Mapping[str, Any],
    signatures: Mapping[str, Signature],
    event_fields: tuple[str, ...] = ("event", "type", "event_type"),
) -> Any:
    """Check the event's signature (when the spec declares one) and parse its payload."""
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
    try:
        return TypeAdapter(payload_types[name]).validate_json(body)
    except ValidationError as error:
        raise WebhookVerificationError(
            f"the event does not match its schema ({error.error_count()} problem(s))"
        ) from None
