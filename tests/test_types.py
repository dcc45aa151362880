"""The type model (generator/pytypes.py), the one schema → type builder
(generator/schema_types.py) and the one escaper (generator/escape.py); and what a
`format: date-time` argument puts on the wire through a generated client."""

from __future__ import annotations

import ast
import importlib
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import escape
from generator.generate import build
from generator.pytypes import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    DICT_ANY,
    FLOAT,
    INT,
    NONE,
    STR,
    Literal,
    Named,
    admits,
    dict_of,
    list_of,
    literal,
    union,
    without_redundant_int,
)
from generator.render import import_sections
from generator.schema_types import FILE_TYPES, MAX_DEPTH, TypeBuilder
from generator.spec.refs import References
from generator.write import write_output
from tests.conftest import load_generated

ROOT = Path(__file__).resolve().parent.parent
LEAD = Named("Lead", ".models")

# --- unions -------------------------------------------------------------------------------


def test_union_flattens_dedupes_and_puts_none_last() -> None:
    inner = union(STR, NONE)
    assert union(inner, INT, STR).render() == "str | int | None"
    assert union(NONE, LEAD, LEAD).render() == "Lead | None"
    assert union(STR) is STR
    assert union() == ANY
    assert union(list_of(STR), list_of(STR), list_of(INT)).render() == "list[str] | list[int]"


def test_any_absorbs_every_member() -> None:
    assert union(STR, ANY, NONE) == ANY
    assert union(union(INT, LEAD), ANY) == ANY


def test_one_literal_per_union_in_place_of_the_first() -> None:
    merged = union(Literal(("a",)), INT, Literal(("b", 1)), NONE)
    assert merged.render() == "Literal['a', 'b'] | int | None"  # 1 is an int already


def test_a_plain_member_drops_the_literal_values_it_admits() -> None:
    assert union(Literal(("a", "b")), STR) == STR
    assert union(Literal((True,)), INT).render() == "Literal[True] | int"  # a bool is no int
    assert union(Literal((1, True)), BOOL).render() == "Literal[1] | bool"


def test_literal_values_are_values_never_reparsed() -> None:
    hostile = ("]", "a|b", "'", '"""', "by list", "x\0y")
    kind = union(Literal(hostile), Literal(("z",)), NONE)
    assert ast.literal_eval(kind.render()[len("Literal") : -len(" | None")]) == [*hostile, "z"]
    assert kind.render(frozenset({"list"})) == kind.render()  # a value is not a name
    assert Literal((1,)) != Literal((True,)) and len({Literal((1,)), Literal((True,))}) == 2


def test_literal_of_enum_values() -> None:
    assert literal(["a", None, "a", 2]) == union(Literal(("a", 2)), NONE)
    assert literal([None]) == NONE
    assert literal([1.5, "a"]) is None  # a float is no Literal member
    assert literal([{"a": 1}]) is None


def test_float_absorbs_int_only_where_asked() -> None:
    kind = union(INT, FLOAT, NONE)
    assert kind.render() == "int | float | None"  # models keep the int a server sent
    assert without_redundant_int(kind).render() == "float | None"
    assert without_redundant_int(list_of(union(INT, FLOAT))).render() == "list[float]"


# --- rendering and imports ----------------------------------------------------------------


def test_imports_are_what_the_expression_names() -> None:
    kind = union(dict_of(list_of(LEAD)), Literal(("Any",)), DATETIME, NONE)
    assert kind.render() == "dict[str, list[Lead]] | Literal['Any'] | datetime | None"
    assert kind.imports() == {("typing", "Literal"), (".models", "Lead"), ("datetime", "datetime")}
    assert DICT_ANY.imports() == {("typing", "Any")}
    assert FILE_TYPES.imports() == {("._types", "FileTypes")}
    assert union(STR, INT, NONE).imports() == set()


def test_hidden_names_are_spelled_through_their_module() -> None:
    kind = union(list_of(DATE), dict_of(STR), LEAD)
    hidden = frozenset({"list", "date", "Lead", "Literal"})
    # A model is spelled through the lazy models package (`from .. import models as _models`).
    assert kind.render(hidden) == "builtins.list[_datetime.date] | dict[str, str] | _models.Lead"
    assert kind.imports(hidden) == {("builtins", ""), ("datetime", ""), (".models", "")}
    assert kind.render() == "list[date] | dict[str, str] | Lead"
    assert kind.imports() == {("datetime", "date"), (".models", "Lead")}


