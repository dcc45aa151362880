"""``mock --workers N``: several server processes on one port, their shutdown, bad values."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.mock.workers import MAX_WORKERS, bind_workers, refusal
from tests.conftest import ROOT, serve_mock

SPEC = str(ROOT / "specs" / "overplane.yaml")
LEAD = "/api/crm/lead/lead_1"
AUTH = {"Authorization": "Bearer sk_test_1"}

pytestmark = pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="finding the worker processes needs Linux's /proc/PID/task/PID/children",
)


class Mock:
    def __init__(self, process: subprocess.Popen[bytes], port: int, log: Path) -> None:
        self.process = process
        self.port = port
        self.log = log

    def workers(self) -> list[int]:
        pid = self.process.pid
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        return [int(child) for child in text.split()]

    def get(self) -> int:
        """The status of one request on a new connection (so any worker may accept it)."""
        with httpx.Client(trust_env=False, timeout=10) as client:
            return client.get(f"http://127.0.0.1:{self.port}{LEAD}", headers=AUTH).status_code


@pytest.fixture
def mock(tmp_path: Path) -> Iterator[Mock]:
    command = [sys.executable, "-m", "generator", "mock", SPEC, "--port", "0", "--workers", "2"]
    log = tmp_path / "mock.log"
    process, port = serve_mock(command, log)
    try:
        assert "2 worker processes" in log.read_text(), log.read_text()
        running = Mock(process, port, log)
        deadline = time.monotonic() + 30
        while len(running.workers()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        yield running
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def _owner(server_port: int, client_port: int, pids: list[int]) -> int | None:
    """Which of ``pids`` holds the server side of a connection, from ``/proc/net/tcp``."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
            if (local, remote) == (server_port, client_port):
                inodes.add(f"socket:[{fields[9]}]")
    for pid in pids:
        for descriptor in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(descriptor) in inodes:
                    return pid
    return None


def test_each_of_two_workers_serves_requests_on_the_one_port(mock: Mock) -> None:
    workers = mock.workers()
    assert len(workers) == 2
    # The kernel spreads connections by a hash of their addresses: all 24 on one worker has
    # a chance of 2 in 2**24.
    connections = [
        http.client.HTTPConnection("127.0.0.1", mock.port, timeout=10) for _ in range(24)
    ]
    owners = []
    try:
        for connection in connections:
            connection.request("GET", LEAD, headers=AUTH)
            response = connection.getresponse()
            response.read()
            assert response.status == 200
            assert connection.sock is not None
            owners.append(_owner(mock.port, connection.sock.getsockname()[1], workers))
    finally:
        for connection in connections:
            connection.close()
    assert set(owners) == set(workers), owners


def _statuses(sock: socket.socket, count: int) -> list[int]:
    """The status codes of the next ``count`` responses on ``sock``, framed by Content-Length."""
    buffer = b""
    statuses: list[int] = []
    while len(statuses) < count:
        end = buffer.find(b"\r\n\r\n")
        head = buffer[:end].decode("latin-1").lower().split("\r\n") if end >= 0 else []
        lengths = [
            int(line.split(":", 1)[1]) for line in head if line.startswith("content-length:")
        ]
        if lengths and len(buffer) >= end + 4 + lengths[0]:
            statuses.append(int(head[0].split()[1]))
            buffer = buffer[end + 4 + lengths[0] :]
            continue
        data = sock.recv(65536)
        assert data, f"connection closed after {len(statuses)} of {count} responses"
        buffer += data
    assert buffer == b""
    return statuses


