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
# Request headers the HTTP layer computes from the request itself: not the caller's to set
# (RFC 9110/9112 connection and framing fields), whatever a spec documents.
HTTP_OWNED_HEADERS = frozenset(
    {
        "content-length",
        "host",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
    }
)
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


def request_path(path_key: str) -> str:
    """The URL path of a `paths` key. Some vendors append a ``#fragment`` to tell apart
    operations that share a path (`/items#create`); a fragment is never sent, so it is no
    part of the path a client calls or a server routes."""
    return path_key.split("#", 1)[0] or "/"


def path_variables(path: str) -> list[str]:
    """The ``{name}``s of a path template, in order."""
    return _PATH_TEMPLATE.findall(path)


def path_shape(path: str) -> str:
    """A path template with its variables unnamed: `/a/{id}` and `/a/{key}` are one shape."""
    return _PATH_TEMPLATE.sub("{}", request_path(path))


def string_enum(values: list[Any]) -> list[Any]:
    """The values of an `enum` under `type: string`, as the author meant them: YAML reads
    an unquoted `true` or `1` as a boolean or a number, which no string matches (validate
    reports it; the generated client takes the strings)."""
    return [
        json.dumps(value) if isinstance(value, bool | int | float) else value for value in values
    ]


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
    # Every level runs, whatever an earlier one found, each on what it can check: one run
    # shows every problem. Only openapi-spec-validator needs every reference to resolve.
    references = list(check_references(spec, structure))
    structural = list(check_schema_structure(spec, version))
    diagnostics = references + structural
    if thorough and not references:
        diagnostics += check_structure(
            spec, version, house_rules=house_rules, structure_ok=not structural
        )
    if house_rules:
        diagnostics += check_house_rules(spec, structure)
    if examples:
        diagnostics += check_examples(spec, version, structure, references_ok=not references)
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
    """openapi-spec-validator's validator for ``version``, offline, whose errors carry
    where in the document they are (``_LOCATION``)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    keyword_validators = {
        keyword: _located_keyword_validator(cls, keyword)
        for keyword, cls in base.keyword_validators.items()
    }
    return type(
        f"Offline{base.__name__}",
        (base,),
        {"resolver_handlers": _RefuseEveryScheme(), "keyword_validators": keyword_validators},
    )


_LOCATION = "_specforge_location"


def _located_keyword_validator(base: type[Any], keyword: str) -> type[Any]:
    """``base`` (one of the library's keyword validators) marking each error it yields with
    the document path of the node it was checking. The library's errors carry paths relative
    to that node only (a schema's `type: strnig` came out as `/properties/kind/type` at line
    1); the innermost validator marks an error first, so the mark is the nearest node."""
    from jsonschema.exceptions import ValidationError, best_match
    from jsonschema.validators import validator_for
    from jsonschema_path import SchemaPath

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        node = next((a for a in args if isinstance(a, SchemaPath)), None)
        at: NodePath = tuple(node.parts) if node is not None else ()
        if keyword == "default":
            at = (*at, "default")  # the value validator checks the schema's default
        for error in base.__call__(self, *args, **kwargs):
            if not hasattr(error, _LOCATION):
                relative = tuple(getattr(error, "relative_path", ()))
                setattr(error, _LOCATION, (*at, *relative))
            yield error

    def _validate_schema_meta(self: Any, schema: Any, schema_value: Any) -> Any:
        # The library raises only the first meta-schema error, cut from its parents (a
        # misspelled `type` inside `anyOf` lost its path); the best match of them all, with
        # its full path, says where the problem is.
        try:
            checker = self._get_schema_checker(schema, schema_value)
        except ValueError as exc:
            return ValidationError(str(exc))
        method = getattr(checker, "func", checker)
        validator_class = getattr(method, "__self__", None)
        if validator_class is None:
            return base._validate_schema_meta(self, schema, schema_value)
        # As the class's own check_schema builds it: the meta-schema's validator.
        meta_class = validator_for(validator_class.META_SCHEMA, default=validator_class)
        options = getattr(checker, "keywords", None) or {
            "format_checker": validator_class.FORMAT_CHECKER
        }
        meta = meta_class(validator_class.META_SCHEMA, registry=_meta_registry(), **options)
        error = best_match(meta.iter_errors(schema_value))
        if error is not None:
            setattr(error, _LOCATION, (*schema.parts, *error.absolute_path))
        return error

    members: dict[str, Any] = {"__call__": __call__}
    if hasattr(base, "_validate_schema_meta"):
        members["_validate_schema_meta"] = _validate_schema_meta
    return type(f"Located{base.__name__}", (base,), members)


def _meta_registry() -> Any:
    """The JSON Schema and OpenAPI meta-schemas, local only (nothing is retrieved)."""
    from openapi_schema_validator._specifications import REGISTRY

    return REGISTRY


def check_structure(
    spec: LoadedSpec, version: str, *, house_rules: bool = True, structure_ok: bool = True
) -> Iterator[Diagnostic]:
    """openapi-spec-validator's semantic checks (schemas against their meta-schema,
    defaults against their schemas, parameters, ...). Its own JSON Schema pass is left out:
    ``check_schema_structure`` runs the same schema, faster and located."""
    # Imported here: the library takes longer to import than most specs take to generate.
    from referencing.exceptions import Unresolvable

    validator = _spec_validator_class(version)(spec.data)
    try:
        for error in validator.root_validator(validator.schema_path):
            parts = [str(part) for part in getattr(error, _LOCATION, ())]
            message = _short((getattr(error, "message", None) or str(error)).splitlines()[0])
            if house_rules and _REPORTED_BY_HOUSE_RULES.match(message):
                continue  # the house rules report these with a precise location
            yield spec.diagnostic(pointer_from_parts(parts), message)
    except (Unresolvable, RecursionError, RetrievalRefused) as exc:
        yield spec.diagnostic("", f"structural validation stopped: {type(exc).__name__}: {exc}")
    except (AssertionError, TypeError, ValueError, KeyError, AttributeError) as exc:
        # The library asserts or fails on some malformed documents (`responses` as a list,
        # `parameters:` empty) instead of reporting them. When the structure check found
        # problems, those are what broke it, located; otherwise this is still a bad spec.
        if structure_ok:
            yield spec.diagnostic(
                "", f"not a valid OpenAPI document ({type(exc).__name__} in validator)"
            )


@cache
def _openapi_schema(version: str) -> dict[str, Any]:
    """The official OpenAPI JSON Schema, as shipped with openapi-spec-validator (read from
    the package's files without importing the package)."""
    found = importlib.util.find_spec("openapi_spec_validator")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("openapi-spec-validator is not installed")
    root = Path(next(iter(found.submodule_search_locations)))
    schema: dict[str, Any] = json.loads(
        (root / "resources" / "schemas" / f"v{version}" / "schema.json").read_text()
    )
    return schema


@cache
def _openapi_schema_validator(version: str) -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for(_openapi_schema(version), retriever=refuse_retrieval)


_MAX_MESSAGE = 200


def _short(message: str) -> str:
    """A message fit for one line: a library's message may quote a whole subtree."""
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def check_schema_structure(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
    """The document against the OpenAPI JSON Schema: milliseconds even for 4 MB. Each
    problem is reported at the deepest node that explains it: where a `oneOf`/`anyOf` of the
    schema fails as a whole (a Response or a Reference), the best-matching branch's error
    (as ``jsonschema.exceptions.best_match`` picks it) names the node that is wrong."""
    if _openapi_schema_validator(version).is_valid(spec.data):
        return
    # Only a failing document pays for the Python validator, which keeps every branch's
    # errors with their full paths.
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for

    schema = _openapi_schema(version)
    validator = validator_for(schema)(schema)
    for error in validator.iter_errors(spec.data):
        best = best_match([error]) or error
        pointer = pointer_from_parts([str(part) for part in best.absolute_path])
        yield spec.diagnostic(pointer, _short(best.message.splitlines()[0]))


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


def check_house_rules(
    spec: LoadedSpec, structure: DocumentStructure | None = None
) -> Iterator[Diagnostic]:
    data = spec.data
    components = data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    schemes = schemes if isinstance(schemes, dict) else {}
    yield from _check_security(spec, data.get("security"), "/security", schemes)
    yield from _check_paths(spec)
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
    if structure is None:
        structure = document_structure(data)
    yield from _check_string_enums(spec, structure)


def _check_paths(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """Path keys a server could not route as written: a `#fragment` (never sent), and paths
    that differ only in the names of their variables (OpenAPI 3.x: "Templated paths with
    the same hierarchy but different templated names MUST NOT exist")."""
    paths = spec.data.get("paths")
    if not isinstance(paths, dict):
        return
    shapes: dict[str, str] = {}
    for key in paths:
        path = str(key)
        where = pointer_from_parts(("paths", path))
        if "#" in path:
            yield spec.diagnostic(
                where,
                f"{path!r} has a #fragment, which is no part of a URL: requests go to"
                f" {request_path(path)!r}; write one path item with one operation per method",
            )
        shape = path_shape(path)
        first = shapes.setdefault(shape, path)
        if first != path and request_path(first) != request_path(path):
            yield spec.diagnostic(
                where,
                f"{path!r} and {first!r} differ only in the names of their path variables,"
                " which OpenAPI forbids (a server cannot tell them apart): use one path with"
                " the same names",
            )


def _check_string_enums(spec: LoadedSpec, structure: DocumentStructure) -> Iterator[Diagnostic]:
    """`enum: [true, false]` under `type: string`: YAML reads unquoted true/false/numbers as
    booleans and numbers, which no string matches; the author meant the strings."""
    for path in structure.schemas:
        schema = resolve_pointer(spec.data, pointer_from_parts(path))
        enum = schema.get("enum")
        if schema.get("type") != "string" or not isinstance(enum, list):
            continue
        for index, value in enumerate(enum):
            if isinstance(value, bool | int | float):
                spelled = json.dumps(value)
                yield spec.diagnostic(
                    pointer_from_parts((*path, "enum", index)),
                    f"enum value {spelled} is not a string, but the schema's type is string:"
                    f" quote it ('{spelled}')",
                )


def _check_path_parameters(
    spec: LoadedSpec, path: str, method: str, operation: dict[str, Any], item: dict[str, Any]
) -> Iterator[Diagnostic]:
    where = pointer_from_parts(("paths", path, method))
    declared: set[str] = set()
    elsewhere: dict[str, str] = {}
    sources = (("", item.get("parameters")), (method, operation.get("parameters")))
    for source_name, source in sources:
        if not isinstance(source, list):
            continue
        for index, parameter in enumerate(source):
            parameter = deref(spec.data, parameter)
            if not isinstance(parameter, dict):
                continue
            location = parameter.get("in")
            name = str(parameter.get("name"))
            if location == "path":
                declared.add(name)
            else:
                elsewhere.setdefault(name, str(location))
            if location == "header" and name.lower() in HTTP_OWNED_HEADERS:
                parts = ("paths", path, *([source_name] if source_name else []))
                yield spec.diagnostic(
                    pointer_from_parts((*parts, "parameters", index)),
                    f"header {name!r} is set by the HTTP layer from the request itself,"
                    " not by the caller: clients do not take it as an argument",
                )
    templated = path_variables(request_path(path))
    for name in templated:
        if name in declared:
            continue
        if name in elsewhere:
            yield spec.diagnostic(
                where,
                f"path parameter {name!r} in {path!r} is declared `in: {elsewhere[name]}`,"
                " not `in: path`",
            )
        else:
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
    spec: LoadedSpec,
    version: str,
    structure: DocumentStructure | None = None,
    *,
    references_ok: bool = True,
) -> Iterator[Diagnostic]:
    """Every example in the document validates against the schema it illustrates. A schema
    that cannot be applied (a reference reported missing, a malformed keyword the structure
    check reports) is skipped: its examples cannot be judged."""
    # Imported here, as only the validate command checks examples.
    from jsonschema import FormatChecker
    from jsonschema.exceptions import SchemaError, UnknownType, ValidationError
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
        except Unresolvable as exc:
            if not references_ok:
                return []  # the missing reference is reported where it is
            return [ValidationError(f"schema could not be applied: {exc}")]
        except (RecursionError, RetrievalRefused) as exc:
            return [ValidationError(f"schema could not be applied: {exc}")]
        except (SchemaError, UnknownType, re.error, TypeError, ValueError, KeyError):
            return []  # a malformed schema, reported by the structure check

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
