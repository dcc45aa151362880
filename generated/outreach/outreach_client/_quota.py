"""The client-side rate limiter: keeps a client's requests under a quota such as "2000
requests a day", and pauses when the server says the budget is spent.

``Quota(2000, per="day")`` passed as the client's ``quota`` allows at most 2000 requests in
any 24 hours, counting every attempt (retries and redirects included). A request's slot is
taken when it is sent and dated when its response has arrived; the request that would
exceed the quota waits until the oldest dated slot is a whole period old. The server then
receives any ``requests + 1`` consecutive requests more than a period apart, whatever the
latency, so a fixed-window or a sliding-window server both see at most ``requests`` in
any window. Memory is one float per request of the period.

The limiter also obeys the server: a response with ``RateLimit-Remaining: 0`` (or
``X-RateLimit-Remaining: 0``) and a reset time, or a 429 or 503 with ``Retry-After``,
holds every further request until then.

One ``Quota`` may be shared by several clients of one kind (sync clients across threads,
or async clients on one event loop) so that they share one budget; ``with_options``
copies share their client's. A client without a quota never touches this module.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Literal

import httpx

from ._exceptions import QuotaExceededError
from ._ratelimit import parse_rate_limit, retry_after_seconds

if TYPE_CHECKING:
    import anyio

__all__ = ["PERIODS", "Quota"]

PERIODS: dict[str, float] = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}

Period = Literal["second", "minute", "hour", "day"]


class Quota:
    """At most ``requests`` requests per ``per`` (a period name, or seconds).

    Args:
        requests: requests allowed in any period.
        per: ``"second"``, ``"minute"``, ``"hour"``, ``"day"``, or a number of seconds.
        max_wait: the longest a call waits for the budget, in seconds; a call that would
            wait longer raises ``QuotaExceededError`` at once (``None``: wait as long as
            needed, which for a daily quota may be hours).
    """

    __slots__ = (
        "_changed",
        "_done",
        "_events",
        "_in_flight",
        "_lock",
        "_paused_until",
        "max_wait",
        "period",
        "requests",
    )

    def __init__(
        self, requests: int, per: Period | float = "second", *, max_wait: float | None = None
    ) -> None:
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ValueError(f"requests must be a positive int, not {requests!r}")
        if isinstance(per, str):
            if per not in PERIODS:
                raise ValueError(f"per must be one of {', '.join(PERIODS)} or seconds, not {per!r}")
            period = PERIODS[per]
        elif isinstance(per, bool) or not isinstance(per, int | float):
            raise ValueError(f"per must be a period name or seconds, not {per!r}")
        else:
            period = float(per)
        if not math.isfinite(period) or period <= 0:
            raise ValueError(f"per must be a positive number of seconds, not {per!r}")
        if max_wait is not None and not (max_wait >= 0):  # refuses nan too
            raise ValueError(f"max_wait must be a non-negative number or None, not {max_wait!r}")
        self.requests = requests
        self.period = period
        self.max_wait = max_wait
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._done: deque[float] = deque()  # when each request of the window was answered
        self._in_flight = 0
        self._paused_until = 0.0  # monotonic time the server asked us to wait until
        self._events: list[anyio.Event] = []  # async callers waiting for a slot to free

    def __repr__(self) -> str:
        names = {seconds: name for name, seconds in PERIODS.items()}
        per = repr(names[self.period]) if self.period in names else f"{self.period:g}"
        wait = "" if self.max_wait is None else f", max_wait={self.max_wait:g}"
        return f"Quota({self.requests}, per={per}{wait})"

    def _reserve(self, now: float) -> float:
        """0.0 when a slot was taken, else the seconds to wait before asking again
        (``inf``: until a request in flight is answered). Called with the lock held."""
        done = self._done
        cutoff = now - self.period
        while done and done[0] <= cutoff:
            done.popleft()
        if now < self._paused_until:
            return self._paused_until - now
        if len(done) + self._in_flight < self.requests:
            self._in_flight += 1
            return 0.0
        if done:
            return done[0] - cutoff
        return math.inf

    def _check_wait(self, wait: float) -> None:
        if self.max_wait is not None and math.isfinite(wait) and wait > self.max_wait:
            raise QuotaExceededError(
                f"the quota ({self!r}) allows the next request in {wait:.1f} s, longer "
                f"than max_wait ({self.max_wait:g} s)",
                wait=wait,
            )

    def acquire(self) -> None:
        """Take a slot for one request, waiting (this thread) until there is one."""
        with self._changed:
            while True:
                wait = self._reserve(time.monotonic())
                if wait == 0.0:
                    return
                self._check_wait(wait)
                self._changed.wait(None if math.isinf(wait) else wait)

    async def acquire_async(self) -> None:
        """Take a slot for one request, waiting (this task; asyncio or trio) until there
        is one."""
        # Imported here: anyio (httpx's dependency) costs ~1 ms to import, and only a
        # quota's async waits need it.
        import anyio

        while True:
            with self._lock:
                wait = self._reserve(time.monotonic())
                if wait == 0.0:
                    return
                self._check_wait(wait)
                event = anyio.Event()
                self._events.append(event)
            with anyio.move_on_after(None if math.isinf(wait) else wait):
                await event.wait()

    def release(self, response: httpx.Response | None) -> None:
        """The request holding a slot is over (``response``: its answer, ``None`` when it
        failed): date the slot and note what the server says about the budget."""
        with self._changed:
            now = time.monotonic()
            self._in_flight -= 1
            self._done.append(now)
            if response is not None:
                pause = _server_pause(response)
                if pause is not None:
                    self._paused_until = max(self._paused_until, now + pause)
            self._changed.notify_all()
            events, self._events = self._events, []
        for event in events:
            event.set()


def _server_pause(response: httpx.Response) -> float | None:
    """Seconds the server asks every request to wait: ``Retry-After`` on a 429 or 503,
    else the reset of a spent budget (``Remaining: 0``)."""
    headers = response.headers
    if response.status_code in (429, 503):
        seconds = retry_after_seconds(headers)
        if seconds is not None:
            return seconds
    if "ratelimit-remaining" in headers or "x-ratelimit-remaining" in headers:
        reported = parse_rate_limit(headers)
        if reported.remaining == 0 and reported.reset is not None:
            return reported.reset
    return None
