"""Turn the strings a request carries into the typed values its parameters describe.

Query, path, header and cookie values arrive as text; they are split according to the
parameter's ``style``/``explode`` (form, simple, label, matrix, space/pipe delimited,
deepObject ``filter[name]=x``) and coerced to the schema's type before validation, so that
``limit=10`` validates against ``type: integer`` and ``limit=ten`` does not.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.mock.numbers import parse_int, parse_number, parse_unsigned
from generator.spec.refs import deref_at
from generator.wire.model import Parameter

MISSING: Any = object()
# `a[3]=x` lists: an index is at most this many digits (and the list at most this long).
_MAX_INDEX_DIGITS = 4
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_MAX_NESTING = 16


class ParameterSyntaxError(ValueError):
    """The raw text cannot be read as the parameter's serialisation."""


def schema_types(data: Any, schema: Any, depth: int = 0) -> list[str]:
    """The JSON types a schema admits, most specific first (unknown: empty list)."""
    resolved, _ = deref_at(data, schema, "")
    if not isinstance(resolved, dict) or depth > 8:
        return []
    kind = resolved.get("type")
    found: list[str] = []
    if isinstance(kind, str):
        found.append(kind)
    elif isinstance(kind, list):
        found.extend(k for k in kind if isinstance(k, str))
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in resolved.get(key) or []:
            found.extend(schema_types(data, branch, depth + 1))
    if not found and isinstance(resolved.get("enum"), list):
        for value in resolved["enum"]:
            found.append(json_type(value))
    if not found:
        if "properties" in resolved:
            found.append("object")
        elif "items" in resolved:
            found.append("array")
    if resolved.get("nullable") is True:
        found.append("null")
    order = ("array", "object", "integer", "number", "boolean", "null", "string")
    return sorted(set(found), key=lambda t: order.index(t) if t in order else len(order))


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def sub_schema(data: Any, schema: Any, key: str, name: str = "") -> Any:
    """``items`` (key="items") or property ``name`` of a schema, looking through allOf/anyOf."""
    resolved, _ = deref_at(data, schema, "")
    if not isinstance(resolved, dict):
        return {}
    if key == "items" and "items" in resolved:
        return resolved["items"]
    if key == "properties":
        properties = resolved.get("properties")
        if isinstance(properties, dict) and name in properties:
            return properties[name]
    for composite in ("allOf", "oneOf", "anyOf"):
        for branch in resolved.get(composite) or []:
            found = sub_schema(data, branch, key, name)
            if found != {}:
                return found
    if key == "properties":
        extra = resolved.get("additionalProperties")
        if isinstance(extra, dict):
            return extra
    return {}


def coerce_scalar(data: Any, text: str, schema: Any) -> Any:
    """``text`` as the first of the schema's types it can be read as (else the text).

    Numbers are ASCII digits only (``generator.mock.numbers``): text such as ``٣``, ``²``,
    ``1_0`` or 5000 digits stays text, which the schema then rejects with a 400.
    """
    for kind in schema_types(data, schema):
        if kind == "integer":
            integer = parse_int(text)
            if integer is not None:
                return integer
        if kind == "number":
            integer = parse_int(text)
            if integer is not None:
                return integer
            number = parse_number(text)
            if number is not None:
                return number
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "null" and text in ("", "null"):
            return None
        if kind == "string":
            return text
    return text


def coerce_tree(data: Any, value: Any, schema: Any, depth: int = 0) -> Any:
    """Coerce the string leaves of parsed form data (nested dicts and lists) by schema."""
    if depth > 32:
        return value
    if isinstance(value, dict):
        return {
            key: coerce_tree(data, item, sub_schema(data, schema, "properties", key), depth + 1)
            for key, item in value.items()
        }
    if isinstance(value, list):
        items = sub_schema(data, schema, "items")
        return [coerce_tree(data, item, items, depth + 1) for item in value]
    if isinstance(value, str):
        kinds = schema_types(data, schema)
        if kinds[:1] == ["array"]:
            return [coerce_tree(data, value, sub_schema(data, schema, "items"), depth + 1)]
        return coerce_scalar(data, value, schema)
    return value


def _split_pairs(parts: list[str], explode: bool) -> dict[str, str]:
    if explode:
        pairs = {}
        for part in parts:
            key, _, value = part.partition("=")
            pairs[key] = value
        return pairs
    if len(parts) % 2:
        raise ParameterSyntaxError("expected comma-separated name,value pairs")
    return dict(zip(parts[::2], parts[1::2], strict=True))


def object_at(node: dict[str, Any], path: list[str]) -> dict[str, Any]:
    """The object at ``path`` under ``node``; a missing or non-object member on the way is
    replaced by an empty object, so a later write always lands."""
    for part in path:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    return node


