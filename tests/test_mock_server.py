"""The mock on a real socket: faults seen by a real HTTP client, the access log, the CLI."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.mock import MockServer, create_app
from tests.conftest import ROOT
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("spec", ["overplane", "overloop"])
def test_cli_prints_base_url_and_serves(spec: str) -> None:
    path = ROOT / "specs" / f"{spec}.yaml"
    if not path.exists():
        pytest.skip(f"{path} is not written yet")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", str(path), "--port", str(port), "--stateful"],
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
