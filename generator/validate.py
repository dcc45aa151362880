"""The spec gate, in levels: resolvable references, the OpenAPI structure, the extensions
the generator reads, house rules, valid examples.

Every check reports all of its findings as located diagnostics; nothing here raises on a
bad spec. ``validate_spec`` is what ``python -m generator validate``, ``generate`` and the
mock run: ``validate`` every level, ``generate`` and the mock ``GENERATE_LEVELS``. The
document's grammar, pointers and references are read through ``generator.spec``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import marshal
import os
import re
from collections.abc import Collection, Iterator
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache import cache_dir, write_entry
from generator.diagnostics import Diagnostic, pointer_from_parts
from generator.load import LoadedSpec
from generator.spec.extensions import (
    Problem,
    idempotency_key_problems,
    name_problems,
    rate_limit_problems,
    request_id_header_problems,
    retry_problems,
    signature_problems,
    sse_reconnect_problems,
)
from generator.spec.grammar import DocumentStructure, NodePath, document_structure, openapi_version
from generator.spec.operations import (
    HTTP_OWNED_HEADERS,
    iter_operations,
    iter_webhooks,
    operation_parameters,
    path_shape,
    path_variables,
    request_path,
)
from generator.spec.pointer import resolve_pointer
from generator.spec.refs import RetrievalRefused, refuse_retrieval
from generator.spec.schemas import with_dispatch
from generator.wire.pagination import pagination_problems

if TYPE_CHECKING:
    import jsonschema_rs

_SPEC_URI = "urn:specforge:spec"
_REPORTED_BY_HOUSE_RULES = re.compile(r"Operation ID .* is not unique|Path parameter .* was not")


class Level(StrEnum):
    """What the gate checks, in the order it checks it."""

    REFERENCES = "references"  # every `$ref` where the grammar allows one: local, resolves
    STRUCTURE = "structure"  # the document against the OpenAPI JSON Schema
    SEMANTICS = "semantics"  # openapi-spec-validator: schemas, defaults, parameters
    EXTENSIONS = "extensions"  # the `x-` extensions the generator and the mock read
    HOUSE_RULES = "house_rules"  # this project's conventions for hand-written specs
    EXAMPLES = "examples"  # every example validates against its schema


ALL_LEVELS = frozenset(Level)
# What generate and the mock refuse a spec for: everything the IR would otherwise refuse.
# House rules and examples are this project's gate for hand-written specs (third-party specs
# often break them; that is fine). Semantics cost about a second on a large spec and report
# nothing the generator cannot use.
GENERATE_LEVELS = frozenset({Level.REFERENCES, Level.STRUCTURE, Level.EXTENSIONS})


def validate_spec(
    spec: LoadedSpec,
    *,
    levels: Collection[Level] | None = None,
    house_rules: bool = True,
    examples: bool = True,
    thorough: bool = True,
) -> list[Diagnostic]:
    """Every problem found in ``spec`` at ``levels``, sorted by line.

    Without ``levels``, the flags say which of the optional levels run (references,
    structure and extensions always do): ``house_rules`` and ``examples`` their levels,
    ``thorough`` the semantics level.
    """
    if levels is None:
        levels = set(GENERATE_LEVELS)
        levels |= {Level.HOUSE_RULES} if house_rules else set()
        levels |= {Level.EXAMPLES} if examples else set()
        levels |= {Level.SEMANTICS} if thorough else set()
    version = openapi_version(spec.data)
    if version is None:
        found = spec.data.get("openapi", spec.data.get("swagger"))
        what = f"version {found!r} is not supported" if found is not None else "no `openapi` field"
        return [spec.diagnostic("/openapi", f"not an OpenAPI 3.0/3.1 document: {what}")]
    structure = spec.structure
    # Every level runs, whatever an earlier one found, each on what it can check: one run
    # shows every problem. Only openapi-spec-validator needs every reference to resolve.
    references = list(check_references(spec, structure)) if Level.REFERENCES in levels else []
    structural = list(check_schema_structure(spec, version)) if Level.STRUCTURE in levels else []
    diagnostics = references + structural
    if Level.SEMANTICS in levels and not references:
        diagnostics += check_structure(
            spec,
            version,
            house_rules=Level.HOUSE_RULES in levels,
            structure_ok=not structural,
        )
    if Level.EXTENSIONS in levels:
        diagnostics += check_extensions(spec)
    if Level.HOUSE_RULES in levels:
        diagnostics += check_house_rules(spec, structure)
    if Level.EXAMPLES in levels:
        diagnostics += check_examples(spec, version, structure, references_ok=not references)
    return sorted(set(diagnostics), key=lambda d: (d.line, d.pointer, d.message))


# --- references -------------------------------------------------------------------------


def check_references(
    spec: LoadedSpec, structure: DocumentStructure | None = None
) -> Iterator[Diagnostic]:
    """Every reference at a position where the grammar allows one is local and resolves.

    Nothing outside the document is ever opened: an external reference is refused here,
    and the libraries that could follow one are given a retriever that refuses
    (``generator.spec.refs.refuse_retrieval``)."""
    if structure is None:
        structure = spec.structure
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


def _package_folder(name: str) -> Path:
    """Where an installed package's files are, found without importing it."""
    found = importlib.util.find_spec(name)
    if found is None or not found.submodule_search_locations:
        raise RuntimeError(f"{name} is not installed")
    return Path(next(iter(found.submodule_search_locations)))


