"""The parsed-spec cache (generator/parse_cache.py): a hit gives what a parse gives, without
parsing; what failed to load is never kept; a damaged entry is parsed again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import load
from generator.diagnostics import SpecError
from generator.load import load_spec
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "overloop.yaml"


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("SPECFORGE_NO_CACHE", raising=False)
    return cache


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every parse fail the test once the cache should answer; count the calls."""
    calls: list[str] = []

    def refuse(text: str, name: str) -> load.LoadedSpec:
        calls.append(name)
        raise AssertionError(f"{name} was parsed again")

    monkeypatch.setattr(load, "parse_spec_text", refuse)
    monkeypatch.setattr(load, "parse_json_text", refuse)
    return calls


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "specforge" / "parsed").rglob("*") if p.is_file())


def test_a_hit_is_the_parse_without_parsing(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_spec(SPEC)
    assert [p.suffix for p in _entries(fresh_cache)] == [".data", ".lines"]
    _no_parsing(monkeypatch)
    cached = load_spec(SPEC)
    assert cached.data == parsed.data
    assert list(cached.data) == list(parsed.data)  # key order is the document's
    assert cached.lines == parsed.lines
    pointer = "/paths/~1payments/get/responses/200"
    assert cached.diagnostic(pointer, "x") == parsed.diagnostic(pointer, "x")
    assert cached.diagnostic(pointer, "x").line > 1


def test_json_specs_are_cached_apart_from_the_same_text_as_yaml(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = '{"openapi": "3.1.0",\n "info": {"title": "t", "version": "1"},\n "paths": {}}\n'
    as_json, as_yaml = tmp_path / "a.json", tmp_path / "a.yaml"
    as_json.write_text(text)
    as_yaml.write_text(text)
    first = load_spec(as_json), load_spec(as_yaml)
    assert len(_entries(fresh_cache)) == 4
    calls = _no_parsing(monkeypatch)
    again = load_spec(as_json), load_spec(as_yaml)
    assert calls == []
    assert [(s.data, s.lines) for s in again] == [(s.data, s.lines) for s in first]


def test_an_edited_spec_is_parsed_again(fresh_cache: Path, tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    assert load_spec(spec).data["info"]["version"] == "1"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '2'}\npaths: {}\n")
    assert load_spec(spec).data["info"]["version"] == "2"
    assert len(_entries(fresh_cache)) == 4


def test_problems_are_never_cached(fresh_cache: Path, tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t}\ninfo: {title: u}\n")
    for _ in range(2):
        with pytest.raises(SpecError) as raised:
            load_spec(spec)
        assert [(d.line, d.pointer) for d in raised.value.diagnostics] == [(3, "/info")]
    assert _entries(fresh_cache) == []


def test_limits_are_part_of_the_key(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {a: {b: {}}}\n")
    load_spec(spec)
    monkeypatch.setattr(load, "MAX_DEPTH", 2)
    with pytest.raises(SpecError, match="nests more than 2 levels deep"):
        load_spec(spec)


@pytest.mark.parametrize("damaged", [b"", b"\x00garbage", b"\xfa"])
def test_a_damaged_entry_is_parsed_again(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch, damaged: bytes
) -> None:
    parsed = load_spec(SPEC)
    for entry in _entries(fresh_cache):
        entry.write_bytes(damaged)
    again = load_spec(SPEC)
    assert (again.data, again.lines) == (parsed.data, parsed.lines)
    # ... and rewritten, so the next run hits.
    _no_parsing(monkeypatch)
    assert load_spec(SPEC).data == parsed.data


def test_a_lost_line_map_is_made_again(fresh_cache: Path) -> None:
    parsed = load_spec(SPEC)
    (lines,) = (p for p in _entries(fresh_cache) if p.suffix == ".lines")
    lines.unlink()
    assert load_spec(SPEC).lines == parsed.lines


def test_no_cache_writes_nothing(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    load_spec(SPEC)
    assert not (fresh_cache / "specforge" / "parsed").exists()


_VALIDATE_TWICE = """
import sys
from generator.load import load_spec
from generator.validate import GENERATE_LEVELS, validate_spec
problems = validate_spec(load_spec(sys.argv[1]), levels=GENERATE_LEVELS)
print(len(problems), "jsonschema_rs" in sys.modules)
"""


def _validate_in_a_fresh_process(spec: Path, cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", _VALIDATE_TWICE, str(spec)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return result.stdout.strip()


def test_a_document_that_passed_the_openapi_schema_is_not_validated_again(
    tmp_path: Path,
) -> None:
    assert _validate_in_a_fresh_process(SPEC, tmp_path) == "0 True"
    assert _validate_in_a_fresh_process(SPEC, tmp_path) == "0 False"


def test_a_document_that_fails_the_openapi_schema_is_validated_every_time(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    text = SPEC.read_text(encoding="utf-8")
    broken.write_text(text.replace("openapi: 3.1.0", "openapi: 3.1.0\nbogus_top_level: 1", 1))
    assert broken.read_text(encoding="utf-8") != text
    first = _validate_in_a_fresh_process(broken, tmp_path / "cache")
    assert first.split()[0] != "0"
    assert _validate_in_a_fresh_process(broken, tmp_path / "cache") == first
    # The valid document next to it still passes, from its own verdict.
    assert _validate_in_a_fresh_process(SPEC, tmp_path / "cache") == "0 True"
