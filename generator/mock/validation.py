"""Request validation, compiled once per operation.

Checks run in the order a real server applies them: credentials (401), body media type
(415), body syntax (400), parameters (400), body schema (422).

The mock answers only statuses the operation documents (``client_error``): each refusal has
an order of preference, and the first status the operation lists is used. A malformed
request (body syntax, a parameter, a missing body) prefers 400, then 422; a body that parses
but breaks its schema 422, then 400; an unsupported Content-Type 415, then 400, then 422;
credentials 401, then 403. When the operation lists none of them, a ``4XX`` or ``default``
response covers the first preference; only when nothing covers it is the first preference
sent undocumented.

Credentials: with ``credentials`` (security scheme name -> the one accepted value, ``user:password``
for http basic, the token for bearer and oauth2) a request must present that value for the
scheme; any other value is refused like a missing one. Schemes without a configured value
accept any well-formed credential. An oauth2 scheme with a token endpoint
(``generator.mock.oauth``) also accepts the live tokens issued there, and only those (or
its configured value) once OAuth clients are configured.
All parameters of an operation validate in one call against one compiled schema whose
properties are ``query/limit``, ``path/lead_id``, ...; each body media type has its own.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from generator.mock.bodies import BodySyntaxError, match_media, parse_body, parse_content_type
from generator.mock.oauth import TokenEndpoint
from generator.mock.params import MISSING, ParameterSyntaxError, read_query, read_simple
from generator.mock.problems import Problem, Rejection
from generator.mock.schemas import SchemaStore, collect_errors, ref_to
from generator.spec.pointer import escape_pointer_token
from generator.wire.auth import Scheme
from generator.wire.model import Operation, Parameter, WireApi


@dataclass
class Incoming:
    """The parts of an HTTP request that validation looks at."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""
    cookies: dict[str, str] = field(default_factory=dict)


@dataclass
class Validated:
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    media_type: str | None


def parse_cookies(header: str | None) -> dict[str, str]:
    cookies: dict[str, str] = {}
    for part in (header or "").split(";"):
        name, sep, value = part.partition("=")
        if sep and name.strip():
            cookies[name.strip()] = value.strip().strip('"')
    return cookies


MALFORMED = (400, 422)  # body syntax, parameters, a missing body
INVALID_BODY = (422, 400)  # a body that parses but breaks its schema
UNSUPPORTED_MEDIA = (415, 400, 422)
UNAUTHORIZED = (401, 403)


def client_error(operation: Operation | None, preferred: tuple[int, ...]) -> int:
    """The status a refusal gets: the first of ``preferred`` the operation lists; else the
    first one a ``4XX``/``default`` response covers; else (nothing documented covers any)
    the first one. The mock must not answer a status its spec does not document."""
    if operation is None:
        return preferred[0]
    responses = operation.by_status
    for status in preferred:
        if str(status) in responses:
            return status
    for status in preferred:
        if f"{status // 100}XX" in responses:
            return status
    return preferred[0]


