"""Read a loaded spec into the operation model (``generator.wire.model``), once.

Everything that needs a `$ref` followed or a default applied is decided here: which
parameters an operation takes and how each is serialized, which media types its body and
responses have, which schemes its security requirements name, how it pages. Only the
original document is read (through ``LoadedSpec.refs``), so every pointer in the model is
one into the spec as written.
"""

from __future__ import annotations

import re
from typing import Any

from generator.diagnostics import SpecError
from generator.load import LoadedSpec
from generator.spec.extensions import RATE_LIMIT_PERIODS, rate_limit_problems
from generator.spec.grammar import openapi_version
from generator.spec.operations import (
    HTTP_OWNED_HEADERS,
    iter_operations,
    operation_parameters,
    request_path,
)
from generator.spec.pointer import escape_pointer_token, pointer_from_parts
from generator.spec.refs import References
from generator.wire.auth import Requirement, Scheme, resolve_scheme
from generator.wire.model import (
    DocumentedQuota,
    Media,
    Operation,
    Parameter,
    RequestBody,
    Response,
    WireApi,
)
from generator.wire.pagination import Pagination, pagination_problems, resolve_pagination

LOCATIONS = ("path", "query", "header", "cookie")
# OpenAPI: header parameters with these names are ignored; `content` and security describe
# them. The others the HTTP layer computes from the request itself.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"}) | HTTP_OWNED_HEADERS
IDEMPOTENT = frozenset({"get", "head", "options", "put", "delete", "trace"})
_REQUEST_ID_LETTERS = re.compile(r"[^a-z0-9]")
_DEFAULT_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}


def build_wire(spec: LoadedSpec) -> WireApi:
    """The operation model of ``spec`` (which has passed validate's generate levels)."""
    data: dict[str, Any] = spec.data
    schemes = _schemes(data, spec.refs)
    reader = _Reader(spec, schemes)
    operations = [reader.operation(*found) for found in iter_operations(data)]
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    return WireApi(
        spec=spec,
        version=openapi_version(data) or "3.1",
        title=str((info or {}).get("title") or spec.path.name),
        base_path=base_path_of(data),
        operations=operations,
        schemes=schemes,
        quota=documented_quota(data),
        request_id_header=request_id_header(data, operations),
    )


def documented_quota(data: dict[str, Any]) -> DocumentedQuota | None:
    """The document's `x-rate-limit` (validate's extensions level refuses a bad one)."""
    declared = data.get("x-rate-limit")
    if not isinstance(declared, dict) or any(rate_limit_problems(declared)):
        return None
    requests, period = declared["requests"], declared["period"]
    return DocumentedQuota(requests, period, RATE_LIMIT_PERIODS[period])


def request_id_header(data: dict[str, Any], operations: list[Operation]) -> str | None:
    """The response header holding the server's id of a request: the document's
    `x-request-id-header`, else the one response header name the operations declare whose
    letters end in "requestid" (`X-Request-ID`, `Request-Id`, `X-Amzn-RequestId`); none
    when they declare several different ones."""
    declared = data.get("x-request-id-header")
    if isinstance(declared, str) and declared:
        return declared
    found: dict[str, str] = {}
    for operation in operations:
        for response in operation.responses:
            for name in response.headers:
                if _REQUEST_ID_LETTERS.sub("", name.lower()).endswith("requestid"):
                    found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


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


def _schemes(data: dict[str, Any], refs: References) -> dict[str, Scheme]:
    components = data.get("components")
    declared = components.get("securitySchemes") if isinstance(components, dict) else None
    result: dict[str, Scheme] = {}
    for key, node in (declared if isinstance(declared, dict) else {}).items():
        where = pointer_from_parts(("components", "securitySchemes", key))
        scheme, pointer = refs.deref_at(node, where)
        if isinstance(scheme, dict):
            result[str(key)] = resolve_scheme(str(key), scheme, pointer)
    return result


