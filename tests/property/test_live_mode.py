"""Live mode shown working: the mock runs as a separate process (``python -m generator
mock``) and the live suite (what ``make test-live`` runs) is pointed at it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import serve_mock
from tests.property import _harness as h


@pytest.fixture
def mock_process(tmp_path: Path) -> Iterator[str]:
    command = [sys.executable, "-m", "generator", "mock", "specs/overloop.yaml", "--port", "0"]
    process, port = serve_mock(command, tmp_path / "mock.log", cwd=h.ROOT)
    try:
        yield f"http://127.0.0.1:{port}/public/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _make_command(base_url: str) -> list[str]:
    """The recipe `make test-live` runs, as `make -n` prints it."""
    dry = subprocess.run(
        ["make", "-n", "test-live", "API=overloop", f"BASE_URL={base_url}", "OVERLOOP_API_KEY=x"],
        cwd=h.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in dry.stdout.splitlines() if "pytest" in line]


def test_make_test_live_runs_the_live_suite() -> None:
    lines = _make_command("http://127.0.0.1:1/public/v1")
    assert lines, "make test-live does not run pytest"
    line = lines[-1]
    assert "tests/property/live_suite.py" in line
    assert "SPECFORGE_LIVE_API=overloop" in line
    assert "SPECFORGE_LIVE_BASE_URL=http://127.0.0.1:1/public/v1" in line


def test_live_mode_against_the_mock_as_a_separate_process(mock_process: str) -> None:
    env = {
        **os.environ,
        "SPECFORGE_LIVE_API": "overloop",
        "SPECFORGE_LIVE_BASE_URL": mock_process,
        "OVERLOOP_API_KEY": "live-test-key",
        "SPECFORGE_LIVE_INTERVAL": "0",
        "SPECFORGE_LIVE_TARGET_IS_MOCK": "1",
        "SPECFORGE_PROPERTY_EXAMPLES": "2",
    }
    env.pop("SPECFORGE_ALLOW_WRITES", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/property/live_suite.py",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=h.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    gets = sum(op.http_method.upper() == "GET" for op in h.api_ir("overloop").operations)
    # Without ALLOW_WRITES only the GET operations run, in both parts, with no failures.
    for suite_name in ("live-spec", "live-client"):
        line = re.search(
            rf"{suite_name}\s+operations\s+(\d+)\s+cases\s+(\d+)\s+failures: (.*)", output
        )
        assert line is not None, output[-3000:]
        assert int(line.group(1)) == gets, line.group(0)
        assert int(line.group(2)) > 0 and line.group(3) == "none", line.group(0)