class OperationValidator:
    def __init__(
        self,
        model: WireApi,
        operation: Operation,
        schemas: SchemaStore,
        credentials: dict[str, str] | None = None,
        tokens: TokenEndpoint | None = None,
    ) -> None:
        self.model = model
        self.credentials = credentials or {}
        self.tokens = tokens
        self.operation = operation
        self.schemas = schemas
        self._parameters = operation.parameters
        self._requirements = security_requirements(operation)
        self._params_validator: jsonschema_rs.Validator | None = None
        self._compiled = False

    def compile(self) -> None:
        """Compile every validator this operation needs (idempotent)."""
        if self._compiled:
            return
        properties = {p.key: ref_to(p.schema_pointer) for p in self._parameters if p.schema_pointer}
        if properties:
            self._params_validator = self.schemas.compile(
                {"type": "object", "properties": properties},
                "request",
                f"parameters:{self.operation.pointer}",
            )
        for media in self.operation.bodies.values():
            if media.schema_pointer is not None:
                self.schemas.validator(media.schema_pointer, "request")
        self._compiled = True

    # --- credentials ---------------------------------------------------------------------

    def check_security(self, incoming: Incoming) -> None:
        requirements = self._requirements
        if not requirements:
            return
        wrong = False
        for requirement in requirements:
            presented = [check_for(scheme).presented(scheme, incoming) for scheme in requirement]
            if all(value is not None for value in presented):
                if all(
                    self._accepts(scheme, value)
                    for scheme, value in zip(requirement, presented, strict=True)
                ):
                    return
                wrong = True
        wanted = " or ".join(
            " + ".join(check_for(scheme).describe(scheme) for scheme in requirement)
            for requirement in requirements
        )
        used = {scheme.kind.mock_check for requirement in requirements for scheme in requirement}
        challenge = next(
            (c.challenge for name, c in CHECKS.items() if name in used and c.challenge), None
        )
        headers = {"WWW-Authenticate": challenge} if challenge else {}
        # Never the value sent or expected: only which credential is wrong.
        message = (
            f"wrong credentials: send the configured {wanted}"
            if wrong
            else f"missing or malformed credentials: send {wanted}"
        )
        status = client_error(self.operation, UNAUTHORIZED)
        raise Rejection(status, [Problem("header/Authorization", message)], headers=headers)

    def _accepts(self, scheme: Scheme, value: str | None) -> bool:
        expected = self.credentials.get(scheme.key)
        tokens = self.tokens
        if tokens is not None and value is not None and scheme.key in tokens.enforced:
            # A token the mock's token endpoint issued and has not expired, or the one
            # configured with --credential.
            return tokens.live(value) or (expected is not None and _accepted(expected, value))
        return _accepted(expected, value)

    # --- the request ---------------------------------------------------------------------

    def validate(self, incoming: Incoming, path_params: dict[str, str]) -> Validated:
        self.compile()
        body, media_type = self._body(incoming)
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for parameter in self._parameters:
            try:
                value = self._read(parameter, incoming, path_params)
            except ParameterSyntaxError as exc:
                problems.append(Problem(parameter.key, str(exc)))
                continue
            if value is MISSING:
                if parameter.required:
                    problems.append(Problem(parameter.key, "is required"))
                continue
            values[parameter.key] = value
        if self._params_validator is not None and not problems:
            for error in collect_errors(self._params_validator, values):
                where = "/".join(str(part) for part in error.path[1:])
                location = str(error.path[0]) if error.path else "parameters"
                problems.append(
                    Problem(f"{location}/{where}" if where else location, error.message)
                )
        if problems:
            if all(problem.location.startswith("path/") for problem in problems):
                # A path that names no resource (`/leads/abc` for an integer id) is Not
                # Found, as most servers route it, when the operation documents a 404.
                raise Rejection(client_error(self.operation, (404, *MALFORMED)), problems)
            raise Rejection(client_error(self.operation, MALFORMED), problems)
        if media_type is not None:
            self._check_body(media_type, body)
        grouped: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for key, value in values.items():
            location, _, name = key.partition("/")
            grouped.setdefault(location, {})[name] = value
        return Validated(grouped["path"], grouped["query"], grouped["header"], body, media_type)

    def _read(self, parameter: Parameter, incoming: Incoming, path_params: dict[str, str]) -> Any:
        if parameter.location == "query":
            return read_query(self.model.data, parameter, incoming.query)
        if parameter.location == "path":
            return read_simple(self.model.data, parameter, path_params.get(parameter.name))
        if parameter.location == "header":
            return read_simple(
                self.model.data, parameter, incoming.headers.get(parameter.name.lower())
            )
        if parameter.location == "cookie":
            cookies = {name: [value] for name, value in incoming.cookies.items()}
            return read_query(self.model.data, parameter, cookies)
        return MISSING

    def _body(self, incoming: Incoming) -> tuple[Any, str | None]:
        operation = self.operation
        if not operation.bodies:
            return None, None  # a body nobody documented is ignored, as servers do
        if not incoming.body:
            if operation.body_required:
                raise Rejection(
                    client_error(operation, MALFORMED),
                    [Problem("body", "a request body is required")],
                )
            return None, None
        content_type = incoming.headers.get("content-type", "")
        essence, _ = parse_content_type(content_type)
        media = match_media(essence, operation.bodies) if essence else None
        if media is None:
            expected = ", ".join(operation.bodies)
            got = f"{essence!r} is not accepted" if essence else "Content-Type is missing"
            raise Rejection(
                client_error(operation, UNSUPPORTED_MEDIA),
                [Problem("header/Content-Type", f"{got}; send one of: {expected}")],
            )
        try:
            body, should_validate = parse_body(self.model.data, incoming.body, content_type, media)
        except BodySyntaxError as exc:
            raise Rejection(
                client_error(operation, MALFORMED), [Problem("body", str(exc))]
            ) from None
        if not should_validate or media.schema_pointer is None:
            return body, None
        return body, media.schema_pointer

    def _check_body(self, schema_pointer: str, body: Any) -> None:
        errors = collect_errors(self.schemas.validator(schema_pointer, "request"), body)
        if not errors:
            return
        problems = [
            Problem(
                "/".join(["body", *(str(part) for part in error.path)]),
                error.message,
                "".join("/" + escape_pointer_token(part) for part in error.path),
            )
            for error in errors
        ]
        raise Rejection(client_error(self.operation, INVALID_BODY), problems)