class _Reader:
    """Reads the operations of one spec; what they share is read once."""

    def __init__(self, spec: LoadedSpec, schemes: dict[str, Scheme]) -> None:
        self.spec = spec
        self.refs = spec.refs
        self.schemes = schemes
        self.default_security = spec.data.get("security")
        self.default_idempotency = spec.data.get("x-idempotency-key")
        self._responses: dict[str, tuple[str, dict[str, Any], tuple[Media, ...]]] = {}

    def operation(
        self, path_key: str, method: str, operation: dict[str, Any], item: dict[str, Any]
    ) -> Operation:
        refs = self.refs
        pointer = pointer_from_parts(("paths", path_key, method))
        parameters, notes = self.parameters(path_key, method, operation, item)
        body_node, body_pointer = refs.deref_at(
            operation.get("requestBody"), pointer + "/requestBody"
        )
        body = None
        if isinstance(body_node, dict):
            body = RequestBody(
                pointer=body_pointer,
                content=_content(body_node.get("content"), body_pointer + "/content"),
                required=bool(body_node.get("required", False)),
                description=str(body_node.get("description") or "").strip(),
            )
        security = _security(operation.get("security", self.default_security), self.schemes)
        idempotency = self.idempotency_header(method, operation)
        return Operation(
            method=method,
            path_key=path_key,
            template=request_path(path_key),
            pointer=pointer,
            operation_id=str(operation.get("operationId") or f"{method} {path_key}"),
            raw=operation,
            summary=str(operation.get("summary") or "").strip(),
            description=str(operation.get("description") or "").strip(),
            deprecated=bool(operation.get("deprecated")),
            parameters=parameters,
            body=body,
            responses=self.responses(operation, pointer),
            security=security,
            # A keyed call cannot be performed twice, however often it is sent.
            retryable=method in IDEMPOTENT
            or bool(operation.get("x-retry"))
            or idempotency is not None,
            idempotency_header=idempotency,
            # validate's extensions level refuses anything but a boolean.
            sse_reconnect=operation.get("x-sse-reconnect") is True,
            pagination=_pagination(self.spec, operation, parameters, pointer),
            notes=tuple(notes),
        )

    def idempotency_header(self, method: str, operation: dict[str, Any]) -> str | None:
        """The header carrying the call's idempotency key (`x-idempotency-key`): the
        operation's own, else the document's for the methods that are not idempotent."""
        declared = operation.get("x-idempotency-key")
        if declared is None and method not in IDEMPOTENT:
            declared = self.default_idempotency
        # validate's extensions level refuses any other value.
        return declared if isinstance(declared, str) and declared else None

    def responses(self, operation: dict[str, Any], pointer: str) -> tuple[Response, ...]:
        raw = operation.get("responses")
        found: list[Response] = []
        for status, node in (raw if isinstance(raw, dict) else {}).items():
            where = f"{pointer}/responses/{escape_pointer_token(status)}"
            response, where = self.refs.deref_at(node, where)
            if isinstance(response, dict):
                description, headers, content = self._response_parts(response, where)
                found.append(Response(str(status), where, description, headers, content))
        return tuple(found)

    def _response_parts(
        self, response: dict[str, Any], where: str
    ) -> tuple[str, dict[str, Any], tuple[Media, ...]]:
        """A response object's description, headers (resolved) and media types, read once
        per object: operations share `components/responses` entries."""
        parts = self._responses.get(where)
        if parts is None:
            headers: dict[str, Any] = {}
            declared = response.get("headers")
            for name, header in (declared if isinstance(declared, dict) else {}).items():
                resolved = self.refs.deref(header)
                if isinstance(resolved, dict):
                    headers[str(name)] = resolved
            description = str(response.get("description") or "").strip()
            parts = (description, headers, _content(response.get("content"), where + "/content"))
            self._responses[where] = parts
        return parts

    def parameters(
        self, path_key: str, method: str, operation: dict[str, Any], item: dict[str, Any]
    ) -> tuple[list[Parameter], list[str]]:
        """The operation's parameters as a client generated from the spec sends them, in the
        order declared (no header the HTTP layer owns or OpenAPI ignores), and how they
        were read where the spec is inconsistent."""
        notes: list[str] = []
        merged = operation_parameters(self.refs.deref_at, path_key, method, operation, item, notes)
        result: list[Parameter] = []
        for (name, location), (parameter, pointer) in merged.items():
            if location not in LOCATIONS:
                continue
            if location == "header" and name.lower() in IGNORED_HEADERS:
                continue
            # A path variable the spec declared under another `in` is serialized as a path
            # parameter: a query style (form, deepObject) has no meaning in a path.
            moved = (
                location == "path"
                and pointer is not None
                and _declared_in(self.refs, pointer) != "path"
            )
            result.append(_parameter(name, location, parameter, pointer, moved=moved))
        return result, notes