def _openapi_schema_path(version: str) -> Path:
    """The official OpenAPI JSON Schema, as shipped with openapi-spec-validator."""
    folder = _package_folder("openapi_spec_validator")
    return folder / "resources" / "schemas" / f"v{version}" / "schema.json"


@cache
def _openapi_schema(version: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_openapi_schema_path(version).read_text())
    return schema


@cache
def _openapi_schema_validator(version: str) -> jsonschema_rs.Validator:
    import jsonschema_rs

    return jsonschema_rs.validator_for(_openapi_schema(version), retriever=refuse_retrieval)


def _passed_before(data: Any, version: str) -> Path | None:
    """The cache entry that records that this document passed the OpenAPI JSON Schema, or
    None without a cache. The verdict depends only on the document, the schema file and
    the validator, so they are its key (``generator/cache.py``). A regeneration of an
    unchanged spec then neither imports jsonschema_rs nor validates (most of a small
    API's run: bench/HISTORY.md); a document that fails always runs, for its diagnostics."""
    folder = cache_dir("valid-structure")
    if folder is None:
        return None
    try:
        # Version 2 has no back-references: the same document always gives the same bytes.
        key = hashlib.sha256(marshal.dumps(data, 2))
    except ValueError:  # not plain JSON data (a caller's own objects): no verdict kept
        return None
    # The validator's own files, in a fixed order; not __pycache__, whose first write would
    # change the key once.
    validator = sorted(
        path for path in _package_folder("jsonschema_rs").iterdir() if path.name != "__pycache__"
    )
    for path in (_openapi_schema_path(version), *validator):
        with contextlib.suppress(OSError):
            status = os.stat(path)
            key.update(f"{path}:{status.st_size}:{status.st_mtime_ns}".encode())
    digest = key.hexdigest()
    return folder / digest[:2] / digest


_MAX_MESSAGE = 200


def _short(message: str) -> str:
    """A message fit for one line: a library's message may quote a whole subtree."""
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def passes_openapi_schema(spec: LoadedSpec, version: str) -> bool:
    """Whether the document is valid against the OpenAPI JSON Schema; a pass is
    remembered (``_passed_before``)."""
    verdict = _passed_before(spec.data, version)
    if verdict is not None and verdict.exists():
        return True
    if _openapi_schema_validator(version).is_valid(spec.data):
        if verdict is not None:
            write_entry(verdict, "")
        return True
    return False


def check_schema_structure(spec: LoadedSpec, version: str) -> Iterator[Diagnostic]:
    """The document against the OpenAPI JSON Schema: milliseconds even for 4 MB. Each
    problem is reported at the deepest node that explains it: where a `oneOf`/`anyOf` of the
    schema fails as a whole (a Response or a Reference), the best-matching branch's error
    (as ``jsonschema.exceptions.best_match`` picks it) names the node that is wrong."""
    if passes_openapi_schema(spec, version):
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


# --- extensions -------------------------------------------------------------------------


