"""Fault injection: make the mock misbehave on purpose, per request or per run.

Per request, send ``X-Mock-Fault`` with ``;``-separated items:

``status=429``          answer with this status and the operation's documented body for it
``retry-after=2``       with ``status``: add ``Retry-After: 2``
``delay=300ms``         wait before answering (``ms`` or ``s``; a bare number is milliseconds)
``reset``               close the TCP connection without answering (RST; real server only)
``truncate``            send the response with a Content-Length larger than the body, then
                        close the connection (real server only)

e.g. ``X-Mock-Fault: status=429;retry-after=1`` or ``X-Mock-Fault: delay=2s;status=503``.
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
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)?")


class FaultSyntaxError(ValueError):
    """The X-Mock-Fault header cannot be understood."""


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0  # seconds
    reset: bool = False
    truncate: bool = False

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
        return ";".join(parts)


def parse_fault(header: str | None) -> Fault | None:
    if not header or not header.strip():
        return None
    status: int | None = None
    retry_after: str | None = None
    delay = 0.0
    reset = truncate = False
    for item in header.split(";"):
        name, sep, value = item.strip().partition("=")
        name, value = name.strip().lower(), value.strip()
        if not name:
            continue
        if name == "status" and sep:
            if not value.isdigit() or not 100 <= int(value) <= 599:
                raise FaultSyntaxError(f"status={value!r}: expected an HTTP status 100-599")
            status = int(value)
        elif name == "retry-after" and sep:
            if not value or not value.isdigit():
                raise FaultSyntaxError(f"retry-after={value!r}: expected whole seconds")
            retry_after = value
        elif name == "delay" and sep:
            found = _DURATION.fullmatch(value)
            if found is None:
                raise FaultSyntaxError(f"delay={value!r}: expected e.g. 300ms or 2s")
            amount = float(found.group(1))
            delay = min(amount if found.group(2) == "s" else amount / 1000, _MAX_DELAY)
        elif name == "reset" and not sep:
            reset = True
        elif name == "truncate" and not sep:
            truncate = True
        else:
            raise FaultSyntaxError(
                f"unknown item {item.strip()!r}: use status=N, retry-after=N, delay=Nms, "
                "reset or truncate"
            )
    if retry_after is not None and status is None:
        raise FaultSyntaxError("retry-after needs status=N")
    return Fault(status, retry_after, delay, reset, truncate)


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
