"""The asyncio network backend (``_asyncio_backend``) against real servers on 127.0.0.1.

Each test runs an ``asyncio`` server in the test's own loop and an ``httpx.AsyncClient``
whose pool connects through ``AsyncioBackend``: keep-alive, bodies larger than one read,
a pooled connection the server dropped, timeouts, cancellation, an upload that fills the
socket buffers, TLS, and the trio fallback of the generated client's transport.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Self

import httpcore
import httpx
import pytest
import trio
import trustme
import uvloop
from specforge_runtime._asyncio_backend import AsyncioBackend
from specforge_runtime._deadline import async_transport_with_deadline

Respond = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Server:
    """An asyncio HTTP/1.1 server: ``respond`` handles each connection."""

    def __init__(self, respond: Respond, ssl_context: ssl.SSLContext | None = None) -> None:
        self.respond = respond
        self.ssl_context = ssl_context
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", 0, ssl=self.ssl_context
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for handler in self._handlers:
            handler.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"{'https' if self.ssl_context else 'http'}://127.0.0.1:{port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        handler = asyncio.current_task()
        assert handler is not None
        self._handlers.add(handler)
        try:
            await self.respond(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:  # ``__aexit__`` stops it; ends quietly for asyncio
            pass
        finally:
            writer.close()


async def read_request(reader: asyncio.StreamReader) -> bytes | None:
    """One request's body, or None when the client closed the connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return await reader.readexactly(length)


def response(body: bytes, *, close: bool = False) -> bytes:
    connection = b"close" if close else b"keep-alive"
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
        + b"Content-Length: %d\r\nConnection: %s\r\n\r\n" % (len(body), connection)
        + body
    )


def client(
    verify: ssl.SSLContext | bool = True,
    timeout: float | httpx.Timeout = 5.0,
    backend: AsyncioBackend | None = None,
) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(verify=verify)
    transport._pool._network_backend = backend or AsyncioBackend()
    return httpx.AsyncClient(transport=transport, timeout=timeout)


