"""`mock --rate-limit N/PERIOD`: a request quota per credential, answered as an API does.

Each credential the request presents (any of the spec's security schemes; without one, the
client's address) has a fixed window of PERIOD that starts with its first request; past N
requests in the window the mock answers 429 with ``Retry-After``. Every counted response
carries the IETF draft's ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset`` (seconds), and ``X-RateLimit-*`` too (the reset as a Unix time, as
GitHub and Outreach send it) when the spec declares such a header. ``--rate-limit
documented`` enforces the spec's `x-rate-limit`.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from generator.mock.problems import Problem, Rejection
from generator.mock.validation import Incoming, check_for, parse_cookies
from generator.spec.extensions import RATE_LIMIT_PERIODS
from generator.wire.model import DocumentedQuota, WireApi

DOCUMENTED = "documented"
# Credentials (or addresses) whose windows are kept at most; the least recent go first.
MAX_KEYS = 10_000
_UNITS = {
    "s": "second",
    "sec": "second",
    "second": "second",
    "m": "minute",
    "min": "minute",
    "minute": "minute",
    "h": "hour",
    "hour": "hour",
    "d": "day",
    "day": "day",
}
_OPTION = re.compile(r"(\d+)/(\d*)([a-z]+)")


@dataclass(frozen=True)
class RateLimitRule:
    """N requests per window of ``seconds``."""

    requests: int
    seconds: float
    label: str  # as the start line and the 429 say it: "5 per second"


def parse_rate_limit(text: str, quota: DocumentedQuota | None) -> RateLimitRule:
    """``N/PERIOD`` (``5/s``, ``2000/day``, ``100/15m``) or ``documented`` (``quota``, the
    spec's `x-rate-limit`); a ``ValueError`` says what is wrong."""
    if text == DOCUMENTED:
        if quota is None:
            raise ValueError("the spec declares no x-rate-limit to enforce")
        return RateLimitRule(
            quota.requests, float(quota.seconds), f"{quota.requests} per {quota.period}"
        )
    found = _OPTION.fullmatch(text.strip().lower())
    unit = _UNITS.get(found.group(3)) if found else None
    if found is None or unit is None:
        raise ValueError(
            f"expected N/PERIOD (5/s, 100/15m, 2000/day; s, m, h or d) or {DOCUMENTED}, "
            f"not {text!r}"
        )
    requests, count = int(found.group(1)), int(found.group(2) or 1)
    if requests < 1 or count < 1:
        raise ValueError(f"expected a positive number of requests and of periods, not {text!r}")
    period = unit if count == 1 else f"{count} {unit}s"
    return RateLimitRule(
        requests, float(count * RATE_LIMIT_PERIODS[unit]), f"{requests} per {period}"
    )


class RateLimiter:
    """The windows of one served spec, by credential."""

    def __init__(
        self,
        rule: RateLimitRule,
        model: WireApi,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rule = rule
        self._schemes = list(model.schemes.values())
        self._in_query = any(s.location == "query" for s in self._schemes)
        self._x_headers = any(
            name.lower().startswith("x-ratelimit-")
            for operation in model.operations
            for response in operation.responses
            for name in response.headers
        )
        self._clock = clock
        self._windows: OrderedDict[str, tuple[float, int]] = OrderedDict()
        self._lock = threading.Lock()

    def key(self, headers: dict[str, str], query_string: str, client: str) -> str:
        """Whose budget a request spends: the credentials it presents, else its address."""
        incoming = Incoming(
            method="",
            path="",
            query=_query(query_string) if self._in_query else {},
            headers=headers,
            cookies=parse_cookies(headers.get("cookie")),
        )
        presented = [
            f"{scheme.key}={value}"
            for scheme in self._schemes
            if (value := check_for(scheme).presented(scheme, incoming)) is not None
        ]
        return "\n".join(presented) if presented else "client " + client

    def take(self, key: str) -> dict[str, str]:
        """Count one request of ``key``: the rate-limit headers of its response, or a 429
        ``Rejection`` carrying them when the window's budget is spent."""
        rule = self.rule
        with self._lock:
            now = self._clock()
            started, used = self._windows.pop(key, (now, 0))
            if now - started >= rule.seconds:
                started, used = now, 0
            refused = used >= rule.requests
            if not refused:
                used += 1
            self._windows[key] = (started, used)
            while len(self._windows) > MAX_KEYS:
                self._windows.popitem(last=False)
        # Whole seconds, rounded up: a client that waits this long finds a new window.
        reset = max(1, math.ceil(started + rule.seconds - now))
        headers = self._headers(rule.requests - used, reset)
        if refused:
            headers["Retry-After"] = str(reset)
            problem = Problem("", f"rate limit exceeded ({rule.label}); retry in {reset} s")
            raise Rejection(429, [problem], headers=headers)
        return headers

    def _headers(self, remaining: int, reset: int) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.rule.requests),
            "RateLimit-Remaining": str(remaining),
            "RateLimit-Reset": str(reset),
        }
        if self._x_headers:
            headers["X-RateLimit-Limit"] = str(self.rule.requests)
            headers["X-RateLimit-Remaining"] = str(remaining)
            headers["X-RateLimit-Reset"] = str(math.ceil(time.time()) + reset)
        return headers

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


def _query(query_string: str) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        query.setdefault(name, []).append(value)
    return query