def test_import_sections_follow_isort() -> None:
    imports = {
        ("typing", "cast"),
        ("typing", "Literal"),
        ("typing", "Any"),
        ("datetime", "datetime"),
        ("datetime", "date"),
        ("datetime", ""),
        ("builtins", ""),
        ("pydantic", "Field"),
        ("pydantic", "BaseModel"),
        ("._types", "NotGiven"),
        ("._types", "NOT_GIVEN"),
        (".models", "Lead"),
    }
    assert import_sections(imports, "..") == [
        [
            "import builtins",
            "import datetime as _datetime",
            "from datetime import date, datetime",
            "from typing import Any, Literal, cast",
        ],
        ["from pydantic import BaseModel, Field"],
        ["from .._types import NOT_GIVEN, NotGiven", "from ..models import Lead"],
    ]
    assert import_sections(set(), ".") == []


# --- defaults -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (ANY, "x", True),
        (ANY, float("inf"), False),
        (ANY, [1], False),
        (union(STR, NONE), None, True),
        (STR, None, False),
        (STR, "x", True),
        (INT, True, False),
        (BOOL, True, True),
        (FLOAT, 2, True),
        (INT, 2.5, False),
        (FLOAT, float("nan"), False),
        (Literal(("a", 1)), "a", True),
        (Literal(("a", 1)), True, False),
        (Literal((True,)), 1, False),
        (DATETIME, "2024-01-01T00:00:00Z", False),
        (LEAD, {}, False),
    ],
)
def test_admits(kind: Any, value: Any, expected: bool) -> None:
    assert admits(kind, value) is expected


# --- the schema → type builder ------------------------------------------------------------


def _builder(schemas: dict[str, Any], classes: set[str]) -> TypeBuilder:
    document = {"components": {"schemas": schemas}}
    return TypeBuilder(schemas, References(document), classes)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_read_and_argument_positions() -> None:
    schemas = {
        "Lead": {"type": "object", "properties": {"id": {"type": "string"}}},
        "When": {"type": "string", "format": "date-time"},
        "Nullable": {"type": "object", "nullable": True, "properties": {}},
    }
    types = _builder(schemas, {"Lead", "Nullable"})
    assert types.read(_ref("Lead")).render() == "Lead"
    assert types.argument(_ref("Lead")).render() == "Lead | dict[str, Any]"
    assert types.read(_ref("When")).render() == "datetime"
    assert types.argument(_ref("When")).render() == "datetime | str"
    day = {"type": "string", "format": "date", "nullable": True}
    assert types.argument(day).render() == "date | str | None"
    # A model class for a nullable component says so wherever it is used.
    assert types.read(_ref("Nullable")).render() == "Nullable | None"
    # Inside a list only the item type is read: a list is invariant, so widening the item
    # type would refuse a list[datetime].
    dates = {"type": "array", "items": {"type": "string", "format": "date-time"}}
    assert types.argument(dates).render() == "list[datetime]"
    # An inline object outside a model is a dict: signatures never invent classes.
    inline = {"type": "object", "properties": {"a": {"type": "integer"}}}
    assert types.argument(inline).render() == "dict[str, Any]"
    numbers = {"anyOf": [{"type": "integer"}, {"type": "number"}]}
    assert types.read(numbers).render() == "int | float"
    assert types.argument(numbers).render() == "float"


def test_multipart_parts() -> None:
    types = _builder({}, set())
    files = {"type": "array", "items": {"type": "string", "format": "binary"}}
    assert types.argument(files, upload=True).render() == "list[FileTypes]"
    assert types.argument(files).render() == "list[bytes]"
    # A multipart date-time part is written as its ISO text (not quoted JSON), so it takes a
    # datetime like any other argument (over the wire: tests/test_client_parity.py).
    when = {"type": "string", "format": "date-time"}
    assert types.argument(when, upload=True).render() == "datetime | str"


def test_json_strings_with_a_media_type_are_str() -> None:
    types = _builder({}, set())
    encoded = {"type": "string", "contentMediaType": "application/json"}
    assert types.read(encoded) == STR and types.argument(encoded) == STR
    assert types.argument(encoded, upload=True) == FILE_TYPES


def test_a_thousand_deep_reference_chain_ends_in_any() -> None:
    schemas: dict[str, Any] = {f"S{i}": _ref(f"S{i + 1}") for i in range(1000)}
    schemas["S1000"] = {"type": "string"}
    types = _builder(schemas, set())
    for position in (types.read, types.argument):
        assert position(_ref("S0")) == ANY
        assert position(_ref("S990")) == STR
    nested: dict[str, Any] = {"type": "string"}
    for _ in range(MAX_DEPTH + 5):
        nested = {"type": "array", "items": nested}
    assert "Any" in types.read(nested).render()


def test_a_cycle_without_a_class_is_any() -> None:
    schemas = {"Tree": {"type": "array", "items": _ref("Tree")}}
    assert _builder(schemas, set()).read(_ref("Tree")).render() == "list[Any]"


# --- escaping spec text -------------------------------------------------------------------

