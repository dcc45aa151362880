"""The mock on a real socket: faults seen by a real HTTP client, the access log, the CLI."""

from __future__ import annotations

import http.client
import logging
import os
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.mock import MockServer, create_app
from tests.conftest import ROOT, banner_port
from tests.test_mock import checker, loaded, model_of, response_media, valid_call

OVERPLANE = ROOT / "specs" / "overplane.yaml"
STRIPE = Path("/work/shared/bench-specs/stripe-spec3.yaml")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(create_app(loaded(OVERPLANE))) as running:
        yield running


def _list_call() -> tuple[str, dict[str, str]]:
    operation = next(op for op in model_of(OVERPLANE).operations if op.operation_id == "listLeads")
    call = valid_call(OVERPLANE, operation)
    return call.url, call.headers


def test_fault_status_with_retry_after(server: MockServer) -> None:
    url, headers = _list_call()
    operation = next(op for op in model_of(OVERPLANE).operations if op.operation_id == "listLeads")
    with httpx.Client(base_url=server.url) as client:
        response = client.get(url, headers={**headers, "X-Mock-Fault": "status=429;retry-after=1"})
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"
        media = response_media(operation, 429)
        assert media is not None
        assert not checker(OVERPLANE).errors(media, response.json())
        unavailable = client.get(url, headers={**headers, "X-Mock-Fault": "status=503"})
        assert unavailable.status_code == 503
        media = response_media(operation, 503)
        assert media is not None
        assert not checker(OVERPLANE).errors(media, unavailable.json())
        assert client.get(url, headers=headers).status_code == 200


def test_fault_delay_trips_a_client_timeout(server: MockServer) -> None:
    url, headers = _list_call()
    with httpx.Client(base_url=server.url) as client:
        started = time.perf_counter()
        response = client.get(url, headers={**headers, "X-Mock-Fault": "delay=300ms"})
        assert response.status_code == 200
        assert time.perf_counter() - started >= 0.3
        with pytest.raises(httpx.ReadTimeout):
            client.get(url, headers={**headers, "X-Mock-Fault": "delay=2s"}, timeout=0.2)


def test_fault_reset_and_truncate_break_the_connection(server: MockServer) -> None:
    url, headers = _list_call()
    with httpx.Client(base_url=server.url) as client:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get(url, headers={**headers, "X-Mock-Fault": "reset"})
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(url, headers={**headers, "X-Mock-Fault": "truncate"})
        # The server itself is unharmed.
        assert client.get(url, headers=headers).status_code == 200


def test_reset_is_a_tcp_reset() -> None:
    app = create_app(loaded(OVERPLANE))
    url, headers = _list_call()
    with MockServer(app) as running, socket.create_connection(("127.0.0.1", running.port)) as sock:
        request = f"GET {url} HTTP/1.1\r\nHost: x\r\nX-Mock-Fault: reset\r\n"
        request += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sock.sendall(request.encode())
        sock.settimeout(5)
        with pytest.raises(ConnectionResetError):
            if sock.recv(1024) == b"":
                raise ConnectionResetError("closed without a response")


def test_bad_fault_header_is_a_400(server: MockServer) -> None:
    url, headers = _list_call()
    with httpx.Client(base_url=server.url) as client:
        response = client.get(url, headers={**headers, "X-Mock-Fault": "explode"})
        assert response.status_code == 400
        assert "explode" in response.json()["error"]


def test_failure_rate_injects_documented_503() -> None:
    url, headers = _list_call()
    app = create_app(loaded(OVERPLANE), failure_rate=0.5, seed=1)
    with MockServer(app) as running, httpx.Client(base_url=running.url) as client:
        statuses = [client.get(url, headers=headers).status_code for _ in range(40)]
    assert set(statuses) == {200, 503}
    again = create_app(loaded(OVERPLANE), failure_rate=0.5, seed=1)
    with MockServer(again) as running, httpx.Client(base_url=running.url) as client:
        assert [client.get(url, headers=headers).status_code for _ in range(40)] == statuses


