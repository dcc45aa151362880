"""generator/models.py: what the datamodel-code-generator backend does to the library's output
(unions, wrapper classes, invisible characters, ambiguous names), on small specs that hold each
case; tests/property/test_client_models_backend.py runs it on real specs end to end."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from generator import models
from generator.diagnostics import SpecError
from generator.generate import build
from generator.models import generate_models
from tests.robustness.test_hostile_specs import _text_spec

MODELS = "datamodel-code-generator"

# Each property holds a union the library would write with several `Literal`s, or with
# literal values a plain member already admits (ruff PYI030/PYI051).
_STATUS = {"type": "string", "enum": ["on", "off"]}
# A JSON value: a recursive component that is not an object.
_JSON = {
    "anyOf": [
        {"type": "string"},
        {"type": "number"},
        {"type": "null"},
        {"type": "array", "items": {"$ref": "#/components/schemas/Json"}},
        {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Json"}},
    ]
}
# Import hygiene: a model named like a typing name, typed extra fields, a duplicate enum value.
_AWKWARD = {
    "Any": {"type": "object", "properties": {"x": {"type": "string"}}},
    "Extra": {
        "type": "object",
        "properties": {"other": {"$ref": "#/components/schemas/Any"}},
        "additionalProperties": {
            "type": ["array", "null"],
            "items": {"type": "string", "enum": ["x", "x"]},
        },
    },
}
_UNIONS: dict[str, tuple[dict[str, Any], str]] = {
    "a": ({"anyOf": [{"type": "string", "enum": ["x", "y"]}, {"type": "string"}]}, "str | None"),
    "b": ({"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]}, "str | None"),
    "c": (
        {"anyOf": [{"type": "string", "enum": ["x"]}, {"type": "string", "enum": ["y"]}]},
        "Literal['x', 'y'] | None",
    ),
    "d": ({"oneOf": [{"type": "integer", "enum": [1, 2]}, {"type": "integer"}]}, "int | None"),
    "e": (
        {
            "anyOf": [
                {"type": "string", "enum": ["x"]},
                {"type": "integer"},
                {"type": "string", "enum": ["y", "x"]},
            ]
        },
        "Literal['x', 'y'] | int | None",
    ),
    "f": ({"anyOf": [{"type": "boolean", "enum": [True]}, {"type": "boolean"}]}, "bool | None"),
    # bool is an int to Python, not to PYI051: True stays.
    "g": (
        {"anyOf": [{"type": "boolean", "enum": [True]}, {"type": "integer"}]},
        "Literal[True] | int | None",
    ),
    "h": (
        {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string", "enum": ["é"]}]},
        "Literal['é', 'on', 'off'] | None",
    ),
    "i": (
        {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "enum": ["now"]}]},
        "datetime | Literal['now'] | None",
    ),
    "j": (
        {
            "type": "array",
            "items": {
                "anyOf": [
                    {"type": "integer", "enum": [-1]},
                    {"type": "string"},
                    {"type": "integer", "enum": [2]},
                    {"type": "string", "enum": ["s"]},
                ]
            },
        },
        "list[Literal[-1, 2] | str] | None",
    ),
}


def _spec(properties: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                # A description with a line separator and non-ASCII text before the unions:
                # the rewrite must find them by the parser's lines and byte columns.
                "Thing": {
                    "type": "object",
                    "description": "ünï\u2028cödé",
                    "properties": properties,
                },
                **schemas,
            }
        },
    }


def _module(code: str) -> Any:
    """``code`` run as a module (pydantic resolves the postponed annotations in it)."""
    module = types.ModuleType("dmcg_models_under_test")
    sys.modules[module.__name__] = module
    exec(compile(code, "models.py", "exec"), module.__dict__)
    return module


def _annotations(code: str, class_name: str) -> dict[str, str]:
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                statement.target.id: ast.unparse(statement.annotation)
                for statement in node.body
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            }
    raise AssertionError(f"no class {class_name} in:\n{code}")


def test_unions_hold_one_literal_without_values_a_plain_member_admits() -> None:
    properties = {
        name: {**schema, "description": "é\u2028"} for name, (schema, _) in _UNIONS.items()
    }
    code, _ = generate_models(_spec(properties, Status=_STATUS), "spec.yaml")
    assert _annotations(code, "Thing") == {name: want for name, (_, want) in _UNIONS.items()}
    body = {"a": "any", "e": "y", "h": "off", "j": [-1, "s", "other", 2]}
    assert _module(code).Thing.model_validate(body).model_dump(exclude_unset=True) == body


def test_literal_is_not_imported_when_every_literal_was_absorbed() -> None:
    code, _ = generate_models(_spec({"a": _UNIONS["a"][0]}), "spec.yaml")
    assert _annotations(code, "Thing") == {"a": "str | None"}
    assert "Literal" not in code
    assert _module(code).Thing(a="on").a == "on"


def test_wrapper_classes_are_not_model_classes() -> None:
    """Scalar unions and `{}` become RootModel classes; the client must not type a path
    parameter or an error body as one (nor accept a dict for it)."""
    spec = _spec(
        {"name": {"type": "string"}},
        Ident={"anyOf": [{"type": "integer"}, {"type": "string"}]},
        Error={"description": "any JSON"},
        Things={"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
    )
    code, classes = generate_models(spec, "spec.yaml")
    assert "class Ident(RootModel[int | str])" in code
    assert "class Error(RootModel[Any])" in code
    assert "class Things(RootModel[list[Thing]])" in code
    assert classes == {"Thing"}


def test_recursive_value_component_is_one_quoted_type_in_its_base() -> None:
    """``RootModel[Optional[Union[..., list[Optional["Json"]]]]]`` as the library writes it
    fails ruff (UP007/UP045); ``"Json" | None`` would fail at runtime; one quoted type does
    neither, and validates the same."""
    code, classes = generate_models(
        _spec({"v": {"$ref": "#/components/schemas/Json"}}, Json=_JSON), "s"
    )
    (json_class,) = [
        n for n in ast.parse(code).body if isinstance(n, ast.ClassDef) and n.name == "Json"
    ]
    (base,) = json_class.bases
    assert isinstance(base, ast.Subscript) and isinstance(base.slice, ast.Constant)
    assert base.slice.value == "str | float | list[Json | None] | dict[str, Json | None] | None"
    assert "Optional" not in code and "Union" not in code
    value = {"a": [1.5, "x", None, {"b": []}]}
    assert _module(code).Json.model_validate(value).model_dump() == value
    assert classes == {"Thing"}


def test_invisible_characters_are_escaped_and_keep_their_value() -> None:
    code, _ = generate_models(_text_spec(), "text.json")
    assert [char for char in code if not (char.isprintable() or char == "\n")] == []
    expected = _text_spec()["components"]["schemas"]["Thing"]["description"]
    assert _module(code).Thing.__doc__.strip() == expected


def test_ambiguous_field_names_get_an_alias() -> None:
    properties = {"l": {"type": "string"}, "I": {"type": "string"}, "O": {"type": "string"}}
    code, _ = generate_models(_spec(properties), "spec.yaml")
    assert set(_annotations(code, "Thing")) == {"l_", "I_", "O_"}
    thing = _module(code).Thing.model_validate({"l": "1", "I": "2", "O": "3"})
    assert thing.model_dump(by_alias=True) == {"l": "1", "I": "2", "O": "3"}


def test_package_of_every_case_passes_ruff_and_mypy_strict(tmp_path: Path) -> None:
    """The cases above in one package with an operation using each, as the generator writes it."""
    properties = {name: schema for name, (schema, _) in _UNIONS.items()}
    properties.update({"l": {"type": "string"}, "id": {"$ref": "#/components/schemas/Ident"}})
    properties["json"] = {"$ref": "#/components/schemas/Json"}
    spec = _spec(
        properties,
        Status=_STATUS,
        Ident={"anyOf": [{"type": "integer"}, {"type": "string"}]},
        Json=_JSON,
        **_AWKWARD,
    )
    text = _text_spec()
    spec["components"]["schemas"]["Text"] = text["components"]["schemas"]["Thing"]
    spec["paths"] = {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "description": text["paths"]["/a"]["get"]["description"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"$ref": "#/components/schemas/Ident"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "default": {
                        "description": "error",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Text"}}
                        },
                    },
                },
            }
        }
    }
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    api, files = build(path, "edge", models=MODELS)
    out = tmp_path / "out"
    for relative, content in files.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(content, encoding="utf-8")
    method = next(op for op in api.operations if op.operation_id == "getThing")
    assert [p.type.render() for p in method.parameters] == ["int | str"]
    ruff = Path(sys.executable).with_name("ruff")
    checked = subprocess.run(
        [str(ruff), "check", "--no-cache", "edge_client"], cwd=out, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy")]
    typed = subprocess.run([*mypy, "edge_client"], cwd=out, capture_output=True, text=True)
    assert typed.returncode == 0, typed.stdout


def test_invalid_python_from_the_library_is_a_located_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(models, "generate", lambda *args, **kwargs: "class X(:\n    pass\n")
    with pytest.raises(SpecError) as raised:
        generate_models(_spec({"a": {"type": "string"}}), "spec.yaml")
    (diagnostic,) = raised.value.diagnostics
    assert str(diagnostic).startswith("spec.yaml")
    assert "models cannot be generated: the library wrote invalid Python (line 1" in str(diagnostic)