def nest_brackets(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """``a[b][c]=1&a[d][]=2&a[e][0]=3`` → ``{"a": {"b": {"c": "1"}, "d": ["2"], "e": ["3"]}}``.

    A plain key that repeats becomes a list.
    """
    result: dict[str, Any] = {}
    for key, value in pairs:
        head, _, rest = key.partition("[")
        path = [head, *_BRACKETS.findall("[" + rest)][:_MAX_NESTING] if rest else [head]
        node = object_at(result, path[:-1])
        last = path[-1]
        existing = node.get(last)
        if last == "":
            # Appended in place: rebuilding the list per value is quadratic in repeats.
            if isinstance(existing, list):
                existing.append(value)
            else:
                node[""] = [value]
        elif existing is None:
            node[last] = value
        elif isinstance(existing, list):
            existing.append(value)
        elif isinstance(existing, str):
            node[last] = [existing, value]
    listed = _listify(result)
    return listed if isinstance(listed, dict) else {}


def _listify(node: Any) -> Any:
    if isinstance(node, dict):
        converted = {key: _listify(value) for key, value in node.items()}
        if converted and set(converted) == {""}:
            inner = converted[""]
            return inner if isinstance(inner, list) else [inner]
        listed = _indexed(converted)
        if listed is not None:
            return listed
        return converted
    return node


def _indexed(node: dict[str, Any]) -> list[Any] | None:
    """``{"0": a, "1": b}`` as ``[a, b]`` when every key is a short ASCII index, else None."""
    if not node:
        return None
    indexed: list[tuple[int, Any]] = []
    for key, value in node.items():
        index = parse_unsigned(key, _MAX_INDEX_DIGITS)
        if index is None:
            return None
        indexed.append((index, value))
    indexed.sort(key=lambda pair: pair[0])
    return [value for _, value in indexed]


def read_query(data: Any, parameter: Parameter, query: dict[str, list[str]]) -> Any:
    """The typed value of a query (or cookie) parameter, or MISSING."""
    name = parameter.name
    if parameter.content_type is not None:
        values = query.get(name)
        if not values:
            return MISSING
        try:
            return json.loads(values[0])
        except (ValueError, RecursionError) as exc:
            raise ParameterSyntaxError(f"is not valid JSON: {exc}") from None
    kinds = schema_types(data, parameter.schema)
    kind = kinds[0] if kinds else "string"
    schema = parameter.schema
    if parameter.style == "deepObject":
        prefix = name + "["
        pairs = [(k, v[0]) for k, v in query.items() if k.startswith(prefix) and v]
        if not pairs:
            return MISSING
        nested = nest_brackets(pairs).get(name, {})
        return coerce_tree(data, nested, schema)
    if kind == "array":
        items = sub_schema(data, schema, "items")
        values = query.get(name, []) + query.get(name + "[]", [])
        if not values:
            return MISSING
        if not parameter.explode or parameter.style in ("spaceDelimited", "pipeDelimited"):
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(parameter.style, ",")
            # `sort=` is the empty list: splitting "" would invent one empty item.
            values = [part for value in values if value for part in value.split(separator)]
        return [coerce_scalar(data, v, items) for v in values]
    if kind == "object":
        if parameter.explode:
            properties = _declared_properties(data, schema)
            found = {k: v[0] for k, v in query.items() if k in properties and v}
            if not found:
                return MISSING
            return coerce_tree(data, found, schema)
        values = query.get(name)
        if not values:
            return MISSING
        return coerce_tree(data, _split_pairs(values[0].split(","), False), schema)
    values = query.get(name)
    if not values:
        return MISSING
    return coerce_scalar(data, values[0], schema)


def read_simple(data: Any, parameter: Parameter, text: str | None) -> Any:
    """The typed value of a path or header parameter (simple, label or matrix style)."""
    if text is None:
        return MISSING
    if parameter.content_type is not None:
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ParameterSyntaxError(f"is not valid JSON: {exc}") from None
    style = parameter.style
    separator = ","
    if style == "label" and text.startswith("."):
        text = text[1:]
        separator = "." if parameter.explode else ","
    elif style == "matrix" and text.startswith(";"):
        prefix = f";{parameter.name}="
        text = text[len(prefix) :] if text.startswith(prefix) else text[1:]
    kinds = schema_types(data, parameter.schema)
    kind = kinds[0] if kinds else "string"
    if kind == "array":
        items = sub_schema(data, parameter.schema, "items")
        return [coerce_scalar(data, v, items) for v in text.split(separator)] if text else []
    if kind == "object":
        pairs = _split_pairs(text.split(separator), parameter.explode)
        return coerce_tree(data, pairs, parameter.schema)
    return coerce_scalar(data, text, parameter.schema)


def _declared_properties(data: Any, schema: Any) -> set[str]:
    resolved, _ = deref_at(data, schema, "")
    names: set[str] = set()
    if isinstance(resolved, dict):
        names.update((resolved.get("properties") or {}).keys())
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in resolved.get(key) or []:
                names.update(_declared_properties(data, branch))
    return names
