"""Spec → intermediate representation (``generator.ir``).

Python decides every name and type here; templates only lay code out. The spec is first
*prepared* (component schemas renamed to the class names the models will have, inline
request/response/webhook schemas hoisted into components) so that datamodel-code-generator
and the client code agree on one class per schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import SpecError, pointer_from_parts
from generator.ir import (
    Api,
    Body,
    BodyField,
    Models,
    Operation,
    Pagination,
    Parameter,
    Resource,
    SecurityScheme,
    ServerVariable,
    Webhook,
    WebhookSignature,
)
from generator.load import LoadedSpec
from generator.naming import (
    VERSION_FALLBACK,
    ascii_words,
    bounded_name,
    class_identifier,
    member_identifier,
    package_version,
    pascal_case,
    safe_identifier,
    singular,
    snake_case,
    snake_identifier,
    unique,
)
from generator.pytypes import ANY, NONE, STR, PyType, union
from generator.reserved import (
    CONSTRUCTOR_RESERVED,
    RESERVED_ARGUMENTS,
    RESERVED_CLIENT_ATTRIBUTES,
    RESERVED_MODEL_NAMES,
)
from generator.schema_types import FILE_CONTENT, TypeBuilder
from generator.spec.extensions import PAGINATION_PARAMS, pagination_problems
from generator.spec.grammar import document_structure
from generator.spec.operations import (
    HTTP_OWNED_HEADERS,
    iter_operations,
    iter_webhooks,
    operation_parameters,
    path_variables,
    request_path,
)
from generator.spec.pointer import component_name, parts_from_pointer, resolve_pointer
from generator.spec.refs import References, ref_holders
from generator.spec.schemas import SCHEMA_PREFIX, needs_class, object_shape, string_enum

_SUCCESS = re.compile(r"^2(\d\d|XX)$")
_VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)*$")


@dataclass(eq=False)
class _Context:
    spec: LoadedSpec
    data: dict[str, Any]
    class_names: dict[str, str] = field(default_factory=dict)  # component name → class
    model_classes: set[str] = field(default_factory=set)  # classes the models module defines
    warnings: list[str] = field(default_factory=list)
    refs: References = field(init=False)

    def __post_init__(self) -> None:
        self.refs = References(self.data)

    def resolve(self, node: Any) -> Any:
        """``node`` with its `$ref`s followed; ``{}`` where one cannot be (validation has
        already reported it), so callers read an empty schema rather than a reference."""
        resolved = self.refs.deref(node)
        return {} if isinstance(resolved, dict) and "$ref" in resolved else resolved

    def resolve_part(self, node: Any) -> tuple[Any, str | None]:
        """An `allOf` part resolved as ``resolve`` does, and the `$ref` it was reached by."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        return self.resolve(node), ref if isinstance(ref, str) else None


# --- preparation --------------------------------------------------------------------------


def prepare(spec: LoadedSpec) -> _Context:
    """A working copy of the spec with model-ready component names and hoisted schemas."""
    data = _copy_json(spec.data)
    context = _Context(spec=spec, data=data)
    _quote_string_enums(data, context.warnings)
    components = data.setdefault("components", {})
    if not isinstance(components, dict):
        raise SpecError([spec.diagnostic("/components", "components must be a mapping")])
    schemas = components.get("schemas") or {}
    if not isinstance(schemas, dict):
        raise SpecError([spec.diagnostic("/components/schemas", "must be a mapping")])
    taken: set[str] = set()
    renamed: dict[str, Any] = {}
    for name in schemas:
        class_name = unique(class_identifier(name, reserved=RESERVED_MODEL_NAMES), taken)
        context.class_names[name] = class_name
        renamed[class_name] = schemas[name]
    components["schemas"] = renamed
    _rewrite_refs(data, context.class_names)
    context.class_names = {name: name for name in renamed}
    _hoist_inline_schemas(context, taken)
    # Renaming and hoisting rewrote the document: what was resolved before may be stale.
    context.refs = References(data)
    chain = _longest_reference_chain(renamed)
    if len(chain) > MAX_MODEL_NESTING:
        shown = " -> ".join([*chain[:3], "...", *chain[-2:]])
        context.warnings.append(
            f"schemas nest {len(chain)} levels deep through $refs ({shown}): validating"
            " them in the generated client may exceed Python's recursion limit (pydantic"
            f" builds a nested model in several frames; about {MAX_MODEL_NESTING} levels are"
            " safe)"
        )
    return context


