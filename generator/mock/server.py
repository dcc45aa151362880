"""Serve a mock app with uvicorn (httptools), keeping hold of each connection's socket.

The ``reset`` and ``truncate`` faults need to close a TCP connection from inside the app,
which ASGI has no message for. The server's protocol class records every connection's
transport by client address (the ``client`` of the ASGI scope), so the app can abort the
one it is answering.

The same protocol class bounds what one client can hold (uvicorn alone does not: a
connection that never sends a byte, or stops halfway through a request, stays open for ever,
and ~20,000 of them exhaust the process's file descriptors):

- a connection with no request in progress (new, or between keep-alive requests) is closed,
  silently, after ``idle_timeout`` seconds (default 5);
- a request whose head and body have not fully arrived ``request_timeout`` seconds (default
  30) after its first byte is answered ``408 Request Timeout`` and the connection closed
  (while the server itself has stopped reading, because the app has not consumed the body
  yet, that time does not count against the client);
- at most ``max_connections`` connections (default 1000, and never within 64 of the
  process's open-file limit) are open: a new connection past the limit closes the oldest
  connection whose request is not being answered (idle or still arriving); if every
  connection is being answered, the new one is closed;
- a request head over ``MAX_HEADER_FIELDS`` fields or ``MAX_HEAD_BYTES`` bytes gets
  ``431 Request Header Fields Too Large``, a target over ``MAX_TARGET`` bytes ``414 URI Too
  Long`` (``generator.mock.app``), refused while parsing, before more is buffered.

Those closings are not logged one by one; uvicorn's per-connection warnings ("Invalid HTTP
request received.") and the connection-limit warning are limited to a few a minute.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, Self

import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from generator.mock.app import MAX_HEAD_BYTES, MAX_HEADER_FIELDS, MAX_TARGET

IDLE_TIMEOUT = 5.0
REQUEST_TIMEOUT = 30.0
MAX_CONNECTIONS = 1000
# httptools buffers a header line whole before reporting it, so the raw bytes of an
# unfinished head are bounded too: the limits above plus one read (asyncio reads 256 kB).
_MAX_RAW_HEAD = MAX_HEAD_BYTES + MAX_TARGET + 256 * 1024
_FD_HEADROOM = 64
# After an error answer, how long and how much of the rest of the request is read and dropped.
_LINGER = 2.0
_MAX_DISCARD = 4 * 1024 * 1024


class Connections:
    """Open transports by peer address."""

    def __init__(self) -> None:
        self._transports: dict[tuple[Any, ...], asyncio.Transport] = {}

    @staticmethod
    def _key(address: Any) -> tuple[Any, ...] | None:
        if isinstance(address, tuple | list) and len(address) >= 2:
            return (str(address[0]), int(address[1]))
        return None

    def add(self, transport: asyncio.Transport) -> None:
        key = self._key(transport.get_extra_info("peername"))
        if key is not None:
            self._transports[key] = transport

    def remove(self, transport: asyncio.Transport) -> None:
        key = self._key(transport.get_extra_info("peername"))
        if key is not None and self._transports.get(key) is transport:
            del self._transports[key]

    def close(self, client: tuple[Any, ...], *, abort: bool) -> bool:
        key = self._key(client)
        transport = self._transports.get(key) if key is not None else None
        if transport is None:
            return False
        if abort:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                # Linger 0: the kernel answers with RST rather than an orderly FIN.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        else:
            transport.close()
        return True


class RateLimited(logging.Filter):
    """Lets ``burst`` records of each message through per ``window`` seconds.

    The first record let through after some were held back says how many.
    """

    def __init__(self, burst: int = 5, window: float = 60.0) -> None:
        super().__init__()
        self.burst = burst
        self.window = window
        self._seen: dict[str, tuple[float, int, int]] = {}  # msg -> (start, passed, held)
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            return True  # the app's own failures are never held back
        key = str(record.msg)
        now = time.monotonic()
        with self._lock:
            start, passed, held = self._seen.get(key, (now, 0, 0))
            if now - start >= self.window:
                start, passed = now, 0
            if passed >= self.burst:
                self._seen[key] = (start, passed, held + 1)
                return False
            self._seen[key] = (start, passed + 1, 0)
        if held:
            record.msg = f"{record.msg} ({held} more like this were not logged)"
        return True


# A child of uvicorn's logger, so it keeps uvicorn's handlers and level; only the mock's
# connections log through it.
_log = logging.getLogger("uvicorn.error.specforge")
if not any(isinstance(f, RateLimited) for f in _log.filters):
    _log.addFilter(RateLimited())


def _open_file_limit() -> int | None:
    try:
        import resource
    except ImportError:  # not on POSIX
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else int(soft)


class Guard:
    """The limits shared by one server's connections, and which connections may be closed."""

    def __init__(
        self,
        idle_timeout: float = IDLE_TIMEOUT,
        request_timeout: float = REQUEST_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.request_timeout = request_timeout
        files = _open_file_limit()
        if files is not None:
            max_connections = min(max_connections, max(16, files - _FD_HEADROOM))
        self.max_connections = max(1, max_connections)
        self.open = 0
        # Connections whose request is not being answered, oldest first (dicts keep order).
        self._closable: dict[Any, None] = {}

    def opened(self, protocol: Any) -> bool:
        """Count a new connection; False if it must be closed (every other one is busy)."""
        if self.open >= self.max_connections:
            victim = next(iter(self._closable), None)
            if victim is None:
                _log.warning("connection limit (%d) reached: refusing a connection", self.open)
                return False
            _log.warning("connection limit (%d) reached: closing the oldest idle one", self.open)
            del self._closable[victim]
            victim.transport.close()
        self.open += 1
        self._closable[protocol] = None
        return True

    def busy(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)

    def idle(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)
        self._closable[protocol] = None  # to the end: the most recently used

    def closed(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)
        self.open -= 1


class _Refused(Exception):
    """Raised from a parser callback: the request head is over a limit."""


def _error_bytes(status: int, location: str, message: str) -> bytes:
    phrase = HTTPStatus(status).phrase
    # The mock's generic problem shape (generator.mock.responses.generic_error).
    body = json.dumps(
        {
            "error": f"{phrase}: {location}: {message}",
            "detail": [{"location": location, "message": message}],
        }
    ).encode()
    return b"".join(
        [
            STATUS_LINE[status],
            b"content-type: application/json\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
            body,
        ]
    )


def tracking_protocol(connections: Connections, guard: Guard | None = None) -> type[Any]:
    limits = guard or Guard()

    class MockProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.logger = _log
            self._timer: asyncio.TimerHandle | None = None
            self._receiving = False  # a request has begun and is not fully received
            self._in_head = True  # the next bytes belong to a request head
            self._head_raw = 0
            self._head_fields = 0
            self._head_bytes = 0
            self._refusal: tuple[int, str, str] | None = None
            self._message_cycle: Any = None
            self._counted = False  # by the guard: connection_lost must uncount it
            self._discarding = False  # answered with an error: the rest is dropped
            self._discarded = 0

        # --- timers ----------------------------------------------------------------------

        def _arm(self, seconds: float, handler: Callable[[], None]) -> None:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = self.loop.call_later(seconds, handler)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

        def _serving(self) -> bool:
            return self.cycle is not None and not self.cycle.response_complete

        def _idle_expired(self) -> None:
            self._timer = None
            if not self._serving() and not self._receiving:
                self.transport.close()

        def _request_expired(self) -> None:
            self._timer = None
            if self.flow is not None and self.flow.read_paused:
                # The server stopped reading (the app has the body it asked for so far).
                self._arm(limits.request_timeout, self._request_expired)
                return
            cycle = self._message_cycle
            if cycle is None or not cycle.response_started:
                self._reply_and_close(
                    408, "request", f"not received in full within {limits.request_timeout:g} s"
                )
            else:
                self.transport.close()

        def _reply_and_close(self, status: int, location: str, message: str) -> None:
            cycle = self._message_cycle
            if cycle is not None:
                # The app must not write its own answer after this one.
                cycle.disconnected = True
                cycle.message_event.set()
            if self.transport.is_closing():
                return
            self.transport.write(_error_bytes(status, location, message))
            self._discarding = True
            if not self.transport.can_write_eof():
                self.transport.close()
                return
            # A lingering close, as nginx does: closing with the client's bytes unread would
            # send a RST, and the client could lose this answer. Send FIN, read and drop
            # what is still coming for a moment, then close.
            self.transport.write_eof()
            self._arm(min(_LINGER, limits.idle_timeout), self.transport.close)

        # --- connection ------------------------------------------------------------------

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)  # type: ignore[arg-type]
            if isinstance(transport, asyncio.Transport):
                connections.add(transport)
            if not limits.opened(self):
                self.transport.close()
                return
            self._counted = True
            self._arm(limits.idle_timeout, self._idle_expired)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._counted:
                limits.closed(self)
            connections.remove(self.transport)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._discarding:
                self._discarded += len(data)
                if self._discarded > _MAX_DISCARD:
                    self.transport.close()
                return
            super().data_received(data)
            if self._in_head and not self.transport.is_closing():
                self._head_raw += len(data)
                if self._head_raw > _MAX_RAW_HEAD:
                    self._reply_and_close(
                        431, "header", f"the request head is over {MAX_HEAD_BYTES} bytes"
                    )

        def send_400_response(self, msg: str) -> None:
            status, location, message = self._refusal or (400, "request", msg)
            self._reply_and_close(status, location, message)

        # --- parser callbacks ------------------------------------------------------------

        def _refuse(self, status: int, location: str, message: str) -> None:
            self._refusal = (status, location, message)
            raise _Refused(message)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._receiving = True
            self._head_raw = self._head_fields = self._head_bytes = 0
            self._message_cycle = None
            self._arm(limits.request_timeout, self._request_expired)

        def on_url(self, url: bytes) -> None:
            self._head_bytes += len(url)
            if self._head_bytes > MAX_TARGET:
                self._refuse(414, "path", f"the request target is over {MAX_TARGET} bytes")
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._head_fields += 1
            self._head_bytes += len(name) + len(value)
            if self._head_fields > MAX_HEADER_FIELDS:
                self._refuse(431, "header", f"over {MAX_HEADER_FIELDS} header fields (the limit)")
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(431, "header", f"the request head is over {MAX_HEAD_BYTES} bytes")
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            self._in_head = False
            super().on_headers_complete()
            self._message_cycle = self.cycle
            limits.busy(self)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._receiving = False
            self._in_head = True
            self._head_raw = 0
            self._disarm()  # the app's time is its own (a delay fault is at most 60 s)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self.transport.is_closing() or self._receiving or self._serving():
                return
            limits.idle(self)
            self._arm(limits.idle_timeout, self._idle_expired)

    return MockProtocol


