"""Observed violations -> a proposed OpenAPI Overlay 1.0 correcting the spec.

The input is a proxy report (``--report``: one violation per line) or a cassette
(``--record``: one exchange per line, checked here against the spec). Violations of the
kinds a correction can be derived from (``generator.mock.conformance``) become actions:

- ``field``: the property added to the schema, with the type of the observed values;
- ``enum``: the value appended to the enum;
- ``null``: the property's schema replaced by the same schema or null (``remove`` then
  ``update``: Overlay 1.0 has no replace);
- ``status``: a response for the status, with the observed media type and body shape.

Each action carries its evidence: ``x-specforge-evidence`` with how often it was seen and
the requests (method and path, at most five) that showed it. The other violations are
listed in the overlay's ``x-specforge-unresolved`` (kind, location, message, count) for a
person to read: no correction is guessed for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError
from generator.drift.overlay import jsonpath_for
from generator.load import LoadedSpec
from generator.mock.cassette import exchange_from, read_lines
from generator.mock.conformance import PROPOSABLE, Conformance
from generator.mock.params import json_type
from generator.spec.pointer import parts_from_pointer, pointer_from_parts, resolve_pointer

_MAX_REQUESTS = 5


@dataclass
class _Seen:
    kind: str
    target: str
    key: str
    values: list[Any] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    count: int = 0
    observed: dict[str, Any] = field(default_factory=dict)


def observed_violations(source: Path, conformance: Conformance) -> list[tuple[str, dict[str, Any]]]:
    """(request, violation) pairs from a report or a cassette, by the shape of each line."""
    found: list[tuple[str, dict[str, Any]]] = []
    for where, line in read_lines(source):
        if "response" in line:
            exchange = exchange_from(line, where)
            request = f"{exchange.method} {exchange.path}"
            _, violations = conformance.check(exchange)
            found.extend((request, v.as_json()) for v in violations)
            continue
        request_part = line.get("request")
        if not isinstance(line.get("kind"), str) or not isinstance(request_part, dict):
            raise SpecError(
                [Diagnostic(str(source), int(where.rsplit(":", 1)[1]), "", "not a report line")]
            )
        request = f"{request_part.get('method', '?')} {request_part.get('path', '?')}"
        found.append((request, line))
    return found


def infer_schema(values: list[Any], version: str) -> dict[str, Any]:
    """A schema the observed values all satisfy, as specific as their JSON types allow."""
    present = [v for v in values if v is not None]
    nullable = len(present) < len(values)
    kinds = {json_type(v) for v in present}
    if kinds == {"integer", "number"}:
        kinds = {"number"}
    schema: dict[str, Any]
    if len(kinds) != 1:
        schema = {}
    else:
        kind = kinds.pop()
        schema = {"type": kind}
        if kind == "object":
            names: dict[str, list[Any]] = {}
            for value in present:
                for name, item in value.items():
                    names.setdefault(name, []).append(item)
            schema["properties"] = {n: infer_schema(v, version) for n, v in names.items()}
        elif kind == "array":
            items = [item for value in present for item in value]
            schema["items"] = infer_schema(items, version) if items else {}
    if nullable and schema:
        return or_null(schema, version)
    return schema


def or_null(schema: dict[str, Any], version: str) -> dict[str, Any]:
    """``schema``, or null (3.0: ``nullable``; 3.1: a ``null`` type)."""
    enum = schema.get("enum")
    extra: dict[str, Any] = {"enum": [*enum, None]} if isinstance(enum, list) else {}
    if version.startswith("3.0"):
        if "$ref" in schema or "type" not in schema:
            return {"allOf": [schema], "nullable": True}
        return {**schema, "nullable": True, **extra}
    kind = schema.get("type")
    if "$ref" in schema or kind is None:
        return {"anyOf": [schema, {"type": "null"}]}
    kinds = kind if isinstance(kind, list) else [kind]
    return {**schema, "type": [*kinds, "null"], **extra}


def propose(spec: LoadedSpec, observed: list[tuple[str, dict[str, Any]]], source: str) -> Any:
    """The overlay for ``spec`` proposed by the observed (request, violation) pairs."""
    data = spec.data
    version = str(data.get("openapi", "3.1"))
    seen: dict[tuple[str, str, str], _Seen] = {}
    unresolved: dict[tuple[str, str, str], int] = {}
    for request, violation in observed:
        kind = str(violation.get("kind"))
        target = violation.get("target")
        details = violation.get("observed")
        details = details if isinstance(details, dict) else {}
        if kind not in PROPOSABLE or not isinstance(target, str):
            key3 = (kind, str(violation.get("location", "")), str(violation.get("message", "")))
            unresolved[key3] = unresolved.get(key3, 0) + 1
            continue
        try:
            resolve_pointer(data, target)
        except (KeyError, IndexError, ValueError, TypeError):
            key3 = (kind, target, "the target is not in this spec (a report of another spec?)")
            unresolved[key3] = unresolved.get(key3, 0) + 1
            continue
        if kind == "field":
            key = str(details.get("property"))
            value = details.get("value")
        elif kind == "enum":
            key = repr(details.get("value"))
            value = details.get("value")
        elif kind == "status":
            key = str(details.get("status"))
            value = details.get("body")
        else:
            key, value = "", None
        entry = seen.setdefault((kind, target, key), _Seen(kind, target, key))
        entry.count += 1
        entry.values.append(value)
        if not entry.observed:
            entry.observed = details
        if request not in entry.requests and len(entry.requests) < _MAX_REQUESTS:
            entry.requests.append(request)
    actions: list[dict[str, Any]] = []
    for entry in seen.values():
        actions.extend(_actions(data, entry, version))
    title = data.get("info", {}).get("title", spec.name)
    overlay: dict[str, Any] = {
        "overlay": "1.0.0",
        "info": {
            "title": f"Drift of {title} observed in {source}",
            "version": "1.0.0",
        },
        "actions": actions,
    }
    if unresolved:
        overlay["x-specforge-unresolved"] = [
            {"kind": k, "location": loc, "message": msg, "count": n}
            for (k, loc, msg), n in unresolved.items()
        ]
    return overlay


def _evidence(entry: _Seen) -> dict[str, Any]:
    # A new object per action: YAML would otherwise write a shared one as an anchor.
    return {"x-specforge-evidence": {"count": entry.count, "requests": list(entry.requests)}}


def _actions(data: Any, entry: _Seen, version: str) -> list[dict[str, Any]]:
    if entry.kind == "field":
        holder = resolve_pointer(data, entry.target)
        schema = infer_schema(entry.values, version)
        if isinstance(holder, dict) and isinstance(holder.get("properties"), dict):
            target, update = f"{entry.target}/properties", {entry.key: schema}
        else:
            target, update = entry.target, {"properties": {entry.key: schema}}
        return [
            {
                "target": jsonpath_for(data, target),
                "description": f"Add the undocumented property {entry.key!r} "
                f"(observed as {_kinds(entry.values)}).",
                "update": update,
                **_evidence(entry),
            }
        ]
    if entry.kind == "enum":
        value = entry.values[0]
        return [
            {
                "target": jsonpath_for(data, entry.target),
                "description": f"Add the undocumented enum value {value!r}.",
                "update": value,
                **_evidence(entry),
            }
        ]
    if entry.kind == "null":
        parts = parts_from_pointer(entry.target)
        parent = pointer_from_parts(parts[:-1])
        if len(parts) < 2 or parts[-2] != "properties":
            return []
        current = resolve_pointer(data, entry.target)
        replaced = or_null(current if isinstance(current, dict) else {}, version)
        return [
            {
                "target": jsonpath_for(data, entry.target),
                "description": f"Replace the schema of {parts[-1]!r} (observed null) ...",
                "remove": True,
                **_evidence(entry),
            },
            {
                "target": jsonpath_for(data, parent),
                "description": "... by the same schema or null.",
                "update": {parts[-1]: replaced},
                **_evidence(entry),
            },
        ]
    # status
    response: dict[str, Any] = {"description": "Observed from the live API (specforge drift)."}
    content_type = entry.observed.get("content_type")
    bodies = [v for v in entry.values if v is not None]
    if isinstance(content_type, str) and content_type:
        response["content"] = {content_type: {"schema": infer_schema(bodies, version)}}
    return [
        {
            "target": jsonpath_for(data, entry.target),
            "description": f"Document the undocumented status {entry.key}.",
            "update": {entry.key: response},
            **_evidence(entry),
        }
    ]


def _kinds(values: list[Any]) -> str:
    return ", ".join(sorted({json_type(v) for v in values}))