def tls_contexts() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context with a certificate for 127.0.0.1, and a client context trusting it."""
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    return server_context, client_context


async def answer_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """One response announcing keep-alive, then the server hangs up."""
    await read_request(reader)
    writer.write(response(b"ok"))
    await writer.drain()


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    await asyncio.sleep(10)


BIG = bytes(range(256)) * 1200  # 300 kB: several reads of at most 64 KiB


def serve_forever(body: bytes) -> Respond:
    async def respond(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await read_request(reader) is not None:
            writer.write(response(body))
            await writer.drain()

    return respond


async def test_keep_alive_and_a_body_larger_than_one_read() -> None:
    async with Server(serve_forever(BIG)) as server, client() as http:
        for _ in range(3):
            reply = await http.get(server.url)
            assert reply.content == BIG
    assert server.connections == 1


async def test_a_pooled_connection_the_server_dropped_is_not_reused() -> None:
    async with Server(answer_once) as server, client() as http:
        assert (await http.get(server.url)).content == b"ok"
        await asyncio.sleep(0.05)  # the FIN reaches the idle pooled connection
        assert (await http.get(server.url)).content == b"ok"
    assert server.connections == 2


async def test_a_silent_server_is_a_read_timeout() -> None:
    async with Server(silent) as server, client(timeout=0.3) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await http.get(server.url)
        assert time.monotonic() - started < 2


async def test_a_closed_port_is_a_connect_error() -> None:
    async with Server(serve_forever(b"")) as server:
        url = server.url
    async with client() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(url)


async def test_the_server_closing_mid_body_is_a_protocol_error() -> None:
    async def truncate(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(response(BIG)[:-1000])
        await writer.drain()

    async with Server(truncate) as server, client() as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(server.url)


async def test_a_cancelled_call_leaves_the_client_usable() -> None:
    calls = 0

    async def slow_first(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal calls
        while await read_request(reader) is not None:
            calls += 1
            if calls == 1:
                await asyncio.sleep(10)
            writer.write(response(b"ok"))
            await writer.drain()

    async with Server(slow_first) as server, client() as http:
        task = asyncio.create_task(http.get(server.url))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        reply = await asyncio.wait_for(http.get(server.url), timeout=5)
        assert reply.content == b"ok"


async def test_an_upload_larger_than_the_socket_buffers_waits_for_the_reader() -> None:
    upload = b"x" * (8 * 1024 * 1024)

    async def slow_reader(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.2)  # the client's writes pause, then resume
        body = await read_request(reader)
        assert body is not None
        writer.write(response(str(len(body)).encode()))
        await writer.drain()

    async with Server(slow_reader) as server, client() as http:
        reply = await http.post(server.url, content=upload)
    assert reply.content == str(len(upload)).encode()


async def test_an_upload_nobody_reads_is_a_write_timeout() -> None:
    """Writes wait for the socket buffers to drain, bounded by the write timeout (without
    flow control the 8 MB would pile up in memory and the call end as a read timeout)."""

    async def never_reads(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(10)

    timeout = httpx.Timeout(5.0, write=0.3)
    async with Server(never_reads) as server, client(timeout=timeout) as http:
        started = time.monotonic()
        with pytest.raises(httpx.WriteTimeout):
            await http.post(server.url, content=b"x" * (8 * 1024 * 1024))
        assert time.monotonic() - started < 3


async def test_tls() -> None:
    server_context, client_context = tls_contexts()

    async with (
        Server(serve_forever(BIG), ssl_context=server_context) as server,
        client(verify=client_context) as http,
    ):
        for _ in range(2):
            reply = await http.get(server.url)
            assert reply.content == BIG
            stream = reply.extensions["network_stream"]
            assert stream.get_extra_info("ssl_object") is not None
        with pytest.raises(httpx.ConnectError):  # an untrusted certificate is refused
            async with client() as untrusting:
                await untrusting.get(server.url)
    assert server.connections == 1  # keep-alive over TLS; the refused handshake never got one


async def test_reads_wait_no_longer_than_the_read_timeout_policy_allows() -> None:
    backend = AsyncioBackend(read_timeout=lambda _: 0.2)
    async with Server(silent) as server, client(timeout=30, backend=backend) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await http.get(server.url)
        assert time.monotonic() - started < 2


def test_trio_keeps_httpcores_default_backend() -> None:
    """The generated client's transport works under trio too (through anyio)."""

    async def main() -> tuple[bytes, type[httpcore.AsyncNetworkStream]]:
        async with trio.open_nursery() as nursery:
            listeners = await nursery.start(
                functools.partial(trio.serve_tcp, _trio_answer, 0, host="127.0.0.1")
            )
            port = listeners[0].socket.getsockname()[1]
            transport, clamped = async_transport_with_deadline()
            assert clamped
            async with httpx.AsyncClient(transport=transport) as http:
                reply = await http.get(f"http://127.0.0.1:{port}/")
            nursery.cancel_scope.cancel()
            return reply.content, type(reply.extensions["network_stream"])

    content, stream_type = trio.run(main)
    assert content == b"ok"
    assert stream_type.__module__.endswith("_deadline")  # the clamped default stream


async def _trio_answer(stream: trio.SocketStream) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        data += await stream.receive_some(65536)
    await stream.send_all(response(b"ok", close=True))


def test_uvloop() -> None:
    """The backend on uvloop's loop (its create_connection has no happy-eyeballs option):
    keep-alive, a body of several reads, a dropped pooled connection, TLS, a timeout."""
    server_context, client_context = tls_contexts()

    async def main() -> None:
        assert type(asyncio.get_running_loop()).__module__.startswith("uvloop")
        async with Server(serve_forever(BIG)) as server, client() as http:
            for _ in range(3):
                assert (await http.get(server.url)).content == BIG
        assert server.connections == 1
        async with Server(answer_once) as server, client() as http:
            assert (await http.get(server.url)).content == b"ok"
            await asyncio.sleep(0.05)
            assert (await http.get(server.url)).content == b"ok"
        assert server.connections == 2
        async with (
            Server(serve_forever(BIG), ssl_context=server_context) as server,
            client(verify=client_context) as http,
        ):
            assert (await http.get(server.url)).content == BIG
        async with Server(silent) as server, client(timeout=0.3) as http:
            with pytest.raises(httpx.ReadTimeout):
                await http.get(server.url)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main())