def _quote_string_enums(data: Any, warnings: list[str]) -> None:
    """`enum: [true, false]` under `type: string` means the strings: YAML read the unquoted
    words as booleans, which no string matches (the mock served booleans and the client
    refused them). Both read them as the strings, with a warning."""
    for path in document_structure(data).schemas:
        schema = resolve_pointer(data, pointer_from_parts(path))
        enum = schema.get("enum")
        if schema.get("type") != "string" or not isinstance(enum, list):
            continue
        quoted = string_enum(enum)
        if quoted != enum:
            schema["enum"] = quoted
            warnings.append(
                f"{pointer_from_parts((*path, 'enum'))}: enum values that are not strings"
                " under `type: string` are read as strings"
            )


# Nesting of models (through `$ref`s) that the generated client validates without reaching
# Python's default recursion limit: a chain of 100 objects fails, 90 passes when called
# from a shallow stack; applications call from deeper ones.
MAX_MODEL_NESTING = 50


def _longest_reference_chain(schemas: dict[str, Any]) -> list[str]:
    """The longest chain of component schemas each referring to the next (a reference back
    into the chain, a cycle, is not followed: recursive models are fine), without
    recursion."""
    edges: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        found: list[str] = []
        for holder in ref_holders(schema):
            target = component_name(holder["$ref"], SCHEMA_PREFIX)
            if target is not None and target in schemas and target not in found:
                found.append(target)
        edges[name] = found
    longest: dict[str, list[str]] = {}
    for root in schemas:
        if root in longest:
            continue
        on_path: set[str] = {root}
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            name, index = work.pop()
            targets = edges[name]
            if index < len(targets):
                work.append((name, index + 1))
                target = targets[index]
                if target not in longest and target not in on_path:
                    on_path.add(target)
                    work.append((target, 0))
                continue
            best: list[str] = []
            for target in targets:
                if target in longest and len(longest[target]) > len(best):
                    best = longest[target]
            longest[name] = [name, *best]
            on_path.discard(name)
    return max(longest.values(), key=len, default=[])


def _copy_json(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _copy_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_copy_json(value) for value in node]
    return node


def _rewrite_refs(data: Any, renames: dict[str, str]) -> None:
    for holder in ref_holders(data):
        ref: str = holder["$ref"]
        head = component_name(ref, SCHEMA_PREFIX)
        if head in renames:
            rest = ref[len(SCHEMA_PREFIX) :].partition("/")[2]
            holder["$ref"] = SCHEMA_PREFIX + renames[head] + ("/" + rest if rest else "")


def _hoist_inline_schemas(context: _Context, taken: set[str]) -> None:
    """Give every inline request/response/webhook object schema a component of its own."""
    schemas = context.data["components"]["schemas"]

    def hoist(holder: dict[str, Any], name: str) -> None:
        schema = holder.get("schema")
        if not isinstance(schema, dict) or "$ref" in schema or not needs_class(schema):
            return
        class_name = unique(class_identifier(name, reserved=RESERVED_MODEL_NAMES), taken)
        schemas[class_name] = schema
        holder["schema"] = {"$ref": SCHEMA_PREFIX + class_name}
        context.class_names[class_name] = class_name

    for _path, _method, operation, _item in iter_operations(context.data):
        base = pascal_case(str(operation.get("operationId") or "")) or "Operation"
        body = context.resolve(operation.get("requestBody"))
        for media in _media_types(body):
            hoist(media, base + "Request")
        for status, response in (operation.get("responses") or {}).items():
            suffix = "Response" if _SUCCESS.match(str(status)) else f"Error{status}"
            for media in _media_types(context.resolve(response)):
                hoist(media, base + suffix)
    for name, _method, webhook, _item, _ in iter_webhooks(context.data, context.refs.deref_at):
        for media in _media_types(context.resolve(webhook.get("requestBody"))):
            hoist(media, name + "Event")


