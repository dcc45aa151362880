"""Fault injection: make the mock misbehave on purpose, per request or per run.

Per request, send ``X-Mock-Fault`` with ``;``-separated items:

``status=429``          answer with this status and the operation's documented body for it
                        (three ASCII digits, 200-599; 204, 205 and 304 are sent without a
                        body, as HTTP requires; 1xx is refused: it is not a final response)
``retry-after=2``       with ``status``: add ``Retry-After: 2`` (whole seconds, ASCII digits,
                        at most 10)
``delay=300ms``         wait before answering (``ms`` or ``s``; a bare number is milliseconds;
                        at most 9 ASCII digits, optional fraction; capped at 60 s)
``reset``               close the TCP connection without answering (RST; real server only)
``reset-after``         perform the call (state changes), then reset instead of answering
``truncate``            send the response with a Content-Length larger than the body, then
                        close the connection (real server only; not with a bodiless status)
``drop-after=3``        a streamed answer (download, event stream, JSON Lines:
                        ``generator.mock.streams``): reset the connection after that many
                        chunks (at most 9 ASCII digits; real server only)

e.g. ``X-Mock-Fault: status=429;retry-after=1`` or ``X-Mock-Fault: delay=2s;status=503``.
Anything else (an unknown item, ``status=²``, Arabic-Indic or full-width digits,
``status=100``, ``delay=-1``, ``delay=nan``) is answered with a 400 naming the item, and
nothing is injected.
Per run, ``failure_rate`` answers that fraction of requests with a 503 (seeded, so a run
is reproducible).
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass

HEADER = "x-mock-fault"
_MAX_DELAY = 60.0
# ASCII digits only: `\d` and str.isdigit() also match superscripts and other scripts' digits.
_STATUS = re.compile(r"[0-9]{3}")
_SECONDS = re.compile(r"[0-9]{1,10}")
_COUNT = re.compile(r"[0-9]{1,9}")
_DURATION = re.compile(r"([0-9]{1,9}(?:\.[0-9]{1,9})?)[ \t]*(ms|s)?")
# Statuses whose responses never carry content (RFC 9110 15.3.5, 15.3.6, 15.4.5).
NO_CONTENT = frozenset({204, 205, 304})


def _shown(text: str) -> str:
    # The header is the client's text: echo enough of it to recognise, not all of it.
    return repr(text if len(text) <= 40 else text[:40] + "...")


class FaultSyntaxError(ValueError):
    """The X-Mock-Fault header cannot be understood."""


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0  # seconds
    reset: bool = False
    truncate: bool = False
    reset_after: bool = False
    drop_after: int | None = None

    def describe(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(f"status={self.status}")
        if self.delay:
            parts.append(f"delay={self.delay:g}s")
        if self.reset:
            parts.append("reset")
        if self.truncate:
            parts.append("truncate")
        if self.reset_after:
            parts.append("reset-after")
        if self.drop_after is not None:
            parts.append(f"drop-after={self.drop_after}")
        return ";".join(parts)


def parse_fault(header: str | None) -> Fault | None:
    if not header or not header.strip():
        return None
    status: int | None = None
    retry_after: str | None = None
    delay = 0.0
    reset = truncate = reset_after = False
    drop_after: int | None = None
    for item in header.split(";"):
        name, sep, value = item.strip().partition("=")
        name, value = name.strip().lower(), value.strip()
        if not name:
            continue
        if name == "status" and sep:
            if not _STATUS.fullmatch(value) or not 100 <= int(value) <= 599:
                raise FaultSyntaxError(f"status={_shown(value)}: expected an HTTP status 200-599")
            if int(value) < 200:
                raise FaultSyntaxError(
                    f"status={value}: a 1xx is an interim response, not an answer; "
                    "expected an HTTP status 200-599"
                )
            status = int(value)
        elif name == "retry-after" and sep:
            if not _SECONDS.fullmatch(value):
                raise FaultSyntaxError(
                    f"retry-after={_shown(value)}: expected whole seconds (at most 10 digits)"
                )
            retry_after = value
        elif name == "delay" and sep:
            found = _DURATION.fullmatch(value)
            if found is None:
                raise FaultSyntaxError(f"delay={_shown(value)}: expected e.g. 300ms or 2s")
            amount = float(found.group(1))
            delay = min(amount if found.group(2) == "s" else amount / 1000, _MAX_DELAY)
        elif name == "reset" and not sep:
            reset = True
        elif name == "truncate" and not sep:
            truncate = True
        elif name == "reset-after" and not sep:
            reset_after = True
        elif name == "drop-after" and sep:
            if not _COUNT.fullmatch(value):
                raise FaultSyntaxError(
                    f"drop-after={_shown(value)}: expected a number of chunks (ASCII digits)"
                )
            drop_after = int(value)
        else:
            raise FaultSyntaxError(
                f"unknown item {_shown(item.strip())}: use status=N, retry-after=N, delay=Nms, "
                "reset, reset-after, truncate or drop-after=N"
            )
    if retry_after is not None and status is None:
        raise FaultSyntaxError("retry-after needs status=N")
    if truncate and status in NO_CONTENT:
        raise FaultSyntaxError(f"truncate needs a response with a body; status={status} has none")
    return Fault(status, retry_after, delay, reset, truncate, reset_after, drop_after)


class FailureRate:
    """Decides, reproducibly for a seed, which requests get an injected 503."""

    def __init__(self, rate: float, seed: int) -> None:
        self.rate = max(0.0, min(rate, 1.0))
        self._random = random.Random(f"failures:{seed}")
        self._lock = threading.Lock()

    def hit(self) -> bool:
        if self.rate <= 0:
            return False
        with self._lock:
            return self._random.random() < self.rate
