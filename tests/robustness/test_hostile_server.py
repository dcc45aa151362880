"""Client vs hostile server: a client generated from specs/overplane.yaml against the mock's
fault injection and against raw-socket servers that misbehave on purpose.

Every failure must be a typed ``APIError`` with context, retried as configured, bounded in
time, and no credential may appear in any log line, exception text/repr, or client repr.
"""

from __future__ import annotations

import email.utils
import json
import logging
import socket
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from generator.load import load_spec
from generator.mock.app import create_app
from generator.mock.server import MockServer

from .conftest import ROOT, RawServer, http_response

SECRET = "sk_test_SUPERSECRET_0123456789"
LEAD = {"id": "lead_1", "created_at": "2024-01-15T09:30:00Z", "updated_at": "2024-01-15T09:30:00Z"}
ServerFactory = Callable[..., RawServer]


@pytest.fixture
def caplog_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog


def _assert_no_secret(caplog: pytest.LogCaptureFixture, *objects: object) -> None:
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + str(record.exc_text or "")
        assert SECRET not in text, f"credential in log line: {text}"
    for obj in objects:
        seen: list[BaseException] = []
        current: Any = obj
        while isinstance(current, BaseException) and current not in seen:
            seen.append(current)
            for text in (str(current), repr(current), repr(vars(current).get("url"))):
                assert SECRET not in text, f"credential in {type(current).__name__}: {text}"
            current = current.__cause__ or current.__context__
        if not isinstance(obj, BaseException):
            assert SECRET not in repr(obj) and SECRET not in str(obj)


def _client(pkg: Any, url: str, *, retries: int = 0, timeout: float = 5.0) -> Any:
    client = pkg.Client(api_key=SECRET, base_url=url, max_retries=retries, timeout=timeout)
    return client


def _record_sleeps(client: Any) -> list[float]:
    sleeps: list[float] = []
    client._client._sleep = sleeps.append
    return sleeps


def _respond(raw: bytes) -> Callable[[socket.socket, bytes, RawServer], None]:
    def handler(conn: socket.socket, request: bytes, server: RawServer) -> None:
        conn.sendall(raw)

    return handler


# --- bodies the client cannot use ----------------------------------------------------------

BAD_BODIES = {
    "invalid JSON": http_response(200, b'{"id": "lead_1", '),
    "wrong content type (HTML)": http_response(200, b"<html>hi</html>", content_type="text/html"),
    "schema mismatch (list for object)": http_response(200, b"[1, 2, 3]"),
    "schema mismatch (wrong field types)": http_response(200, b'{"id": 42, "created_at": false}'),
    "JSON nested 100000 deep": http_response(200, b"[" * 100_000 + b"]" * 100_000),
    "invalid UTF-8": http_response(200, b'{"id": "\xff\xfe"}'),
    "NaN and Infinity": http_response(200, b'{"id": NaN, "annual_revenue": Infinity}'),
}


@pytest.mark.parametrize("case", list(BAD_BODIES), ids=list(BAD_BODIES))
def test_unusable_success_body_raises_validation_error(
    case: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A 2xx body that is not the documented Lead raises APIResponseValidationError carrying
    status, headers, body, method and URL; no retry; nothing leaks."""
    server = raw_server(_respond(BAD_BODIES[case]))
    client = _client(generated_client, server.url, retries=2)
    with pytest.raises(generated_client.APIResponseValidationError) as info:
        client.leads.get("lead_1")
    error = info.value
    assert error.status_code == 200 and error.method == "GET"
    assert error.url and "/api/crm/lead/lead_1" in error.url
    assert "GET /api/crm/lead/lead_1" in str(error)
    assert server.connections == 1
    _assert_no_secret(caplog_debug, error, client)


def test_error_body_echoing_the_credential_is_redacted(
    generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A 400 whose problem body echoes the Authorization header: the message keeps the
    detail but the secret is replaced."""

    def echo(conn: socket.socket, request: bytes, server: RawServer) -> None:
        auth = next(
            line.split(b":", 1)[1].strip()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"authorization:")
        )
        body = b'{"title": "Bad Request", "status": 400, "detail": "bad key ' + auth + b'"}'
        conn.sendall(http_response(400, body, content_type="application/problem+json"))

    server = raw_server(echo)
    client = _client(generated_client, server.url)
    with pytest.raises(generated_client.BadRequestError) as info:
        client.leads.get("lead_1")
    assert "bad key" in str(info.value) and "***" in str(info.value)
    _assert_no_secret(caplog_debug, info.value, client)


