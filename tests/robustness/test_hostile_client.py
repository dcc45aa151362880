"""Mock vs hostile client: raw, malformed HTTP over sockets against the real mock server
(uvicorn + the validating app). No request may get a 5xx or crash the mock, and a valid
request must succeed after every one of them.

Schemathesis negative testing of the mock (generated invalid requests) lives in
tests/property, owned separately; these are the hand-made byte-level cases it cannot send.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from generator.load import load_spec
from generator.mock.app import create_app
from generator.mock.server import MockServer

from .conftest import ROOT

AUTH = b"Authorization: Bearer sk_test_hostile\r\n"
VALID = (
    b"GET /api/crm/lead/lead_abc123 HTTP/1.1\r\nHost: x\r\n" + AUTH + b"Connection: close\r\n\r\n"
)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    server = MockServer(create_app(load_spec(ROOT / "specs" / "overplane.yaml"))).start()
    try:
        yield server
    finally:
        server.stop()


def exchange(mock: MockServer, payload: bytes, *, wait: float = 5.0) -> tuple[int | None, bytes]:
    """Send raw bytes, read until the server closes or ``wait`` passes; (status, response)."""
    with socket.create_connection((mock.host, mock.port), timeout=wait) as conn:
        # The server may close early on a huge request; what it answered counts.
        with contextlib.suppress(OSError):
            conn.sendall(payload)
        data = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except (TimeoutError, OSError):
                break
            if not chunk:
                break
            data += chunk
    status = None
    if data.startswith(b"HTTP/"):
        status = int(data.split(b" ", 2)[1])
    return status, data


def post(body: bytes, content_type: bytes = b"application/json", extra: bytes = b"") -> bytes:
    return (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: "
        + content_type
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n"
        + extra
        + b"Connection: close\r\n\r\n"
        + body
    )


def _still_serving(mock: MockServer) -> None:
    status, data = exchange(mock, VALID)
    assert status == 200, data[:500]
    assert json.loads(data.partition(b"\r\n\r\n")[2])["id"]


MALFORMED: dict[str, tuple[bytes, set[int | None]]] = {
    # name → (raw request, acceptable statuses; None = the server closed without answering)
    "bad JSON": (post(b'{"lead_name": '), {400}),
    "JSON nested 100000 deep": (post(b"[" * 100_000 + b"]" * 100_000), {400, 413}),
    "JSON with NaN": (post(b'{"annual_revenue": NaN}'), {400, 422}),
    "JSON array for an object": (post(b"[1, 2]"), {400, 422}),
    "wrong content type": (post(b"lead_name=x", b"application/x-www-form-urlencoded"), {415, 400}),
    "no content type": (post(b'{"lead_name": "x"}', b""), {415, 400}),
    "content type with garbage params": (
        post(b"{}", b"application/json; charset=klingon"),
        {400, 415},
    ),
    "invalid UTF-8 body": (post(b'{"lead_name": "\xff\xfe\xfd"}'), {400}),
    "oversized body (2 MB)": (post(b'{"lead_name": "' + b"x" * 2_000_000 + b'"}'), {413, None}),
    "oversized Content-Length only": (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{}",
        {413, 400, None},
    ),
    "oversized chunked body": (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + b"".join(b"100000\r\n" + b"x" * 0x100000 + b"\r\n" for _ in range(3))
        + b"0\r\n\r\n",
        {413, None},
    ),
    "invalid UTF-8 in path": (
        b"GET /api/crm/lead/\xff\xfe HTTP/1.1\r\nHost: x\r\n" + AUTH + b"\r\n",
        {400, 404, None},
    ),
    "invalid UTF-8 in query": (
        b"GET /api/crm/lead?limit=\xff HTTP/1.1\r\nHost: x\r\n" + AUTH + b"\r\n",
        {400, None},
    ),
    "percent-encoded invalid UTF-8 in path": (
        b"GET /api/crm/lead/%ff%fe HTTP/1.1\r\nHost: x\r\n" + AUTH + b"Connection: close\r\n\r\n",
        {200, 400, 404},
    ),
    "invalid UTF-8 in a header": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xff\xfe\r\n"
        b"Connection: close\r\n\r\n",
        {200, 400, 401, None},
    ),
    "bad X-Mock-Fault": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-Mock-Fault: status=9999;explode\r\nConnection: close\r\n\r\n",
        {400},
    ),
    # The head is limited (generator.mock.app.MAX_HEAD_BYTES, MAX_HEADER_FIELDS, MAX_TARGET):
    # a 431/414 while parsing, and a lingering close so the client reads it.
    "huge header (200 kB)": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-Big: "
        + b"h" * 200_000
        + b"\r\n\r\n",
        {431},
    ),
    "huge header, never finished (1 MB)": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n" + AUTH + b"X-Big: " + b"h" * 1_000_000,
        {431},
    ),
    "10000 headers": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"".join(b"X-%d: v\r\n" % i for i in range(10_000))
        + b"\r\n",
        {431},
    ),
    # Before: the values were joined pairwise, quadratic: 26 s of one core.
    "100000 repeated header names": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-Dup: v\r\n" * 100_000
        + b"Connection: close\r\n\r\n",
        {431},
    ),
    "URL of 100 kB": (
        b"GET /api/crm/lead?q=" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n" + AUTH + b"\r\n",
        {414},
    ),
    "X-Mock-Fault status=\\xb2 (isdigit() is true)": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-Mock-Fault: status=\xb2\xb2\xb2\r\nConnection: close\r\n\r\n",
        {400},
    ),
    "X-Mock-Fault status=100 (interim)": (
        b"GET /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-Mock-Fault: status=100\r\nConnection: close\r\n\r\n",
        {400},
    ),
    "limit of 5000 digits": (
        b"GET /api/crm/lead?limit="
        + b"9" * 5000
        + b" HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Connection: close\r\n\r\n",
        {400},
    ),
    "Content-Length with a superscript digit": (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: \xb2\r\n\r\n{}",
        {400},
    ),
    "garbage request line": (b"\x00\x01\x02 GARBAGE \xff\r\n\r\n", {400, None}),
    "HTTP/9.9": (b"GET /api/crm/lead HTTP/9.9\r\nHost: x\r\n\r\n", {400, 505, None}),
    "unknown method": (
        b"BREW /api/crm/lead HTTP/1.1\r\nHost: x\r\n" + AUTH + b"Connection: close\r\n\r\n",
        {405, 404, 400, 501},
    ),
    "absolute-form target to another host": (
        b"GET http://evil.example/api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Connection: close\r\n\r\n",
        {200, 400, 404},
    ),
    "path traversal": (
        b"GET /api/crm/lead/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Connection: close\r\n\r\n",
        {400, 404},
    ),
    "Content-Length larger than the body, then close": (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"lead',
        {400, None},
    ),
    "conflicting Content-Length and chunked": (
        b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: 2\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        {200, 201, 400, None},
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_request(case: str, mock: MockServer) -> None:
    """The mock answers a 4xx (or closes the connection) — never a 5xx — and keeps serving."""
    payload, acceptable = MALFORMED[case]
    wait = 2.0 if None in acceptable else 5.0
    status, data = exchange(mock, payload, wait=wait)
    assert status is None or status < 500, data[:1000]
    assert status in acceptable, (status, data[:500])
    _still_serving(mock)


def test_slowloris_does_not_block_other_clients(mock: MockServer) -> None:
    """Twenty connections each holding a half-sent request for 2 s: valid requests on other
    connections are answered meanwhile, and afterwards."""
    holders: list[socket.socket] = []
    try:
        for _ in range(20):
            conn = socket.create_connection((mock.host, mock.port), timeout=5)
            conn.sendall(b"POST /api/crm/lead HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n")
            holders.append(conn)
        started = time.monotonic()
        _still_serving(mock)
        assert time.monotonic() - started < 2.0
        time.sleep(2.0)
        for conn in holders:
            conn.sendall(b"X-Drip: 1\r\n")
        _still_serving(mock)
    finally:
        for conn in holders:
            conn.close()
    _still_serving(mock)


def test_concurrent_garbage_does_not_crash_the_mock(mock: MockServer) -> None:
    """Many threads sending malformed requests at once; the mock stays up."""
    payloads = [value[0] for value in MALFORMED.values() if len(value[0]) < 300_000]
    statuses: list[int | None] = []

    def worker(payload: bytes) -> None:
        statuses.append(exchange(mock, payload, wait=3.0)[0])

    threads = [threading.Thread(target=worker, args=(p,)) for p in payloads * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=15)
    assert all(s is None or s < 500 for s in statuses), statuses
    _still_serving(mock)


def test_garbage_floods_do_not_flood_the_log(mock: MockServer) -> None:
    """Sixty garbage requests: each is answered 400, but uvicorn's warning for it is
    logged at most a few times a minute (before: one line per request, so a flood of bad or
    idle connections filled the log)."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    handler = Collect(logging.DEBUG)
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addHandler(handler)
    try:
        statuses = [exchange(mock, b"\x00\x01 GARBAGE\r\n\r\n", wait=5.0)[0] for _ in range(60)]
    finally:
        uvicorn_log.removeHandler(handler)
    assert statuses == [400] * 60
    assert len(lines) <= 5, lines
    _still_serving(mock)