def check_extensions(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """The `x-` extensions the generator and the mock read (``generator.spec.extensions``,
    ``generator.wire.pagination``), each where it is: a spec that passes here is not refused
    by generate for them."""
    data = spec.data

    def located(where: str, problems: Iterator[Problem]) -> Iterator[Diagnostic]:
        for below, message in problems:
            yield spec.diagnostic(where + below, message)

    info = data.get("info")
    if isinstance(info, dict) and "x-sdk-client-name" in info:
        yield from located(
            "/info/x-sdk-client-name",
            name_problems(info["x-sdk-client-name"], "x-sdk-client-name"),
        )
    if "x-idempotency-key" in data:
        yield from located(
            "/x-idempotency-key", idempotency_key_problems(data["x-idempotency-key"])
        )
    if "x-rate-limit" in data:
        yield from located("/x-rate-limit", rate_limit_problems(data["x-rate-limit"]))
    if "x-request-id-header" in data:
        yield from located(
            "/x-request-id-header", request_id_header_problems(data["x-request-id-header"])
        )
    for path, method, operation, item in iter_operations(data):
        where = pointer_from_parts(("paths", path, method))
        if "x-pagination" in operation:
            query = {
                name
                for name, location in operation_parameters(
                    spec.refs.deref_at, path, method, operation, item
                )
                if location == "query"
            }
            yield from located(
                where + "/x-pagination", pagination_problems(operation["x-pagination"], query)
            )
        if "x-sdk-method" in operation:
            yield from located(
                where + "/x-sdk-method", name_problems(operation["x-sdk-method"], "x-sdk-method")
            )
        if "x-retry" in operation:
            yield from located(where + "/x-retry", retry_problems(operation["x-retry"]))
        if "x-idempotency-key" in operation:
            yield from located(
                where + "/x-idempotency-key",
                idempotency_key_problems(operation["x-idempotency-key"]),
            )
        if "x-sse-reconnect" in operation:
            yield from located(
                where + "/x-sse-reconnect", sse_reconnect_problems(operation["x-sse-reconnect"])
            )
    yield from _check_signatures(spec)


def _check_signatures(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """`x-webhook-signature` on the document, on a webhook, on a webhook's operation."""
    data = spec.data
    found: list[tuple[str, Any]] = []
    seen_items: set[str] = set()
    if "x-webhook-signature" in data:
        found.append(("/x-webhook-signature", data["x-webhook-signature"]))
    for _name, method, operation, item, item_where in iter_webhooks(data, spec.refs.deref_at):
        if "x-webhook-signature" in item and item_where not in seen_items:
            seen_items.add(item_where)
            found.append((item_where + "/x-webhook-signature", item["x-webhook-signature"]))
        if "x-webhook-signature" in operation:
            where = f"{item_where}/{method}/x-webhook-signature"
            found.append((where, operation["x-webhook-signature"]))
    for where, declared in found:
        for below, message in signature_problems(declared):
            yield spec.diagnostic(where + below, message)


# --- house rules ------------------------------------------------------------------------


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
        structure = spec.structure
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
            parameter = spec.refs.deref(parameter)
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
    from jsonschema.validators import Draft202012Validator, extend
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    # Only the formats whose checkers are available and unambiguous; others stay annotations.
    checked_formats = ("date-time", "date", "email", "uuid", "ipv4", "ipv6")
    format_checker = FormatChecker([f for f in checked_formats if f in FormatChecker.checkers])

    validator_class: Any = OAS31Validator
    if version != "3.1":
        # 3.0's validator has no `if`, which the discriminators' dispatch below is made of.
        validator_class = extend(  # type: ignore[no-untyped-call]
            OAS30Validator, {"if": Draft202012Validator.VALIDATORS["if"]}
        )
    if structure is None:
        structure = document_structure(spec.data)
    # Discriminated unions checked as the mock and the clients read them (a dispatch on the
    # property), not as the validator library's own reading of `discriminator`.
    data = with_dispatch(spec.data, structure.schemas)
    resource = Resource.from_contents(data, default_specification=DRAFT202012)
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

    for example_pointer, schema_pointer, value in _iter_examples(spec, structure):
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
    spec: LoadedSpec, structure: DocumentStructure
) -> Iterator[tuple[str, str, Any]]:
    """(example pointer, schema pointer, example value) for every example in the document."""
    data, refs = spec.data, spec.refs
    for path in structure.holders:
        node = resolve_pointer(data, pointer_from_parts(path))
        # A media type, parameter or header object: `example` / `examples.<name>.value`.
        schema_pointer = pointer_from_parts((*path, "schema"))
        if "example" in node:
            yield pointer_from_parts((*path, "example")), schema_pointer, node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                example = refs.deref(example)
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
