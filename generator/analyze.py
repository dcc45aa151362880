"""Spec → intermediate representation (``generator.ir``).

Python decides every name and type here; templates only lay code out. The spec is first
*prepared* (component schemas renamed to the class names the models will have, inline
request/response/webhook schemas hoisted into components) so that datamodel-code-generator
and the client code agree on one class per schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import SpecError, pointer_from_parts
from generator.ir import (
    Api,
    Body,
    BodyField,
    Models,
    OAuthClient,
    Operation,
    Pagination,
    Parameter,
    Resource,
    SecurityScheme,
    ServerVariable,
    Webhook,
    WebhookSignature,
)
from generator.jsonapi import JsonApiWriteBuilder
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
from generator.pytypes import ANY, INT, NONE, STR, PyType, union
from generator.reserved import (
    CONSTRUCTOR_RESERVED,
    RESERVED_ARGUMENTS,
    RESERVED_CLIENT_ATTRIBUTES,
    RESERVED_MODEL_NAMES,
)
from generator.schema_types import FILE_CONTENT, TypeBuilder
from generator.spec.grammar import NodePath, node_at
from generator.spec.operations import iter_operations, iter_webhooks, path_variables, request_path
from generator.spec.pointer import component_name, parts_from_pointer
from generator.spec.refs import References, ref_holders
from generator.spec.schemas import SCHEMA_PREFIX, needs_class, object_shape, string_enum
from generator.wire import model as wire_model
from generator.wire.auth import Scheme
from generator.wire.build import build_wire
from generator.wire.model import preferred_media, preferred_type
from generator.wire.pagination import KEYS as PAGINATION_KEYS

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

    def prepared(self, pointer: str | None, written: Any = None) -> Any:
        """The node at ``pointer`` in this prepared copy: a schema the operation model read
        in the spec as written, renamed and hoisted; ``written`` (else ``{}``) for a schema
        the model made up (an undeclared path variable's) or one not there."""
        if pointer is None:
            return {} if written is None else written
        try:
            return self.refs.lookup(pointer)
        except KeyError:
            return {}

    def resolve_part(self, node: Any) -> tuple[Any, str | None]:
        """An `allOf` part resolved as ``resolve`` does, and the `$ref` it was reached by."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        return self.resolve(node), ref if isinstance(ref, str) else None


# --- preparation --------------------------------------------------------------------------


def prepare(spec: LoadedSpec, class_overrides: Mapping[str, str] | None = None) -> _Context:
    """A working copy of the spec with model-ready component names and hoisted schemas.
    ``class_overrides`` (schema name → class name, from a config) are taken first, so every
    other class is named around them."""
    data = _copy_json(spec.data)
    context = _Context(spec=spec, data=data)
    # The copy is the same tree as the loaded data (which never shares a node: the loader
    # expands YAML aliases into copies), so the paths of the one grammar walk of the loaded
    # document (`spec.structure`, which validation made) hold in it: no walk of its own.
    schema_nodes = [(path, node_at(data, path)) for path in spec.structure.schemas]
    _quote_string_enums(schema_nodes, context.warnings)
    components = data.setdefault("components", {})
    if not isinstance(components, dict):
        raise SpecError([spec.diagnostic("/components", "components must be a mapping")])
    schemas = components.get("schemas") or {}
    if not isinstance(schemas, dict):
        raise SpecError([spec.diagnostic("/components/schemas", "must be a mapping")])
    overrides = {k: v for k, v in (class_overrides or {}).items() if k in schemas}
    taken: set[str] = set(overrides.values())
    renamed: dict[str, Any] = {}
    for name in schemas:
        class_name = overrides.get(name) or unique(
            class_identifier(name, reserved=RESERVED_MODEL_NAMES), taken
        )
        context.class_names[name] = class_name
        renamed[class_name] = schemas[name]
    components["schemas"] = renamed
    # Renaming re-keyed the components but kept every schema object: the nodes still hold.
    _explicit_discriminator_mappings([node for _, node in schema_nodes], context.class_names)
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


def _explicit_discriminator_mappings(schemas: list[Any], class_names: dict[str, str]) -> None:
    """A discriminator's values are the schema names as written (its implicit mapping) and
    its mapping targets name components: once components are renamed to class names, both
    would read wrong. Each variant gets an explicit entry under its written name (unless
    the mapping already targets it) and every target names the renamed component."""
    for schema in schemas:
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict):
            continue
        written = discriminator.get("mapping")
        mapping: dict[str, Any] = {}
        for value, target in (written if isinstance(written, dict) else {}).items():
            name = component_name(target, SCHEMA_PREFIX) if isinstance(target, str) else None
            if isinstance(target, str) and "/" not in target:
                name = target  # a bare schema name
            mapping[str(value)] = (
                SCHEMA_PREFIX + class_names[name] if name in class_names else target
            )
        targeted = set(mapping.values())
        for keyword in ("oneOf", "anyOf"):
            members = schema.get(keyword)
            for member in members if isinstance(members, list) else []:
                ref = member.get("$ref") if isinstance(member, dict) else None
                name = component_name(ref, SCHEMA_PREFIX) if isinstance(ref, str) else None
                if name in class_names and SCHEMA_PREFIX + class_names[name] not in targeted:
                    mapping.setdefault(name, SCHEMA_PREFIX + class_names[name])
        discriminator["mapping"] = mapping


def _quote_string_enums(schemas: list[tuple[NodePath, Any]], warnings: list[str]) -> None:
    """`enum: [true, false]` under `type: string` means the strings: YAML read the unquoted
    words as booleans, which no string matches (the mock served booleans and the client
    refused them). Both read them as the strings, with a warning."""
    for path, schema in schemas:
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


class OperationBuilder:
    """An IR operation from the operation model (``generator.wire``): the HTTP facts as the
    model decided them, with Python names and types added. Types come from the prepared copy
    of each schema, found by the pointer the model read it at (pointers outside
    ``components/schemas`` are the same in both documents)."""

    def __init__(
        self, context: _Context, mapper: TypeBuilder, schemes: dict[str, SecurityScheme]
    ) -> None:
        self.context = context
        self.mapper = mapper
        self.schemes = schemes

    def build(self, wire: wire_model.Operation) -> Operation:
        where = wire.pointer
        op_id = str(wire.raw.get("operationId") or f"{wire.method}_{wire.path_key}")
        taken: set[str] = set(RESERVED_ARGUMENTS)
        path = wire.template
        if path != wire.path_key:
            self.context.warnings.append(
                f"{where}: the path {wire.path_key!r} ends in a #fragment, which is no part of"
                f" a URL; the operation is sent to {path!r}"
            )
        path_order = path_variables(path)
        parameters = self._parameters(wire, taken, where)
        parameters.sort(
            key=lambda p: (
                p.location != "path",
                path_order.index(p.wire_name) if p.wire_name in path_order else 0,
            )
        )
        body = self._body(wire, taken, [p.py_name for p in parameters if p.location == "path"])
        response_type, response_kind = self._response(wire)
        pagination = self._pagination(wire, parameters)
        stream_media = wire.stream_media
        stream = None if stream_media is None else stream_media.stream
        return Operation(
            operation_id=op_id,
            method_name="",
            constant_name="",
            http_method=wire.method.upper(),
            path=path,
            summary=wire.summary,
            description=wire.description,
            deprecated=wire.deprecated,
            parameters=parameters,
            body=body,
            response_type=response_type,
            response_kind=response_kind,
            error_types=self._errors(wire),
            security=self._security(wire),
            retryable=wire.retryable,
            pagination=pagination,
            accept=self._accept(wire),
            idempotency_header=wire.idempotency_header,
            wire=wire,
            stream=stream,
            item_type=self._stream_item(stream_media) if stream in ("sse", "jsonl") else None,
            sse_reconnect=wire.sse_reconnect and stream == "sse",
        )

    def _parameters(
        self, wire: wire_model.Operation, taken: set[str], where: str
    ) -> list[Parameter]:
        self.context.warnings.extend(f"{where}: {note}" for note in wire.notes)
        result: list[Parameter] = []
        for parameter in wire.parameters:
            schema = self.context.prepared(parameter.schema_pointer, parameter.schema)
            if parameter.content_type is not None:
                schema = {"type": "string"}  # a `content` parameter is sent serialized
            py_name = unique(
                member_identifier(parameter.name, fallback="param", reserved=RESERVED_ARGUMENTS),
                taken,
            )
            result.append(
                Parameter(
                    py_name=py_name,
                    wire_name=parameter.name,
                    location=parameter.location,
                    required=parameter.required,
                    type=_path_id(self.mapper.argument(schema), parameter.location),
                    description=parameter.description,
                    style=parameter.declared_style,
                    explode=parameter.declared_explode,
                )
            )
        return result

    def _body(
        self, wire: wire_model.Operation, taken: set[str], path_names: list[str]
    ) -> Body | None:
        request_body = wire.body
        if request_body is None:
            return None
        picked = preferred_media(request_body.content)
        if picked is None:
            return None
        kind = picked.kind
        schema = self.context.prepared(picked.schema_pointer)
        required = request_body.required
        description = request_body.description
        upload = kind == "multipart"
        properties, required_names = self._object_properties(schema)
        fields: tuple[BodyField, ...] | None = None
        jsonapi = None
        if kind == "json":
            jsonapi = JsonApiWriteBuilder(
                self.context.resolve, self._object_properties, self.mapper
            ).build(schema, taken, path_names)
        if jsonapi is None and kind in ("json", "form", "multipart") and properties:
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
        return Body(kind, picked.content_type, required, fields, body_type, description, jsonapi)

    def _object_properties(self, schema: Any) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names of an object schema, allOf parts merged."""
        resolved = self.context.resolve(schema)
        if not isinstance(resolved, dict):
            return {}, []
        shape = object_shape(resolved, self.context.resolve_part)
        return shape.properties, shape.required

    def _successes(self, wire: wire_model.Operation) -> Iterator[wire_model.Media]:
        """The media type a client reads of each 2xx response, by status."""
        for response in sorted(wire.responses, key=lambda r: r.status):
            picked = preferred_media(response.content) if _SUCCESS.match(response.status) else None
            if picked is not None:
                yield picked

    def _response(self, wire: wire_model.Operation) -> tuple[PyType | None, str]:
        types: list[PyType] = []
        kind = "none"
        for media in self._successes(wire):
            media_kind = media.kind
            if media_kind in ("json", "form", "multipart"):
                kind = "json"
                types.append(self.mapper.read(self.context.prepared(media.schema_pointer)))
            elif kind == "none":
                kind = media_kind
        if kind == "json":
            has_empty = any(
                _SUCCESS.match(response.status) and not response.content
                for response in wire.responses
            )
            return union(*types, *((NONE,) if has_empty else ())), kind
        return None, kind

    def _stream_item(self, media: wire_model.Media | None) -> PyType | None:
        """The type of each item of an event stream or JSON Lines body: the media type's
        schema describes one item (an event's data, a line). An event stream without one,
        or with a plain string, keeps each event's data as text; JSON Lines without one
        gives JSON values."""
        schema = None if media is None else self.context.prepared(media.schema_pointer)
        resolved = self.context.resolve(schema) if schema is not None else None
        if not isinstance(resolved, dict) or not resolved:
            return None if media is not None and media.stream == "sse" else ANY
        if media is not None and media.stream == "sse" and resolved.get("type") == "string":
            return None
        return self.mapper.read(schema)

    def _accept(self, wire: wire_model.Operation) -> str | None:
        """Every media type the responses document, success first: a server that
        negotiates (JSON:API answers 406 to ``Accept: application/json``) gets what it
        speaks."""
        success: list[str] = []
        others: list[str] = []
        for response in sorted(wire.responses, key=lambda r: r.status):
            target = success if _SUCCESS.match(response.status) else others
            for media in response.content:
                if media.content_type not in success and media.content_type not in others:
                    target.append(media.content_type)
        return ", ".join(success + others) or None

    def _errors(self, wire: wire_model.Operation) -> dict[str, PyType]:
        errors: dict[str, PyType] = {}
        for response in wire.responses:
            status = response.status
            if _SUCCESS.match(status):
                continue
            picked = preferred_media(response.content)
            if picked and picked.kind == "json":
                errors[status] = self.mapper.read(self.context.prepared(picked.schema_pointer))
        return dict(sorted(errors.items()))

    def _security(self, wire: wire_model.Operation) -> tuple[tuple[str, ...], ...]:
        """The alternatives a client can satisfy: every scheme named is one it can send."""
        return tuple(
            tuple(scheme.key for scheme in requirement.schemes)
            for requirement in wire.security
            if not requirement.undeclared
            and all(scheme.key in self.schemes for scheme in requirement.schemes)
        )

    def _pagination(
        self, wire: wire_model.Operation, parameters: list[Parameter]
    ) -> Pagination | None:
        pagination = wire.pagination
        if pagination is None:
            return None
        # The operation model checked that each `*_param` names one of these.
        by_wire = {p.wire_name: p.py_name for p in parameters if p.location == "query"}
        arguments = tuple(
            (key, by_wire[value] if PAGINATION_KEYS[key].kind == "param" else value)
            for key, value in pagination.values.items()
            if key != "items" and PAGINATION_KEYS[key].runtime
        )
        return Pagination(
            style=pagination.style.name,
            items=pagination.items,
            item_type=self._item_type(wire, pagination.items),
            arguments=arguments,
        )

    def _item_type(self, wire: wire_model.Operation, items_pointer: str) -> PyType:
        for media in self._successes(wire):
            schema: Any = self.context.prepared(media.schema_pointer)
            for token in [t for t in parts_from_pointer(items_pointer) if t]:
                properties, _ = self._object_properties(schema)
                schema = properties.get(token, {})
            resolved = self.context.resolve(schema)
            if isinstance(resolved, dict) and isinstance(resolved.get("items"), dict):
                return self.mapper.read(resolved["items"])
        return ANY


def _path_id(kind: PyType, location: str) -> PyType:
    """An integer path parameter also takes its text: an id read from a response may be a
    string (JSON:API serializes ids as strings; Overloop's models say ``id: str`` where its
    paths say integer), and in the URL both are the same text."""
    if location == "path" and INT in kind.members():
        return union(kind, STR)
    return kind


# --- the whole API ------------------------------------------------------------------------


def security_schemes(
    wire: wire_model.WireApi, api_name: str, warnings: list[str]
) -> dict[str, SecurityScheme]:
    """The schemes a generated client can send (``generator.wire.auth``), with their
    constructor arguments and environment variables; a warning for each other one."""
    result: dict[str, SecurityScheme] = {}
    taken: set[str] = set()
    prefix = snake_case(api_name).upper()
    for key, scheme in wire.schemes.items():
        kind = scheme.kind.runtime
        if kind is None:
            warnings.append(
                f"security scheme {key!r} ({scheme.declared_type}) is not supported; "
                "operations needing only it send no credentials"
            )
            continue
        credentials: list[str] = []
        for options in _credential_words(scheme):
            # The first of the options not taken yet; the last one else (then named after
            # the scheme, by _credential).
            preferred = next((o for o in options if o not in taken), options[-1])
            credentials.append(_credential(preferred, key, taken))
        env_vars = [f"{prefix}_{credential.upper()}" for credential in credentials]
        oauth = None
        if not any(s.oauth for s in result.values()):
            # One scheme's flows per client: its arguments then keep their plain names.
            oauth = _oauth_client(scheme, prefix, taken)
        result[key] = SecurityScheme(
            key,
            kind,
            credentials[0],
            env_vars[0],
            location=scheme.location,
            param_name=scheme.name,
            password_credential=credentials[1] if len(credentials) > 1 else None,
            password_env_var=env_vars[1] if len(env_vars) > 1 else None,
            description=scheme.description,
            oauth=oauth,
        )
    return result


def _oauth_client(scheme: Scheme, prefix: str, taken: set[str]) -> OAuthClient | None:
    """The token endpoint flows of an oauth2 scheme a client can run, with their arguments;
    None when it declares neither client credentials nor a flow issuing refresh tokens."""
    client_flow = scheme.flow("clientCredentials")
    token_url = client_flow.token_url if client_flow and client_flow.token_url else None
    refresh_flow = scheme.refresh_flow
    refresh_url = (refresh_flow.refresh_url or refresh_flow.token_url) if refresh_flow else None
    if token_url is None and refresh_url is None:
        return None
    key = scheme.key
    client_id = _credential("client_id", key, taken)
    client_secret = _credential("client_secret", key, taken)
    refresh_token = _credential("refresh_token", key, taken) if refresh_url else None
    token_provider = _credential("token_provider", key, taken)
    token_url_argument = _credential("token_url", key, taken)
    named = [client_id, client_secret, *([refresh_token] if refresh_token else [])]
    return OAuthClient(
        token_url=token_url,
        refresh_url=refresh_url,
        flows=tuple(flow.name for flow in scheme.flows),
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
        token_provider=token_provider,
        token_url_argument=token_url_argument,
        env_vars=tuple(f"{prefix}_{name.upper()}" for name in [*named, token_url_argument]),
    )


def _credential_words(scheme: Scheme) -> tuple[tuple[str, ...], ...]:
    """The preferred names of each of the scheme's secrets, in order of preference: the
    registry's, or, for a key, the words of its header or parameter."""
    if scheme.kind.credentials is not None:
        return scheme.kind.credentials
    param = scheme.name
    words = (
        [w for w in ascii_words(param) if w.lower() != "x"]
        if param.lower() != "authorization"
        else ["api", "key"]
    )
    return ((snake_case(" ".join(words)) or "api_key",),)


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


def build_api(
    spec: LoadedSpec,
    name: str,
    models: Models,
    context: _Context,
    keep: Callable[[wire_model.Operation], bool] | None = None,
) -> Api:
    """The IR; ``keep`` (a config's tag and operation filter) chooses the operations."""
    data = context.data
    wire = build_wire(spec)
    schemes = security_schemes(wire, name, context.warnings)
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
    for operation in wire.operations:
        if keep is not None and not keep(operation):
            continue
        path, method = operation.path_key, operation.method
        key = _resource_key(path, operation.raw)
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
            # The module also defines Async<name>, <name>WithRawResponse and
            # <name>WithStreamingResponse beside the models.
            # Tags that differ only in case or separators (fooBar, foo-bar) need their own.
            while class_name in resource_classes_taken or any(
                variant in context.model_classes or variant in RESERVED_MODEL_NAMES
                for variant in (
                    class_name,
                    f"Async{class_name}",
                    f"{class_name}WithRawResponse",
                    f"{class_name}WithStreamingResponse",
                )
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
        built = builder.build(operation)
        taken_methods = {op.method_name for op in resource.operations}
        method_name = _method_name(operation.raw, built.operation_id, key, method, path)
        if method_name in taken_methods:
            method_name = member_identifier(built.operation_id, fallback="call")
        built.method_name = unique(method_name, taken_methods)
        built.constant_name = unique(
            "_" + (snake_case(built.operation_id).upper() or "OPERATION"), constant_names
        )
        built.resource_attr = resource.attr_name
        resource.operations.append(built)
    credential_names = {c for scheme in schemes.values() for c in scheme.credentials} | {
        name
        for scheme in schemes.values()
        if scheme.oauth
        for name in (scheme.oauth.token_provider, scheme.oauth.token_url_argument)
    }
    base_url, variables = _server(data, credential_names, snake_case(name).upper())
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
        quota=(wire.quota.requests, wire.quota.period) if wire.quota else None,
        request_id_header=wire.request_id_header,
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


# A server variable default that only stands for the caller's own value: empty, "<...>",
# "{...}", or naming the caller ("YOUR_SLUG_HERE", "your-domain"). The client cannot use it,
# so the caller must give the value (argument or environment variable).
_PLACEHOLDER = re.compile(r"|<[^>]*>|\{[^}]*\}|(?:.*[^a-z])?your.*", re.IGNORECASE)


def is_placeholder(default: str) -> bool:
    """Whether a server variable's default is a placeholder (``_PLACEHOLDER``)."""
    return _PLACEHOLDER.fullmatch(default.strip()) is not None


def _server(
    data: dict[str, Any], credentials: set[str], env_prefix: str
) -> tuple[str, list[ServerVariable]]:
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
        py_name = unique(snake_identifier(wire_name, fallback="variable"), taken)
        default = str(variable.get("default", ""))
        variables.append(
            ServerVariable(
                py_name=py_name,
                wire_name=str(wire_name),
                default=default,
                env_var=f"{env_prefix}_{py_name.upper()}" if is_placeholder(default) else None,
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
        content = body.get("content") if isinstance(body, dict) else None
        offered = content if isinstance(content, dict) else {}
        chosen = preferred_type(k for k, media in offered.items() if isinstance(media, dict))
        payload = mapper.read(offered[chosen].get("schema", {})) if chosen is not None else ANY
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
