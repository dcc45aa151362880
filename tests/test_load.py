"""The loader gives JSON data with a line for every node, or located errors: explicit YAML
tags, non-finite numbers, JSON specs, and documents that expand beyond the bounds."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import load
from generator.diagnostics import SpecError
from generator.load import MAX_EXPANDED_SIZE, load_spec, parse_json_text, parse_spec_text

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def _errors(text: str, name: str = "x.yaml") -> list[str]:
    with pytest.raises(SpecError) as caught:
        if name.endswith(".json"):
            parse_json_text(text, name)
        else:
            parse_spec_text(text, name)
    return [str(d) for d in caught.value.diagnostics]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!timestamp 2024-01-15", "!!timestamp"),
        ("!!set {a, b}", "!!set"),
        ("!!omap [a: 1, b: 2]", "!!omap"),
        ("!!pairs [a: 1]", "!!pairs"),
        ("!!python/object/apply:os.system [echo]", "!!python/object/apply:os.system"),
        ("!!python/name:os.system x", "!!python/name:os.system"),
        ("!local x", "!local"),
        ("!<tag:example.com,2024:thing> x", "tag:example.com,2024:thing"),
        ("[1, !!binary aGk=]", "!!binary"),
    ],
)
def test_explicit_tags_that_make_non_json_values_are_located_errors(value: str, tag: str) -> None:
    (error,) = _errors(HEAD + f"x-value: {value}\n")
    assert error.startswith("x.yaml:4: /x-value")
    assert f"YAML tag {tag} " in error


def test_a_tag_on_a_key_is_a_located_error() -> None:
    (error,) = _errors(HEAD + "x-map:\n  ? !!binary aGk=\n  : 1\n")
    assert error.startswith("x.yaml:5: /x-map: YAML tag !!binary")


def test_json_tags_are_accepted() -> None:
    spec = parse_spec_text(
        HEAD + "x-v: {s: !!str 1, i: !!int '2', f: !!float 3, b: !!bool true, n: !!null ''}\n"
        "x-m: !!map {a: !!seq [1]}\n",
        "x.yaml",
    )
    assert spec.data["x-v"] == {"s": "1", "i": 2, "f": 3.0, "b": True, "n": None}
    assert spec.data["x-m"] == {"a": [1]}


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.Inf", "!!float .nan"])
def test_non_finite_numbers_are_located_errors(value: str) -> None:
    (error,) = _errors(HEAD + f"x-number: {value}\n")
    assert error.startswith("x.yaml:4: /x-number: ")
    assert "is not a JSON number" in error


# --- JSON ---------------------------------------------------------------------------------

_VALID_JSON = (
    '{"openapi": "3.1.0",\n'
    ' "info": {"title": "\\ud83d\\ude00 pair", "version": "1"},\n'
    ' "paths": {},\n'
    ' "x-keys": {"line\\u2028sep": 1, "next\\u0085line": [true,\n   null]}}\n'
)


def test_a_json_spec_is_read_as_json_with_lines(tmp_path: Path) -> None:
    """Valid JSON that PyYAML refuses (a surrogate-pair escape, U+2028/U+0085 in keys)."""
    path = tmp_path / "spec.json"
    path.write_text(_VALID_JSON, encoding="utf-8")
    with pytest.raises(SpecError):
        parse_spec_text(_VALID_JSON, "as.yaml")  # why JSON needs its own parser
    spec = load_spec(path)
    assert spec.data["info"]["title"] == "\U0001f600 pair"
    assert spec.data["x-keys"] == {"line\u2028sep": 1, "next\u0085line": [True, None]}
    assert spec.line_of("/info/title") == 2
    assert spec.line_of("/x-keys/next\u0085line") == 4
    assert spec.line_of("/x-keys/next\u0085line/1") == 5
    assert spec.line_of("/paths") == 3


def test_json_and_yaml_give_the_same_data_and_lines(tmp_path: Path) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "a~/b": [{"c": 1}]}
    text = json.dumps(document, indent=1)
    from_json = parse_json_text(text, "x.json")
    from_yaml = parse_spec_text(text, "x.yaml")
    assert from_json.data == from_yaml.data == document
    assert from_json.lines == from_yaml.lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1,\n "a": 2}', "x.json:2: /a: duplicate key 'a'"),
        ('{"a":\n [1, NaN]}', "x.json:2: /a/1: NaN is not a JSON number"),
        ('{"a": -Infinity}', "x.json:1: /a: -Infinity is not a JSON number"),
        ('{"a": "\\ud800"}', "x.json:1: /a: the string holds a lone surrogate (U+D800)"),
        ('{"\\udc00": 1}', "x.json:1: /: a key holds a lone surrogate (U+DC00)"),
        ('{"a": \n}', "x.json:2: /: not valid JSON: Expecting value"),
        ("[1]", "x.json:1: /: top level is a list"),
        ("[" * 5000 + "]" * 5000, "nests more than 128 levels deep"),
    ],
)
def test_bad_json_is_located(text: str, expected: str) -> None:
    errors = _errors(text, "x.json")
    assert any(expected in error for error in errors), errors


# --- bounds -------------------------------------------------------------------------------


def test_alias_bomb_of_large_strings_is_bounded_by_expanded_size() -> None:
    """100 kB of text aliased 10^5 times: few nodes, 10^10 characters once expanded."""
    text = HEAD + "x-s: &s " + "A" * 100_000 + "\n"
    previous = "s"
    for level in range(1, 6):
        text += f"x-a{level}: &a{level} [" + ", ".join([f"*{previous}"] * 10) + "]\n"
        previous = f"a{level}"
    (error,) = _errors(text)
    assert f"expands to more than {MAX_EXPANDED_SIZE:,} characters" in error
    assert error.startswith("x.yaml:")


def test_a_long_key_over_many_values_is_bounded() -> None:
    """Every child's pointer repeats the key: 1 MB x 200 000 would be 200 GB of pointers."""
    text = HEAD + "? x-" + "k" * 1_000_000 + "\n: [" + ",".join(["1"] * 200_000) + "]\n"
    (error,) = _errors(text)
    assert f"expands to more than {MAX_EXPANDED_SIZE:,} characters" in error
    assert len(error) < 1000


@pytest.mark.parametrize("kind", ["fifo", "device", "too large"])
def test_only_a_regular_file_of_bounded_size_is_read(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO blocked forever and /dev/zero was read until MemoryError (traceback)."""
    if kind == "fifo":
        path = tmp_path / "spec.yaml"
        os.mkfifo(path)
        expected = "not a regular file"
    elif kind == "device":
        path = Path("/dev/zero")
        expected = "not a regular file"
    else:
        path = tmp_path / "spec.yaml"
        path.write_text("openapi: 3.1.0\n" + "#" * 100 + "\n")
        monkeypatch.setattr(load, "MAX_FILE_BYTES", 64)
        expected = "larger than 0 MiB: not read"
    with pytest.raises(SpecError) as info:
        load.load_spec(path)
    (diagnostic,) = info.value.diagnostics
    assert expected in diagnostic.message


def test_line_endings_of_any_platform_give_the_same_lines(tmp_path: Path) -> None:
    text = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n"
    lines = {}
    for name, ending in (("unix", "\n"), ("windows", "\r\n"), ("old mac", "\r")):
        path = tmp_path / f"{name.replace(' ', '_')}.yaml"
        path.write_bytes(text.replace("\n", ending).encode())
        spec = load.load_spec(path)
        lines[name] = (spec.data, spec.lines)
    assert lines["unix"] == lines["windows"] == lines["old mac"]
