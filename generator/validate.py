"""The spec gate: structural validity, resolvable references, house rules, valid examples.

Every check reports all of its findings as located diagnostics; nothing here raises on a
bad spec. ``validate_spec`` is what ``python -m generator validate`` and the generator run.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

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
    diagnostics = list(check_references(spec))
    if not diagnostics:
        # The structural validator cannot run past a dangling $ref, so it runs only when
        # every reference resolves (which is reported first, all at once).
        diagnostics += (
            check_structure(spec, version) if thorough else check_schema_structure(spec, version)
        )
    if house_rules:
        diagnostics += check_house_rules(spec)
    if examples and not diagnostics:
        diagnostics += check_examples(spec, version)
    return sorted(set(diagnostics), key=lambda d: (d.line, d.pointer, d.message))


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


def check_references(spec: LoadedSpec) -> Iterator[Diagnostic]:
    for path, node in iter_nodes(spec.data):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        ref = node["$ref"]
        where = pointer_from_parts((*path, "$ref"))
        if _inside_example(path):
            continue
        if not isinstance(ref, str):
            yield spec.diagnostic(where, "$ref must be a string")
        elif not ref.startswith("#"):
            yield spec.diagnostic(
                where, f"external reference {ref!r} is not supported; bundle the spec into one file"
            )
        else:
            try:
                resolve_pointer(spec.data, ref[1:])
            except KeyError as missing:
                yield spec.diagnostic(
                    where, f"unresolved reference {ref!r}: {missing.args[0]!r} does not exist"
                )


def _inside_example(path: NodePath) -> bool:
    """Example values are data: a `$ref` key inside one is not a reference."""
    for index, part in enumerate(path):
        if part == "example":
            return True
        # media-type/parameter `examples.<name>.value`, schema `examples: [...]`
        if (
            part in ("examples", "value")
            and index > 0
            and path[index - 1] != "components"
            and (part == "value" or (index + 1 < len(path) and isinstance(path[index + 1], int)))
        ):
            return True
    return False


# --- structure --------------------------------------------------------------------------


def check_structure(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
    # Imported here: the library takes longer to import than most specs take to generate.
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    validator_class = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    try:
        for error in validator_class(spec.data).iter_errors():
            parts = [str(part) for part in getattr(error, "absolute_path", ())]
            message = (getattr(error, "message", None) or str(error)).splitlines()[0]
            if not parts and _REPORTED_BY_HOUSE_RULES.match(message):
                continue  # the house rules report these with a precise location
            yield spec.diagnostic(pointer_from_parts(parts), message)
    except (Unresolvable, RecursionError) as exc:
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
    return jsonschema_rs.validator_for(schema)


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


def check_examples(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
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
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
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
        except (Unresolvable, RecursionError) as exc:
            return [ValidationError(f"schema could not be applied: {exc}")]

    for example_pointer, schema_pointer, value in _iter_examples(spec.data):
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


def _iter_examples(data: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(example pointer, schema pointer, example value) for every example in the document."""
    for path, node in iter_nodes(data):
        if not _is_schema_holder(path, node):
            continue
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
    for schema_path in _iter_schema_paths(data):
        schema = resolve_pointer(data, pointer_from_parts(schema_path))
        schema_pointer = pointer_from_parts(schema_path)
        if isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                yield pointer_from_parts((*schema_path, "examples", index)), schema_pointer, value
        if "example" in schema:
            yield pointer_from_parts((*schema_path, "example")), schema_pointer, schema["example"]


def _is_schema_holder(path: NodePath, node: Any) -> bool:
    """A media type, parameter or header object: the objects that carry `schema`."""
    if not isinstance(node, dict) or "schema" not in node or len(path) < 2:
        return False
    container = path[-2]
    if isinstance(container, int) and len(path) >= 3:
        container = path[-3]
    return container in ("content", "headers", "parameters") and not _inside_example(path)


def _iter_schema_paths(data: dict[str, Any]) -> Iterator[NodePath]:
    """Paths of every schema object written inline in the document."""
    roots: list[NodePath] = []
    for name in (data.get("components", {}) or {}).get("schemas", {}) or {}:
        roots.append(("components", "schemas", name))
    for path, node in iter_nodes(data):
        if _is_schema_holder(path, node) and isinstance(node["schema"], dict):
            roots.append((*path, "schema"))
    stack = roots
    while stack:
        path = stack.pop()
        schema = resolve_pointer(data, pointer_from_parts(path))
        if not isinstance(schema, dict):
            continue
        yield path
        for key in _SCHEMA_VALUED:
            if isinstance(schema.get(key), dict):
                stack.append((*path, key))
        for key in _SCHEMA_LISTS:
            if isinstance(schema.get(key), list):
                stack.extend((*path, key, index) for index in range(len(schema[key])))
        for key in _SCHEMA_MAPS:
            if isinstance(schema.get(key), dict):
                stack.extend((*path, key, name) for name in schema[key])
