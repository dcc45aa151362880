"""generator/spec/: the one place pointers are walked, `$ref`s followed and `allOf` merged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import generator.spec.refs as refs_module
from generator.mock.synth import Synthesizer
from generator.spec.pointer import (
    component_name,
    parts_from_pointer,
    pointer_from_parts,
    resolve_pointer,
)
from generator.spec.refs import References, deref_at
from generator.spec.schemas import MAX_ALL_OF_DEPTH, merged_schema, object_shape
from tests.conftest import ROOT

SCHEMAS = "#/components/schemas/"


def test_pointer_tokens_round_trip() -> None:
    parts = ["paths", "/a~b/{id}", "get", "0"]
    pointer = pointer_from_parts(parts)
    assert pointer == "/paths/~1a~0b~1{id}/get/0"
    assert parts_from_pointer(pointer) == parts
    assert parts_from_pointer("/~01") == ["~1"]  # `~0` then `1`, not `/`
    assert component_name(SCHEMAS + "a~1b/properties/x", SCHEMAS) == "a/b"
    assert component_name("#/components/parameters/a", SCHEMAS) is None


def test_resolve_pointer_names_the_missing_token() -> None:
    document = {"a": [{"b": 1}]}
    assert resolve_pointer(document, "/a/0/b") == 1
    with pytest.raises(KeyError, match="'c'"):
        resolve_pointer(document, "/a/0/c")
    with pytest.raises(KeyError):
        resolve_pointer(document, "/a/1")


def test_references_resolve_each_pointer_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = resolve_pointer

    def counting(document: Any, pointer: str) -> Any:
        calls.append(pointer)
        return real(document, pointer)

    monkeypatch.setattr(refs_module, "resolve_pointer", counting)
    data = {"components": {"schemas": {"A": {"type": "string"}}}}
    refs = References(data)
    node = {"$ref": SCHEMAS + "A"}
    for _ in range(3):
        assert refs.deref(node) == {"type": "string"}
        assert refs.deref({"$ref": SCHEMAS + "Missing"}) == {"$ref": SCHEMAS + "Missing"}
    assert calls == ["/components/schemas/A", "/components/schemas/Missing"]


def test_deref_stops_at_cycles_and_external_references() -> None:
    data = {
        "components": {
            "schemas": {
                "A": {"$ref": SCHEMAS + "B"},
                "B": {"$ref": SCHEMAS + "A"},
                "C": {"$ref": SCHEMAS + "D"},
                "D": {"type": "integer"},
            }
        }
    }
    refs = References(data)
    node, _ = refs.deref_at({"$ref": SCHEMAS + "A"}, "/here")
    assert node in ({"$ref": SCHEMAS + "A"}, {"$ref": SCHEMAS + "B"})
    assert refs.deref_at({"$ref": SCHEMAS + "C"}, "/here") == (
        {"type": "integer"},
        "/components/schemas/D",
    )
    external = {"$ref": "other.yaml#/X"}
    assert deref_at(data, external, "/here") == (external, "/here")
    # Cached and uncached resolution are one implementation: the same answers.
    assert deref_at(data, {"$ref": SCHEMAS + "C"}) == refs.deref_at({"$ref": SCHEMAS + "C"})


def _chain(length: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        f"S{i}": {"allOf": [{"$ref": f"{SCHEMAS}S{i + 1}"}], "properties": {f"p{i}": {}}}
        for i in range(length)
    }
    schemas[f"S{length}"] = {"type": "object", "properties": {"last": {}}}
    return {"components": {"schemas": schemas}}


def _resolver(data: Any) -> Any:
    refs = References(data)

    def resolve(part: Any) -> tuple[Any, str | None]:
        ref = part.get("$ref") if isinstance(part, dict) else None
        return refs.deref(part), ref if isinstance(ref, str) else None

    return resolve


def test_all_of_cycles_end_and_deep_chains_are_bounded() -> None:
    cyclic = {
        "components": {
            "schemas": {
                "A": {"allOf": [{"$ref": SCHEMAS + "B"}], "properties": {"a": {}}},
                "B": {"allOf": [{"$ref": SCHEMAS + "A"}], "properties": {"b": {}}},
            }
        }
    }
    a = cyclic["components"]["schemas"]["A"]
    shape = object_shape(a, _resolver(cyclic))
    assert list(shape.properties) == ["a", "b"] and shape.is_object
    assert set(merged_schema(a, _resolver(cyclic))["properties"]) == {"a", "b"}
    # Thousands of components deep: no RecursionError, and the nesting bound holds.
    deep = _chain(3000)
    shape = object_shape(deep["components"]["schemas"]["S0"], _resolver(deep))
    assert len(shape.properties) == MAX_ALL_OF_DEPTH + 1
    shallow = _chain(5)
    shape = object_shape(shallow["components"]["schemas"]["S0"], _resolver(shallow))
    assert list(shape.properties) == ["last", "p4", "p3", "p2", "p1", "p0"]


def test_mock_synthesizes_an_all_of_cycle() -> None:
    """The mock's merge recursed without end on `A: allOf: [B]`, `B: allOf: [A]`."""
    data = {
        "components": {
            "schemas": {
                "A": {
                    "allOf": [{"$ref": SCHEMAS + "B"}],
                    "properties": {"a": {"type": "string"}},
                    "required": ["a"],
                },
                "B": {
                    "allOf": [{"$ref": SCHEMAS + "A"}],
                    "properties": {"b": {"type": "integer"}},
                    "required": ["b"],
                },
            }
        }
    }
    value = Synthesizer(data).generate({"$ref": SCHEMAS + "A"}, seed="s")
    assert isinstance(value, dict) and isinstance(value["a"], str) and isinstance(value["b"], int)


def test_generate_takes_a_deep_all_of_chain(tmp_path: Path) -> None:
    """models_native's allOf merge recursed once per part: 3000 components deep was a
    RecursionError traceback out of `generate`."""
    from generator.generate import render

    lines = [
        "openapi: 3.1.0",
        "info: {title: T, version: '1'}",
        "paths: {}",
        "components:",
        "  schemas:",
    ]
    for i in range(3000):
        lines.append(
            f"    S{i}: {{allOf: [{{$ref: '{SCHEMAS}S{i + 1}'}}], properties: {{p{i}: {{}}}}}}"
        )
    lines.append("    S3000: {type: object, properties: {last: {}}}")
    spec = tmp_path / "deep.yaml"
    spec.write_text("\n".join(lines) + "\n")
    api, _ = render(spec, "t")
    assert "S0" in api.model_names


# Outside generator/spec/, nobody unescapes pointer tokens, resolves pointers or follows
# `$ref`s by hand (issue 16: seven such walkers existed).
_WALKERS = re.compile(
    r'replace\("~1"|replace\("~0"|def (resolve_pointer|deref|deref_at|parts_from_pointer)\b'
)


def test_no_pointer_walker_outside_the_spec_layer() -> None:
    generator = ROOT / "generator"
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(generator.rglob("*.py"))
        if "spec" not in path.relative_to(generator).parts[:1]
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if _WALKERS.search(line)
    ]
    assert found == []
