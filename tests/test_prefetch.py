"""generator/prefetch.py: a spec's first run parses and checks it in a forked child that
leaves its results in the caches, and anything the child meets is still reported by the
parent, as without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import prefetch
from generator.load import parse_is_cached
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "overplane.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(prefetch.os, "sched_getaffinity", lambda pid: {0, 1})
    return tmp_path / "cache" / "specforge"


def test_the_child_leaves_the_parse_and_the_structure_verdict_in_the_cache(
    cache: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert parse_is_cached(SPEC) is False
    wait = prefetch.start(SPEC)
    assert wait is not prefetch._nothing
    wait()
    assert parse_is_cached(SPEC) is True
    assert any((cache / "valid-structure").rglob("*"))
    assert capfd.readouterr() == ("", "")
    assert prefetch.start(SPEC) is prefetch._nothing, "a cached spec needs no child"


def test_one_cpu_or_no_cache_starts_no_child(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch.os, "sched_getaffinity", lambda pid: {0})
    assert prefetch.start(SPEC) is prefetch._nothing
    monkeypatch.setattr(prefetch.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    assert prefetch.start(SPEC) is prefetch._nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/a: [}\n", "broken.yaml:3: /: "),
        ("openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n", "broken.yaml:2: /info: "),
    ],
)
def test_what_the_child_meets_in_a_broken_spec_the_parent_reports(
    tmp_path: Path, text: str, expected: str
) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(tmp_path / "out"),
            "--name",
            "x",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )
    assert result.returncode == 1
    assert result.stderr.count(expected) == 1, result.stderr  # once: the child says nothing
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