def make_server(
    app: Starlette,
    host: str,
    port: int,
    *,
    idle_timeout: float = IDLE_TIMEOUT,
    request_timeout: float = REQUEST_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
) -> uvicorn.Server:
    connections = Connections()
    app.state.mock.connections = connections
    guard = Guard(idle_timeout, request_timeout, max_connections)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=tracking_protocol(connections, guard),
        # The standard library's loop, whether or not uvloop is installed (the dev
        # environment has it to test the client runtime): the mock behaves and measures
        # the same everywhere.
        loop="asyncio",
        access_log=False,  # the mock logs its own line, with credentials redacted
        log_level="warning",
        lifespan="on",
        timeout_keep_alive=max(1, round(idle_timeout)),
    )
    return uvicorn.Server(config)


class MockServer:
    """A mock served on a real socket in a background thread (for tests and scripts)."""

    def __init__(
        self,
        app: Starlette,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        idle_timeout: float = IDLE_TIMEOUT,
        request_timeout: float = REQUEST_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.app = app
        self.host = host
        if port == 0:
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = int(probe.getsockname()[1])
        self.port = port
        self.server = make_server(
            app,
            host,
            port,
            idle_timeout=idle_timeout,
            request_timeout=request_timeout,
            max_connections=max_connections,
        )
        self._thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> MockServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"mock server did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
