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
- a request head over ``MAX_HEADER_FIELDS`` (256) fields or ``MAX_HEAD_BYTES`` (64 kB)
  gets ``431 Request Header Fields Too Large``, a target over ``MAX_TARGET`` (16 kB) ``414
  URI Too Long`` (``generator.mock.app``), before the app sees it; an unfinished head is
  refused with a 431 once its raw bytes pass those limits plus one read (256 kB).

Every such answer is a JSON problem body with ``Connection: close``, followed by a
lingering close (FIN, then the rest of the request read and dropped for up to 2 s), so the
client reads it rather than a reset. Garbage that is not HTTP is a 400 in the same form.

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
    """The limits shared by one server's connections: which may be closed, and when.

    Deadlines are checked by one sweep every fraction of the shortest timeout rather than
    by a timer per connection and request: a request then costs a few attribute writes.
    """

    def __init__(
        self,
        idle_timeout: float = IDLE_TIMEOUT,
        request_timeout: float = REQUEST_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.request_timeout = request_timeout
        self.interval = min(1.0, max(0.05, min(idle_timeout, request_timeout, _LINGER) / 4))
        files = _open_file_limit()
        if files is not None:
            max_connections = min(max_connections, max(16, files - _FD_HEADROOM))
        self.max_connections = max(1, max_connections)
        self.protocols: dict[Any, None] = {}
        # Connections whose request is not being answered, oldest first (dicts keep order).
        self._closable: dict[Any, None] = {}
        self._sweeper: asyncio.TimerHandle | None = None

    def opened(self, protocol: Any) -> bool:
        """Count a new connection; False if it must be closed (every other one is busy)."""
        if len(self.protocols) >= self.max_connections:
            victim = next(iter(self._closable), None)
            if victim is None:
                _log.warning(
                    "connection limit (%d) reached: refusing a connection", len(self.protocols)
                )
                return False
            _log.warning(
                "connection limit (%d) reached: closing the oldest idle one", len(self.protocols)
            )
            self.closed(victim)
            victim.transport.close()
        self.protocols[protocol] = None
        self._closable[protocol] = None
        if self._sweeper is None:
            self._sweeper = protocol.loop.call_later(self.interval, self._sweep, protocol.loop)
        return True

    def busy(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)

    def idle(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)
        self._closable[protocol] = None  # to the end: the most recently used

    def closed(self, protocol: Any) -> None:
        self._closable.pop(protocol, None)
        self.protocols.pop(protocol, None)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        for protocol in [p for p in self.protocols if p.deadline <= now]:
            protocol.expired()
        self._sweeper = (
            loop.call_later(self.interval, self._sweep, loop) if self.protocols else None
        )


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


_NEVER = float("inf")
# What a connection's deadline means (MockProtocol.phase).
_IDLE, _RECEIVING, _SERVING, _LINGERING = range(4)


def tracking_protocol(connections: Connections, guard: Guard | None = None) -> type[Any]:
    limits = guard or Guard()

    class MockProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.logger = _log
            self.deadline = _NEVER
            self.phase = _IDLE
            self._in_head = True  # the next bytes belong to a request head
            self._head_raw = 0  # bytes received while the head is not complete
            self._skip_read = False  # this read ended a request: its bytes are not the head's
            self._message_cycle: Any = None
            self._counted = False  # by the guard: connection_lost must uncount it
            self._refusal: tuple[int, str, str] | None = None
            self._discarded = 0

        # --- deadlines -------------------------------------------------------------------

        def _wait(self, phase: int, seconds: float) -> None:
            self.phase = phase
            self.deadline = self.loop.time() + seconds

        def expired(self) -> None:
            """Called by the guard's sweep once ``deadline`` has passed."""
            self.deadline = _NEVER
            if self.phase == _RECEIVING:
                if self.flow is not None and self.flow.read_paused:
                    # The server stopped reading (the app has not taken the body so far).
                    self._wait(_RECEIVING, limits.request_timeout)
                    return
                cycle = self._message_cycle
                if cycle is None or not cycle.response_started:
                    timeout = f"{limits.request_timeout:g} s"
                    self._reply_and_close(408, "request", f"not received in full within {timeout}")
                    return
            if self.phase != _SERVING:
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
            if not self.transport.can_write_eof():
                self.transport.close()
                return
            # A lingering close, as nginx does: closing with the client's bytes unread would
            # send a RST, and the client could lose this answer. Send FIN, read and drop
            # what is still coming for a moment, then close.
            self.transport.write_eof()
            self._wait(_LINGERING, min(_LINGER, limits.idle_timeout))

        # --- connection ------------------------------------------------------------------

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)  # type: ignore[arg-type]
            if isinstance(transport, asyncio.Transport):
                connections.add(transport)
            if not limits.opened(self):
                self.transport.close()
                return
            self._counted = True
            self._wait(_IDLE, limits.idle_timeout)

        def connection_lost(self, exc: Exception | None) -> None:
            if self._counted:
                limits.closed(self)
            connections.remove(self.transport)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self.phase == _LINGERING:
                self._discarded += len(data)
                if self._discarded > _MAX_DISCARD:
                    self.transport.close()
                return
            super().data_received(data)
            if self._skip_read:
                self._skip_read = False
            elif self._in_head:
                # httptools buffers a header line whole before reporting it: the head's
                # raw size is bounded here, after each read.
                self._head_raw += len(data)
                if self._head_raw > _MAX_RAW_HEAD and not self.transport.is_closing():
                    self._reply_and_close(
                        431, "header", f"the request head is over {MAX_HEAD_BYTES} bytes"
                    )

        def send_400_response(self, msg: str) -> None:
            status, location, message = self._refusal or (400, "request", msg)
            self._reply_and_close(status, location, message)

        # --- parser callbacks ------------------------------------------------------------

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_raw = 0
            self._message_cycle = None
            self._wait(_RECEIVING, limits.request_timeout)

        def on_headers_complete(self) -> None:
            # Checked once the head is in (its raw size is bounded by data_received), before
            # the app sees it.
            if len(self.headers) > MAX_HEADER_FIELDS:
                self._refusal = (431, "header", f"over {MAX_HEADER_FIELDS} header fields")
                raise _Refused
            if len(self.url) > MAX_TARGET:
                self._refusal = (414, "path", f"the request target is over {MAX_TARGET} bytes")
                raise _Refused
            if sum(len(name) + len(value) for name, value in self.headers) > MAX_HEAD_BYTES:
                self._refusal = (431, "header", f"the request head is over {MAX_HEAD_BYTES} bytes")
                raise _Refused
            self._in_head = False
            super().on_headers_complete()
            self._message_cycle = self.cycle
            limits.busy(self)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._in_head = True
            self._head_raw = 0
            self._skip_read = True
            if self.cycle is None or self.cycle.response_complete:
                # Answered before the body was in (e.g. a 404 or 413): now idle.
                limits.idle(self)
                self._wait(_IDLE, limits.idle_timeout)
            else:
                # The app's time is its own (a delay fault is at most 60 s).
                self.phase = _SERVING
                self.deadline = _NEVER

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self.phase != _SERVING or self.transport.is_closing():
                return  # a request is arriving, or the connection is going
            if self.cycle is not None and not self.cycle.response_complete:
                return  # a pipelined request is being answered
            limits.idle(self)
            self._wait(_IDLE, limits.idle_timeout)

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
        # Bound here and handed to uvicorn: with port 0 the OS picks the port and nothing
        # can take it between choosing and binding (tests run in parallel processes).
        # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets with that proto.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind((host, port))
        except OSError:
            self._socket.close()
            raise
        self.port = port = int(self._socket.getsockname()[1])
        self.server = make_server(
            app,
            host,
            port,
            idle_timeout=idle_timeout,
            request_timeout=request_timeout,
            max_connections=max_connections,
        )
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

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
        self._socket.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
