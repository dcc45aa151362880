"""Webhook verification vs a hostile sender: anything malformed is a
``WebhookVerificationError``, never another exception."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest
from specforge_runtime._webhooks import (  # type: ignore[import-not-found]
    Signature,
    WebhookVerificationError,
    unwrap_event,
)

SECRET = "whsec_hostile"
HEADER = Signature(location="header", name="X-Sig", algorithm="hmac-sha256", message="{body}")
BODY_FIELD = Signature(location="body", name="sig", algorithm="sha256", message="{secret}{data.id}")


def _unwrap(payload: Any, headers: dict[str, str] | None = None, sig: Signature = HEADER) -> Any:
    return unwrap_event(
        payload,
        headers,
        secret=SECRET,
        event="created",
        payload_types={"created": dict[str, Any]},
        signatures={"created": sig},
    )


def test_a_good_signature_verifies() -> None:
    body = b'{"data": {"id": "1"}}'
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert _unwrap(body, {"x-sig": digest.upper()}) == {"data": {"id": "1"}}


HOSTILE: dict[str, tuple[Any, dict[str, str] | None, Signature]] = {
    "non-ASCII signature header": (b'{"a": 1}', {"X-Sig": "é" * 64}, HEADER),
    "non-ASCII signature in body": ('{"sig": "ü", "data": {"id": "1"}}', None, BODY_FIELD),
    "signature is a number": (b'{"sig": 5, "data": {"id": "1"}}', None, BODY_FIELD),
    "missing signature field": (b'{"data": {"id": "1"}}', None, BODY_FIELD),
    "missing message field": (b'{"sig": "00"}', None, BODY_FIELD),
    "no signature header": (b'{"a": 1}', {}, HEADER),
    "not JSON": (b"\xff\xfe<html>", {"X-Sig": "00"}, HEADER),
    "JSON nested 100000 deep": (b"[" * 100_000 + b"]" * 100_000, {"X-Sig": "00"}, HEADER),
    "lone surrogate in a str payload": ('{"a": "\ud800"}', {"X-Sig": "00"}, HEADER),
    "unknown algorithm from the spec": (
        b'{"a": 1}',
        {"X-Sig": "00"},
        Signature(location="header", name="X-Sig", algorithm="rot13", message="{body}"),
    ),
    "unknown hmac algorithm from the spec": (
        b'{"a": 1}',
        {"X-Sig": "00"},
        Signature(location="header", name="X-Sig", algorithm="hmac-nope", message="{body}"),
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_event_is_a_verification_error(case: str) -> None:
    payload, headers, signature = HOSTILE[case]
    with pytest.raises(WebhookVerificationError) as info:
        _unwrap(payload, headers, signature)
    assert SECRET not in str(info.value)
