"""Check one HTTP exchange (a request and the response it got) against the spec.

Used by the validation proxy on live traffic and by ``specforge drift`` on a recorded
cassette. Each problem is a ``Violation``; those the spec could be corrected for carry a
``kind`` the drift report turns into an overlay action and the spec pointer (``target``)
the action changes:

- ``field``: a response object has a property its schema does not declare (``target``: the
  schema holding ``properties``; ``observed``: the property's name and value);
- ``enum``: a value outside its schema's ``enum`` (``target``: the schema);
- ``null``: ``null`` where a property's schema does not allow it (``target``: the property's
  schema as its parent names it, so a shared component is not made nullable everywhere);
- ``status``: a status the operation does not document (``target``: its ``responses``).

Everything else (a request the spec refuses, a body breaking another keyword, a missing
required header, an undocumented media type) is reported with ``kind`` ``request``,
``body``, ``header`` or ``media-type`` and no target.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from generator.mock.app import MockCore
from generator.mock.problems import Rejection
from generator.mock.responses import is_jsonish
from generator.mock.validation import Incoming, parse_cookies
from generator.spec.pointer import escape_pointer_token, resolve_pointer
from generator.wire.model import Operation

PROPOSABLE = frozenset({"field", "enum", "null", "status"})


@dataclass
class Exchange:
    """One request and its response, as sent over the wire (headers lower-cased)."""

    method: str
    path: str  # as requested, under the spec's base path
    query: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes


@dataclass
class Violation:
    kind: str
    location: str  # e.g. response/body/data/status, request/query/limit
    message: str
    target: str | None = None  # spec pointer a correction would change
    observed: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "kind": self.kind,
            "location": self.location,
            "message": self.message,
        }
        if self.target is not None:
            found["target"] = self.target
        if self.observed:
            found["observed"] = self.observed
        return found


class Conformance:
    """Checks exchanges against the spec a (stateless) mock core was built from."""

    def __init__(self, core: MockCore) -> None:
        self.core = core
        self.model = core.model
        self.data = core.model.data
        self.nullable_keyword = self.model.version.startswith("3.0")

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], str]:
        """The operation, its path parameters, or why none matches."""
        try:
            operation, params = self.core.route(method.upper(), path)
        except Rejection as rejection:
            return None, {}, "; ".join(p.message for p in rejection.problems)
        return operation, params, ""

    def check(self, exchange: Exchange) -> tuple[Operation | None, list[Violation]]:
        operation, params, why = self.route(exchange.method, exchange.path)
        if operation is None:
            return None, [Violation("request", "request/path", why)]
        found = self._request(operation, params, exchange)
        found.extend(self.check_response(operation, exchange))
        return operation, found

    def _request(
        self, operation: Operation, params: dict[str, str], exchange: Exchange
    ) -> list[Violation]:
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(exchange.query, keep_blank_values=True):
            query.setdefault(name, []).append(value)
        incoming = Incoming(
            method=exchange.method.upper(),
            path=exchange.path,
            query=query,
            headers=exchange.request_headers,
            body=exchange.request_body,
            cookies=parse_cookies(exchange.request_headers.get("cookie")),
        )
        validator = self.core.validators[id(operation)]
        try:
            validator.check_security(incoming)
            validator.validate(incoming, params)
        except Rejection as rejection:
            return [
                Violation("request", f"request/{p.location}".rstrip("/"), p.message)
                for p in rejection.problems
            ]
        return []

    def check_response(self, operation: Operation, exchange: Exchange) -> list[Violation]:
        status = exchange.status
        response = operation.response_for(status)
        content_type = exchange.response_headers.get("content-type", "")
        body = _json_body(content_type, exchange.response_body)
        if response is None:
            observed: dict[str, Any] = {"status": status}
            if content_type:
                observed["content_type"] = content_type.split(";")[0].strip().lower()
            if body is not _NOT_JSON:
                observed["body"] = body
            return [
                Violation(
                    "status",
                    "response/status",
                    f"{status} is not documented for {operation.operation_id}",
                    f"{operation.pointer}/responses",
                    observed,
                )
            ]
        found: list[Violation] = []
        for name, header in response.headers.items():
            if (
                isinstance(header, dict)
                and header.get("required") is True
                and name.lower() not in exchange.response_headers
            ):
                found.append(Violation("header", f"response/header/{name}", "is required"))
        if not response.content or status in (204, 205, 304) or not exchange.response_body:
            return found
        essence = content_type.split(";")[0].strip().lower()
        media = next((m for m in response.content if m.media_type == essence), None)
        if media is None:
            media = next((m for m in response.content if _wildcard(m.media_type, essence)), None)
        if media is None:
            documented = ", ".join(m.content_type for m in response.content)
            found.append(
                Violation(
                    "media-type",
                    "response/header/content-type",
                    f"{essence or 'none'} is not documented for {status} "
                    f"(documented: {documented})",
                )
            )
            return found
        if media.schema_pointer is None or not is_jsonish(media.media_type):
            return found
        if body is _NOT_JSON:
            found.append(Violation("body", "response/body", "is not JSON"))
            return found
        drift: list[Violation] = []
        self._walk(media.schema_pointer, body, (), drift, None)
        found.extend(drift)
        explained = {v.location for v in drift}
        for error in self.core.schemas.errors(media.schema_pointer, "response", body):
            location = "/".join(["response/body", *map(str, error.path)])
            if location not in explained:
                found.append(Violation("body", location, error.message))
        return found

    # --- the walk that finds what a correction could add -------------------------------

    def _resolve(self, pointer: str) -> tuple[str, Any]:
        node = resolve_pointer(self.data, pointer)
        for _ in range(32):  # a chain of $refs, bounded
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not (isinstance(ref, str) and ref.startswith("#")):
                break
            pointer = ref[1:]
            node = resolve_pointer(self.data, pointer)
        return pointer, node

    def _allows_null(self, schema: Any, pointer: str, depth: int = 0) -> bool:
        if not isinstance(schema, dict) or depth > 16:
            return True
        if "$ref" in schema:
            target, resolved = self._resolve(pointer)
            return self._allows_null(resolved, target, depth + 1)
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null":
            return True
        if isinstance(kind, list):
            return "null" in kind
        if "enum" in schema and None in schema["enum"]:
            return True
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list):
                return any(
                    self._allows_null(b, f"{pointer}/{keyword}/{i}", depth + 1)
                    for i, b in enumerate(branches)
                )
        if isinstance(schema.get("allOf"), list):
            return all(
                self._allows_null(b, f"{pointer}/allOf/{i}", depth + 1)
                for i, b in enumerate(schema["allOf"])
            )
        return kind is None

    def _walk(
        self,
        written: str,
        value: Any,
        path: tuple[str, ...],
        found: list[Violation],
        property_of: str | None,
        depth: int = 0,
    ) -> None:
        """``written``: the pointer of the schema as its parent writes it (maybe a $ref)."""
        if depth > 64:
            return
        location = "/".join(["response/body", *path])
        if value is None:
            schema = resolve_pointer(self.data, written)
            if property_of is not None and not self._allows_null(schema, written):
                found.append(
                    Violation(
                        "null",
                        location,
                        f"is null; the schema of {property_of!r} does not allow null",
                        written,
                        {"property": property_of},
                    )
                )
            return
        pointer, schema = self._resolve(written)
        if not isinstance(schema, dict):
            return
        enum = schema.get("enum")
        if isinstance(enum, list) and value not in enum:
            found.append(
                Violation(
                    "enum",
                    location,
                    f"{value!r} is not one of the documented values",
                    f"{pointer}/enum",
                    {"value": value},
                )
            )
            return
        if isinstance(value, list):
            if isinstance(schema.get("items"), dict):
                for index, item in enumerate(value[:1000]):
                    self._walk(
                        f"{pointer}/items", item, (*path, str(index)), found, None, depth + 1
                    )
            return
        if not isinstance(value, dict):
            return
        holders = self._properties(pointer, schema)
        if holders is None:
            return  # open to anything, or a choice of shapes this walk does not pick
        declared: dict[str, str] = {}
        for holder, properties in holders:
            for name in properties:
                declared.setdefault(name, f"{holder}/properties/{escape_pointer_token(name)}")
        for name, item in value.items():
            where = declared.get(name)
            if where is None:
                target = holders[0][0] if holders else pointer
                found.append(
                    Violation(
                        "field",
                        f"{location}/{name}",
                        f"{name!r} is not a documented property",
                        target,
                        {"property": name, "value": item},
                    )
                )
            else:
                self._walk(where, item, (*path, name), found, name, depth + 1)

    def _properties(self, pointer: str, schema: dict[str, Any]) -> list[tuple[str, Any]] | None:
        """The schemas (pointer, properties) that declare this object's properties, from
        allOf branches too; None when undeclared properties are allowed by design."""
        if "oneOf" in schema or "anyOf" in schema or "patternProperties" in schema:
            return None
        extra = schema.get("additionalProperties")
        if extra not in (None, False):
            return None
        holders: list[tuple[str, Any]] = []
        if isinstance(schema.get("properties"), dict):
            holders.append((pointer, schema["properties"]))
        branches = schema.get("allOf")
        if isinstance(branches, list):
            for index, _branch in enumerate(branches):
                target, resolved = self._resolve(f"{pointer}/allOf/{index}")
                if not isinstance(resolved, dict):
                    continue
                inner = self._properties(target, resolved)
                if inner is None:
                    return None
                holders.extend(inner)
        if not holders and schema.get("type") not in ("object", ["object"]):
            return None  # a schema that does not say it is an object: nothing to compare
        return holders


_NOT_JSON: Any = object()


def _wildcard(declared: str, actual: str) -> bool:
    major, _, minor = declared.partition("/")
    return declared == "*/*" or (minor == "*" and actual.startswith(major + "/"))


def _json_body(content_type: str, body: bytes) -> Any:
    if not body or not is_jsonish(content_type.split(";")[0].strip().lower() or "x"):
        return _NOT_JSON
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return _NOT_JSON