def test_access_log_redacts_credentials(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(loaded(OVERPLANE))
    url, _ = _list_call()
    with (
        caplog.at_level(logging.INFO, logger="specforge.mock"),
        MockServer(app) as running,
        httpx.Client(base_url=running.url) as client,
    ):
        client.get(
            url,
            params={"api_key": "sk_live_query_secret", "token": "tok_secret", "limit": "5"},
            headers={
                "Authorization": "Bearer sk_live_header_secret",
                "X-API-KEY": "xkey_secret",
                "Cookie": "session=cookie_secret",
            },
        )
        client.get(url)  # no credentials: 401
    lines = [r.getMessage() for r in caplog.records if r.name == "specforge.mock"]
    text = "\n".join(lines)
    assert "GET /api/crm/lead" in text and " 200 " in text and " 401 " in text
    assert "ms" in lines[0]
    for secret in ("sk_live_query_secret", "tok_secret", "sk_live_header_secret", "xkey_secret"):
        assert secret not in text
    assert "cookie_secret" not in text
    assert "api_key=%2A%2A%2A" in text or "api_key=***" in text


@pytest.mark.parametrize("spec", ["overplane", "overloop"])
def test_cli_prints_base_url_and_serves(spec: str) -> None:
    path = ROOT / "specs" / f"{spec}.yaml"
    if not path.exists():
        pytest.skip(f"{path} is not written yet")
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", str(path), "--port", "0", "--stateful"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        base = model_of(path).base_path
        port = banner_port(banner)
        assert f"serving on http://127.0.0.1:{port}{base}" in banner, banner
        operation = next(op for op in model_of(path).operations if op.method == "get")
        call = valid_call(path, operation)
        response = httpx.get(f"http://127.0.0.1:{port}{call.url}", headers=call.headers)
        assert response.status_code // 100 == 2
        line = process.stdout.readline()
        assert f"GET {call.path}" in line and str(response.status_code) in line
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.skipif(not STRIPE.exists(), reason="bench specs not available")
def test_stripe_spec_starts_and_answers() -> None:
    app = create_app(STRIPE)
    with MockServer(app) as running, httpx.Client(base_url=running.url) as client:
        auth = {"Authorization": "Bearer sk_test_x"}
        listed = client.get("/v1/customers", params={"limit": "3"}, headers=auth)
        assert listed.status_code == 200, listed.text
        assert listed.json()["object"] == "list"
        created = client.post(
            "/v1/customers",
            data={"email": "a@example.com", "metadata[plan]": "gold", "preferred_locales[]": "en"},
            headers=auth,
        )
        assert created.status_code == 200, created.text
        bad = client.get("/v1/customers", params={"limit": "lots"}, headers=auth)
        assert 400 <= bad.status_code < 500


# --- issue 15: bodiless statuses on a keep-alive connection, timeouts, connection limit ---

PETS = ROOT / "tests" / "fixtures" / "mock" / "pets30.yaml"
HEALTH = b"GET /v2/health HTTP/1.1\r\nHost: x\r\n\r\n"


class _Records(logging.Handler):
    """Collects every record of a logger (uvicorn's do not propagate to pytest's caplog)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _closed_by_server(
    socks: list[socket.socket], deadline: float
) -> tuple[set[int], dict[int, bytes]]:
    """Indexes of the sockets the server closed before ``deadline``, and what each received.

    A safety net only: the server is expected to close them long before.
    """
    received: dict[int, bytes] = {i: b"" for i in range(len(socks))}
    closed: set[int] = set()
    while len(closed) < len(socks):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        waiting = [s for i, s in enumerate(socks) if i not in closed]
        readable, _, _ = select.select(waiting, [], [], remaining)
        for sock in readable:
            index = socks.index(sock)
            try:
                chunk = sock.recv(65536)
            except OSError:  # a reset is a close too
                chunk = b""
            if chunk:
                received[index] += chunk
            else:
                closed.add(index)
    return closed, received


@pytest.fixture(scope="module")
def pets() -> Iterator[MockServer]:
    with MockServer(create_app(PETS, seed=5)) as running:
        yield running


@pytest.mark.parametrize("status", [204, 205, 304])
def test_bodiless_fault_status_keeps_a_keep_alive_connection_in_step(
    pets: MockServer, status: int
) -> None:
    """Before, the 204/304 went out with a JSON body that the client, which reads none after
    those statuses, took for the start of the next response on the connection."""
    conn = http.client.HTTPConnection(pets.host, pets.port, timeout=10)
    try:
        conn.request("GET", "/v2/pets", headers={"X-Mock-Fault": f"status={status}"})
        first = conn.getresponse()
        assert first.status == status
        assert first.read() == b""
        assert first.getheader("content-length") in ({"205": "0"}.get(str(status)), None)
        conn.request("GET", "/v2/health")
        second = conn.getresponse()
        assert (second.status, second.read()) == (200, b"ok")
        conn.request("HEAD", "/v2/health")
        head = conn.getresponse()
        assert (head.status, head.read()) == (200, b"")
        conn.request("GET", "/v2/health")
        third = conn.getresponse()
        assert (third.status, third.read()) == (200, b"ok")
    finally:
        conn.close()


def test_interim_fault_status_is_refused(pets: MockServer) -> None:
    """A 1xx is not a final response: before, `status=100` was sent as one, with a body."""
    with socket.create_connection((pets.host, pets.port), timeout=10) as sock:
        sock.sendall(b"GET /v2/pets HTTP/1.1\r\nHost: x\r\nX-Mock-Fault: status=100\r\n\r\n")
        sock.sendall(HEALTH.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
        data = b""
        for _ in range(100):  # bounded; the server closes after the second answer
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    assert data.startswith(b"HTTP/1.1 400 "), data[:200]
    assert b"HTTP/1.1 100" not in data
    assert data.count(b"HTTP/1.1 ") == 2 and data.endswith(b"ok")


def test_idle_and_half_sent_connections_are_closed_quietly() -> None:
    """200 idle connections and 50 half-sent requests: with 1 s timeouts the server closes
    them all (the half-sent ones after a 408), logs nothing about it, and keeps serving.
    Before, uvicorn never timed out a connection that had not finished a request."""
    records = _Records()
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addHandler(records)
    socks: list[socket.socket] = []
    try:
        with MockServer(create_app(PETS), idle_timeout=1, request_timeout=1) as running:
            address = (running.host, running.port)
            for _ in range(200):
                socks.append(socket.create_connection(address, timeout=10))
            for i in range(50):
                sock = socket.create_connection(address, timeout=10)
                if i % 2:
                    sock.sendall(b"GET /v2/health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                else:
                    sock.sendall(
                        b"POST /v2/pets?api_key=k HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                    )
                socks.append(sock)
            kept_alive = socket.create_connection(address, timeout=10)
            kept_alive.sendall(HEALTH)
            socks.append(kept_alive)
            closed, received = _closed_by_server(socks, time.monotonic() + 20)
            assert closed == set(range(len(socks))), f"{len(socks) - len(closed)} left open"
            for index in range(200):
                assert received[index] == b""
            for index in range(200, 250):
                assert received[index].startswith(b"HTTP/1.1 408 "), received[index][:100]
            assert received[250].startswith(b"HTTP/1.1 200 ") and received[250].endswith(b"ok")
            with httpx.Client(base_url=running.url) as client:
                assert client.get("/v2/health").status_code == 200
    finally:
        uvicorn_log.removeHandler(records)
        for sock in socks:
            sock.close()
    assert [r.getMessage() for r in records.records] == []


def test_connections_past_the_limit_close_the_oldest_idle_ones() -> None:
    """100 idle connections against a limit of 20 (timeouts too long to matter): the oldest
    are closed to make room, and a new client is still answered."""
    socks: list[socket.socket] = []
    try:
        with MockServer(
            create_app(PETS), idle_timeout=60, request_timeout=60, max_connections=20
        ) as running:
            address = (running.host, running.port)
            for _ in range(100):
                socks.append(socket.create_connection(address, timeout=10))
            with httpx.Client(base_url=running.url, timeout=10) as client:
                assert client.get("/v2/health").status_code == 200
            deadline = time.monotonic() + 10
            closed, _ = _closed_by_server(socks[:80], deadline)
            assert closed == set(range(80))
    finally:
        for sock in socks:
            sock.close()


def test_rate_limited_filter_holds_back_repeats_and_counts_them() -> None:
    from generator.mock.server import RateLimited

    limiter = RateLimited(burst=3, window=3600)

    def record(message: str, level: int = logging.WARNING) -> logging.LogRecord:
        return logging.LogRecord("uvicorn.error.specforge", level, __file__, 1, message, (), None)

    passed = [limiter.filter(record("Invalid HTTP request received.")) for _ in range(50)]
    assert passed == [True] * 3 + [False] * 47
    assert limiter.filter(record("another message"))
    assert limiter.filter(record("Exception in ASGI application", logging.ERROR))
    limiter.window = 0  # a new window: the next one through says how many were held back
    released = record("Invalid HTTP request received.")
    assert limiter.filter(released)
    assert "47 more like this were not logged" in released.getMessage()