# --- credentials: one check per kind of security scheme -------------------------------


def security_requirements(operation: Operation) -> list[tuple[Scheme, ...]]:
    """The alternatives a request must satisfy one of: none when `{}` is one (anonymous
    access is allowed), and a requirement naming no scheme the spec defines is skipped."""
    if any(requirement.anonymous for requirement in operation.security):
        return []
    return [requirement.schemes for requirement in operation.security if requirement.schemes]


class Check:
    """What a request presents for a scheme of one kind (``generator.wire.auth`` names the
    check of each kind)."""

    challenge: str | None = None  # the WWW-Authenticate of a refusal

    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        """The credential the request presents for ``scheme`` (``user:password`` for basic),
        or None when it presents none in the scheme's form."""
        raise NotImplementedError

    def describe(self, scheme: Scheme) -> str:
        raise NotImplementedError

    def refuses(self, scheme: Scheme, value: str) -> str | None:
        """Why ``value`` cannot be the one credential the mock accepts for ``scheme``."""
        return None


class _ApiKey(Check):
    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        if scheme.location == "query":
            return next((v for v in incoming.query.get(scheme.name, []) if v), None)
        if scheme.location == "cookie":
            return incoming.cookies.get(scheme.name) or None
        return incoming.headers.get(scheme.name.lower(), "").strip() or None

    def describe(self, scheme: Scheme) -> str:
        return f"the {scheme.name} {scheme.location}"


def _authorization(incoming: Incoming) -> tuple[str, str]:
    """The scheme (lower-case) and credentials of the Authorization header."""
    scheme, _, credentials = incoming.headers.get("authorization", "").strip().partition(" ")
    return scheme.lower(), credentials.strip()


class _Bearer(Check):
    challenge = "Bearer"

    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        kind, credentials = _authorization(incoming)
        return credentials if kind == "bearer" and credentials else None

    def describe(self, scheme: Scheme) -> str:
        return "Authorization: Bearer <token>"


class _Basic(Check):
    challenge = 'Basic realm="mock"'

    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        kind, credentials = _authorization(incoming)
        if kind != "basic":
            return None
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
            return None
        return decoded if ":" in decoded else None

    def describe(self, scheme: Scheme) -> str:
        return "Authorization: Basic <base64 user:password>"

    def refuses(self, scheme: Scheme, value: str) -> str | None:
        if ":" not in value:
            return f"{scheme.key} is http basic: give the credential as user:password"
        return None


class _Http(Check):
    """Another HTTP authentication scheme (digest, ...): its name and some credentials."""

    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        kind, credentials = _authorization(incoming)
        return credentials if kind == scheme.http_scheme and credentials else None

    def describe(self, scheme: Scheme) -> str:
        return f"Authorization: {scheme.http_scheme} <credentials>"


class _Nothing(Check):
    """mutualTLS happens below HTTP: nothing a request can show us."""

    def presented(self, scheme: Scheme, incoming: Incoming) -> str | None:
        return ""

    def describe(self, scheme: Scheme) -> str:
        return f"{scheme.declared_type} ({scheme.key})"

    def refuses(self, scheme: Scheme, value: str) -> str | None:
        return f"{scheme.key} is {scheme.declared_type}: the mock cannot check it"


# In the order a refusal's WWW-Authenticate prefers them.
CHECKS: dict[str, Check] = {
    "apiKey": _ApiKey(),
    "bearer": _Bearer(),
    "basic": _Basic(),
    "http": _Http(),
    "none": _Nothing(),
}


def check_for(scheme: Scheme) -> Check:
    return CHECKS[scheme.kind.mock_check]


def _accepted(expected: str | None, presented: str | None) -> bool:
    if presented is None:
        return False
    if expected is None:
        return True
    # Constant time: the mock may stand in for a real service in a shared test setup.
    return hmac.compare_digest(expected.encode("utf-8"), presented.encode("utf-8"))
