"""Serve a mock app with uvicorn, keeping hold of each connection's socket.

The ``reset`` and ``truncate`` faults need to close a TCP connection from inside the app,
which ASGI has no message for. The server's protocol class records every connection's
transport by client address (the ``client`` of the ASGI scope), so the app can abort the
one it is answering.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from typing import Any, Self

import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.h11_impl import H11Protocol


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


def _base_protocol() -> type[asyncio.Protocol]:
    # httptools parses HTTP in C and roughly doubles throughput; h11 is the pure-Python
    # fallback uvicorn always has.
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return H11Protocol
    return HttpToolsProtocol


def tracking_protocol(connections: Connections) -> type[asyncio.Protocol]:
    base: Any = _base_protocol()

    class TrackingProtocol(base):  # type: ignore[misc]
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            if isinstance(transport, asyncio.Transport):
                connections.add(transport)

        def connection_lost(self, exc: Exception | None) -> None:
            connections.remove(self.transport)
            super().connection_lost(exc)

    return TrackingProtocol


def make_server(app: Starlette, host: str, port: int) -> uvicorn.Server:
    connections = Connections()
    app.state.mock.connections = connections
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=tracking_protocol(connections),
        # The standard library's loop, whether or not uvloop is installed (the dev
        # environment has it to test the client runtime): the mock behaves and measures
        # the same everywhere.
        loop="asyncio",
        access_log=False,  # the mock logs its own line, with credentials redacted
        log_level="warning",
        lifespan="on",
    )
    return uvicorn.Server(config)


class MockServer:
    """A mock served on a real socket in a background thread (for tests and scripts)."""

    def __init__(self, app: Starlette, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.host = host
        if port == 0:
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = int(probe.getsockname()[1])
        self.port = port
        self.server = make_server(app, host, port)
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
