"""The native models renderer: every generated module is imported and exercised, not just read."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import itertools
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.analyze import prepare
from generator.load import load_spec
from generator.models_native import build_models
from generator.render import models_module
from generator.spec.schemas import SCHEMA_PREFIX, needs_class

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
STRIPE = Path("/work/shared/bench-specs/stripe-spec3.yaml")
BIN = ROOT / ".venv" / "bin"
_COUNTER = itertools.count()

Loader = Callable[..., ModuleType]


def render_models(data: dict[str, Any], source: str) -> tuple[str, set[str]]:
    """The models module as the package holds it (IR laid out by the template), and the
    names of the classes it defines."""
    models = build_models(data, source)
    return models_module(models, "Test API"), models.names


def _document(schemas: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    return {"openapi": version, "info": {}, "paths": {}, "components": {"schemas": schemas}}


def _models_path(folder: Path) -> Path:
    """Where a models module goes: ``models.py`` in a package beside the runtime module it
    imports (``from ._unions import UnknownEnum``), as in a generated package."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text("", encoding="utf-8")
    shutil.copy(ROOT / "templates" / "runtime" / "_unions.py", folder / "_unions.py")
    return folder / "models.py"


def _import(path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The models module at ``path`` (from ``_models_path``), imported as ``models`` of a
    package of a unique name."""
    # Registered in sys.modules like a real import: pydantic resolves forward references
    # (recursive models) through the module's namespace.
    package_name = f"_native_models_{next(_COUNTER)}"
    package_spec = importlib.util.spec_from_file_location(
        package_name, path.parent / "__init__.py", submodule_search_locations=[str(path.parent)]
    )
    assert package_spec is not None and package_spec.loader is not None
    package = importlib.util.module_from_spec(package_spec)
    monkeypatch.setitem(sys.modules, package_name, package)
    package_spec.loader.exec_module(package)
    name = f"{package_name}.models"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Loader:
    """Render schemas (or a whole document), write the module, import it."""

    def loader(schemas: dict[str, Any], *, version: str = "3.1.0") -> ModuleType:
        code, classes = render_models(_document(schemas, version), "test")
        path = _models_path(tmp_path / f"models_{next(_COUNTER)}")
        path.write_text(code, encoding="utf-8")
        module = _import(path, monkeypatch)
        defined = {
            name
            for name, value in vars(module).items()
            if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
        } - {"BaseModel"}
        assert classes == defined
        _build_all(module, classes)
        return module

    return loader


def _build_all(module: ModuleType, classes: set[str]) -> None:
    # Classes build their validators on first use (defer_build); build every one now so a
    # class that cannot be built fails here rather than in some client one day.
    for name in sorted(classes):
        getattr(module, name).model_rebuild(force=True)


def _round_trip(model: type[pydantic.BaseModel], payload: str) -> Any:
    instance = model.model_validate_json(payload)
    dumped = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == json.loads(payload)
    return instance


def _source(module: ModuleType) -> str:
    assert module.__file__ is not None
    return Path(module.__file__).read_text(encoding="utf-8")


def _annotation(module: ModuleType, cls: str, field: str) -> str:
    """The annotation of a field as written in the source."""
    tree = ast.parse(_source(module))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if (
                    isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id == field
                ):
                    return ast.unparse(item.annotation)
    raise AssertionError(f"{cls}.{field} not found")


# --- names ----------------------------------------------------------------------------------


AWKWARD_KEYS = [
    "class",
    "from",
    "None",
    "type",
    "match",
    "_",
    "model_config",
    "model_name",
    "schema",
    "json",
    "copy",
    "validate",
    "fields",
    "dict",
    "construct",
    "datetime",
    "date",
    "str",
    "list",
    "Pet",
    "fooBar",
    "foo-bar",
    "foo_bar",
    "2fa",
    "_id",
    "__proto__",
    "",
    "café",
    "ﬁle",
    "a b",
    "$ref",
]


def test_awkward_property_names_get_safe_unique_names_with_aliases(load: Loader) -> None:
    module = load(
        {
            "Pet": {
                "type": "object",
                "properties": {
                    **{key: {"type": "string"} for key in AWKWARD_KEYS},
                    "when": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                },
            }
        }
    )
    fields = module.Pet.model_fields
    aliases = {name: name if info.alias is None else info.alias for name, info in fields.items()}
    assert sorted(aliases.values()) == sorted([*AWKWARD_KEYS, "when", "day"])
    for name in fields:
        assert name.isidentifier() and name.isascii() and not name.startswith(("_", "model_"))
        assert name not in {"class", "type", "match", "schema", "json", "copy", "datetime", "Pet"}
    # Valid, unreserved names are kept as they are: no alias.
    assert fields["fooBar"].alias is None and fields["foo_bar"].alias is None
    assert aliases["foo_bar2"] == "foo-bar"
    assert aliases["class_"] == "class" and aliases["type_"] == "type"
    assert aliases["datetime_"] == "datetime" and aliases["str_"] == "str"
    assert aliases["field_model_config"] == "model_config"
    payload = json.dumps({key: f"value of {key}" for key in AWKWARD_KEYS} | {"custom": 1})
    pet = _round_trip(module.Pet, payload)
    assert pet.class_ == "value of class" and pet.datetime_ == "value of datetime"
    assert pet.model_extra == {"custom": 1}
    # populate_by_name: the Python names work in the constructor too.
    assert module.Pet(class_="x").model_dump(by_alias=True, exclude_unset=True) == {"class": "x"}


def test_field_named_like_a_class_does_not_shadow_it(load: Loader) -> None:
    module = load(
        {
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Pet": {
                "type": "object",
                "properties": {
                    "Owner": {"$ref": SCHEMA_PREFIX + "Owner"},
                    "other": {"$ref": SCHEMA_PREFIX + "Owner"},
                },
            },
        }
    )
    assert module.Pet.model_fields["owner"].alias == "Owner"
    pet = _round_trip(module.Pet, '{"Owner": {"name": "a"}, "other": {"name": "b", "x": [1]}}')
    assert isinstance(pet.other, module.Owner)


# --- requiredness, nullability, defaults ---------------------------------------------------------


def test_required_optional_and_nullable(load: Loader) -> None:
    schema = {
        "type": "object",
        "required": ["a", "b", "c"],
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "string", "nullable": True},
            "c": {"type": ["integer", "null"]},
            "d": {"type": "integer"},
            "e": {"type": "integer", "nullable": True, "x-nullable": False, "readOnly": True},
        },
    }
    module = load({"Thing": schema})
    assert _annotation(module, "Thing", "a") == "str"
    assert _annotation(module, "Thing", "b") == "str | None"
    assert _annotation(module, "Thing", "c") == "int | None"
    assert _annotation(module, "Thing", "d") == "int | None"
    _round_trip(module.Thing, '{"a": "x", "b": null, "c": null}')
    _round_trip(module.Thing, '{"a": "x", "b": "y", "c": 3, "d": 4, "e": null}')
    with pytest.raises(pydantic.ValidationError):
        module.Thing.model_validate_json('{"a": "x", "b": null}')  # c is required
    with pytest.raises(pydantic.ValidationError):
        module.Thing.model_validate_json('{"a": null, "b": null, "c": 1}')  # a is not nullable


def test_nullable_component_reference(load: Loader) -> None:
    module = load(
        {
            "Tag": {"type": ["object", "null"], "properties": {"n": {"type": "string"}}},
            "Holder": {
                "type": "object",
                "required": ["tag", "old"],
                "properties": {
                    "tag": {"$ref": SCHEMA_PREFIX + "Tag"},
                    "old": {"allOf": [{"$ref": SCHEMA_PREFIX + "Tag"}], "nullable": True},
                },
            },
        }
    )
    assert _annotation(module, "Holder", "tag") == "Tag | None"
    assert _annotation(module, "Holder", "old") == "Tag | None"
    _round_trip(module.Holder, '{"tag": null, "old": {"n": "x"}}')


def test_defaults(load: Loader) -> None:
    schema = {
        "type": "object",
        "properties": {
            "s": {"type": "string", "default": 'it\'s "quoted"\n\\'},
            "i": {"type": "integer", "default": 3},
            "f": {"type": "number", "default": 0.5},
            "g": {"type": "number", "default": 2},
            "b": {"type": "boolean", "default": False},
            "n": {"type": "string", "nullable": True, "default": None},
            "e": {"enum": ["x", "y"], "default": "y"},
            "bad_enum": {"enum": ["x", "y"], "default": "z"},
            "wrong_type": {"type": "integer", "default": "three"},
            "when": {"type": "string", "format": "date-time", "default": "2020-01-01T00:00:00Z"},
            "items": {"type": "array", "items": {"type": "string"}, "default": []},
            "infinite": {"type": "number", "default": float("inf")},
        },
    }
    module = load({"Defaults": schema})
    thing = module.Defaults()
    assert (thing.s, thing.i, thing.f, thing.g, thing.b, thing.n, thing.e) == (
        'it\'s "quoted"\n\\',
        3,
        0.5,
        2,
        False,
        None,
        "y",
    )
    # Defaults the type cannot hold are dropped rather than emitted as type errors.
    assert thing.bad_enum is None and thing.wrong_type is None and thing.when is None
    assert thing.items is None and thing.infinite is None
    assert _annotation(module, "Defaults", "i") == "int"
    assert _annotation(module, "Defaults", "wrong_type") == "int | None"
    assert thing.model_dump(by_alias=True, exclude_unset=True) == {}


# --- types --------------------------------------------------------------------------------------


def test_primitive_types_and_formats(load: Loader) -> None:
    schema = {
        "type": "object",
        "required": ["s", "dt", "d", "email", "blob", "i", "n", "b", "z", "any", "free"],
        "properties": {
            "s": {"type": "string"},
            "dt": {"type": "string", "format": "date-time"},
            "d": {"type": "string", "format": "date"},
            "email": {"type": "string", "format": "email"},
            "blob": {"type": "string", "format": "binary"},
            "i": {"type": "integer", "format": "int64"},
            "n": {"type": "number"},
            "b": {"type": "boolean"},
            "z": {"type": "null"},
            "any": {},
            "free": {"description": "no type at all"},
            "multi": {"type": ["string", "integer"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "bare_list": {"type": "array"},
            "map": {"type": "object", "additionalProperties": {"type": "integer"}},
            "open": {"type": "object"},
            "closed": {"type": "object", "additionalProperties": False},
        },
    }
    module = load({"Kinds": schema})
    expected = {
        "s": "str",
        "dt": "datetime",
        "d": "date",
        "email": "str",
        "blob": "bytes",
        "i": "int",
        "n": "float",
        "b": "bool",
        "z": "None",
        "any": "Any",
        "free": "Any",
        "multi": "str | int | None",
        "tags": "list[str] | None",
        "bare_list": "list[Any] | None",
        "map": "dict[str, int] | None",
        "open": "dict[str, Any] | None",
        "closed": "dict[str, Any] | None",
    }
    for field, annotation in expected.items():
        assert _annotation(module, "Kinds", field) == annotation, field
    payload = {
        "s": "x",
        "dt": "2024-05-01T10:00:00Z",
        "d": "2024-05-01",
        "email": "not-an-email",
        "blob": "raw",
        "i": 12,
        "n": 1.5,
        "b": True,
        "z": None,
        "any": [1, {"a": None}],
        "free": "anything",
        "multi": 7,
        "tags": ["a"],
        "bare_list": [1, "x"],
        "map": {"a": 1},
        "open": {"deep": {"x": 1}},
        "closed": {},
    }
    kinds = _round_trip(module.Kinds, json.dumps(payload))
    assert isinstance(kinds.dt, datetime) and isinstance(kinds.d, date)


def test_enums_and_consts(load: Loader) -> None:
    schema = {
        "type": "object",
        "properties": {
            "empty": {"type": "string", "enum": ["", "a", "a", "it's"]},
            "ints": {"type": "integer", "enum": [1, 2, 2]},
            "bools": {"type": "boolean", "enum": [True]},
            "nullable": {"type": ["string", "null"], "enum": ["a", None]},
            "open_nullable": {"type": ["string", "null"], "enum": ["a", "b", None]},
            "one_and_true": {"enum": [1, True, "1"]},
            "floats": {"type": "number", "enum": [1.5, 2]},
            "mismatch": {"type": "string", "enum": [1, 2]},
            "objects": {"enum": [{"a": 1}]},
            "const": {"const": "fixed"},
            "merged": {"oneOf": [{"enum": ["now"]}, {"type": "integer"}, {"enum": ["", "now"]}]},
            "covered": {"anyOf": [{"type": "string"}, {"enum": ["", 5]}]},
        },
    }
    module = load({"Enums": schema})
    expected = {
        # String enums of two values or more are open in what the client receives.
        "empty": "Literal['', 'a', \"it's\"] | UnknownEnum | None",
        "ints": "Literal[1, 2] | None",
        "bools": "Literal[True] | None",
        "nullable": "Literal['a'] | None",
        "open_nullable": "Literal['a', 'b'] | UnknownEnum | None",
        "one_and_true": "Literal[1, True, '1'] | None",
        "floats": "float | None",
        "mismatch": "str | None",
        "objects": "Any",
        "const": "Literal['fixed'] | None",
        "merged": "Literal['now', ''] | int | UnknownEnum | None",
        "covered": "str | Literal[5] | None",
    }
    for field, annotation in expected.items():
        assert _annotation(module, "Enums", field) == annotation, field
    _round_trip(
        module.Enums,
        '{"empty": "", "ints": 2, "bools": true, "nullable": null, "one_and_true": true,'
        ' "floats": 2.5, "mismatch": "x", "objects": {"a": 1}, "const": "fixed",'
        ' "merged": "", "covered": 5}',
    )
    grown = module.Enums.model_validate_json('{"empty": "b"}').empty
    assert isinstance(grown, module.UnknownEnum) and grown == "b"
    strict = sys.modules[f"{module.__package__}._unions"].STRICT_CONTEXT
    with pytest.raises(pydantic.ValidationError):
        module.Enums.model_validate_json('{"empty": "b"}', context=strict)
    for bad in ('{"ints": 3}', '{"bools": false}', '{"const": "other"}'):
        with pytest.raises(pydantic.ValidationError):
            module.Enums.model_validate_json(bad)


def test_references_to_components_without_classes_are_inlined(load: Loader) -> None:
    module = load(
        {
            "Status": {"type": "string", "enum": ["on", "off"]},
            "Id": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
            "Ids": {"type": "array", "items": {"$ref": SCHEMA_PREFIX + "Id"}},
            "Labels": {"type": "object", "additionalProperties": {"$ref": SCHEMA_PREFIX + "Ids"}},
            "AliasOfEnum": {"allOf": [{"$ref": SCHEMA_PREFIX + "Status"}]},
            "Thing": {
                "type": "object",
                "required": ["status"],
                "properties": {
                    "status": {"$ref": SCHEMA_PREFIX + "Status"},
                    "ids": {"$ref": SCHEMA_PREFIX + "Ids"},
                    "labels": {"$ref": SCHEMA_PREFIX + "Labels"},
                    "same": {"$ref": SCHEMA_PREFIX + "AliasOfEnum"},
                    "pointer": {"$ref": SCHEMA_PREFIX + "Thing/properties/status"},
                },
            },
        }
    )
    # allOf over a non-object is no class: the client refers to it structurally too.
    assert not hasattr(module, "AliasOfEnum") and not hasattr(module, "Status")
    assert _annotation(module, "Thing", "status") == "Literal['on', 'off'] | UnknownEnum"
    assert _annotation(module, "Thing", "ids") == "list[int | str] | None"
    assert _annotation(module, "Thing", "labels") == "dict[str, list[int | str]] | None"
    assert _annotation(module, "Thing", "same") == "Literal['on', 'off'] | UnknownEnum | None"
    assert _annotation(module, "Thing", "pointer") == "Literal['on', 'off'] | UnknownEnum | None"
    _round_trip(
        module.Thing,
        '{"status": "on", "ids": [1, "a"], "labels": {"x": [2]}, "same": "off", "pointer": "on"}',
    )


def test_one_of_and_any_of(load: Loader) -> None:
    module = load(
        {
            "Cat": {
                "type": "object",
                "required": ["meow"],
                "properties": {"meow": {"type": "boolean"}},
            },
            "Dog": {
                "type": "object",
                "required": ["bark"],
                "properties": {"bark": {"type": "boolean"}},
            },
            "Home": {
                "type": "object",
                "properties": {
                    "pet": {
                        "oneOf": [{"$ref": SCHEMA_PREFIX + "Cat"}, {"$ref": SCHEMA_PREFIX + "Dog"}]
                    },
                    "extra": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "object"},
                            {
                                "type": "object",
                                "required": ["size"],
                                "properties": {"size": {"type": "integer"}},
                            },
                        ],
                        "nullable": True,
                    },
                    "any_member": {"oneOf": [{"type": "string"}, {}]},
                },
            },
        }
    )
    assert _annotation(module, "Home", "pet") == "Cat | Dog | None"
    assert _annotation(module, "Home", "extra") == "str | dict[str, Any] | HomeExtra | None"
    assert _annotation(module, "Home", "any_member") == "Any"
    home = _round_trip(module.Home, '{"pet": {"bark": true}, "extra": {"size": 2}}')
    assert isinstance(home.pet, module.Dog)
    _round_trip(module.Home, '{"pet": {"meow": false, "x": 1}, "extra": null, "any_member": [1]}')
    _round_trip(module.Home, '{"extra": "text"}')


# --- classes ------------------------------------------------------------------------------------


def test_nested_inline_objects_get_deterministic_classes(load: Loader) -> None:
    module = load(
        {
            "Order": {
                "type": "object",
                "description": "An order.",
                "properties": {
                    "address": {
                        "type": "object",
                        "required": ["city"],
                        "properties": {
                            "city": {"type": "string"},
                            "geo": {
                                "type": "object",
                                "properties": {"lat": {"type": "number"}},
                            },
                        },
                    },
                    "lines": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                    },
                },
            },
            "OrderAddress": {"type": "object", "properties": {"taken": {"type": "string"}}},
        }
    )
    source = _source(module)
    # The component keeps its name; the nested class steps aside. Nested classes come right
    # before their parent.
    assert _annotation(module, "Order", "address") == "OrderAddress2 | None"
    assert _annotation(module, "OrderAddress2", "geo") == "OrderAddress2Geo | None"
    assert _annotation(module, "Order", "lines") == "list[OrderLinesItem] | None"
    positions = [
        source.index(f"\nclass {name}(")
        for name in ("OrderAddress2Geo", "OrderAddress2", "OrderLinesItem", "Order", "OrderAddress")
    ]
    assert positions == sorted(positions)
    item = _round_trip(
        module.Order,
        '{"address": {"city": "Paris", "geo": {"lat": 1.5, "alt": 3}, "zip": "75001"},'
        ' "lines": [{"sku": "a"}, {"qty": 2}], "note": "kept"}',
    )
    assert isinstance(item.address.geo, module.OrderAddress2Geo)


def test_all_of_is_merged_into_one_flat_class(load: Loader) -> None:
    module = load(
        {
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "kind": {"type": "string"}},
            },
            "Stamped": {
                "allOf": [
                    {"$ref": SCHEMA_PREFIX + "Base"},
                    {"properties": {"at": {"type": "string", "format": "date-time"}}},
                ]
            },
            "Item": {
                "description": "Derived twice, with its own properties beside allOf.",
                "allOf": [
                    {"type": "object", "required": ["at"]},
                    {"$ref": SCHEMA_PREFIX + "Stamped"},
                    {"properties": {"kind": {"type": "string", "enum": ["item"]}}},
                ],
                "properties": {"name": {"type": "string"}},
                "required": ["name"],
            },
        }
    )
    assert list(module.Item.model_fields) == ["id", "kind", "at", "name"]
    assert {n for n, f in module.Item.model_fields.items() if f.is_required()} == {
        "id",
        "at",
        "name",
    }
    assert _annotation(module, "Item", "kind") == "Literal['item'] | None"
    assert module.Item.__bases__ == (pydantic.BaseModel,)
    _round_trip(
        module.Item,
        '{"id": "1", "kind": "item", "at": "2024-01-01T00:00:00Z", "name": "n", "x": 0}',
    )
    with pytest.raises(pydantic.ValidationError):
        module.Item.model_validate({"id": "1", "name": "n"})


def test_recursive_and_mutually_recursive_schemas(load: Loader) -> None:
    module = load(
        {
            "Node": {
                "type": "object",
                "properties": {
                    "value": {"type": "integer"},
                    "children": {"type": "array", "items": {"$ref": SCHEMA_PREFIX + "Node"}},
                    "parent": {"$ref": SCHEMA_PREFIX + "Node"},
                },
            },
            "Left": {"type": "object", "properties": {"right": {"$ref": SCHEMA_PREFIX + "Right"}}},
            "Right": {
                "allOf": [{"$ref": SCHEMA_PREFIX + "Right"}],
                "properties": {"left": {"$ref": SCHEMA_PREFIX + "Left"}},
            },
            # Recursion through components without classes cannot be named: it ends in Any.
            "Tree": {"type": "array", "items": {"$ref": SCHEMA_PREFIX + "Forest"}},
            "Forest": {"type": "object", "additionalProperties": {"$ref": SCHEMA_PREFIX + "Tree"}},
            "Garden": {"type": "object", "properties": {"tree": {"$ref": SCHEMA_PREFIX + "Tree"}}},
        }
    )
    node = _round_trip(
        module.Node, '{"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}]}'
    )
    assert isinstance(node.children[0].children[0], module.Node)
    left = _round_trip(module.Left, '{"right": {"left": {"right": {"left": {}}}}}')
    assert isinstance(left.right.left.right, module.Right)
    assert _annotation(module, "Garden", "tree") == "list[dict[str, Any]] | None"
    _round_trip(module.Garden, '{"tree": [{"a": [{"b": []}]}]}')


def test_empty_and_pattern_property_components(load: Loader) -> None:
    module = load(
        {
            "Empty": {"type": "object", "properties": {}},
            "Patterned": {
                "type": "object",
                "patternProperties": {"^x-": {"type": "string"}},
            },
        }
    )
    _round_trip(module.Empty, '{"anything": [1, 2]}')
    _round_trip(module.Patterned, '{"x-a": "1", "y": 2}')


# --- spec text ----------------------------------------------------------------------------------


HOSTILE = [
    'ends with a quote"',
    "triple \"\"\" double and ''' single",
    '""""""',
    'backslash \\ and \\" and \\n literally, ending in a backslash \\',
    "template {{ braces }} and {0} and %s",
    "nul \x00 bell \x07 escape \x1b delete \x7f",
    "multi\nline\n\n  indented\r\nwindows\rmac",
    "separators \u2028 \u2029 \x85 and bidi \u202e and nbsp \xa0 and tab \t",
    "unicode: café 日本 🎉 and a lone surrogate \ud800",
    "'''",
    '"',
    "\\",
    "   ",
]


def _clean(text: str) -> str:
    # Docstrings are trimmed and re-indented, which changes only surrounding whitespace.
    return "\n".join(
        line.rstrip() for line in inspect.cleandoc(text.replace("\r\n", "\n")).split("\n")
    )


def test_hostile_descriptions_stay_inside_their_string_literals(
    load: Loader, tmp_path: Path
) -> None:
    properties: dict[str, Any] = {}
    for index, text in enumerate(HOSTILE):
        properties[f"p{index}"] = {"type": "string", "description": text}
        properties[text] = {"enum": [text], "default": text, "description": text}
    module = load(
        {"Hostile": {"type": "object", "description": "\n".join(HOSTILE), "properties": properties}}
    )
    tree = ast.parse(_source(module))
    strings = [
        _clean(node.value.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    for text in HOSTILE:
        if text.strip():
            # Lone surrogates are no text (and no class docstring may hold one).
            assert _clean(text.replace("\ud800", "\ufffd")) in strings, text
    # Nothing but docstrings, annotations and defaults: no statement came out of the text.
    hostile_class = next(n for n in tree.body if isinstance(n, ast.ClassDef))
    for statement in hostile_class.body:
        assert isinstance(statement, ast.Expr | ast.AnnAssign | ast.Assign)
    model = module.Hostile
    assert model().model_dump(by_alias=True)[HOSTILE[0]] == HOSTILE[0]
    sample = {
        text: text
        for text in HOSTILE
        if text != "unicode: café 日本 🎉 and a lone surrogate \ud800"
    }
    assert model.model_validate(sample).model_dump(by_alias=True, exclude_unset=True) == sample


def test_output_is_deterministic_and_imports_only_what_is_used(load: Loader) -> None:
    schemas = {
        "B": {"type": "object", "properties": {"x": {"type": "string"}}},
        "A": {"type": "object", "properties": {"y": {"$ref": SCHEMA_PREFIX + "B"}}},
    }
    first, classes = render_models(_document(schemas), "test")
    assert render_models(_document(schemas), "test") == (first, classes)
    assert classes == {"A", "B"}
    assert first.index("class B(") < first.index("class A(")
    header = first.split("\nclass ", 1)[0]
    assert "datetime" not in header and "typing" not in header and "Field" not in header
    assert "from __future__ import annotations" in header
    empty, none = render_models(_document({}), "test")
    assert none == set() and "pydantic" not in empty
    compile(empty, "empty", "exec")


# --- real specs ---------------------------------------------------------------------------------


def _json_examples(data: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, class, example) for each example of a 2xx JSON response that names a class."""
    for path, item in (data.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                for media_type, media in (response.get("content") or {}).items():
                    ref = (media.get("schema") or {}).get("$ref")
                    if "json" not in media_type or not isinstance(ref, str):
                        continue
                    values = [media["example"]] if "example" in media else []
                    values += [
                        e["value"]
                        for e in (media.get("examples") or {}).values()
                        if isinstance(e, dict) and "value" in e
                    ]
                    for value in values:
                        yield f"{method.upper()} {path} {status}", ref[len(SCHEMA_PREFIX) :], value


def _same(dumped: Any, original: Any) -> bool:
    """Equal as JSON, reading timestamps as instants (pydantic writes `Z`, drops `.000`)."""
    if isinstance(original, dict):
        return (
            isinstance(dumped, dict)
            and dumped.keys() == original.keys()
            and all(_same(dumped[key], original[key]) for key in original)
        )
    if isinstance(original, list):
        return (
            isinstance(dumped, list)
            and len(dumped) == len(original)
            and all(_same(d, o) for d, o in zip(dumped, original, strict=True))
        )
    if isinstance(original, str) and isinstance(dumped, str) and dumped != original:
        try:
            return datetime.fromisoformat(dumped) == datetime.fromisoformat(original)
        except ValueError:
            return False
    return bool(dumped == original)


@pytest.mark.parametrize(
    "spec_path",
    [
        *SPECS,
        pytest.param(STRIPE, marks=pytest.mark.skipif(not STRIPE.exists(), reason="no Stripe")),
    ],
    ids=lambda p: p.stem,
)
def test_real_specs(spec_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = prepare(load_spec(spec_path)).data
    code, classes = render_models(data, spec_path.name)
    path = _models_path(tmp_path / "models")
    path.write_text(code, encoding="utf-8")
    module = _import(path, monkeypatch)
    _build_all(module, classes)
    schemas = data["components"]["schemas"]
    for name, schema in schemas.items():
        if needs_class(schema):
            assert name in classes and issubclass(getattr(module, name), pydantic.BaseModel), name
    checked = 0
    for where, name, example in _json_examples(data):
        if name not in classes:
            continue
        model: type[pydantic.BaseModel] = getattr(module, name)
        instance = model.model_validate(example)
        dumped = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert _same(dumped, example), where
        checked += 1
    if spec_path != STRIPE:  # the Stripe spec carries no response examples
        assert checked > 0


def test_mypy_strict_and_ruff_accept_generated_modules(tmp_path: Path) -> None:
    paths = []
    for stem in ("overloop", "propipelines"):
        data = prepare(load_spec(ROOT / "specs" / f"{stem}.yaml")).data
        paths.append(_models_path(tmp_path / f"{stem}_models"))
        paths[-1].write_text(render_models(data, stem)[0], encoding="utf-8")
    features = {
        "Thing": {
            "type": "object",
            "description": HOSTILE[1],
            "required": ["class"],
            "properties": {
                "class": {"type": "string", "description": HOSTILE[3]},
                "datetime": {"type": "string", "format": "date-time", "default": "now"},
                "list": {"type": "array", "items": {"$ref": SCHEMA_PREFIX + "Thing"}},
                "n": {"type": "integer", "default": 2},
                "e": {"enum": ["a", "b"], "default": "a"},
                "u": {"oneOf": [{"type": "string"}, {"properties": {"x": {"type": "integer"}}}]},
                "m": {"additionalProperties": {"type": "number"}},
            },
        }
    }
    paths.append(_models_path(tmp_path / "features_models"))
    paths[-1].write_text(render_models(_document(features), "features")[0], encoding="utf-8")
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / ".mypy"), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--isolated", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def _chain_spec(tmp_path: Path, length: int, *, objects: bool) -> Path:
    schemas: dict[str, Any] = {}
    for index in range(length):
        following = {"$ref": f"#/components/schemas/S{index + 1}"}
        if index == length - 1:
            schemas[f"S{index}"] = {"type": "object", "properties": {"v": {"type": "string"}}}
        elif objects:
            schemas[f"S{index}"] = {"type": "object", "properties": {"next": following}}
        else:
            schemas[f"S{index}"] = following
    media = {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Chain", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "responses": {"200": {"description": "ok", "content": media}},
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path = tmp_path / f"chain{length}{objects}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.mark.parametrize("objects", [True, False])
def test_a_1000_long_reference_chain_warns_and_never_recurses(
    tmp_path: Path, objects: bool
) -> None:
    """Every call of a client whose models nest ~100 deep raised a bare RecursionError:
    generation says so, naming the chain; the generator itself must not recurse on it."""
    from generator.generate import render

    api, _files = render(_chain_spec(tmp_path, 1000, objects=objects), "chain")
    (warning,) = [w for w in api.warnings if "nest" in w]
    assert "1000 levels" in warning and "S0 -> S1" in warning and "S999" in warning


def test_a_short_reference_chain_does_not_warn(tmp_path: Path) -> None:
    from generator.generate import render

    api, _files = render(_chain_spec(tmp_path, 40, objects=True), "chain")
    assert not [w for w in api.warnings if "nest" in w]
