"""The OpenAPI 3.0/3.1 grammar walk: which nodes of a document are references, schemas,
schema holders (whose examples illustrate a schema) and data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.spec.operations import HTTP_METHODS
from generator.spec.pointer import parts_from_pointer, resolve_pointer

NodePath = tuple[str | int, ...]


def node_at(data: Any, path: NodePath) -> Any:
    """The node at a path of the walk (which holds only paths that exist)."""
    for part in path:
        data = data[part]
    return data


# Keywords whose value is a schema, a list of schemas, or a map of schemas.
_SCHEMA_VALUED = (
    "items",
    "not",
    "additionalProperties",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
    "contentSchema",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")


def openapi_version(data: Any) -> str | None:
    """ "3.0" or "3.1" for a supported document, else None."""
    version = data.get("openapi") if isinstance(data, dict) else None
    if isinstance(version, str):
        for supported in ("3.0", "3.1"):
            if version == supported or version.startswith(supported + "."):
                return supported
    return None


# # Whether a `$ref` is a reference depends on where it is in the OpenAPI grammar, never on the
# names around it: `properties: {value: {$ref: ...}}` holds a schema named "value" (a
# reference), `properties: {$ref: {...}}` a property named "$ref" (no reference), and an
# example's value is data whatever it holds. Each grammar position has a kind; a kind says
# which fields hold which kinds, which hold data, and whether its keys are names. An
# "object" is one without references (info, servers, tags): its fields are walked as
# unknown, its `x-` extensions are data.

_DATA = "data"  # example values, defaults, enums, extensions: never references
_ANY = "any"  # a position the grammar does not know: every `$ref` in it is guarded
_SCHEMA = "schema"
_OPENAPI_FIELDS: dict[str, dict[str, str]] = {
    "root": {
        "info": "object",
        "servers": "list:object",
        "tags": "list:object",
        "externalDocs": "object",
        "paths": "paths",
        "webhooks": "map:path_item",
        "components": "components",
    },
    "components": {
        "schemas": "map:schema",
        "responses": "map:response",
        "parameters": "map:parameter",
        "examples": "map:example",
        "requestBodies": "map:request_body",
        "headers": "map:header",
        "securitySchemes": "map:security_scheme",
        "links": "map:link",
        "callbacks": "map:callback",
        "pathItems": "map:path_item",
    },
    "path_item": {
        **{method: "operation" for method in HTTP_METHODS},
        "parameters": "list:parameter",
        "summary": _DATA,
        "description": _DATA,
        "servers": "list:object",
    },
    "operation": {
        "parameters": "list:parameter",
        "requestBody": "request_body",
        "responses": "responses",
        "callbacks": "map:callback",
        "tags": _DATA,
        "summary": _DATA,
        "description": _DATA,
        "operationId": _DATA,
        "externalDocs": "object",
        "servers": "list:object",
    },
    "parameter": {
        "schema": _SCHEMA,
        "content": "map:media_type",
        "example": _DATA,
        "examples": "map:example",
        "description": _DATA,
    },
    "request_body": {"content": "map:media_type", "description": _DATA},
    "media_type": {
        "schema": _SCHEMA,
        "example": _DATA,
        "examples": "map:example",
        "encoding": "map:encoding",
    },
    "encoding": {"headers": "map:header"},
    "response": {
        "headers": "map:header",
        "content": "map:media_type",
        "links": "map:link",
        "description": _DATA,
    },
    "example": {"value": _DATA, "summary": _DATA, "description": _DATA},
    # Link parameters/requestBody are runtime expressions or constants: data.
    "link": {
        "parameters": _DATA,
        "requestBody": _DATA,
        "description": _DATA,
        "server": "object",
    },
    "security_scheme": {"description": _DATA},
}
_OPENAPI_FIELDS["header"] = _OPENAPI_FIELDS["parameter"]
# Maps whose `x-` keys are extensions rather than names (Paths, Responses, Callback).
_MAP_KINDS_WITH_EXTENSIONS = {
    "paths": "path_item",
    "responses": "response",
    "callback": "path_item",
}
_SCHEMA_DATA = frozenset({"example", "examples", "default", "enum", "const"})
# Kinds that may be a Reference Object (or, for schemas, carry a `$ref` keyword).
_REFERABLE = frozenset(
    {
        "path_item",
        "parameter",
        "header",
        "request_body",
        "response",
        "example",
        "link",
        "callback",
        "security_scheme",
        _SCHEMA,
    }
)
# Media types, parameters and headers: the objects whose `example(s)` illustrate `schema`.
_SCHEMA_HOLDERS = frozenset({"parameter", "header", "media_type"})


@dataclass(eq=False)
class Reference:
    path: NodePath  # of the object holding the `$ref`
    ref: Any
    kind: str  # what the grammar expects the target to be
    keyword: str = "$ref"


@dataclass(eq=False)
class DocumentStructure:
    """Where the references, schemas and schema holders of a document are."""

    references: list[Reference] = field(default_factory=list)
    schemas: list[NodePath] = field(default_factory=list)
    holders: list[NodePath] = field(default_factory=list)
    unsupported: list[tuple[NodePath, str]] = field(default_factory=list)


def document_structure(data: Any) -> DocumentStructure:
    """Walk ``data`` by the OpenAPI 3.0/3.1 grammar (without recursion), then walk again
    every local reference's target as the kind the reference expects: a parameter that
    points into an example's value makes that value a parameter."""
    structure = DocumentStructure()
    walked: set[tuple[int, str]] = set()
    stack: list[tuple[NodePath, Any, str]] = [((), data, "root")]
    while True:
        while stack:
            path, node, kind = stack.pop()
            if kind == _DATA or not isinstance(node, dict | list):
                continue
            key = (id(node), kind)
            if key in walked:
                continue
            walked.add(key)
            _walk_one(path, node, kind, stack, structure)
        # References found so far whose targets have not been walked as what they are.
        for reference in list(structure.references):
            target = _local_target(data, reference.ref)
            if target is not None and (id(target[1]), reference.kind) not in walked:
                stack.append((target[0], target[1], reference.kind))
        if not stack:
            return structure


