"""The command line refuses bad arguments with one usage line, never a traceback."""

from __future__ import annotations

import errno
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, banner_port, serve_mock

SPEC = str(ROOT / "specs" / "overplane.yaml")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )


def test_version() -> None:
    result = _cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("specforge ")


@pytest.mark.parametrize("port", ["99999", "-1", "\uff14\uff10", "80x", " 80"])
def test_mock_refuses_a_port_that_is_not_one(port: str) -> None:
    result = _cli("mock", SPEC, "--port", port)
    assert result.returncode == 2
    assert "is not a port number (0-65535)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("rate", ["nan", "inf", "2", "-0.1", "1e9", "\uff10.\uff15"])
def test_mock_refuses_a_failure_rate_that_is_not_a_fraction(rate: str) -> None:
    result = _cli("mock", SPEC, "--failure-rate", rate)
    assert result.returncode == 2
    assert "is not a fraction from 0 to 1" in result.stderr


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--seed", "\u0663"),
        ("--seed", "1_0"),
        ("--max-records", "0"),
        ("--max-body", "-5"),
        ("--max-connections", "\uff11"),
        ("--idle-timeout", "nan"),
        ("--request-timeout", "0"),
    ],
)
def test_mock_refuses_limits_that_are_not_numbers_of_their_kind(option: str, value: str) -> None:
    result = _cli("mock", SPEC, option, value)
    assert result.returncode == 2
    assert f"argument {option}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_mock_store_limit_from_the_command_line_answers_507(tmp_path: Path) -> None:
    options = ["--port", "0", "--stateful", "--max-records", "2"]
    command = [sys.executable, "-m", "generator", "mock", SPEC, *options]
    process, port = serve_mock(command, tmp_path / "mock.log")
    try:
        statuses = []
        for index in range(3):
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
                response = client.post(
                    "/api/crm/lead",
                    json={"lead_name": f"Lead {index}"},
                    headers={"Authorization": "Bearer sk_test_1"},
                )
            statuses.append(response.status_code)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert statuses[:2] == [201, 201] or statuses[:2] == [200, 200], statuses
    assert statuses[2] == 507


def test_generate_refuses_a_package_name_no_file_system_takes(tmp_path: Path) -> None:
    result = _cli("generate", SPEC, "-o", str(tmp_path / "out"), "-n", "a" * 300)
    assert result.returncode == 2
    assert "at most 64 characters" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_temporary_folder_that_cannot_be_written_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    from generator import format as formatting

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/tmp/specforge-x")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", full)  # format imports it to run ruff
    with pytest.raises(formatting.FormatError, match="cannot run ruff format: No space left"):
        formatting._run_ruff("ruff", {"a.py": "x = 1\n"})


def test_mock_on_port_zero_names_the_port_it_listens_on() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", SPEC, "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        port = banner_port(line)
        assert port, line
        with httpx.Client(trust_env=False) as client:
            response = client.get(
                f"http://127.0.0.1:{port}/api/crm/lead/lead_1",
                headers={"Authorization": "Bearer sk_test_1"},
            )
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_mock_on_a_port_in_use_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _cli("mock", SPEC, "--port", str(port))
    assert result.returncode == 1
    assert (
        result.stderr.strip() == f"mock: cannot listen on 127.0.0.1:{port}: Address already in use"
    )
    assert "serving on" not in result.stdout
