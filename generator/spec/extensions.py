"""The `x-` extensions the generator reads, and what a usable one looks like
(`x-pagination`, which the mock reads too, is ``generator.wire.pagination``'s registry).

validate's ``extensions`` level reports every problem listed here, located; analyze reads
the same extensions and refuses (as an assertion) only what these checks would have
reported, so a spec that passes validate is never refused by generate for them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

SIGNATURE_LOCATIONS = ("body", "header")
# What the generated client's webhook verifier computes (hashlib.new / hmac.new): every
# algorithm every Python has, bar the SHAKEs, whose digest needs a length.
SIGNATURE_ALGORITHMS = frozenset(
    name for name in hashlib.algorithms_guaranteed if not name.startswith("shake")
)

# An HTTP field name (RFC 9110 5.1: a token).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")

# (pointer below the extension, message)
Problem = tuple[str, str]


def signature_problems(declared: Any) -> Iterator[Problem]:
    """`x-webhook-signature` (on the document, a webhook or a webhook's operation)."""
    if not isinstance(declared, dict):
        yield "", "x-webhook-signature must be a mapping (in, name, algorithm, message)"
        return
    location = declared.get("in", "body")
    if location not in SIGNATURE_LOCATIONS:
        yield "/in", f"the signature travels `in: body` or `in: header`, not {location!r}"
    for key in ("name", "message"):
        if key in declared and not isinstance(declared[key], str):
            yield f"/{key}", f"must be a string, not {declared[key]!r}"
    algorithm = declared.get("algorithm", "sha256")
    if not isinstance(algorithm, str) or (
        algorithm.lower().removeprefix("hmac-") not in SIGNATURE_ALGORITHMS
    ):
        known = ", ".join(sorted(SIGNATURE_ALGORITHMS))
        yield (
            "/algorithm",
            f"unsupported signature algorithm {algorithm!r}: one of {known}, or hmac-<one>",
        )


def name_problems(declared: Any, extension: str) -> Iterator[Problem]:
    """`x-sdk-method` (an operation's method name) or `x-sdk-client-name` (on `info`)."""
    if not isinstance(declared, str) or not declared.strip():
        yield "", f"{extension} must be a non-empty string, not {declared!r}"


def retry_problems(declared: Any) -> Iterator[Problem]:
    """`x-retry` on an operation: whether a POST is safe to retry."""
    if not isinstance(declared, bool):
        # `x-retry: "false"` is a string, and a non-empty one: it turned retries on.
        yield "", f"x-retry must be true or false, not {declared!r}"


def idempotency_key_problems(declared: Any) -> Iterator[Problem]:
    """`x-idempotency-key` (on the document or an operation): the name of the header that
    carries a key the server deduplicates retried calls by, e.g. `Idempotency-Key`. The
    client sends one key per call, the same on every retry, and so may retry the call."""
    if not isinstance(declared, str) or not _HEADER_NAME.fullmatch(declared):
        yield "", f"x-idempotency-key must be a header name (Idempotency-Key), not {declared!r}"


def sse_reconnect_problems(declared: Any) -> Iterator[Problem]:
    """`x-sse-reconnect` on an operation answering `text/event-stream`: whether the server
    resumes a dropped stream after the event named by a `Last-Event-ID` header, so the
    client may reconnect (WHATWG HTML 9.2). Without it a dropped stream is an error: a
    server that replays from the start would deliver events twice."""
    if not isinstance(declared, bool):
        yield "", f"x-sse-reconnect must be true or false, not {declared!r}"


# `x-rate-limit`'s periods, in seconds (the runtime's ``_quota.PERIODS``, the mock's).
RATE_LIMIT_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def rate_limit_problems(declared: Any) -> Iterator[Problem]:
    """`x-rate-limit` on the document: the quota the API's docs state, e.g.
    `{requests: 2000, period: day}`. The client offers it as `DOCUMENTED_QUOTA`; the mock
    enforces it with `--rate-limit documented`."""
    if not isinstance(declared, dict):
        yield "", "x-rate-limit must be a mapping (requests, period)"
        return
    requests = declared.get("requests")
    if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
        yield "/requests", f"must be a positive integer, not {requests!r}"
    period = declared.get("period")
    if not isinstance(period, str) or period not in RATE_LIMIT_PERIODS:
        yield "/period", f"must be one of {', '.join(RATE_LIMIT_PERIODS)}, not {period!r}"
    for key in sorted(set(declared) - {"requests", "period"}, key=str):
        if not str(key).startswith("x-"):  # x-doc-note says where the numbers come from
            yield f"/{key}", "unknown key: x-rate-limit takes requests, period and x- notes"


def request_id_header_problems(declared: Any) -> Iterator[Problem]:
    """`x-request-id-header` on the document: the response header holding the server's id
    of the request, which `request_id` on responses and errors reads."""
    if not isinstance(declared, str) or not _HEADER_NAME.fullmatch(declared):
        yield "", f"x-request-id-header must be a header name (X-Request-Id), not {declared!r}"
