from __future__ import annotations

import email.utils
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from specforge_runtime._base_client import SyncAPIClient
from specforge_runtime._endpoint import Endpoint
from specforge_runtime._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)

from .conftest import SCHEMES, Lead, Recorder, json_response, make_sync

GET = Endpoint("GET", "/leads/1", {}, response_type=Lead)
POST = Endpoint("POST", "/leads", {}, body_kind="json", response_type=Lead, retryable=False)
OK = json_response(200, {"id": 1})


def test_retries_5xx_then_succeeds(no_jitter: None) -> None:
    recorder = Recorder(json_response(500, {}), json_response(502, {}), OK)
    client = make_sync(recorder)
    assert client.request(GET, {}) == Lead(id=1)
    assert len(recorder.requests) == 3
    assert client.sleeps == [0.5, 1.0]  # type: ignore[attr-defined]


def test_backoff_has_jitter_and_a_cap() -> None:
    recorder = Recorder(json_response(503, {}))
    client = make_sync(recorder, max_retries=6)
    with pytest.raises(InternalServerError):
        client.request(GET, {})
    sleeps = client.sleeps  # type: ignore[attr-defined]
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(sleeps) == 6
    assert all(0.75 * b <= s <= b for s, b in zip(sleeps, bases, strict=True))


@pytest.mark.parametrize("status", [408, 409, 429, 500, 503, 504])
def test_retryable_statuses(status: int) -> None:
    recorder = Recorder(json_response(status, {}), OK)
    assert make_sync(recorder).request(GET, {}) == Lead(id=1)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    recorder = Recorder(json_response(status, {}))
    with pytest.raises(APIStatusError):
        make_sync(recorder).request(GET, {})
    assert len(recorder.requests) == 1


def test_retry_after_seconds() -> None:
    recorder = Recorder(json_response(429, {}, headers={"Retry-After": "2.5"}), OK)
    client = make_sync(recorder)
    client.request(GET, {})
    assert client.sleeps == [2.5]  # type: ignore[attr-defined]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    recorder = Recorder(json_response(503, {}, headers={"Retry-After": when}), OK)
    client = make_sync(recorder)
    client.request(GET, {})
    (slept,) = client.sleeps  # type: ignore[attr-defined]
    assert 8.0 <= slept <= 10.0


@pytest.mark.parametrize("value", ["999999", "-5", "soon", "nan", "inf"])
def test_absurd_retry_after_falls_back_to_backoff(value: str, no_jitter: None) -> None:
    recorder = Recorder(json_response(429, {}, headers={"Retry-After": value}), OK)
    client = make_sync(recorder)
    client.request(GET, {})
    assert client.sleeps == [0.5]  # type: ignore[attr-defined]


def test_non_retryable_post_is_not_retried() -> None:
    recorder = Recorder(json_response(500, {}), OK)
    with pytest.raises(InternalServerError):
        make_sync(recorder).request(POST, {}, body={"name": "x"})
    assert len(recorder.requests) == 1
    recorder = Recorder(json_response(429, {}), OK)
    with pytest.raises(RateLimitError):
        make_sync(recorder).request(POST, {}, body={"name": "x"})
    assert len(recorder.requests) == 1


def test_non_retryable_post_retried_when_caller_says_idempotent() -> None:
    recorder = Recorder(json_response(500, {}), OK)
    result = make_sync(recorder).request(POST, {}, body={"n": 1}, options={"idempotent": True})
    assert result == Lead(id=1)
    assert [r.content for r in recorder.requests] == [b'{"n":1}', b'{"n":1}']


def test_rate_limit_with_retry_after_is_retried_even_for_post() -> None:
    recorder = Recorder(json_response(429, {}, headers={"Retry-After": "1"}), OK)
    assert make_sync(recorder).request(POST, {}, body={}) == Lead(id=1)


def test_exhausted_retries_raise_the_last_status_error() -> None:
    recorder = Recorder(json_response(429, {"message": "slow down"}))
    client = make_sync(recorder, max_retries=3)
    with pytest.raises(RateLimitError, match="slow down"):
        client.request(GET, {})
    assert len(recorder.requests) == 4