def _declared_in(refs: References, pointer: str) -> Any:
    try:
        declared = refs.lookup(pointer)
    except KeyError:
        return None
    return declared.get("in") if isinstance(declared, dict) else None


def _parameter(
    name: str, location: str, parameter: dict[str, Any], pointer: str | None, *, moved: bool
) -> Parameter:
    declared_style = parameter.get("style")
    declared_explode = parameter.get("explode")
    style = str(declared_style) if isinstance(declared_style, str) and not moved else ""
    explode = declared_explode if isinstance(declared_explode, bool) and not moved else None
    wire_style = style or _DEFAULT_STYLE[location]
    schema = parameter.get("schema")
    schema_pointer = f"{pointer}/schema" if schema is not None and pointer is not None else None
    content_type: str | None = None
    content = parameter.get("content")
    if schema is None and isinstance(content, dict) and content:
        content_type = str(next(iter(content)))
        media = content[content_type]
        if isinstance(media, dict) and "schema" in media and pointer is not None:
            schema = media["schema"]
            schema_pointer = pointer + pointer_from_parts(("content", content_type, "schema"))
    return Parameter(
        name=name,
        location=location,
        required=bool(parameter.get("required")) or location == "path",
        style=wire_style,
        explode=explode if explode is not None else wire_style == "form",
        declared_style=style,
        declared_explode=explode,
        schema=schema if schema is not None else {},
        schema_pointer=schema_pointer,
        content_type=content_type,
        description=str(parameter.get("description") or "").strip(),
        pointer=pointer,
    )


def _content(content: Any, pointer: str) -> tuple[Media, ...]:
    found: list[Media] = []
    for content_type, media in (content if isinstance(content, dict) else {}).items():
        if not isinstance(media, dict):
            continue
        own = f"{pointer}/{escape_pointer_token(content_type)}"
        schema = media.get("schema")
        encoding = media.get("encoding")
        found.append(
            Media(
                content_type=str(content_type),
                media_type=str(content_type).split(";", 1)[0].strip().lower(),
                schema=schema,
                schema_pointer=own + "/schema" if schema is not None else None,
                pointer=own,
                encoding=encoding if isinstance(encoding, dict) else {},
            )
        )
    return tuple(found)


def _security(requirements: Any, schemes: dict[str, Scheme]) -> tuple[Requirement, ...]:
    """The alternatives of a `security` list (the operation's, else the document's)."""
    if not isinstance(requirements, list):
        return ()
    return tuple(
        Requirement(
            schemes=tuple(schemes[str(name)] for name in requirement if str(name) in schemes),
            undeclared=tuple(str(name) for name in requirement if str(name) not in schemes),
        )
        for requirement in requirements
        if isinstance(requirement, dict)
    )


def _pagination(
    spec: LoadedSpec, operation: dict[str, Any], parameters: list[Parameter], pointer: str
) -> Pagination | None:
    if "x-pagination" not in operation:
        return None
    where = pointer + "/x-pagination"
    declared = operation["x-pagination"]
    query = {parameter.name for parameter in parameters if parameter.location == "query"}
    # validate's extensions level reports these, and generate and the mock run it first:
    # an assertion that nothing reads an `x-pagination` it refused.
    problems = [
        spec.diagnostic(where + below, message)
        for below, message in pagination_problems(declared, query)
    ]
    if problems:
        raise SpecError(problems)
    return resolve_pagination(declared, where)
