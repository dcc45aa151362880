"""An httpcore network backend on asyncio's own transports, for the async client's pool.

httpcore reaches asyncio through anyio, and every read and write then enters and leaves an
anyio cancel scope; a request makes four of them. Talking to asyncio's transports
directly, as aiohttp does, saves ~3 % of a 100-lead list call and ~4 % of a one-lead call
to a local server (``bench/client_overhead.py``). Under another event loop library (trio)
the client keeps httpcore's default backend (see ``_deadline``).

Reading is paused whenever no read is waiting, as anyio does, so the bytes or the EOF of a
server that drops an idle connection stay in the socket, where ``is_readable`` (httpcore's
check before reusing a pooled connection) finds them.
"""

from __future__ import annotations

import asyncio
import select
import ssl
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import httpcore

__all__ = ["AsyncioBackend"]

# httpcore's SOCKET_OPTION, spelled out: it is not exported.
SocketOption: typing.TypeAlias = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)
# Maps a read's timeout to the one to wait for (the response deadline clamps it).
ReadTimeoutPolicy: typing.TypeAlias = Callable[[float | None], float | None]

_HAPPY_EYEBALLS_DELAY = 0.25  # RFC 8305's recommended connection attempt delay, as anyio


class _Protocol(asyncio.Protocol):
    """Collects what arrives; the stream resumes reading only while a read waits (after
    ``start_tls`` the transport to pause is the TLS one, which only the stream holds)."""

    def __init__(self) -> None:
        self.chunks: deque[bytes] = deque()
        self.eof = False
        self.lost: Exception | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.write_paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        typing.cast(asyncio.Transport, transport).pause_reading()

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self._wake()

    def eof_received(self) -> None:
        self.eof = True
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.lost = exc
        self._wake()

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        self._wake()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


def _expire(
    waiter: asyncio.Future[None], error: type[httpcore.TimeoutException], message: str
) -> None:
    if not waiter.done():
        waiter.set_exception(error(message))


def _socket_readable(fileno: int) -> bool:
    poll = select.poll()
    poll.register(fileno, select.POLLIN)
    return bool(poll.poll(0))


class _Stream(httpcore.AsyncNetworkStream):
    def __init__(
        self, transport: asyncio.Transport, protocol: _Protocol, read_timeout: ReadTimeoutPolicy
    ) -> None:
        self._transport = transport
        self._protocol = protocol
        self._read_timeout = read_timeout

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.chunks and not protocol.eof:
            timeout = self._read_timeout(timeout)
            self._transport.resume_reading()
            try:
                while not protocol.chunks and not protocol.eof:
                    await self._wait(timeout, httpcore.ReadTimeout, "reading the response")
            finally:
                if not self._transport.is_closing():
                    self._transport.pause_reading()
        if protocol.chunks:
            chunk = protocol.chunks.popleft()
            if len(chunk) > max_bytes:
                protocol.chunks.appendleft(chunk[max_bytes:])
                chunk = chunk[:max_bytes]
            return chunk
        if protocol.lost is not None:
            raise httpcore.ReadError(str(protocol.lost) or type(protocol.lost).__name__)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        while self._protocol.write_paused and not self._protocol.eof:
            await self._wait(timeout, httpcore.WriteTimeout, "sending the request")
        if self._protocol.lost is not None:
            raise httpcore.WriteError(
                str(self._protocol.lost) or type(self._protocol.lost).__name__
            )

    async def _wait(
        self, timeout: float | None, error: type[httpcore.TimeoutException], doing: str
    ) -> None:
        """Until the protocol wakes us (data, EOF, drained) or ``timeout`` runs out."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._protocol.waiter = waiter
        timer = (
            None
            if timeout is None
            else loop.call_later(timeout, _expire, waiter, error, f"timed out {doing}")
        )
        try:
            await waiter
        finally:
            self._protocol.waiter = None
            if timer is not None:
                timer.cancel()

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport,
                    self._protocol,
                    ssl_context,
                    server_hostname=server_hostname,
                )
        except TimeoutError as exc:
            self._transport.close()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from exc
        except OSError as exc:  # ssl.SSLError included
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # the peer closed the connection during the handshake
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        transport.pause_reading()
        return _Stream(transport, self._protocol, self._read_timeout)

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        if info == "is_readable":
            protocol = self._protocol
            if protocol.chunks or protocol.eof or self._transport.is_closing():
                return True
            sock = self._transport.get_extra_info("socket")
            return sock is None or sock.fileno() < 0 or _socket_readable(sock.fileno())
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Connections as asyncio transports; ``read_timeout`` maps each read's timeout."""

    def __init__(self, read_timeout: ReadTimeoutPolicy = lambda timeout: timeout) -> None:
        self._read_timeout = read_timeout

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local_addr = None if local_address is None else (local_address, 0)
        with _connect_errors():
            async with asyncio.timeout(timeout):
                if isinstance(loop, asyncio.BaseEventLoop):
                    connecting = loop.create_connection(
                        _Protocol,
                        host,
                        port,
                        local_addr=local_addr,
                        happy_eyeballs_delay=_HAPPY_EYEBALLS_DELAY,
                    )
                else:  # uvloop's create_connection has no happy-eyeballs option
                    connecting = loop.create_connection(
                        _Protocol, host, port, local_addr=local_addr
                    )
                transport, protocol = await connecting
        return self._stream(transport, protocol, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        with _connect_errors():
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_unix_connection(_Protocol, path)
        return self._stream(transport, protocol, socket_options)

    def _stream(
        self,
        transport: asyncio.BaseTransport,
        protocol: _Protocol,
        socket_options: Iterable[SocketOption] | None,
    ) -> _Stream:
        # asyncio sets TCP_NODELAY on TCP connections itself, as anyio does.
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return _Stream(typing.cast(asyncio.Transport, transport), protocol, self._read_timeout)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@contextmanager
def _connect_errors() -> Iterator[None]:
    """httpcore's exceptions for a failed connection attempt."""
    try:
        yield
    except TimeoutError as exc:
        raise httpcore.ConnectTimeout("timed out connecting") from exc
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from exc