def test_huge_error_body_gives_a_short_message(
    generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A 500 with a 20 MB detail: InternalServerError (after the configured retries) whose
    message stays short."""
    body = b'{"detail": "' + b"x" * 20_000_000 + b'"}'
    server = raw_server(_respond(http_response(500, body)))
    client = _client(generated_client, server.url, retries=1)
    sleeps = _record_sleeps(client)
    with pytest.raises(generated_client.InternalServerError) as info:
        client.leads.get("lead_1")
    assert len(str(info.value)) < 2000
    assert server.connections == 2 and len(sleeps) == 1
    _assert_no_secret(caplog_debug, info.value, client)


def test_huge_success_body_is_read_within_the_timeout(
    generated_client: Any, raw_server: ServerFactory
) -> None:
    """A 30 MB (valid) Lead: parsed, or a typed error, within the timeout."""
    big = b'{"id": "lead_1", "created_at": "2024-01-15T09:30:00Z", "updated_at": '
    big += b'"2024-01-15T09:30:00Z", "notes": "' + b"y" * 30_000_000 + b'"}'
    server = raw_server(_respond(http_response(200, big)))
    client = _client(generated_client, server.url, timeout=10)
    started = time.monotonic()
    try:
        lead = client.leads.get("lead_1")
        assert lead.id == "lead_1"
    except generated_client.APIError:
        pass
    assert time.monotonic() - started < 12


# --- connections that break -----------------------------------------------------------------


def _truncated(conn: socket.socket, request: bytes, server: RawServer) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    conn.sendall(head + b'{"id": "le')


def _reset(conn: socket.socket, request: bytes, server: RawServer) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _garbage(conn: socket.socket, request: bytes, server: RawServer) -> None:
    conn.sendall(b"SPDY/9 what even\r\n\x00\x01\x02\r\n\r\n")


def _huge_headers(conn: socket.socket, request: bytes, server: RawServer) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Big: " + b"h" * 300_000 + b"\r\n\r\n")


BROKEN = {
    "truncated body": _truncated,
    "connection reset": _reset,
    "garbage status line": _garbage,
    "300 kB response header": _huge_headers,
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_connection_is_a_retried_connection_error(
    case: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """APIConnectionError with method and URL, after max_retries retries of the (idempotent)
    GET; nothing leaks."""
    server = raw_server(BROKEN[case])
    client = _client(generated_client, server.url, retries=2)
    sleeps = _record_sleeps(client)
    with pytest.raises(generated_client.APIConnectionError) as info:
        client.leads.get("lead_1")
    assert info.value.method == "GET" and "/api/crm/lead/lead_1" in (info.value.url or "")
    assert server.connections == 3 and len(sleeps) == 2
    _assert_no_secret(caplog_debug, info.value, client)


def test_post_is_not_retried_after_a_reset(
    generated_client: Any, raw_server: ServerFactory
) -> None:
    """A non-idempotent POST whose connection resets is not replayed."""
    server = raw_server(_reset)
    client = _client(generated_client, server.url, retries=3)
    _record_sleeps(client)
    with pytest.raises(generated_client.APIConnectionError):
        client.leads.create(lead_name="x")
    assert server.connections == 1


def _drip(headers_first: bool) -> Callable[[socket.socket, bytes, RawServer], None]:
    def handler(conn: socket.socket, request: bytes, server: RawServer) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n"
        if headers_first:
            conn.sendall(head + b"\r\n")
            payload = b" " * 4000
        else:
            payload = head + b"X-Drip: " + b"d" * 4000
        deadline = time.monotonic() + 6
        for byte in payload:
            if time.monotonic() > deadline:
                return
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                return
            time.sleep(0.05)

    return handler


def test_slow_drip_body_is_bounded_by_the_timeout(
    generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """One body byte every 50 ms never trips a per-read timeout; the call must still end
    with APITimeoutError soon after the 1 s timeout."""
    server = raw_server(_drip(headers_first=True))
    client = _client(generated_client, server.url, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(generated_client.APITimeoutError) as info:
        client.leads.get("lead_1")
    assert time.monotonic() - started < 3.0
    _assert_no_secret(caplog_debug, info.value, client)


def test_slow_drip_headers_are_bounded_by_the_timeout(
    generated_client: Any, raw_server: ServerFactory
) -> None:
    """One header byte every 50 ms: the call must end soon after the 1 s timeout."""
    server = raw_server(_drip(headers_first=False))
    client = _client(generated_client, server.url, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(generated_client.APITimeoutError):
        client.leads.get("lead_1")
    assert time.monotonic() - started < 3.0


async def test_slow_drip_headers_are_bounded_by_the_timeout_async(
    generated_client: Any, raw_server: ServerFactory
) -> None:
    """The same drip against the async client: the deadline travels with the task."""
    server = raw_server(_drip(headers_first=False))
    client = generated_client.AsyncClient(
        api_key=SECRET, base_url=server.url, max_retries=0, timeout=1.0
    )
    started = time.monotonic()
    with pytest.raises(generated_client.APITimeoutError):
        await client.leads.get("lead_1")
    assert time.monotonic() - started < 3.0
    await client.close()


@pytest.mark.parametrize("own_http_client", [False, True], ids=["default", "caller's httpx"])
async def test_slow_drip_body_is_bounded_by_the_timeout_async(
    generated_client: Any, raw_server: ServerFactory, own_http_client: bool
) -> None:
    """The body drip against the async client: bounded by the asyncio backend's clamped
    reads, and, for an httpx client the caller passes in, by the body's own deadline."""
    server = raw_server(_drip(headers_first=True))
    http_client = httpx.AsyncClient(timeout=1.0) if own_http_client else None
    client = generated_client.AsyncClient(
        api_key=SECRET, base_url=server.url, max_retries=0, timeout=1.0, http_client=http_client
    )
    started = time.monotonic()
    with pytest.raises(generated_client.APITimeoutError):
        await client.leads.get("lead_1")
    assert time.monotonic() - started < 3.0
    await client.close()
    if http_client is not None:
        await http_client.aclose()


# --- rate limits ---------------------------------------------------------------------------


def _rate_limited(retry_after: str) -> Callable[[socket.socket, bytes, RawServer], None]:
    def handler(conn: socket.socket, request: bytes, server: RawServer) -> None:
        if len(server.requests) == 1:
            body = b'{"title": "Too Many Requests", "status": 429}'
            headers = {"Retry-After": retry_after}
            conn.sendall(
                http_response(429, body, content_type="application/problem+json", headers=headers)
            )
        else:
            import json

            conn.sendall(http_response(200, json.dumps(LEAD).encode()))

    return handler


def _http_date(seconds_ahead: float) -> str:
    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


RETRY_AFTER: dict[str, tuple[Callable[[], str], Callable[[float], bool]]] = {
    "seconds": (lambda: "2", lambda s: s == 2.0),
    "HTTP date": (lambda: _http_date(3), lambda s: 0.5 <= s <= 3.5),
    "absurdly large (capped)": (lambda: "999999999", lambda s: 0 < s <= 60),
    "HTTP date far in the future (capped)": (lambda: _http_date(10**7), lambda s: 0 < s <= 60),
    "negative": (lambda: "-5", lambda s: 0 < s <= 60),
    "garbage": (lambda: "soon", lambda s: 0 < s <= 60),
}


@pytest.mark.parametrize("case", list(RETRY_AFTER), ids=list(RETRY_AFTER))
def test_429_retry_after(
    case: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """429 then 200: one retry, after the server's Retry-After when it is plausible, else
    after our own capped backoff (never the absurd value)."""
    value, acceptable = RETRY_AFTER[case]
    server = raw_server(_rate_limited(value()))
    client = _client(generated_client, server.url, retries=2)
    sleeps = _record_sleeps(client)
    lead = client.leads.get("lead_1")
    assert lead.id == "lead_1"
    assert len(sleeps) == 1 and acceptable(sleeps[0]), sleeps
    _assert_no_secret(caplog_debug, client)


def test_429_exhausted_raises_rate_limit_error(
    generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """Always 429: RateLimitError with status, headers and body after max_retries."""
    server = raw_server(
        _respond(
            http_response(
                429,
                b'{"title": "Too Many Requests", "status": 429, "detail": "slow down"}',
                content_type="application/problem+json",
                headers={"Retry-After": "1"},
            )
        )
    )
    client = _client(generated_client, server.url, retries=3)
    sleeps = _record_sleeps(client)
    with pytest.raises(generated_client.RateLimitError) as info:
        client.leads.get("lead_1")
    assert info.value.status_code == 429 and info.value.headers["retry-after"] == "1"
    assert "slow down" in str(info.value)
    assert sleeps == [1.0, 1.0, 1.0] and server.connections == 4
    _assert_no_secret(caplog_debug, info.value, client)


def test_real_retry_after_wait_is_bounded(generated_client: Any, raw_server: ServerFactory) -> None:
    """Without a fake sleep: Retry-After: 1 costs about one second, no more."""
    server = raw_server(_rate_limited("1"))
    client = _client(generated_client, server.url, retries=1)
    started = time.monotonic()
    client.leads.get("lead_1")
    assert 0.9 <= time.monotonic() - started < 3.0


# --- redirects -----------------------------------------------------------------------------


def _redirect_to(location: Callable[[], str], status: int = 307) -> Any:
    def handler(conn: socket.socket, request: bytes, server: RawServer) -> None:
        conn.sendall(http_response(status, b"", headers={"Location": location()}))

    return handler


def _second_host() -> str:
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
        return "127.0.0.2"
    except OSError:
        return "127.0.0.1"  # another port is another origin too


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_host_strips_credentials(
    status: int, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A redirect to another origin (127.0.0.2 or another port) is followed without the
    Authorization header; the first host did get it."""
    import json

    other = raw_server(_respond(http_response(200, json.dumps(LEAD).encode())), _second_host())
    first = raw_server(_redirect_to(lambda: other.url + "/elsewhere?x=1", status))
    client = _client(generated_client, first.url)
    lead = client.leads.get("lead_1")
    assert lead.id == "lead_1"
    assert SECRET.encode() in first.requests[0]
    assert other.requests and SECRET.encode() not in other.requests[0]
    assert b"authorization" not in other.requests[0].lower()
    _assert_no_secret(caplog_debug, client)


def test_redirect_loop_is_a_connection_error(
    generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A redirect loop stops after MAX_REDIRECTS hops with APIConnectionError."""
    server: list[RawServer] = []
    server.append(raw_server(_redirect_to(lambda: server[0].url + "/api/crm/lead/lead_1")))
    client = _client(generated_client, server[0].url, retries=2)
    _record_sleeps(client)
    started = time.monotonic()
    with pytest.raises(generated_client.APIConnectionError) as info:
        client.leads.get("lead_1")
    assert "redirect" in str(info.value).lower()
    assert server[0].connections <= 6 + 1
    assert time.monotonic() - started < 5
    _assert_no_secret(caplog_debug, info.value, client)


@pytest.mark.parametrize(
    "location",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://",
        "ht!tp://x",
        "http://[::1",
    ],
)
def test_redirect_to_an_unusable_location(
    location: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A Location the client must not follow is an APIConnectionError, not a crash."""
    server = raw_server(_redirect_to(lambda: location))
    client = _client(generated_client, server.url)
    with pytest.raises(generated_client.APIConnectionError) as info:
        client.leads.get("lead_1")
    _assert_no_secret(caplog_debug, info.value, client)


# --- the mock's fault injection -----------------------------------------------------------


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    server = MockServer(create_app(load_spec(ROOT / "specs" / "overplane.yaml"))).start()
    try:
        yield server.url
    finally:
        server.stop()


MOCK_FAULTS: dict[str, tuple[str, str, int]] = {
    # fault header → (expected exception, attempts expected with max_retries=2)
    "reset": ("reset", "APIConnectionError", 3),
    "truncate": ("truncate", "APIConnectionError", 3),
    "503": ("status=503", "InternalServerError", 3),
    "429 with Retry-After": ("status=429;retry-after=1", "RateLimitError", 3),
    "404": ("status=404", "NotFoundError", 1),
    "401": ("status=401", "AuthenticationError", 1),
    "slow (delay past the timeout)": ("delay=3s", "APITimeoutError", 3),
}


@pytest.mark.parametrize("case", list(MOCK_FAULTS), ids=list(MOCK_FAULTS))
def test_mock_fault_injection(
    case: str, generated_client: Any, mock_url: str, caplog_debug: Any
) -> None:
    """The mock's X-Mock-Fault header: each fault maps to its typed exception after the
    configured retries, within the timeout, without leaking the key."""
    fault, expected, attempts = MOCK_FAULTS[case]
    client = _client(generated_client, mock_url, retries=2, timeout=1.0)
    sleeps = _record_sleeps(client)
    started = time.monotonic()
    with pytest.raises(getattr(generated_client, expected)) as info:
        client.leads.get("lead_1", extra_headers={"X-Mock-Fault": fault})
    assert type(info.value).__name__ == expected
    assert len(sleeps) == attempts - 1
    assert time.monotonic() - started < attempts * 1.0 + 2
    _assert_no_secret(caplog_debug, info.value, client)


# --- responses too large to hold ------------------------------------------------------------

MB = 1024 * 1024


def _gzip_bomb(size: int, layers: int) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times, built in bounded memory."""

    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    data = b"".join(compressor.compress(bytes(MB)) for _ in range(size // MB))
    data += compressor.flush()
    for _ in range(layers - 1):
        compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        data = compressor.compress(data) + compressor.flush()
    return data


_BOMB = _gzip_bomb(50 * MB, 3)


def _bomb(conn: socket.socket, request: bytes, server: RawServer) -> None:
    conn.sendall(http_response(200, _BOMB, headers={"Content-Encoding": "gzip, gzip, gzip"}))


def _endless_chunked(conn: socket.socket, request: bytes, server: RawServer) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
    deadline = time.monotonic() + 8
    server.sent = 0  # type: ignore[attr-defined]
    while time.monotonic() < deadline:
        try:
            conn.sendall(chunk)
        except OSError:
            return
        server.sent += len(chunk)  # type: ignore[attr-defined]


HUGE = {
    "gzip, gzip, gzip bomb (50 MB from a few kB)": _bomb,
    "endless chunked body": _endless_chunked,
}


def _many_codings(conn: socket.socket, request: bytes, server: RawServer) -> None:
    """A thousand content codings: a decoder (and its window) per layer."""
    codings = ", ".join(["deflate"] * 1_000)  # 9 kB: within h11's 16 kB header limit
    conn.sendall(http_response(200, zlib.compress(b"{}"), headers={"Content-Encoding": codings}))


def _truncated_gzip(conn: socket.socket, request: bytes, server: RawServer) -> None:
    """A gzip stream cut short: what was decoded must not pass for the whole body."""
    body = _gzip_bomb(MB, 1)[:-20]
    conn.sendall(http_response(200, body, headers={"Content-Encoding": "gzip"}))


BROKEN_CODINGS = {
    "1000 content codings": (_many_codings, "at most 5 are decoded"),
    "truncated gzip stream": (_truncated_gzip, "compressed response body is incomplete"),
}


@pytest.mark.parametrize("case", list(BROKEN_CODINGS), ids=list(BROKEN_CODINGS))
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_content_codings_beyond_reason_are_protocol_errors(
    case: str, mode: str, generated_client: Any, raw_server: ServerFactory
) -> None:
    """Like curl, a bounded number of codings; a compressed stream must end. Otherwise the
    response is a protocol error (APIConnectionError), never a silently empty body."""
    handler, reason = BROKEN_CODINGS[case]
    server = raw_server(handler)
    kwargs = {"api_key": SECRET, "base_url": server.url, "max_retries": 0, "timeout": 20.0}
    with pytest.raises(generated_client.APIError) as info:
        if mode == "sync":
            generated_client.Client(**kwargs).leads.get("lead_1")
        else:
            client = generated_client.AsyncClient(**kwargs)
            try:
                await client.leads.get("lead_1")
            finally:
                await client.close()
    assert type(info.value).__name__ == "APIConnectionError", repr(info.value)
    assert reason in str(info.value)


@pytest.mark.parametrize("case", list(HUGE), ids=list(HUGE))
@pytest.mark.parametrize("mode", ["sync", "async", "caller's httpx"])
async def test_response_larger_than_the_limit_is_a_typed_error(
    case: str, mode: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """A compression bomb or an endless body: ResponseTooLargeError naming the limit as soon
    as the decoded body passes max_response_bytes (1 MB here), memory bounded; no retry."""
    import tracemalloc

    server = raw_server(HUGE[case])
    kwargs = {"api_key": SECRET, "base_url": server.url, "max_retries": 2, "timeout": 20.0}
    kwargs["max_response_bytes"] = MB
    tracemalloc.start()
    try:
        if mode == "sync":
            client: Any = generated_client.Client(**kwargs)
            with pytest.raises(generated_client.APIError) as info:
                client.leads.get("lead_1")
        else:
            http_client = httpx.AsyncClient() if mode == "caller's httpx" else None
            client = generated_client.AsyncClient(**kwargs, http_client=http_client)
            with pytest.raises(generated_client.APIError) as info:
                await client.leads.get("lead_1")
            await client.close()
            if http_client is not None:
                await http_client.aclose()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = info.value
    assert type(error).__name__ == "ResponseTooLargeError", repr(error)
    assert error.limit == MB and str(MB) in str(error)
    assert peak < 24 * MB, peak
    assert server.connections == 1  # not retried
    if case == "endless chunked body":
        time.sleep(0.2)
        assert getattr(server, "sent", 0) < 64 * MB  # the client hung up
    _assert_no_secret(caplog_debug, error, client)


def test_per_call_limit(generated_client: Any, raw_server: ServerFactory) -> None:
    """``max_response_bytes`` per call overrides the client's."""
    server = raw_server(_respond(http_response(200, json.dumps(LEAD).encode())))
    client = _client(generated_client, server.url)
    with pytest.raises(generated_client.APIError) as info:
        client.leads.get("lead_1", max_response_bytes=10)
    assert type(info.value).__name__ == "ResponseTooLargeError"
    assert client.leads.get("lead_1", max_response_bytes=10_000).id == "lead_1"


# --- credentials in base_url ---------------------------------------------------------------


@pytest.mark.parametrize("cls", ["Client", "AsyncClient"])
def test_password_in_base_url_is_refused_and_never_shown(
    cls: str, generated_client: Any, raw_server: ServerFactory, caplog_debug: Any
) -> None:
    """``http://user:pw@host``: a ValueError telling to use the credential arguments; the
    password is in no log record (httpx and httpcore at DEBUG too), exception or repr."""
    for name in ("httpx", "httpcore"):
        caplog_debug.set_level(logging.DEBUG, logger=name)  # restored after the test
    server = raw_server(_respond(http_response(200, json.dumps(LEAD).encode())))
    url = server.url.replace("http://", f"http://user:{SECRET}@")
    with pytest.raises(ValueError, match="credential") as info:
        getattr(generated_client, cls)(api_key="k", base_url=url)
    assert server.connections == 0
    _assert_no_secret(caplog_debug, info.value)
