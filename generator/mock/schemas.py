"""Compiled JSON Schema validators for the spec's request and response schemas.

The spec's schemas are rewritten once into plain JSON Schema 2020-12 "views" (OpenAPI 3.0's
``nullable`` and boolean ``exclusiveMinimum`` translated) and handed to jsonschema_rs through
a registry, so every ``$ref`` resolves inside the document. Two views exist because
``readOnly`` properties are not required in requests and ``writeOnly`` ones not in
responses. A discriminated union becomes a dispatch on its property
(``discriminator_dispatch``): variants that overlap would otherwise all match. Validators are
compiled once per schema location and cached.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote

import jsonschema_rs

from generator.spec.refs import deref, refuse_retrieval
from generator.spec.schemas import discriminator_dispatch, string_enum

SPEC_URI = "urn:specforge:mock"
Direction = Literal["request", "response"]
_MAX_MESSAGE = 200
log = logging.getLogger("specforge.mock")


@dataclass(frozen=True)
class SchemaError:
    path: tuple[str | int, ...]
    message: str


def ref_to(pointer: str) -> dict[str, str]:
    """A schema that refers to ``pointer`` inside the spec document."""
    return {"$ref": SPEC_URI + "#" + quote(pointer, safe="/~!$&'()*+,;=:@")}


def _is_flagged(data: Any, schema: Any, flag: str) -> bool:
    resolved = deref(data, schema)
    return isinstance(resolved, dict) and resolved.get(flag) is True


def build_view(data: Any, version: str, direction: Direction) -> Any:
    """A copy of the document whose schemas mean what OpenAPI means, as plain JSON Schema."""
    hidden_flag = "readOnly" if direction == "request" else "writeOnly"
    root: list[Any] = [None]
    # An explicit stack: real specs nest deeper than the default recursion limit allows.
    stack: list[tuple[Any, list[Any] | dict[str, Any], Any]] = [(data, root, 0)]
    while stack:
        node, parent, slot = stack.pop()
        if isinstance(node, dict):
            copy: dict[str, Any] = {}
            parent[slot] = copy
            # Pushed first so that it runs after every child has been copied.
            stack.append((_Fixup(node, version, hidden_flag), copy, None))
            for key, value in node.items():
                stack.append((value, copy, key))
        elif isinstance(node, list):
            items: list[Any] = [None] * len(node)
            for index, value in enumerate(node):
                stack.append((value, items, index))
            parent[slot] = items
        elif isinstance(node, _Fixup):
            assert isinstance(parent, dict)
            node.apply(data, parent)
        else:
            parent[slot] = node
    return root[0]


class _Fixup:
    """Applied to a copied mapping after its children are copied (the stack is LIFO)."""

    def __init__(self, original: dict[str, Any], version: str, hidden_flag: str) -> None:
        self.original = original
        self.version = version
        self.hidden_flag = hidden_flag

    def apply(self, data: Any, copy: dict[str, Any]) -> None:
        dispatch = discriminator_dispatch(copy)
        if dispatch is not None:
            copy.clear()
            copy.update(dispatch)
        required = copy.get("required")
        properties = self.original.get("properties")
        if isinstance(required, list) and isinstance(properties, dict):
            copy["required"] = [
                name
                for name in required
                if not (
                    isinstance(name, str)
                    and name in properties
                    and _is_flagged(data, properties[name], self.hidden_flag)
                )
            ]
        # A boolean exclusiveMinimum/Maximum is 3.0's form. Real 3.1 documents have it too,
        # which the generator accepts; in 3.1 it means nothing else, so it is read as 3.0
        # means it (jsonschema_rs refused to compile it and the mock did not start).
        for bound in ("Minimum", "Maximum"):
            exclusive = copy.get("exclusive" + bound)
            if isinstance(exclusive, bool):
                del copy["exclusive" + bound]
                if exclusive and bound.lower() in copy:
                    copy["exclusive" + bound] = copy.pop(bound.lower())
        enum = copy.get("enum")
        if copy.get("type") == "string" and isinstance(enum, list):
            copy["enum"] = string_enum(enum)
        if self.version != "3.0":
            return
        if copy.get("nullable") is True:
            del copy["nullable"]
            kind = copy.get("type")
            if isinstance(kind, str):
                copy["type"] = [kind, "null"]
                if isinstance(copy.get("enum"), list) and None not in copy["enum"]:
                    copy["enum"] = [*copy["enum"], None]
            elif kind is None and any(k in copy for k in ("$ref", "allOf", "oneOf", "anyOf")):
                inner = dict(copy)
                copy.clear()
                copy["anyOf"] = [inner, {"type": "null"}]


class SchemaStore:
    """Lazily built views and a cache of compiled validators, one per (pointer, direction)."""

    def __init__(self, data: Any, version: str) -> None:
        self.data = data
        self.version = version
        self._registries: dict[Direction, jsonschema_rs.Registry] = {}
        self._validators: dict[tuple[str, Direction], jsonschema_rs.Validator] = {}
        self._lock = threading.Lock()

    def _registry(self, direction: Direction) -> jsonschema_rs.Registry:
        registry = self._registries.get(direction)
        if registry is None:
            view = build_view(self.data, self.version, direction)
            registry = jsonschema_rs.Registry([(SPEC_URI, view)], retriever=refuse_retrieval)
            self._registries[direction] = registry
        return registry

    def compile(self, schema: Any, direction: Direction, key: str) -> jsonschema_rs.Validator:
        """Compile ``schema`` (which may `$ref` into the spec) once under ``key``."""
        cached = self._validators.get((key, direction))
        if cached is not None:
            return cached
        with self._lock:
            cached = self._validators.get((key, direction))
            if cached is None:
                try:
                    cached = jsonschema_rs.Draft202012Validator(
                        schema,
                        registry=self._registry(direction),
                        validate_formats=True,
                        retriever=refuse_retrieval,
                    )
                except ValueError as exc:  # jsonschema_rs.ValidationError is one
                    # A schema JSON Schema cannot compile (a misspelled type, a pattern the
                    # regex engine refuses) that the generator's gate accepts: the mock
                    # serves the rest of the API and checks nothing against this one.
                    log.warning(
                        "schema at %s is not checked: %s", key, str(exc).splitlines()[0][:200]
                    )
                    cached = jsonschema_rs.Draft202012Validator({})
                self._validators[(key, direction)] = cached
        return cached

    def validator(self, pointer: str, direction: Direction) -> jsonschema_rs.Validator:
        return self.compile(ref_to(pointer), direction, pointer)

    def errors(self, pointer: str, direction: Direction, instance: Any) -> list[SchemaError]:
        return collect_errors(self.validator(pointer, direction), instance)


def collect_errors(validator: jsonschema_rs.Validator, instance: Any) -> list[SchemaError]:
    if validator.is_valid(instance):
        return []
    found: list[SchemaError] = []
    for error in validator.iter_errors(instance):
        message = error.message
        if len(message) > _MAX_MESSAGE:
            message = message[: _MAX_MESSAGE - 1] + "…"
        found.append(SchemaError(tuple(error.instance_path), message))
        if len(found) >= 20:
            break
    return found
