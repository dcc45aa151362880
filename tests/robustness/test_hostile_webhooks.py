"""Webhook verification vs a hostile sender: anything malformed is a
``WebhookVerificationError``, never another exception."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import pytest
from specforge_runtime._webhooks import (  # type: ignore[import-not-found]
    TIMESTAMP_FIELDS,
    InMemoryReplayGuard,
    Signature,
    WebhookVerificationError,
    unwrap_event,
)

from .conftest import ROOT, generate

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


# --- what the signature proves, replays, timestamps, unsigned events ----------------------

PRO_PIPE_LINES = Signature(
    location="body", name="signature", algorithm="sha1", message="{data.id}{secret}"
)
EVENTS = {"lead.creation": dict[str, Any], "lead.deleted": dict[str, Any], "ping": dict[str, Any]}
SIGNED = {"lead.creation": PRO_PIPE_LINES, "lead.deleted": PRO_PIPE_LINES}


def _pro_pipe_lines_event(event: str, lead_id: int, **extra: Any) -> bytes:
    signature = hashlib.sha1(f"{lead_id}{SECRET}".encode()).hexdigest()
    return json.dumps(
        {"event": event, "data": {"id": lead_id, **extra}, "signature": signature}
    ).encode()


def _verify(payload: bytes, **kwargs: Any) -> Any:
    return unwrap_event(
        payload,
        None,
        secret=kwargs.pop("secret", SECRET),
        event=None,
        payload_types=EVENTS,
        signatures=kwargs.pop("signatures", SIGNED),
        **kwargs,
    )


@pytest.fixture(scope="module")
def propipelines_webhooks(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The webhooks.py generated now from specs/propipelines.yaml."""
    result = generate(ROOT / "specs" / "propipelines.yaml", "ppwh", tmp_path_factory.mktemp("pp"))
    assert result.package_dir is not None, result.diagnostics
    return (result.package_dir / "ppwh_client" / "webhooks.py").read_text()


def test_tampered_name_and_payload_still_verify_and_the_docstring_says_so(
    propipelines_webhooks: str,
) -> None:
    """The vendor signs only ``{data.id}{secret}``: a captured event with another event
    name and other fields still verifies. Documented: unwrap's docstring says which fields
    the signature covers and that the rest is not."""
    genuine = json.loads(_pro_pipe_lines_event("lead.creation", 42, status="won"))
    genuine["event"] = "lead.deleted"
    genuine["data"]["status"] = "lost"
    assert _verify(json.dumps(genuine).encode())["event"] == "lead.deleted"

    doc = " ".join(propipelines_webhooks.split("def unwrap(", 1)[1].split())
    assert "It covers only `data.id` and the secret" in doc
    assert "the event name, every other payload field and the headers are NOT covered" in doc
    assert "No timestamp is signed, so a captured event verifies forever" in doc
    assert "replay_guard=" in doc


def test_timestamp_fields_of_the_template_match_the_runtime() -> None:
    template = (ROOT / "templates" / "package" / "webhooks.py.j2").read_text()
    listed = template.split("{% set timestamp_fields = ", 1)[1].split(" %}", 1)[0]
    assert sorted(json.loads(listed)) == sorted(TIMESTAMP_FIELDS)


def test_replay_is_refused_with_a_guard() -> None:
    guard = InMemoryReplayGuard()
    event = _pro_pipe_lines_event("lead.creation", 7)
    assert _verify(event, replay_guard=guard)["data"]["id"] == 7
    with pytest.raises(WebhookVerificationError, match="replay"):
        _verify(event, replay_guard=guard)
    # Keyed by what the signature covers: renaming the event does not get it through.
    renamed = event.replace(b"lead.creation", b"lead.deleted")
    with pytest.raises(WebhookVerificationError, match="replay"):
        _verify(renamed, replay_guard=guard)
    assert _verify(_pro_pipe_lines_event("lead.creation", 8), replay_guard=guard)
    assert _verify(event)  # without a guard nothing is remembered


def test_replay_guard_is_bounded_and_expires() -> None:
    guard = InMemoryReplayGuard(max_entries=2)
    assert guard.check_and_remember("a") and guard.check_and_remember("b")
    assert not guard.check_and_remember("a")
    assert guard.check_and_remember("c")  # evicts "a", the oldest
    assert guard.check_and_remember("a")  # forgotten, so accepted again
    expiring = InMemoryReplayGuard(ttl=0.0)
    assert expiring.check_and_remember("a")
    time.sleep(0.01)
    assert expiring.check_and_remember("a")


def test_event_refused_for_another_reason_is_not_remembered() -> None:
    guard = InMemoryReplayGuard()
    event = _pro_pipe_lines_event("lead.creation", 9)
    with pytest.raises(WebhookVerificationError, match="schema"):
        unwrap_event(
            event,
            None,
            secret=SECRET,
            event=None,
            payload_types={"lead.creation": list[int]},
            signatures=SIGNED,
            replay_guard=guard,
        )
    assert _verify(event, replay_guard=guard)


def test_unsigned_event_type_with_a_secret_is_refused() -> None:
    """``ping`` has no declared signature: with a secret it cannot be verified, so it is
    not accepted; without a secret it parses (the caller asked for no verification)."""
    ping = b'{"event": "ping", "data": {"id": 1}}'
    with pytest.raises(WebhookVerificationError, match="no signature"):
        _verify(ping)
    assert _verify(ping, secret=None) == {"event": "ping", "data": {"id": 1}}


STAMPED = Signature(
    location="header", name="X-Sig", algorithm="hmac-sha256", message="{timestamp}.{data.id}"
)


def _stamped(sent: object) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"timestamp": sent, "data": {"id": "1"}}).encode()
    message = f"{sent if isinstance(sent, str) else json.dumps(sent)}.1".encode()
    return body, {"X-Sig": hmac.new(SECRET.encode(), message, hashlib.sha256).hexdigest()}


@pytest.mark.parametrize(
    ("sent", "ok"),
    [
        (lambda: int(time.time()), True),
        (lambda: int(time.time() * 1000), True),
        (lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), True),
        (lambda: int(time.time()) - 3600, False),
        (lambda: int(time.time()) + 3600, False),
        (lambda: "yesterday", False),
    ],
    ids=["now", "now in ms", "now ISO 8601", "an hour old", "an hour ahead", "not a time"],
)
def test_signed_timestamp_outside_the_tolerance_is_refused(sent: Any, ok: bool) -> None:
    body, headers = _stamped(sent())

    def call(**kwargs: Any) -> Any:
        return unwrap_event(
            body,
            headers,
            secret=SECRET,
            event="created",
            payload_types={"created": dict[str, Any]},
            signatures={"created": STAMPED},
            **kwargs,
        )

    if ok:
        assert call()["data"] == {"id": "1"}
    else:
        with pytest.raises(WebhookVerificationError):
            call()
    if sent is not None and ok:
        assert call(tolerance=None)["data"] == {"id": "1"}