def _local_target(data: Any, ref: Any) -> tuple[NodePath, Any] | None:
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    try:
        node = resolve_pointer(data, ref[1:])
    except KeyError:
        return None
    return tuple(parts_from_pointer(ref[1:])), node


def _walk_one(
    path: NodePath,
    node: dict[str, Any] | list[Any],
    kind: str,
    stack: list[tuple[NodePath, Any, str]],
    structure: DocumentStructure,
) -> None:
    if kind.startswith("list:"):
        item_kind = kind[5:]
        if isinstance(node, list):
            stack.extend(((*path, i), item, item_kind) for i, item in enumerate(node))
        else:
            stack.append((path, node, _ANY))
        return
    if isinstance(node, list):
        # A list where an object belongs: garbage, so anything in it is guarded.
        stack.extend(((*path, i), item, _ANY) for i, item in enumerate(node))
        return
    if kind.startswith("map:") or kind in _MAP_KINDS_WITH_EXTENSIONS:
        extensions = kind in _MAP_KINDS_WITH_EXTENSIONS
        value_kind = _MAP_KINDS_WITH_EXTENSIONS[kind] if extensions else kind[4:]
        if kind == "callback" and "$ref" in node:
            structure.references.append(Reference(path, node["$ref"], kind))
        for name, value in node.items():
            if (extensions and name.startswith("x-")) or (kind == "callback" and name == "$ref"):
                continue
            stack.append(((*path, name), value, value_kind))
        return
    if kind == _ANY:
        if "$ref" in node:
            structure.references.append(Reference(path, node["$ref"], _ANY))
        stack.extend(((*path, k), v, _ANY) for k, v in node.items() if k != "$ref")
        return
    # Siblings of a `$ref` are walked too: 3.0 path items merge them, and whatever a
    # library might read is guarded.
    if kind in _REFERABLE and "$ref" in node:
        structure.references.append(Reference(path, node["$ref"], kind))
    if kind == _SCHEMA:
        _walk_schema(path, node, stack, structure)
        return
    if kind in _SCHEMA_HOLDERS and "schema" in node:
        structure.holders.append(path)
    fields = _OPENAPI_FIELDS.get(kind, {})
    for name, value in node.items():
        if name.startswith("x-") or (name == "$ref" and kind in _REFERABLE):
            continue
        stack.append(((*path, name), value, fields.get(name, _ANY)))


def _walk_schema(
    path: NodePath,
    node: dict[str, Any],
    stack: list[tuple[NodePath, Any, str]],
    structure: DocumentStructure,
) -> None:
    structure.schemas.append(path)
    for keyword in ("$dynamicRef", "$recursiveRef"):
        if keyword in node:
            structure.references.append(Reference(path, node[keyword], _SCHEMA, keyword))
    if "$id" in node:
        structure.unsupported.append(
            ((*path, "$id"), "$id is not supported: it changes what the `$ref`s under it mean")
        )
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
        for name, target in discriminator["mapping"].items():
            # A mapping value names a component schema or is a reference to a schema.
            where = (*path, "discriminator", "mapping", name)
            structure.references.append(Reference(where, target, _SCHEMA, ""))
    for keyword, value in node.items():
        if keyword in _SCHEMA_DATA or keyword.startswith("x-") or keyword in _SCHEMA_KEYWORDS_DONE:
            continue
        child = (*path, keyword)
        if keyword == "items" and isinstance(value, list):  # the draft 4-7 tuple form
            stack.append((child, value, "list:" + _SCHEMA))
        elif keyword in _SCHEMA_VALUED:
            stack.append((child, value, _SCHEMA))
        elif keyword in _SCHEMA_LISTS:
            stack.append((child, value, "list:" + _SCHEMA))
        elif keyword in _SCHEMA_MAPS or keyword == "dependencies":
            stack.append((child, value, "map:" + _SCHEMA))
        else:
            stack.append((child, value, _ANY))


_SCHEMA_KEYWORDS_DONE = frozenset({"$ref", "$dynamicRef", "$recursiveRef", "$id"})
