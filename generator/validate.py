"""The spec gate: structural validity, resolvable references, house rules, valid examples.

Every check reports all of its findings as located diagnostics; nothing here raises on a
bad spec. ``validate_spec`` is what ``python -m generator validate`` and the generator run.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

import jsonschema_rs

from generator.diagnostics import Diagnostic, parts_from_pointer, pointer_from_parts
from generator.load import LoadedSpec

NodePath = tuple[str | int, ...]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC_URI = "urn:specforge:spec"
_REPORTED_BY_HOUSE_RULES = re.compile(r"Operation ID .* is not unique|Path parameter .* was not")
_PATH_TEMPLATE = re.compile(r"{([^{}/]+)}")
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


def openapi_version(spec: LoadedSpec) -> str | None:
    """ "3.0" or "3.1" for a supported document, else None."""
    version = spec.data.get("openapi")
    if isinstance(version, str):
        for supported in ("3.0", "3.1"):
            if version == supported or version.startswith(supported + "."):
                return supported
    return None


def validate_spec(
    spec: LoadedSpec, *, house_rules: bool = True, examples: bool = True, thorough: bool = True
) -> list[Diagnostic]:
    """Every problem found in ``spec``, sorted by line.

    ``house_rules`` and ``examples`` are this project's gate for hand-written specs; the
    generator turns them off for third-party specs, which need only be valid OpenAPI.
    ``thorough`` runs openapi-spec-validator's semantic checks on top of the OpenAPI JSON
    Schema; the generator skips them (they cost about a second on a large spec, and the
    generator's own analysis reports what it cannot use).
    """
    version = openapi_version(spec)
    if version is None:
        found = spec.data.get("openapi", spec.data.get("swagger"))
        what = f"version {found!r} is not supported" if found is not None else "no `openapi` field"
        return [spec.diagnostic("/openapi", f"not an OpenAPI 3.0/3.1 document: {what}")]
    structure = document_structure(spec.data)
    diagnostics = list(check_references(spec, structure))
    if not diagnostics:
        # The structural validator cannot run past a dangling $ref, so it runs only when
        # every reference resolves (which is reported first, all at once).
        diagnostics += (
            check_structure(spec, version) if thorough else check_schema_structure(spec, version)
        )
    if house_rules:
        diagnostics += check_house_rules(spec)
    if examples and not diagnostics:
        diagnostics += check_examples(spec, version, structure)
    return sorted(set(diagnostics), key=lambda d: (d.line, d.pointer, d.message))


# --- the document's structure -------------------------------------------------------------
#
# Whether a `$ref` is a reference depends on where it is in the OpenAPI grammar, never on the
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
class _Reference:
    path: NodePath  # of the object holding the `$ref`
    ref: Any
    kind: str  # what the grammar expects the target to be
    keyword: str = "$ref"


@dataclass(eq=False)
class DocumentStructure:
    """Where the references, schemas and schema holders of a document are."""

    references: list[_Reference] = field(default_factory=list)
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
            structure.references.append(_Reference(path, node["$ref"], kind))
        for name, value in node.items():
            if (extensions and name.startswith("x-")) or (kind == "callback" and name == "$ref"):
                continue
            stack.append(((*path, name), value, value_kind))
        return
    if kind == _ANY:
        if "$ref" in node:
            structure.references.append(_Reference(path, node["$ref"], _ANY))
        stack.extend(((*path, k), v, _ANY) for k, v in node.items() if k != "$ref")
        return
    # Siblings of a `$ref` are walked too: 3.0 path items merge them, and whatever a
    # library might read is guarded.
    if kind in _REFERABLE and "$ref" in node:
        structure.references.append(_Reference(path, node["$ref"], kind))
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
            structure.references.append(_Reference(path, node[keyword], _SCHEMA, keyword))
    if "$id" in node:
        structure.unsupported.append(
            ((*path, "$id"), "$id is not supported: it changes what the `$ref`s under it mean")
        )
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
        for name, target in discriminator["mapping"].items():
            # A mapping value names a component schema or is a reference to a schema.
            where = (*path, "discriminator", "mapping", name)
            structure.references.append(_Reference(where, target, _SCHEMA, ""))
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


# --- references -------------------------------------------------------------------------


def iter_nodes(data: Any, parts: NodePath = ()) -> Iterator[tuple[NodePath, Any]]:
    """Every node of a JSON document with its path, depth-first, without recursion."""
    stack: list[tuple[NodePath, Any]] = [(parts, data)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, dict):
            stack.extend(((*path, key), value) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend(((*path, index), value) for index, value in enumerate(node))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer; KeyError naming the first missing token otherwise."""
    node = document
    for token in parts_from_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def check_references(
    spec: LoadedSpec, structure: DocumentStructure | None = None
) -> Iterator[Diagnostic]:
    """Every reference at a position where the grammar allows one is local and resolves.

    Nothing outside the document is ever opened: an external reference is refused here,
    and the libraries that could follow one are given retrievers that refuse (below)."""
    if structure is None:
        structure = document_structure(spec.data)
    components = spec.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    schema_names = schemas if isinstance(schemas, dict) else {}
    for reference in structure.references:
        ref = reference.ref
        if not reference.keyword:  # a discriminator mapping value
            where = pointer_from_parts(reference.path)
            if isinstance(ref, str) and ref in schema_names:
                continue
            what = "discriminator mapping"
        else:
            where = pointer_from_parts((*reference.path, reference.keyword))
            what = reference.keyword
        if not isinstance(ref, str):
            yield spec.diagnostic(where, f"{what} must be a string")
        elif not ref.startswith("#"):
            yield spec.diagnostic(
                where, f"external reference {ref!r} is not supported; bundle the spec into one file"
            )
        elif reference.keyword in ("$dynamicRef", "$recursiveRef"):
            continue  # `#name` anchors, resolved by the JSON Schema validators
        else:
            try:
                resolve_pointer(spec.data, ref[1:])
            except KeyError as missing:
                yield spec.diagnostic(
                    where, f"unresolved reference {ref!r}: {missing.args[0]!r} does not exist"
                )
    for path, message in structure.unsupported:
        yield spec.diagnostic(pointer_from_parts(path), message)


# --- structure --------------------------------------------------------------------------


class RetrievalRefused(Exception):
    """A library tried to open something outside the spec: a file or a URL."""


def refuse_retrieval(uri: str) -> NoReturn:
    """A retriever for referencing/jsonschema_rs/jsonschema-path that opens nothing.

    The reference guard above already refuses external references; this makes sure that
    no library can follow one the guard did not see (e.g. inside data it walks anyway)."""
    raise RetrievalRefused(f"{uri!r} is outside the spec; references are never retrieved")


class _RefuseEveryScheme(dict[str, Any]):
    """jsonschema-path handlers for every URI scheme (it falls back to urllib/requests for
    a scheme that has no handler), each of which refuses."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Any:
        return refuse_retrieval

    def get(self, scheme: str, default: Any = None) -> Any:
        return refuse_retrieval


@cache
def _spec_validator_class(version: str) -> type[Any]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    return type(f"Offline{base.__name__}", (base,), {"resolver_handlers": _RefuseEveryScheme()})


def check_structure(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
    # Imported here: the library takes longer to import than most specs take to generate.
    from referencing.exceptions import Unresolvable

    validator_class = _spec_validator_class(version)
    try:
        for error in validator_class(spec.data).iter_errors():
            parts = [str(part) for part in getattr(error, "absolute_path", ())]
            message = (getattr(error, "message", None) or str(error)).splitlines()[0]
            if not parts and _REPORTED_BY_HOUSE_RULES.match(message):
                continue  # the house rules report these with a precise location
            yield spec.diagnostic(pointer_from_parts(parts), message)
    except (Unresolvable, RecursionError, RetrievalRefused) as exc:
        yield spec.diagnostic("", f"structural validation stopped: {type(exc).__name__}: {exc}")
    except (AssertionError, TypeError, ValueError, KeyError, AttributeError) as exc:
        # The library asserts on some malformed documents (e.g. `responses` given as a list)
        # instead of reporting them; that is still a bad spec, located as well as it can be.
        yield from check_schema_structure(spec, version)
        yield spec.diagnostic(
            "", f"not a valid OpenAPI document ({type(exc).__name__} in validator)"
        )


@cache
def _openapi_schema_validator(version: str) -> jsonschema_rs.Validator:
    """The official OpenAPI JSON Schema, as shipped with openapi-spec-validator, compiled
    by jsonschema_rs (read from the package's files without importing the package)."""
    found = importlib.util.find_spec("openapi_spec_validator")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("openapi-spec-validator is not installed")
    root = Path(next(iter(found.submodule_search_locations)))
    schema = json.loads(
        (root / "resources" / "schemas" / f"v{version}" / "schema.json").read_text()
    )
    return jsonschema_rs.validator_for(schema, retriever=refuse_retrieval)


def check_schema_structure(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
    """The document against the OpenAPI JSON Schema alone: milliseconds even for 4 MB."""
    for error in _openapi_schema_validator(version).iter_errors(spec.data):
        pointer = pointer_from_parts([str(part) for part in error.instance_path])
        yield spec.diagnostic(pointer, error.message.splitlines()[0])


# --- house rules ------------------------------------------------------------------------


def iter_operations(
    data: dict[str, Any],
) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation of the document."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, item


def deref(data: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (cycles stop where they start)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#"):
            return node
        seen.add(ref)
        try:
            node = resolve_pointer(data, ref[1:])
        except KeyError:
            return node
    return node


def check_house_rules(spec: LoadedSpec) -> Iterator[Diagnostic]:
    data = spec.data
    schemes = data.get("components", {}).get("securitySchemes", {}) or {}
    yield from _check_security(spec, data.get("security"), "/security", schemes)
    seen_ids: dict[str, str] = {}
    for path, method, operation, item in iter_operations(data):
        where = pointer_from_parts(("paths", path, method))
        op_id = operation.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            yield spec.diagnostic(where, "operation has no operationId")
        elif op_id in seen_ids:
            yield spec.diagnostic(
                where + "/operationId",
                f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})",
            )
        else:
            seen_ids[op_id] = where
        if not isinstance(operation.get("summary"), str) or not operation["summary"].strip():
            yield spec.diagnostic(where, "operation has no summary")
        tags = operation.get("tags")
        if not isinstance(tags, list) or not tags:
            yield spec.diagnostic(where, "operation has no tag")
        responses = operation.get("responses")
        if isinstance(responses, dict) and not any(str(code).startswith("2") for code in responses):
            yield spec.diagnostic(where + "/responses", "no 2xx response is documented")
        yield from _check_path_parameters(spec, path, method, operation, item)
        yield from _check_security(spec, operation.get("security"), where + "/security", schemes)


def _check_path_parameters(
    spec: LoadedSpec, path: str, method: str, operation: dict[str, Any], item: dict[str, Any]
) -> Iterator[Diagnostic]:
    where = pointer_from_parts(("paths", path, method))
    declared: set[str] = set()
    for source in (item.get("parameters"), operation.get("parameters")):
        for parameter in source or []:
            parameter = deref(spec.data, parameter)
            if isinstance(parameter, dict) and parameter.get("in") == "path":
                declared.add(str(parameter.get("name")))
    templated = _PATH_TEMPLATE.findall(path)
    for name in templated:
        if name not in declared:
            yield spec.diagnostic(where, f"path parameter {name!r} in {path!r} is not declared")
    for name in sorted(declared - set(templated)):
        yield spec.diagnostic(
            where + "/parameters",
            f"path parameter {name!r} is declared but {path!r} has no {{{name}}}",
        )


def _check_security(
    spec: LoadedSpec, requirements: Any, where: str, schemes: dict[str, Any]
) -> Iterator[Diagnostic]:
    if not isinstance(requirements, list):
        return
    for index, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            continue
        for name in requirement:
            if name not in schemes:
                yield spec.diagnostic(
                    f"{where}/{index}",
                    f"security scheme {name!r} is not defined in components/securitySchemes",
                )


# --- examples ---------------------------------------------------------------------------


def check_examples(
    spec: LoadedSpec, version: str, structure: DocumentStructure | None = None
) -> Iterator[Diagnostic]:
    """Every example in the document validates against the schema it illustrates."""
    # Imported here, as only the validate command checks examples.
    from jsonschema import FormatChecker
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    # Only the formats whose checkers are available and unambiguous; others stay annotations.
    checked_formats = ("date-time", "date", "email", "uuid", "ipv4", "ipv6")
    format_checker = FormatChecker([f for f in checked_formats if f in FormatChecker.checkers])

    validator_class: Any = OAS31Validator if version == "3.1" else OAS30Validator
    resource = Resource.from_contents(spec.data, default_specification=DRAFT202012)
    # `retrieve` is an attrs field with an alias, which mypy's attrs support does not see.
    registry: Registry[Any] = Registry(retrieve=refuse_retrieval).with_resource(  # type: ignore[call-arg]
        _SPEC_URI, resource
    )
    validators: dict[str, Validator] = {}

    def errors_for(schema_pointer: str, instance: Any) -> list[ValidationError]:
        validator = validators.get(schema_pointer)
        if validator is None:
            validator = validator_class(
                {"$ref": f"{_SPEC_URI}#{schema_pointer}"},
                registry=registry,
                format_checker=format_checker,
            )
            validators[schema_pointer] = validator
        try:
            return list(validator.iter_errors(instance))
        except (Unresolvable, RecursionError, RetrievalRefused) as exc:
            return [ValidationError(f"schema could not be applied: {exc}")]

    if structure is None:
        structure = document_structure(spec.data)
    for example_pointer, schema_pointer, value in _iter_examples(spec.data, structure):
        for error in errors_for(schema_pointer, value)[:5]:
            inner = pointer_from_parts([str(p) for p in error.absolute_path])
            target = example_pointer + inner
            location = f" at {inner}" if inner else ""
            yield Diagnostic(
                spec.name,
                spec.line_of(target),
                target,
                f"example does not match its schema{location}: {error.message}",
            )


def _iter_examples(
    data: dict[str, Any], structure: DocumentStructure
) -> Iterator[tuple[str, str, Any]]:
    """(example pointer, schema pointer, example value) for every example in the document."""
    for path in structure.holders:
        node = resolve_pointer(data, pointer_from_parts(path))
        # A media type, parameter or header object: `example` / `examples.<name>.value`.
        schema_pointer = pointer_from_parts((*path, "schema"))
        if "example" in node:
            yield pointer_from_parts((*path, "example")), schema_pointer, node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                example = deref(data, example)
                if isinstance(example, dict) and "value" in example:
                    yield (
                        pointer_from_parts((*path, "examples", name, "value")),
                        schema_pointer,
                        example["value"],
                    )
    for schema_path in structure.schemas:
        schema = resolve_pointer(data, pointer_from_parts(schema_path))
        schema_pointer = pointer_from_parts(schema_path)
        if isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                yield pointer_from_parts((*schema_path, "examples", index)), schema_pointer, value
        if "example" in schema:
            yield pointer_from_parts((*schema_path, "example")), schema_pointer, schema["example"]