HOSTILE_TEXT = [
    'ends with a quote"',
    'two "" and three """ and four """" quotes',
    "backslash \\ and \\n literally, ending in one \\",
    "nul \x00 bell \x07 cr \r tab \t nbsp \xa0 bidi \u202e sep \u2028 emoji \U0001f389",
    "lone surrogate \ud800",
    "multi\nline\r\n\n  indented",
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_a_docstring_holds_its_text_and_nothing_else(text: str) -> None:
    body = escape.docstring(text, indent=4)
    tree = ast.parse(f'def f():\n    """{body}\n    """\n')
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    value = ast.get_docstring(function, clean=False)
    expected = text.replace("\r\n", "\n").replace("\ud800", "\ufffd").strip()
    expected = "\n".join(line.rstrip() for line in expected.split("\n"))
    assert value is not None
    assert "\n".join(line.strip() for line in value.split("\n")).strip() == "\n".join(
        line.strip() for line in expected.split("\n")
    )
    assert all(char.isprintable() or char == "\n" for char in body)


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_a_docline_is_one_escaped_line(text: str) -> None:
    line = escape.docline(text)
    assert "\n" not in line and line.isprintable()
    value = ast.literal_eval(f'"""x {line}"""')
    assert value.startswith("x ")


def test_unprintable_characters_become_their_escapes() -> None:
    text = "tab\t cr\r nul\x00 bidi\u202e nbsp\xa0 sep\u2028 plane1\U000e0001 \U0001f389 é"
    escaped = escape.unprintable_escaped(text + "\nnext")
    assert escaped.replace("\n", "").isprintable()
    assert ast.literal_eval(f'"""{escaped}"""') == text + "\nnext"
    assert escape.unprintable_escaped("plain") == "plain"


def test_comments_show_invisible_characters() -> None:
    assert escape.comment("a\u202eb\n\nc\x00d") == "a\\u202eb cd"
    assert escape.python_literal("a'\"\u202e") == repr("a'\"\u202e")


# --- date-time arguments through a generated client ---------------------------------------


def _record(seen: list[httpx.Request], body: Any) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_a_datetime_query_argument_is_sent_as_iso_8601() -> None:
    outreach = load_generated("outreach")
    seen: list[httpx.Request] = []
    document = {"data": {"id": 5, "type": "task", "attributes": {}}}
    client = outreach.Client(
        access_token="tok", http_client=httpx.Client(transport=_record(seen, document))
    )
    client.tasks.reschedule(5, action_params_due_at=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC))
    client.tasks.reschedule(5, action_params_due_at="2024-05-06T07:08:09Z")
    assert [r.url.params["actionParams[dueAt]"] for r in seen] == [
        "2024-05-06T07:08:09+00:00",
        "2024-05-06T07:08:09Z",
    ]


@pytest.fixture(scope="module")
def dates_client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The hostile fixture whose methods and arguments are named `date`, `datetime`, `list`,
    generated now and imported as ``typesdates_client``."""
    _api, files = build(
        ROOT / "tests" / "fixtures" / "hostile" / "shadowed_names.yaml", "typesdates"
    )
    out = tmp_path_factory.mktemp("typesdates")
    write_output(out / "pkg", files)
    sys.path.insert(0, str(out / "pkg"))
    return importlib.import_module("typesdates_client")


def test_date_arguments_on_the_wire_and_dates_read_back(dates_client: Any) -> None:
    seen: list[httpx.Request] = []
    stamp = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    client = dates_client.Client(
        http_client=httpx.Client(transport=_record(seen, ["2024-01-02T03:04:05Z"]))
    )
    parsed = client.things.datetime(datetime=stamp, list=[date(2024, 1, 2), date(2024, 1, 3)])
    assert parsed == [stamp]  # the response is read as datetimes
    assert seen[-1].url.params.get_list("datetime") == ["2024-01-02T03:04:05+00:00"]
    assert seen[-1].url.params.get_list("list") == ["2024-01-02", "2024-01-03"]
    client = dates_client.Client(http_client=httpx.Client(transport=_record(seen, {})))
    client.things.make(at=stamp, day=date(2024, 1, 2), thing={"day": "2024-01-03"})
    assert json.loads(seen[-1].content) == {
        "at": "2024-01-02T03:04:05+00:00",
        "day": "2024-01-02",
        "thing": {"day": "2024-01-03"},
    }
    thing = dates_client.Thing(at=stamp, day=date(2024, 1, 2))
    client.things.make(thing=thing, at="2024-01-02T03:04:05Z")
    assert json.loads(seen[-1].content) == {
        "thing": {"at": "2024-01-02T03:04:05Z", "day": "2024-01-02"},
        "at": "2024-01-02T03:04:05Z",
    }