def test_every_worker_answers_pipelined_requests_in_order(mock: Mock) -> None:
    # bench/mock_workers.py drives the workers with HTTP/1.1 pipelining: many requests sent
    # before the first answer, which must come back complete and in the order sent.
    requests = {
        200: f"GET {LEAD} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_1\r\n\r\n",
        400: "GET /api/crm/lead?limit=abc HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n",
        401: f"GET {LEAD} HTTP/1.1\r\nHost: x\r\n\r\n",
    }
    expected = [200, 400, 200, 401, 401, 200] * 8
    workers, owners = mock.workers(), set()
    # 12 connections: all on one worker has a chance of 2 in 2**12.
    for _ in range(12):
        with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as sock:
            sock.sendall("".join(requests[status] for status in expected).encode())
            assert _statuses(sock, len(expected)) == expected
            owners.add(_owner(mock.port, sock.getsockname()[1], workers))
    assert owners == set(workers), owners


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_the_supervisor_stops_every_worker(mock: Mock, number: int) -> None:
    workers = mock.workers()
    assert mock.get() == 200
    mock.process.send_signal(number)
    assert mock.process.wait(timeout=30) == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists(), f"worker {pid} outlived the supervisor"
    with pytest.raises(httpx.ConnectError):
        mock.get()


def test_a_worker_that_dies_stops_the_others_with_a_message(mock: Mock) -> None:
    first, second = mock.workers()
    os.kill(first, signal.SIGKILL)
    assert mock.process.wait(timeout=30) == 1
    assert (
        f"mock: worker 1 (pid {first}) stopped on its own (signal SIGKILL); stopping the others"
        in mock.log.read_text()
    )
    assert not Path(f"/proc/{second}").exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return _cli_on(0, *args)


def _cli_on(port: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "mock", SPEC, "--port", str(port), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5", "٣", ""])
def test_workers_that_are_not_a_positive_whole_number_are_refused(value: str) -> None:
    result = _cli("--workers", value)
    assert result.returncode == 2
    assert "argument --workers:" in result.stderr
    assert "Traceback" not in result.stderr


def test_more_workers_than_the_limit_is_one_line() -> None:
    result = _cli("--workers", str(MAX_WORKERS + 1))
    assert result.returncode == 2
    assert result.stderr.strip() == f"--workers: at most {MAX_WORKERS}, got {MAX_WORKERS + 1}"


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--stateful"], "--stateful"),
        (["--replay", "cassette.jsonl"], "--replay"),
        (["--proxy", "http://127.0.0.1:9", "--record", "c.jsonl"], "--record"),
        (["--proxy", "http://127.0.0.1:9", "--report", "r.jsonl"], "--report"),
    ],
)
def test_state_kept_in_one_process_needs_one_worker(options: list[str], named: str) -> None:
    result = _cli("--workers", "2", *options)
    assert result.returncode == 2
    assert result.stderr.startswith(f"--workers 2: {named} keep state in one process"), (
        result.stderr
    )
    assert result.stderr.strip().endswith("use --workers 1")
    assert "serving on" not in result.stdout


def test_refusal_allows_one_worker_with_anything_and_many_without_state() -> None:
    kept = {"--replay": "c.jsonl", "--record": None, "--report": None}
    assert refusal(1, True, kept) is None
    assert refusal(8, False, dict.fromkeys(kept)) is None
    assert refusal(2, True, kept) == (
        "--workers 2: --stateful, --replay keep state in one process (each worker would have "
        "its own store, cassette position or open file); use --workers 1"
    )
    assert refusal(0, False, {}) is not None
    assert refusal(True, False, {}) is not None


def test_a_port_held_by_other_workers_is_refused_not_shared(mock: Mock) -> None:
    # The workers' sockets form one SO_REUSEPORT group; a second mock must not join it.
    result = _cli_on(mock.port, "--workers", "2")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"mock: cannot listen on 127.0.0.1:{mock.port}: Address already in use"
    )
    assert mock.get() == 200


def test_worker_sockets_share_the_port_and_name_tcp() -> None:
    # asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose proto is
    # IPPROTO_TCP; with proto 0 every response waited ~40 ms for a delayed ACK.
    listening = socket.create_server(("127.0.0.1", 0))
    port = listening.getsockname()[1]
    sockets = bind_workers(listening, 2)
    try:
        assert [sock.getsockname()[1] for sock in sockets] == [port, port]
        assert [sock.proto for sock in sockets] == [socket.IPPROTO_TCP] * 2
    finally:
        for sock in sockets:
            sock.close()