def test_max_retries_per_call() -> None:
    recorder = Recorder(json_response(500, {}))
    with pytest.raises(InternalServerError):
        make_sync(recorder).request(GET, {}, options={"max_retries": 0})
    assert len(recorder.requests) == 1


def test_connection_errors() -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    client = make_sync(recorder)
    with pytest.raises(APIConnectionError) as info:
        client.request(POST, {}, body={})  # connect errors are retried even for POST
    assert type(info.value) is APIConnectionError
    assert len(recorder.requests) == 3
    assert "GET" not in str(info.value) and "POST /leads" in str(info.value)


def test_read_errors_retried_only_when_retryable() -> None:
    recorder = Recorder(httpx.ReadError("reset"), OK)
    assert make_sync(recorder).request(GET, {}) == Lead(id=1)
    recorder = Recorder(httpx.ReadError("reset"), OK)
    with pytest.raises(APIConnectionError):
        make_sync(recorder).request(POST, {}, body={})
    assert len(recorder.requests) == 1


def test_timeouts_become_api_timeout_error() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        make_sync(recorder, max_retries=1).request(GET, {})
    assert isinstance(info.value, APIConnectionError)
    assert len(recorder.requests) == 2


def test_timeout_per_client_and_per_call() -> None:
    recorder = Recorder(OK)
    client = make_sync(recorder, timeout=3.0)
    client.request(GET, {})
    assert recorder.last.extensions["timeout"]["read"] == 3.0
    client.request(GET, {}, options={"timeout": httpx.Timeout(1.0, connect=0.5)})
    assert recorder.last.extensions["timeout"]["connect"] == 0.5
    default = make_sync(recorder)
    default.request(GET, {})
    assert recorder.last.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    client.request(GET, {}, options={"timeout": None})
    assert recorder.last.extensions["timeout"]["read"] is None
    make_sync(recorder, timeout=None).request(GET, {})
    assert recorder.last.extensions["timeout"]["read"] is None


# -- a real socket, for what MockTransport cannot fake ----------------------------------------


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket], None]], str]]:
    """Start a one-thread TCP server on 127.0.0.1 running ``behaviour`` per connection."""
    servers: list[socket.socket] = []

    def start(behaviour: Callable[[socket.socket], None]) -> str:
        server = socket.create_server(("127.0.0.1", 0))
        servers.append(server)

        def serve() -> None:
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                with conn:
                    try:
                        conn.recv(65536)
                        behaviour(conn)
                    except OSError:
                        pass

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{server.getsockname()[1]}"

    yield start
    for server in servers:
        server.close()


def _real_client(base_url: str, timeout: float, max_retries: int = 0) -> SyncAPIClient:
    client = SyncAPIClient(
        base_url=base_url,
        credentials={},
        security_schemes=SCHEMES,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=None,
        http_client=None,
        user_agent="t",
        logger_name="specforge.tests",
    )
    client._sleep = lambda seconds: None
    return client


def test_slow_drip_is_bounded_by_the_timeout(raw_server: Callable[..., str]) -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        conn.sendall(b"Content-Length: 1000\r\n\r\n")
        for _ in range(40):  # one byte every 0.1 s: never trips the read timeout alone
            conn.sendall(b" ")
            time.sleep(0.1)

    with _real_client(raw_server(drip), timeout=0.5) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.request(GET, {})
        assert time.monotonic() - started < 2.0


def test_connection_reset_and_truncated_body(raw_server: Callable[..., str]) -> None:
    def reset(conn: socket.socket) -> None:
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"id":')
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    with _real_client(raw_server(reset), timeout=2.0, max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            client.request(GET, {})
        assert type(info.value) is APIConnectionError


def test_silent_server_times_out(raw_server: Callable[..., str]) -> None:
    def silent(conn: socket.socket) -> None:
        time.sleep(1.0)

    client = _real_client(raw_server(silent), timeout=0.2)
    with client, pytest.raises(APITimeoutError, match="GET /leads/1"):
        client.request(GET, {})
