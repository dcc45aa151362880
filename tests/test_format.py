"""Formatting generated code: one ruff process, cached by content, never a wrong byte."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

import generator.format as formatting
from generator.format import FormatError, format_sources
from generator.generate import build, render
from generator.render import runtime_paths
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "overplane.yaml"


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


def _count_ruff_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []
    real_run = subprocess.run

    def run(argv: list[str], **kwargs: Any) -> Any:
        calls.append(argv)
        return real_run(argv, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)  # generator.format imports it when ruff runs
    return calls


def test_cold_warm_and_uncached_output_are_identical(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_ruff_runs(monkeypatch)
    _, cold = build(SPEC, "overplane")
    assert len(calls) == 1
    _, warm = build(SPEC, "overplane")
    assert len(calls) == 1, "a warm cache must not start ruff again"
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    _, uncached = build(SPEC, "overplane")
    assert len(calls) == 2
    assert cold == warm == uncached
    assert (ROOT / "generated" / "overplane" / "overplane_client" / "_client.py").read_text(
        encoding="utf-8"
    ) == cold["overplane_client/_client.py"]


def test_only_changed_modules_are_reformatted(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, files = render(SPEC, "overplane")
    format_sources(files)
    sent: list[set[str]] = []
    real_run_ruff = formatting._run_ruff

    def run_ruff(ruff: str, modules: dict[str, str]) -> dict[str, str]:
        sent.append(set(modules))
        return real_run_ruff(ruff, modules)

    monkeypatch.setattr(formatting, "_run_ruff", run_ruff)
    edited = dict(files)
    edited["overplane_client/models/_lead_list.py"] += "\nEXTRA   =  1\n"
    result = format_sources(edited)
    assert sent == [{"overplane_client/models/_lead_list.py"}]
    assert result["overplane_client/models/_lead_list.py"].endswith("\nEXTRA = 1\n")


def test_runtime_modules_are_already_formatted(fresh_cache: Path) -> None:
    """`preformatted` files skip ruff: that is only right if ruff would not change them."""
    api, files = render(SPEC, "overplane")
    runtime = {path: files[path] for path in runtime_paths(api)}
    assert runtime and format_sources(runtime) == runtime


def test_unwritable_cache_still_formats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _, files = build(SPEC, "overplane")
    assert files["overplane_client/_client.py"].startswith('"""')


def test_cache_key_follows_the_ruff_binary(tmp_path: Path) -> None:
    binary = tmp_path / "ruff"
    binary.write_bytes(b"v1")
    before = formatting._ruff_identity(str(binary))
    binary.write_bytes(b"v2 is longer")
    os.utime(binary, ns=(1, 1))
    assert formatting._ruff_identity(str(binary)) != before


def test_code_that_does_not_parse_is_a_clear_error(fresh_cache: Path) -> None:
    with pytest.raises(FormatError, match="does not parse"):
        format_sources({"pkg/broken.py": "def broken(:\n"})
