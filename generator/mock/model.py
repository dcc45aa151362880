"""The spec, read once into the per-operation facts the mock needs on every request.

Everything that needs a `$ref` followed or a default applied is done here, at startup, so
the request path only looks things up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.load import LoadedSpec
from generator.mock.numbers import parse_unsigned
from generator.spec.grammar import openapi_version
from generator.spec.operations import (
    HTTP_OWNED_HEADERS,
    iter_operations,
    path_variables,
    request_path,
)
from generator.spec.pointer import pointer_from_parts
from generator.spec.refs import deref_at

_JSON_SUBTYPE = re.compile(r"^application/(?:[\w.+-]*\+)?json$|^text/json$")


def is_json_media(media_type: str) -> bool:
    return bool(_JSON_SUBTYPE.match(media_type))


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    style: str
    explode: bool
    schema: Any  # the (unresolved) schema object, for coercion
    schema_pointer: str | None  # where the schema lives, for the compiled validator
    content_type: str | None = None  # a `content`-serialised parameter (e.g. JSON in a query)

    @property
    def key(self) -> str:
        return f"{self.location}/{self.name}"


@dataclass(frozen=True)
class SchemeCheck:
    """What one security scheme needs to see on a request."""

    name: str
    kind: str  # header | query | cookie | bearer | basic | http | none
    parameter: str = ""  # header/query/cookie name, or the HTTP auth scheme


@dataclass(frozen=True)
class MediaBody:
    media_type: str
    schema: Any
    schema_pointer: str | None
    pointer: str  # the media type object itself (for its example)
    encoding: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX", "default"
    pointer: str
    headers: dict[str, Any]
    content: dict[str, MediaBody]  # media type → schema

    def media(self) -> MediaBody | None:
        """The media type to answer with: JSON when offered, else the first listed."""
        for media_type, body in self.content.items():
            if is_json_media(media_type):
                return body
        return next(iter(self.content.values()), None)


@dataclass
class Operation:
    method: str
    template: str
    pointer: str
    operation_id: str
    raw: dict[str, Any]
    parameters: list[Parameter]
    body_required: bool
    bodies: dict[str, MediaBody]  # media type (lower-case, no parameters) → body
    responses: dict[str, ResponseSpec]
    security: list[list[SchemeCheck]]  # any one requirement satisfied is enough
    pagination: dict[str, Any] | None

    @property
    def segments(self) -> list[str]:
        return [s for s in self.template.split("/") if s]

    def response_for(self, status: int) -> ResponseSpec | None:
        """The documented response for ``status``: exact code, then ``4XX``, then default."""
        exact = self.responses.get(str(status))
        if exact is not None:
            return exact
        ranged = self.responses.get(f"{status // 100}XX")
        if ranged is not None:
            return ranged
        return self.responses.get("default")

    def success_status(self) -> tuple[int, ResponseSpec | None]:
        codes = [c for c in self.responses if c.startswith("2")]
        if not codes:
            # No success documented: `default` describes every other status, a success
            # included, so a 200 with its body is documented; nothing at all is a 204 (an
            # invented 200 without body or Content-Type matched nothing the spec says).
            default = self.responses.get("default")
            return (200, default) if default is not None else (204, None)
        # A create that documents 201 means 201, even when a 200 for a special case
        # (e.g. "return the existing record") is listed first.
        chosen = "201" if self.method == "post" and "201" in codes else codes[0]
        # "2XX" (any case) or a status the spec spelled oddly: a plain 200.
        status = parse_unsigned(chosen, 3) or 200
        return status, self.responses[chosen]


@dataclass
class MockSpec:
    spec: LoadedSpec
    version: str
    title: str
    base_path: str
    operations: list[Operation]
    schemes: dict[str, dict[str, Any]]

    @property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.spec.data
        return data


def base_path_of(data: dict[str, Any]) -> str:
    """The path part of ``servers[0].url``; host and server variables are not ours to check."""
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    variables = servers[0].get("variables") or {}
    if "://" in url:
        # Sliced by hand rather than urlsplit: the host may be templated (`{slug}.example.com`).
        scheme_end = url.index("://") + 3
        slash = url.find("/", scheme_end)
        path = url[slash:] if slash >= 0 else ""
    else:
        path = url
    for name, variable in variables.items():
        default = variable.get("default", "") if isinstance(variable, dict) else ""
        path = path.replace("{" + str(name) + "}", str(default))
    path = path.split("?", 1)[0].split("#", 1)[0]
    return "/" + path.strip("/") if path.strip("/") else ""


def _schemes(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    components = data.get("components") or {}
    raw = components.get("securitySchemes") or {} if isinstance(components, dict) else {}
    result: dict[str, dict[str, Any]] = {}
    for name, scheme in raw.items():
        resolved, _ = deref_at(data, scheme, "")
        if isinstance(resolved, dict):
            result[str(name)] = resolved
    return result


def _scheme_check(name: str, scheme: dict[str, Any]) -> SchemeCheck:
    kind = scheme.get("type")
    if kind == "apiKey":
        where = str(scheme.get("in", "header"))
        return SchemeCheck(name, where, str(scheme.get("name", "")))
    if kind == "http":
        http_scheme = str(scheme.get("scheme", "")).lower()
        if http_scheme in ("bearer", "basic"):
            return SchemeCheck(name, http_scheme)
        return SchemeCheck(name, "http", http_scheme)
    if kind in ("oauth2", "openIdConnect"):
        return SchemeCheck(name, "bearer")
    # mutualTLS happens below HTTP: nothing a request can show us.
    return SchemeCheck(name, "none")


def _security(
    data: dict[str, Any], operation: dict[str, Any], schemes: dict[str, dict[str, Any]]
) -> list[list[SchemeCheck]]:
    requirements = operation.get("security", data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return []
    result: list[list[SchemeCheck]] = []
    for requirement in requirements:
        if not isinstance(requirement, dict):
            continue
        if not requirement:
            return []  # `{}` makes authentication optional
        checks = [_scheme_check(name, schemes[name]) for name in requirement if name in schemes]
        if checks:
            result.append(checks)
    return result


def _parameters(
    data: dict[str, Any],
    template: str,
    method: str,
    operation: dict[str, Any],
    item: dict[str, Any],
) -> list[Parameter]:
    """The operation's parameters as a client generated from the spec sends them: every
    ``{name}`` of the path a path parameter (one declared in the query moves to the path, one
    not declared is a string), and no header the HTTP layer owns (Content-Length, Host...)."""
    merged = _declared_parameters(data, template, method, operation, item)
    variables = path_variables(request_path(template))
    for name in variables:
        if ("path", name) in merged:
            continue
        elsewhere = next((k for k in merged if k[1] == name), None)
        moved = merged.pop(elsewhere) if elsewhere is not None else None
        merged[("path", name)] = Parameter(
            name=name,
            location="path",
            required=True,
            style="simple",
            explode=False,
            schema=moved.schema if moved is not None else {"type": "string"},
            schema_pointer=moved.schema_pointer if moved is not None else None,
        )
    return [
        p
        for key, p in merged.items()
        if not (key[0] == "path" and key[1] not in variables)
        and not (key[0] == "header" and key[1].lower() in HTTP_OWNED_HEADERS)
    ]


def _declared_parameters(
    data: dict[str, Any],
    template: str,
    method: str,
    operation: dict[str, Any],
    item: dict[str, Any],
) -> dict[tuple[str, str], Parameter]:
    merged: dict[tuple[str, str], Parameter] = {}
    sources = (("parameters",), (method, "parameters"))
    for source in sources:
        owner = item if len(source) == 1 else operation
        raw = owner.get("parameters")
        if not isinstance(raw, list):
            continue
        for index, node in enumerate(raw):
            pointer = pointer_from_parts(("paths", template, *source, index))
            parameter, pointer = deref_at(data, node, pointer)
            if not isinstance(parameter, dict) or "name" not in parameter:
                continue
            location = str(parameter.get("in", "query"))
            default_style = "form" if location in ("query", "cookie") else "simple"
            style = str(parameter.get("style", default_style))
            content = parameter.get("content")
            content_type: str | None = None
            schema = parameter.get("schema")
            schema_pointer: str | None = pointer + "/schema" if schema is not None else None
            if schema is None and isinstance(content, dict) and content:
                content_type = str(next(iter(content)))
                media = content[content_type]
                if isinstance(media, dict) and "schema" in media:
                    schema = media["schema"]
                    schema_pointer = (
                        pointer
                        + "/"
                        + pointer_from_parts(("content", content_type, "schema")).lstrip("/")
                    )
            merged[(location, str(parameter["name"]))] = Parameter(
                name=str(parameter["name"]),
                location=location,
                required=bool(parameter.get("required", location == "path")),
                style=style,
                explode=bool(parameter.get("explode", style == "form")),
                schema=schema if schema is not None else {},
                schema_pointer=schema_pointer,
                content_type=content_type,
            )
    return merged


def _media_bodies(data: dict[str, Any], content: Any, pointer: str) -> dict[str, MediaBody]:
    bodies: dict[str, MediaBody] = {}
    if not isinstance(content, dict):
        return bodies
    for media_type, media in content.items():
        if not isinstance(media, dict):
            continue
        essence = str(media_type).split(";", 1)[0].strip().lower()
        schema = media.get("schema")
        where = pointer + pointer_from_parts((media_type, "schema")) if schema is not None else None
        encoding = media.get("encoding") if isinstance(media.get("encoding"), dict) else {}
        own = pointer + pointer_from_parts((media_type,))
        bodies[essence] = MediaBody(essence, schema, where, own, encoding or {})
    return bodies


def _responses(
    data: dict[str, Any], operation: dict[str, Any], pointer: str
) -> dict[str, ResponseSpec]:
    result: dict[str, ResponseSpec] = {}
    raw = operation.get("responses")
    if not isinstance(raw, dict):
        return result
    for code, node in raw.items():
        response, where = deref_at(data, node, pointer + pointer_from_parts(("responses", code)))
        if not isinstance(response, dict):
            continue
        headers: dict[str, Any] = {}
        for name, header in (response.get("headers") or {}).items():
            resolved, _ = deref_at(data, header, "")
            if isinstance(resolved, dict):
                headers[str(name)] = resolved
        content = _media_bodies(data, response.get("content"), where + "/content")
        result[str(code).upper() if str(code).lower().endswith("xx") else str(code)] = ResponseSpec(
            str(code), where, headers, content
        )
    return result


def build_model(spec: LoadedSpec) -> MockSpec:
    data: dict[str, Any] = spec.data
    version = openapi_version(spec.data) or "3.1"
    schemes = _schemes(data)
    operations: list[Operation] = []
    for template, method, operation, item in iter_operations(data):
        pointer = pointer_from_parts(("paths", template, method))
        body_node, body_pointer = deref_at(
            data, operation.get("requestBody"), pointer + "/requestBody"
        )
        bodies: dict[str, MediaBody] = {}
        body_required = False
        if isinstance(body_node, dict):
            bodies = _media_bodies(data, body_node.get("content"), body_pointer + "/content")
            body_required = bool(body_node.get("required", False))
        pagination = operation.get("x-pagination")
        operations.append(
            Operation(
                method=method,
                template=request_path(template),
                pointer=pointer,
                operation_id=str(operation.get("operationId") or f"{method} {template}"),
                raw=operation,
                parameters=_parameters(data, template, method, operation, item),
                body_required=body_required,
                bodies=bodies,
                responses=_responses(data, operation, pointer),
                security=_security(data, operation, schemes),
                pagination=pagination if isinstance(pagination, dict) else None,
            )
        )
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    return MockSpec(
        spec=spec,
        version=version,
        title=str((info or {}).get("title") or spec.path.name),
        base_path=base_path_of(data),
        operations=operations,
        schemes=schemes,
    )
