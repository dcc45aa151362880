"""What a response says about the caller's rate limit: ``RateLimit-*`` (IETF draft),
``X-RateLimit-*`` (GitHub, Stripe and most others) and ``Retry-After``, as one typed value.

``APIResponse.rate_limit`` and ``APIStatusError.rate_limit`` (so ``RateLimitError``) read it;
it is parsed only when asked for, so a call that never looks costs nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import math

import httpx

__all__ = ["RateLimit", "parse_rate_limit", "retry_after_seconds"]

# A reset value at least this large is a Unix time (GitHub's X-RateLimit-Reset), not a number
# of seconds: no window is ~30 years long.
_EPOCH_THRESHOLD = 1_000_000_000


@dataclasses.dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate limit a response reports; a field is ``None`` when no header gave it.

    Attributes:
        limit: requests allowed in the current window.
        remaining: requests left in the current window.
        reset: seconds until the window resets (a Unix-time reset is converted).
        retry_after: seconds the server asks the client to wait (``Retry-After``).
    """

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    retry_after: float | None = None


def _count(headers: httpx.Headers, name: str) -> int | None:
    for prefix in ("ratelimit-", "x-ratelimit-"):
        value = headers.get(prefix + name)
        if value is None:
            continue
        # A draft-style list ("100, 100;w=60") gives the current limit first.
        head = value.split(",", 1)[0].split(";", 1)[0].strip()
        if head.isdigit():
            return int(head)
    return None


def _reset(headers: httpx.Headers, now: float) -> float | None:
    count = _count(headers, "reset")
    if count is None:
        return None
    if count >= _EPOCH_THRESHOLD:
        return max(0.0, count - now)
    return float(count)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """``Retry-After`` in seconds from now (a number or an HTTP date); ``None`` when absent,
    unreadable or in the past."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
    # NaN, infinite and negative waits are no answer: the caller falls back to its own.
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def parse_rate_limit(headers: httpx.Headers) -> RateLimit:
    """The rate limit the headers report (fields without a header stay ``None``)."""
    now = dt.datetime.now(dt.UTC).timestamp()
    return RateLimit(
        limit=_count(headers, "limit"),
        remaining=_count(headers, "remaining"),
        reset=_reset(headers, now),
        retry_after=retry_after_seconds(headers),
    )
