"""The command line refuses bad arguments with one usage line, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

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