def _media_types(holder: Any) -> Iterator[dict[str, Any]]:
    if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
        for media in holder["content"].values():
            if isinstance(media, dict):
                yield media


# --- operations ---------------------------------------------------------------------------


def _content_kind(content_type: str) -> str:
    lowered = content_type.lower().split(";")[0].strip()
    if lowered == "application/json" or lowered.endswith("+json") or lowered == "*/*":
        return "json"
    if lowered == "application/x-www-form-urlencoded":
        return "form"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.startswith("text/"):
        return "text"
    return "binary"


_KIND_PREFERENCE = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}


def _pick_media(content: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(content, dict) or not content:
        return None
    ranked = sorted(
        (item for item in content.items() if isinstance(item[1], dict)),
        key=lambda item: _KIND_PREFERENCE[_content_kind(item[0])],
    )
    return ranked[0] if ranked else None


# Request headers that are not the caller's to set. Accept, Content-Type and Authorization
# are described by `content` and security instead (OpenAPI says so); the others are owned
# by the HTTP layer, which computes them from the request (a documented Content-Length
# argument was sent as "5.0" beside the real one).
NOT_ARGUMENT_HEADERS = frozenset({"accept", "content-type", "authorization"}) | HTTP_OWNED_HEADERS


class OperationBuilder:
    def __init__(
        self, context: _Context, mapper: TypeBuilder, schemes: dict[str, SecurityScheme]
    ) -> None:
        self.context = context
        self.mapper = mapper
        self.schemes = schemes
        default = context.data.get("security")
        self.default_security = default if isinstance(default, list) else []

    def build(
        self, path: str, method: str, operation: dict[str, Any], item: dict[str, Any]
    ) -> Operation:
        where = pointer_from_parts(("paths", path, method))
        op_id = str(operation.get("operationId") or f"{method}_{path}")
        taken: set[str] = set(RESERVED_ARGUMENTS)
        key = path
        path = request_path(key)
        if path != key:
            self.context.warnings.append(
                f"{where}: the path {key!r} ends in a #fragment, which is no part of a URL;"
                f" the operation is sent to {path!r}"
            )
        path_order = path_variables(path)
        parameters = self._parameters(key, operation, item, taken, where)
        parameters.sort(
            key=lambda p: (
                p.location != "path",
                path_order.index(p.wire_name) if p.wire_name in path_order else 0,
            )
        )
        body = self._body(operation, taken, where)
        response_type, response_kind = self._response(operation)
        pagination = self._pagination(operation, parameters, response_type, where)
        security = operation.get("security", self.default_security)
        retryable = method in ("get", "head", "options", "put", "delete", "trace") or bool(
            operation.get("x-retry")
        )
        description = str(operation.get("description") or "").strip()
        return Operation(
            operation_id=op_id,
            method_name="",
            constant_name="",
            http_method=method.upper(),
            path=path,
            summary=str(operation.get("summary") or "").strip(),
            description=description,
            deprecated=bool(operation.get("deprecated")),
            parameters=parameters,
            body=body,
            response_type=response_type,
            response_kind=response_kind,
            error_types=self._errors(operation),
            security=self._security(security),
            retryable=retryable,
            pagination=pagination,
            accept=self._accept(operation),
        )

    def _parameters(
        self,
        path_key: str,
        operation: dict[str, Any],
        item: dict[str, Any],
        taken: set[str],
        where: str,
    ) -> list[Parameter]:
        notes: list[str] = []
        merged = operation_parameters(self.context.resolve, path_key, operation, item, notes)
        self.context.warnings.extend(f"{where}: {note}" for note in notes)
        result: list[Parameter] = []
        for (wire_name, location), parameter in merged.items():
            if location not in ("path", "query", "header", "cookie"):
                continue
            if location == "header" and wire_name.lower() in NOT_ARGUMENT_HEADERS:
                continue
            schema = parameter.get("schema")
            if schema is None and isinstance(parameter.get("content"), dict):
                schema = {"type": "string"}  # a `content` parameter is sent serialized
            py_name = unique(
                member_identifier(wire_name, fallback="param", reserved=RESERVED_ARGUMENTS), taken
            )
            result.append(
                Parameter(
                    py_name=py_name,
                    wire_name=wire_name,
                    location=location,
                    required=bool(parameter.get("required")) or location == "path",
                    type=self.mapper.argument(schema),
                    description=str(parameter.get("description") or "").strip(),
                    style=str(parameter.get("style") or ""),
                    explode=parameter.get("explode")
                    if isinstance(parameter.get("explode"), bool)
                    else None,
                )
            )
        return result

    def _body(self, operation: dict[str, Any], taken: set[str], where: str) -> Body | None:
        request_body = self.context.resolve(operation.get("requestBody"))
        if not isinstance(request_body, dict):
            return None
        picked = _pick_media(request_body.get("content"))
        if picked is None:
            return None
        content_type, media = picked
        kind = _content_kind(content_type)
        schema = media.get("schema", {})
        required = bool(request_body.get("required"))
        description = str(request_body.get("description") or "").strip()
        upload = kind == "multipart"
        properties, required_names = self._object_properties(schema)
        fields: tuple[BodyField, ...] | None = None
        if kind in ("json", "form", "multipart") and properties:
            flattened = []
            for wire_name, prop in properties.items():
                prop_schema = prop if isinstance(prop, dict) else {}
                resolved = self.context.resolve(prop_schema)
                if isinstance(resolved, dict) and resolved.get("readOnly") is True:
                    continue  # server-set: never sent
                py_name = unique(
                    member_identifier(wire_name, fallback="field", reserved=RESERVED_ARGUMENTS),
                    taken,
                )
                flattened.append(
                    BodyField(
                        py_name=py_name,
                        wire_name=wire_name,
                        required=wire_name in required_names and required,
                        type=self.mapper.argument(prop_schema, upload=upload),
                        description=str(
                            (resolved.get("description") if isinstance(resolved, dict) else "")
                            or ""
                        ).strip(),
                    )
                )
            fields = tuple(flattened)
        body_type = self.mapper.argument(schema, upload=upload)
        if kind == "binary":
            body_type = FILE_CONTENT
        elif kind == "text":
            body_type = STR
        if fields is None:
            taken.add("body")
        return Body(kind, content_type, required, fields, body_type, description)

    def _object_properties(self, schema: Any) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names of an object schema, allOf parts merged."""
        resolved = self.context.resolve(schema)
        if not isinstance(resolved, dict):
            return {}, []
        shape = object_shape(resolved, self.context.resolve_part)
        return shape.properties, shape.required

    def _response(self, operation: dict[str, Any]) -> tuple[PyType | None, str]:
        responses = operation.get("responses") or {}
        types: list[PyType] = []
        kind = "none"
        for status in sorted(str(s) for s in responses):
            if not _SUCCESS.match(status):
                continue
            picked = _pick_media(self.context.resolve(responses[status]).get("content"))
            if picked is None:
                continue
            content_type, media = picked
            media_kind = _content_kind(content_type)
            if media_kind in ("json", "form", "multipart"):
                kind = "json"
                types.append(self.mapper.read(media.get("schema", {})))
            elif kind == "none":
                kind = media_kind
        if kind == "json":
            has_empty = any(
                _SUCCESS.match(str(s)) and not self.context.resolve(r).get("content")
                for s, r in responses.items()
            )
            return union(*types, *((NONE,) if has_empty else ())), kind
        return None, kind

    def _accept(self, operation: dict[str, Any]) -> str | None:
        """Every media type the responses document, success first: a server that
        negotiates (JSON:API answers 406 to ``Accept: application/json``) gets what it
        speaks."""
        success: list[str] = []
        others: list[str] = []
        for status, response in sorted((operation.get("responses") or {}).items()):
            content = self.context.resolve(response).get("content")
            if not isinstance(content, dict):
                continue
            target = success if _SUCCESS.match(str(status)) else others
            for media_type in content:
                if media_type not in success and media_type not in others:
                    target.append(str(media_type))
        return ", ".join(success + others) or None

    def _errors(self, operation: dict[str, Any]) -> dict[str, PyType]:
        errors: dict[str, PyType] = {}
        for status, response in (operation.get("responses") or {}).items():
            status = str(status)
            if _SUCCESS.match(status):
                continue
            picked = _pick_media(self.context.resolve(response).get("content"))
            if picked and _content_kind(picked[0]) == "json":
                errors[status] = self.mapper.read(picked[1].get("schema", {}))
        return dict(sorted(errors.items()))

    def _security(self, requirements: Any) -> tuple[tuple[str, ...], ...]:
        if not isinstance(requirements, list):
            return ()
        alternatives: list[tuple[str, ...]] = []
        for requirement in requirements:
            if isinstance(requirement, dict):
                names = tuple(str(n) for n in requirement if str(n) in self.schemes)
                if len(names) == len(requirement):
                    alternatives.append(names)
        return tuple(alternatives)

    def _pagination(
        self,
        operation: dict[str, Any],
        parameters: list[Parameter],
        response_type: PyType | None,
        where: str,
    ) -> Pagination | None:
        if "x-pagination" not in operation:
            return None
        declared = operation["x-pagination"]
        by_wire = {p.wire_name: p.py_name for p in parameters if p.location == "query"}
        # validate's extensions level reports these; generate runs it first.
        for below, message in pagination_problems(declared, set(by_wire)):
            raise SpecError([self.context.spec.diagnostic(f"{where}/x-pagination{below}", message)])
        style = declared["style"]  # checked above: a mapping with a known style
        mapped: dict[str, str | None] = {
            key: by_wire[declared[key]] if declared.get(key) is not None else None
            for key in PAGINATION_PARAMS
        }
        items = str(declared.get("items", ""))
        item_type = self._item_type(operation, items)
        pointers = {
            k: (str(declared[k]) if isinstance(declared.get(k), str) else None)
            for k in ("next_url", "has_more", "total")
        }
        return Pagination(style=style, items=items, item_type=item_type, **mapped, **pointers)

    def _item_type(self, operation: dict[str, Any], items_pointer: str) -> PyType:
        for status, response in sorted((operation.get("responses") or {}).items()):
            if not _SUCCESS.match(str(status)):
                continue
            picked = _pick_media(self.context.resolve(response).get("content"))
            if not picked:
                continue
            schema: Any = picked[1].get("schema", {})
            for token in [t for t in parts_from_pointer(items_pointer) if t]:
                properties, _ = self._object_properties(schema)
                schema = properties.get(token, {})
            resolved = self.context.resolve(schema)
            if isinstance(resolved, dict) and isinstance(resolved.get("items"), dict):
                return self.mapper.read(resolved["items"])
        return ANY


# --- the whole API ------------------------------------------------------------------------


def security_schemes(context: _Context, api_name: str) -> dict[str, SecurityScheme]:
    declared = (context.data.get("components") or {}).get("securitySchemes") or {}
    result: dict[str, SecurityScheme] = {}
    taken: set[str] = set()
    prefix = snake_case(api_name).upper()
    for key, raw in declared.items():
        scheme = context.resolve(raw)
        if not isinstance(scheme, dict):
            continue
        kind_name = scheme.get("type")
        description = str(scheme.get("description") or "").strip()
        if kind_name == "apiKey":
            param = str(scheme.get("name") or "Authorization")
            words = (
                [w for w in ascii_words(param) if w.lower() != "x"]
                if param.lower() != "authorization"
                else ["api", "key"]
            )
            credential = _credential(snake_case(" ".join(words)) or "api_key", key, taken)
            result[key] = SecurityScheme(
                key,
                "apiKey",
                credential,
                f"{prefix}_{credential.upper()}",
                location=str(scheme.get("in") or "header"),
                param_name=param,
                description=description,
            )
        elif kind_name == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            user = _credential("username", key, taken)
            password = _credential("password", key, taken)
            result[key] = SecurityScheme(
                key,
                "basic",
                user,
                f"{prefix}_{user.upper()}",
                password_credential=password,
                password_env_var=f"{prefix}_{password.upper()}",
                description=description,
            )
        elif kind_name == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            credential = _credential(
                "api_key" if "api_key" not in taken else "bearer_token", key, taken
            )
            result[key] = SecurityScheme(
                key, "bearer", credential, f"{prefix}_{credential.upper()}", description=description
            )
        elif kind_name in ("oauth2", "openIdConnect"):
            credential = _credential("access_token", key, taken)
            result[key] = SecurityScheme(
                key, "bearer", credential, f"{prefix}_{credential.upper()}", description=description
            )
        else:
            context.warnings.append(
                f"security scheme {key!r} ({kind_name}) is not supported; "
                "operations needing only it send no credentials"
            )
    return result


def _credential(preferred: str, key: str, taken: set[str]) -> str:
    preferred = safe_identifier(preferred, fallback="api_key", reserved=CONSTRUCTOR_RESERVED)
    if preferred in taken:
        preferred = snake_identifier(key, fallback="credential", reserved=CONSTRUCTOR_RESERVED)
    return unique(preferred, taken)


def _resource_key(path: str, operation: dict[str, Any]) -> str:
    tags = operation.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
        return tags[0]
    segments = [
        s
        for s in request_path(path).split("/")
        if s and not s.startswith("{") and not _VERSION_SEGMENT.match(s)
    ]
    return segments[0] if segments else "default"


def _method_name(
    operation: dict[str, Any], op_id: str, resource_key: str, http_method: str, path: str
) -> str:
    explicit = operation.get("x-sdk-method")
    if isinstance(explicit, str) and explicit.strip():
        return member_identifier(explicit, fallback="call")
    words = snake_case(op_id).split("_") if op_id else [http_method.lower(), *ascii_words(path)]
    resource_words = set()
    for word in ascii_words(resource_key):
        lowered = word.lower()
        resource_words |= {lowered, singular(lowered), lowered + "s"}
    kept = [w for w in words if w and w not in resource_words]
    if len(kept) == 1 and kept[0] in ("get", "post"):
        # Stripe-style ids (GetCustomers, PostCustomersCustomer) say only the HTTP verb once
        # the resource is dropped; name them the way SDK users expect.
        on_item = path.rstrip("/").endswith("}")
        renamed = {"get": "get" if on_item else "list", "post": "update" if on_item else "create"}
        kept = [renamed[kept[0]]]
    return member_identifier("_".join(kept or words), fallback="call")


def build_api(spec: LoadedSpec, name: str, models: Models, context: _Context) -> Api:
    data = context.data
    schemes = security_schemes(context, name)
    mapper = TypeBuilder(data["components"]["schemas"], context.refs, context.model_classes)
    builder = OperationBuilder(context, mapper, schemes)
    info = data.get("info") or {}
    title = str(info.get("title") or name)
    resources: dict[str, Resource] = {}
    resource_attrs: set[str] = set()
    tag_descriptions = {
        str(t.get("name")): str(t.get("description") or "").strip()
        for t in data.get("tags") or []
        if isinstance(t, dict)
    }
    constant_names: set[str] = set()
    resource_classes_taken: set[str] = set()
    for path, method, operation, item in iter_operations(data):
        key = _resource_key(path, operation)
        resource = resources.get(key)
        if resource is None:
            # The attribute is also the module's file name (resources/<attr>.py).
            attr = unique(
                bounded_name(
                    snake_identifier(
                        key, fallback="resource", reserved=frozenset(RESERVED_CLIENT_ATTRIBUTES)
                    )
                ),
                resource_attrs,
            )
            class_name = class_identifier(key, fallback="Default") + "Resource"
            # The module also defines Async<name> and <name>WithRawResponse beside the models.
            # Tags that differ only in case or separators (fooBar, foo-bar) need their own.
            while class_name in resource_classes_taken or any(
                variant in context.model_classes or variant in RESERVED_MODEL_NAMES
                for variant in (class_name, f"Async{class_name}", f"{class_name}WithRawResponse")
            ):
                class_name += "_"
            resource_classes_taken.add(class_name)
            resource = Resource(
                tag=key,
                attr_name=attr,
                class_name=class_name,
                description=tag_descriptions.get(key, ""),
            )
            resources[key] = resource
        built = builder.build(path, method, operation, item)
        taken_methods = {op.method_name for op in resource.operations}
        method_name = _method_name(operation, built.operation_id, key, method, path)
        if method_name in taken_methods:
            method_name = member_identifier(built.operation_id, fallback="call")
        built.method_name = unique(method_name, taken_methods)
        built.constant_name = unique(
            "_" + (snake_case(built.operation_id).upper() or "OPERATION"), constant_names
        )
        built.resource_attr = resource.attr_name
        resource.operations.append(built)
    credential_names = {c for scheme in schemes.values() for c in scheme.credentials}
    base_url, variables = _server(data, credential_names)
    webhooks = _webhooks(context, mapper)
    package = snake_identifier(name, fallback="api") + "_client"
    resource_classes = {
        f"{prefix}{r.class_name}" for r in resources.values() for prefix in ("", "Async")
    }
    client_class = _client_class_name(info, title, context, resource_classes)
    spec_version = str(info.get("version") or "")
    version, rule = package_version(spec_version)
    if rule == VERSION_FALLBACK:
        context.warnings.append(
            f"info.version {spec_version!r} is not a PEP 440 version; the package version is"
            f" {version} (the rule is in the generated README)"
        )
    return Api(
        name=name,
        package=package,
        distribution=f"{name}-client",
        client_class=client_class,
        title=title,
        version=spec_version,
        description=str(info.get("description") or "").strip(),
        base_url=base_url,
        server_variables=variables,
        security_schemes=list(schemes.values()),
        resources=sorted(resources.values(), key=lambda r: r.attr_name),
        models=models,
        model_names=sorted(context.model_classes),
        webhooks=webhooks,
        warnings=context.warnings,
    )


_GENERIC_TITLE_WORDS = re.compile(r"^(api|rest|http|v\d+(\.\d+)*|\d+(\.\d+)*)$", re.IGNORECASE)


def _client_class_name(
    info: dict[str, Any], title: str, context: _Context, resource_classes: set[str]
) -> str:
    """`ProPipeLines` from "Pro Pipe Lines API v2": the title without API/version words,
    unless the spec names the client with `x-sdk-client-name`."""
    explicit = info.get("x-sdk-client-name")
    source = str(explicit or title)
    words = [w for w in ascii_words(source) if explicit or not _GENERIC_TITLE_WORDS.match(w)]
    # __init__ imports the client, its Async twin and the models; _client.py the resources.
    taken = frozenset(RESERVED_MODEL_NAMES | context.model_classes | resource_classes)
    name = class_identifier(" ".join(words) or source, fallback="Api", reserved=taken)
    while f"Async{name}" in taken:
        name += "Client"
    return name


def _server(data: dict[str, Any], credentials: set[str]) -> tuple[str, list[ServerVariable]]:
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return "http://localhost", []
    server = servers[0]
    url = str(server.get("url") or "/")
    variables: list[ServerVariable] = []
    taken: set[str] = set(CONSTRUCTOR_RESERVED) | set(credentials)
    for wire_name, variable in (server.get("variables") or {}).items():
        if not isinstance(variable, dict):
            continue
        enum = tuple(str(v) for v in variable.get("enum") or [])
        variables.append(
            ServerVariable(
                py_name=unique(snake_identifier(wire_name, fallback="variable"), taken),
                wire_name=str(wire_name),
                default=str(variable.get("default", "")),
                enum=enum,
                description=str(variable.get("description") or "").strip(),
            )
        )
    if url.startswith("/"):
        url = "http://localhost" + url
    return url.rstrip("/"), variables


def _webhooks(context: _Context, mapper: TypeBuilder) -> list[Webhook]:
    result: list[Webhook] = []
    root_signature = context.data.get("x-webhook-signature")
    for name, _method, operation, item, _ in iter_webhooks(context.data, context.refs.deref_at):
        body = context.resolve(operation.get("requestBody"))
        picked = _pick_media(body.get("content") if isinstance(body, dict) else None)
        payload = mapper.read(picked[1].get("schema", {})) if picked else ANY
        signature = operation.get(
            "x-webhook-signature", item.get("x-webhook-signature", root_signature)
        )
        result.append(
            Webhook(
                name=str(name),
                payload_type=payload,
                summary=str(operation.get("summary") or "").strip(),
                signature=_signature(signature),
            )
        )
    return result


def _signature(declared: Any) -> WebhookSignature | None:
    if not isinstance(declared, dict):
        return None
    return WebhookSignature(
        location=str(declared.get("in", "body")),
        name=str(declared.get("name", "signature")),
        algorithm=str(declared.get("algorithm", "sha256")).lower(),
        message=str(declared.get("message", "{body}")),
    )
