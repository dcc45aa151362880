"""The mock as an ASGI application: routing, validation, responses, state and faults wired up.

``create_app`` returns a Starlette application, usable in-process (``httpx.ASGITransport``,
Schemathesis' ASGI loader) or served by uvicorn (``generator.mock.server``). The spec itself
is served at ``/__specforge__/openapi.json`` so that tools can load it from the app.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypedDict, Unpack
from urllib.parse import parse_qsl, quote, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from generator.diagnostics import SpecError
from generator.load import LoadedSpec, load_spec
from generator.mock.admin import RequestLog, Scenarios, admin_routes, check_prefix
from generator.mock.faults import HEADER as FAULT_HEADER
from generator.mock.faults import (
    NO_CONTENT,
    FailureRate,
    Fault,
    FaultSyntaxError,
    parse_fault,
)
from generator.mock.forward import ForwardCompat
from generator.mock.idempotency import DEFAULT_HEADER as DEFAULT_IDEMPOTENCY_HEADER
from generator.mock.idempotency import IdempotencyKeys
from generator.mock.numbers import parse_unsigned
from generator.mock.oauth import DEFAULT_TOKEN_LIFETIME, TokenEndpoint
from generator.mock.pagination import (
    Asked,
    UrlFor,
    last_page,
    stateless_headers,
    strategy_for,
    with_headers,
)
from generator.mock.problems import Problem, Rejection
from generator.mock.quota import RateLimiter, parse_rate_limit
from generator.mock.responses import Reply, ResponseFactory, answer_media, is_jsonish
from generator.mock.routing import Router
from generator.mock.schemas import SchemaStore
from generator.mock.store import MAX_RECORDS, MAX_STORE_BYTES, Store
from generator.mock.streams import Streamed, streamed_reply
from generator.mock.validation import Incoming, OperationValidator, check_for, parse_cookies
from generator.validate import validate_spec
from generator.wire.build import build_wire
from generator.wire.model import Operation, WireApi

log = logging.getLogger("specforge.mock")

MAX_BODY = 1024 * 1024
# The request head: beyond these a request gets 431 Request Header Fields Too Large (and a
# target longer than MAX_TARGET a 414), like nginx's and Node's limits. The server
# (generator.mock.server) enforces them while it parses, before buffering more; the app
# checks them too, for in-process use.
MAX_HEADER_FIELDS = 256
MAX_HEAD_BYTES = 64 * 1024
MAX_TARGET = 16 * 1024
SPEC_PATH = "/__specforge__/openapi.json"
# Compiling every validator up front keeps the first requests fast, but a spec the size of
# Stripe's would take seconds; past this budget the rest compile on first use.
_COMPILE_BUDGET = 0.4
# Query parameters commonly carrying a secret: redacted in logs, reports and cassettes.
SENSITIVE_QUERY = frozenset(
    {
        "api_key",
        "apikey",
        "api-key",
        "key",
        "token",
        "access_token",
        "auth",
        "password",
        "secret",
        "client_secret",
        "signature",
        "sig",
    }
)


class _Disconnected(Exception):
    """The client went away before its request was read."""


@dataclass
class _Sent:
    status: int
    fault: Fault | None
    outcome: str = "valid"  # for the request log: valid, refused: ..., fault ...


class MockOptions(TypedDict, total=False):
    """The keyword options of ``create_app`` and ``MockCore`` (defaults: ``MockCore``)."""

    seed: int
    stateful: bool
    failure_rate: float
    max_body: int
    max_records: int
    max_store_bytes: int
    credentials: dict[str, str] | None
    forward_compat: bool
    token_lifetime: float
    oauth_clients: dict[str, str] | None
    rate_limit: str | None


class MockCore:
    """The plain ASGI request handler; one instance per served spec."""

    def __init__(self, model: WireApi, **options: Unpack[MockOptions]) -> None:
        # As a plain keyword-only signature would: a misspelt option is a TypeError, not ignored.
        unknown = sorted(set(options) - set(MockOptions.__annotations__))
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
        # The defaults live here only: create_app passes through what its caller gave.
        seed = options.get("seed", 0)
        stateful = options.get("stateful", False)
        failure_rate = options.get("failure_rate", 0.0)
        max_body = options.get("max_body", MAX_BODY)
        max_records = options.get("max_records", MAX_RECORDS)
        max_store_bytes = options.get("max_store_bytes", MAX_STORE_BYTES)
        credentials = options.get("credentials")
        forward_compat = options.get("forward_compat", False)
        rate_limit = options.get("rate_limit")
        self.model = model
        self.seed = seed
        self.max_body = max_body
        self.router = Router(model.operations)
        self.schemas = SchemaStore(model.data, model.version)
        self.responses = ResponseFactory(model, self.schemas, seed)
        self.forward = ForwardCompat(self.responses.synth, seed) if forward_compat else None
        # The token endpoints of the spec's OAuth 2 flows (generator.mock.oauth).
        self.tokens = TokenEndpoint(
            model,
            lifetime=options.get("token_lifetime", DEFAULT_TOKEN_LIFETIME),
            clients=options.get("oauth_clients"),
            credentials=credentials,
        )
        self.validators = {
            id(op): OperationValidator(model, op, self.schemas, credentials, self.tokens)
            for op in model.operations
        }
        self.store = (
            Store(
                model,
                self.responses,
                seed,
                max_records=max_records,
                max_bytes=max_store_bytes,
            )
            if stateful
            else None
        )
        self.idempotency = IdempotencyKeys()
        self.failures = FailureRate(failure_rate, seed)
        self.rate_limiter = (
            RateLimiter(parse_rate_limit(rate_limit, model.quota), model) if rate_limit else None
        )
        # Admin endpoints (generator.mock.admin) and the modes of generator.mock.modes.
        self.scenarios = Scenarios()
        self.requests = RequestLog()
        self.webhooks: Any = None
        self.reload_seed: Callable[[], int] | None = None
        self.connections: Any = None  # set by generator.mock.server: lets `reset` close sockets
        self._success: dict[tuple[int, bool], Reply] = {}
        self._empty_item: dict[tuple[str, str], tuple[Operation, str]] = {}
        for op in model.operations:
            head, _, last = op.template.rstrip("/").rpartition("/")
            if last.startswith("{") and last.endswith("}") and "{" not in last[1:-1]:
                self._empty_item.setdefault((op.method, head), (op, last[1:-1]))
        self._sensitive = set(SENSITIVE_QUERY) | {
            scheme.name.lower() for scheme in model.schemes.values() if scheme.location == "query"
        }
        started = time.perf_counter()
        for validator in self.validators.values():
            if time.perf_counter() - started > _COMPILE_BUDGET:
                break
            validator.compile()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        method = str(scope.get("method", "GET")).upper()
        path, query_string = request_target(scope)
        try:
            sent = await self._handle(scope, receive, send, method, path, query_string)
        except _Disconnected:
            return
        elapsed = (time.perf_counter() - started) * 1000
        status = str(sent.status) if sent.status else "-"  # `-`: closed without a response
        line = f"{method} {path}{self._redacted(query_string)} {status} {elapsed:.1f}ms"
        if sent.fault is not None and sent.fault.describe():
            line += f" fault={sent.fault.describe()}"
            sent.outcome = f"fault {sent.fault.describe()}"
        log.info(line)
        self.requests.add(method, path + self._redacted(query_string), sent.status, sent.outcome)

    def _redacted(self, query_string: str) -> str:
        if not query_string:
            return ""
        pairs = parse_qsl(query_string, keep_blank_values=True)
        cleaned = [(k, "***" if k.lower() in self._sensitive else v) for k, v in pairs]
        return "?" + urlencode(cleaned, safe="[]*,:")

    async def _handle(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        method: str,
        path: str,
        query_string: str,
    ) -> _Sent:
        operation: Operation | None = None
        fault: Fault | None = None
        reply: Reply | Streamed
        try:
            if len(path) + len(query_string) > MAX_TARGET:
                raise Rejection(
                    414, [Problem("path", f"the request target is over {MAX_TARGET} bytes")]
                )
            headers = _merged_headers(scope.get("headers", ()))
        except Rejection as rejection:
            reply = self.responses.error(None, rejection.status, rejection.problems)
            return await self._send(scope, send, reply, method, None)
        try:
            fault = parse_fault(headers.get(FAULT_HEADER))
        except FaultSyntaxError as exc:
            reply = self.responses.error(None, 400, [Problem(f"header/{FAULT_HEADER}", str(exc))])
            return await self._send(scope, send, reply, method, None)
        try:
            if await self._delay_or_reset(scope, fault):
                return _Sent(0, fault)
            operation, params = self.route(method, path)
            if fault is None:
                fault = self.scenarios.take(operation.operation_id)
                if await self._delay_or_reset(scope, fault):
                    return _Sent(0, fault)
            if fault is not None and fault.status is not None:
                extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                problem = Problem("", f"injected by {FAULT_HEADER}: status={fault.status}")
                reply = self.responses.error(operation, fault.status, [problem], headers=extra)
            elif self.failures.hit():
                problem = Problem("", "injected by the run's failure rate")
                reply = self.responses.error(operation, 503, [problem])
            else:
                limited = self._rate_limited(scope, headers, query_string)
                reply = await self._answer(
                    scope, receive, operation, params, method, path, query_string, headers
                )
                if limited:
                    # A streamed success carries the quota's headers as a JSON one does.
                    reply = replace(reply, headers=with_headers(reply.headers, limited))
                if fault is not None and fault.reset_after:
                    # The call was performed; only its answer is lost (what a client retry
                    # with an idempotency key exists for).
                    await self._reset(scope)
                    return _Sent(0, fault)
        except Rejection as rejection:
            reply = self.responses.error(
                operation,
                rejection.status,
                rejection.problems,
                title=rejection.title,
                headers=rejection.headers,
            )
            sent = await self._send(scope, send, reply, method, fault)
            sent.outcome = "refused: " + "; ".join(
                f"{p.location}: {p.message}" if p.location else p.message
                for p in rejection.problems[:5]
            )
            return sent
        return await self._send(scope, send, reply, method, fault)

    def _rate_limited(self, scope: Scope, headers: dict[str, str], query: str) -> dict[str, str]:
        """Count the request against ``--rate-limit`` (a 429 ``Rejection`` past it): the
        headers its response carries."""
        if self.rate_limiter is None:
            return {}
        client = scope.get("client")
        key = self.rate_limiter.key(headers, query, str(client[0]) if client else "")
        return self.rate_limiter.take(key)

    async def _delay_or_reset(self, scope: Scope, fault: Fault | None) -> bool:
        """Apply a fault's delay; True when it resets the connection (nothing to send)."""
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.reset:
            await self._reset(scope)
            return True
        return False

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        base = self.model.base_path
        if base and not (path == base or path.startswith(base + "/")):
            raise Rejection(
                404, [Problem("path", f"{path} is not under the API's base path {base}")]
            )
        relative = path[len(base) :] or "/"
        found = self.router.match(relative)
        if found is None:
            raise Rejection(404, [Problem("path", f"no operation matches {method} {path}")])
        if relative.endswith("/") and len(relative) > 1:
            # `/users/` is `/users/{user_id}` with an empty id, when that operation exists:
            # the router drops empty segments, and answering the list there would answer
            # the item operation with another operation's body.
            item = self._empty_item.get((method.lower(), found.route.template.rstrip("/")))
            if item is not None:
                return item[0], {**found.params, item[1]: ""}
        operations = found.route.operations
        operation = operations.get(method.lower())
        if operation is None and method == "HEAD":
            operation = operations.get("get")
        if operation is None:
            allowed = sorted(
                {m.upper() for m in operations} | ({"HEAD"} if "get" in operations else set())
            )
            raise Rejection(
                405,
                [Problem("method", f"{method} is not allowed on {path}; use {', '.join(allowed)}")],
                headers={"Allow": ", ".join(allowed)},
            )
        return operation, found.params

    async def _answer(
        self,
        scope: Scope,
        receive: Receive,
        operation: Operation,
        params: dict[str, str],
        method: str,
        path: str,
        query_string: str,
        headers: dict[str, str],
    ) -> Reply | Streamed:
        validator = self.validators[id(operation)]
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(query_string, keep_blank_values=True):
            query.setdefault(name, []).append(value)
        incoming = Incoming(
            method=method,
            path=path,
            query=query,
            headers=headers,
            cookies=parse_cookies(headers.get("cookie")),
        )
        validator.check_security(incoming)
        if operation.bodies:
            incoming.body = await self._read_body(receive, headers)
        validated = validator.validate(incoming, params)
        streamed = streamed_reply(self.responses, operation, headers)
        if streamed is not None:
            return streamed
        origin = f"{scope.get('scheme', 'http')}://{headers.get('host') or _server(scope)}"
        if self.store is not None:
            key = IdempotencyKeys.key_of(operation, headers)
            if key is not None:
                header = operation.idempotency_header or DEFAULT_IDEMPOTENCY_HEADER
                fingerprint = IdempotencyKeys.fingerprint(operation, path, incoming.body)
                replayed = self.idempotency.replay(key, fingerprint, header)
                if replayed is not None:
                    return replayed
            role = self.store.role(operation)
            if role is not None:
                reply = self.store.handle(operation, role, params, incoming, validated, origin)
                if reply is not None:
                    if key is not None and reply.status < 500:
                        self.idempotency.remember(key, fingerprint, reply)
                    return self._forwarded(operation, reply)
        pagination = operation.pagination
        if pagination is None:
            return self._stateless_success(operation)
        asked = Asked(pagination, operation, incoming, validated)
        later = strategy_for(pagination).asks_later_page(asked)
        reply = self._stateless_success(operation, later)
        # Links name the request's own URL: made per request, beside the cached body.
        extra = stateless_headers(operation, UrlFor(origin, incoming))
        if not extra:
            return reply
        return Reply(reply.status, reply.media_type, reply.body, with_headers(reply.headers, extra))

    def _stateless_success(self, operation: Operation, later: bool = False) -> Reply:
        # Deterministic per seed, so it is built and serialised once per operation (and,
        # for a list, once for its first page and once for any later one).
        key = (id(operation), later)
        cached = self._success.get(key)
        if cached is None:
            reply = self.responses.success(operation)
            if operation.pagination is not None:
                reply = last_page(self.model, self.responses, operation, reply, later=later)
            reply = self._forwarded(operation, reply)
            cached = Reply(reply.status, reply.media_type, reply.encode(), reply.headers)
            self._success[key] = cached
        return cached

    def _forwarded(self, operation: Operation, reply: Reply) -> Reply:
        """``reply`` as the grown API would send it, in the forward-compatible mode: only
        JSON success bodies change (errors keep the shape the client reports them by)."""
        if self.forward is None or not 200 <= reply.status < 300 or reply.media_type is None:
            return reply
        response = operation.response_for(reply.status)
        media = answer_media(response) if response is not None else None
        if media is None or media.schema is None or not is_jsonish(reply.media_type):
            return reply
        if isinstance(reply.body, bytes | str):
            return reply
        tag = f"{operation.operation_id}:{reply.status}"
        body = self.forward.variant(media.schema, reply.body, tag)
        return Reply(reply.status, reply.media_type, body, reply.headers)

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes:
        declared = headers.get("content-length")
        if declared is not None:
            # ASCII digits only; past 19 digits it is over any limit, so not worth reading.
            text = declared.strip(" \t")
            length = parse_unsigned(text)
            if length is None and not (text.isascii() and text.isdigit()):
                problem = "is not a byte count (ASCII digits only)"
                raise Rejection(400, [Problem("header/Content-Length", problem)])
            if length is None or length > self.max_body:  # None: hundreds of digits
                raise Rejection(
                    413, [Problem("body", f"is larger than the {self.max_body} byte limit")]
                )
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise Rejection(
                    413, [Problem("body", f"is larger than the {self.max_body} byte limit")]
                )
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _send(
        self, scope: Scope, send: Send, reply: Reply | Streamed, method: str, fault: Fault | None
    ) -> _Sent:
        if isinstance(reply, Streamed):
            return await self._send_streamed(scope, send, reply, method, fault)
        status = reply.status
        if status in NO_CONTENT:
            # No content and no Content-Length (204, 304) or Content-Length: 0 (205): a body
            # here would be read by the client as the start of the next response.
            body = b""
            raw_headers = [(b"content-length", b"0")] if status == 205 else []
        else:
            body = reply.encode()
            extra = max(16, len(body)) if fault is not None and fault.truncate else 0
            raw_headers = [(b"content-length", str(len(body) + extra).encode())]
            if reply.media_type is not None:
                raw_headers.append((b"content-type", reply.media_type.encode("latin-1", "replace")))
        for name, value in reply.headers.items():
            raw_headers.append(
                (name.lower().encode("latin-1", "replace"), value.encode("latin-1", "replace"))
            )
        start: Message = {"type": "http.response.start", "status": status, "headers": raw_headers}
        await send(start)
        if method == "HEAD":
            # Content-Length stays that of the GET response (RFC 9110 8.6); no content.
            body = b""
        if fault is not None and fault.truncate:
            await send({"type": "http.response.body", "body": body, "more_body": True})
            await self._close(scope, abort=False)
            return _Sent(status, fault)
        await send({"type": "http.response.body", "body": body, "more_body": False})
        return _Sent(status, fault)

    async def _send_streamed(
        self, scope: Scope, send: Send, reply: Streamed, method: str, fault: Fault | None
    ) -> _Sent:
        raw_headers = [(b"content-type", reply.media_type.encode("latin-1", "replace"))]
        if reply.length is not None:
            raw_headers.append((b"content-length", str(reply.length).encode()))
        for name, value in reply.headers.items():
            raw_headers.append(
                (name.lower().encode("latin-1", "replace"), value.encode("latin-1", "replace"))
            )
        await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
        drop_after = None if fault is None else fault.drop_after
        if method != "HEAD":
            for sent, chunk in enumerate(reply.chunks):
                if sent == drop_after:
                    # Let what was written reach the client before the reset discards it.
                    await asyncio.sleep(0.05)
                    await self._reset(scope)
                    return _Sent(reply.status, fault)
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        return _Sent(reply.status, fault)

    async def _reset(self, scope: Scope) -> None:
        await self._close(scope, abort=True)

    async def _close(self, scope: Scope, *, abort: bool) -> None:
        client = scope.get("client")
        if (
            self.connections is None
            or client is None
            or not self.connections.close(tuple(client), abort=abort)
        ):
            what = "reset" if abort else "truncate"
            raise ConnectionAbortedError(
                f"{FAULT_HEADER}: {what} needs the mock's own server (generator.mock.server)"
            )
        # Let the server notice the closed connection before it looks at the response.
        await asyncio.sleep(0)


def request_target(scope: Scope) -> tuple[str, str]:
    """The request's path as sent (percent-encoding kept) and its query string."""
    raw_path = scope.get("raw_path")
    path = (
        bytes(raw_path).decode("latin-1").split("?", 1)[0]
        if isinstance(raw_path, bytes | bytearray)
        else quote(str(scope.get("path", "/")), safe="/:@!$&'()*+,;=-._~%")
    )
    return path, bytes(scope.get("query_string", b"")).decode("utf-8", "replace")


def _merged_headers(raw: Any) -> dict[str, str]:
    """Lower-case name -> value; a repeated name's values joined with ``", "`` (RFC 9110 5.3).

    Over MAX_HEADER_FIELDS fields or MAX_HEAD_BYTES bytes is a 431.
    """
    headers: dict[str, str] = {}
    repeated: dict[str, list[str]] | None = None
    size = 0
    for count, (raw_name, raw_value) in enumerate(raw, 1):
        if count > MAX_HEADER_FIELDS:
            raise Rejection(
                431, [Problem("header", f"over {MAX_HEADER_FIELDS} header fields (the limit)")]
            )
        size += len(raw_name) + len(raw_value)
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        if name in headers:
            # Joined once at the end: appending to the joined string per repeat is quadratic.
            if repeated is None:
                repeated = {}
            repeated.setdefault(name, [headers[name]]).append(value)
        else:
            headers[name] = value
    if size > MAX_HEAD_BYTES:
        raise Rejection(
            431, [Problem("header", f"{size} bytes of header fields (the limit: {MAX_HEAD_BYTES})")]
        )
    if repeated:
        for name, values in repeated.items():
            headers[name] = ", ".join(values)
    return headers


def check_credentials(model: WireApi, credentials: dict[str, str]) -> None:
    """Refuse a credential for a scheme the spec does not define, or one no request could
    present; the message names the scheme, never the value."""
    for name, value in credentials.items():
        scheme = model.schemes.get(name)
        if scheme is None:
            known = ", ".join(sorted(model.schemes)) or "none"
            raise ValueError(
                f"{name!r} is not a security scheme of this spec (its schemes: {known})"
            )
        if not value:
            raise ValueError(f"{name}: the credential is empty")
        problem = check_for(scheme).refuses(scheme, value)
        if problem is not None:
            raise ValueError(problem)


def _server(scope: Scope) -> str:
    server = scope.get("server")
    if isinstance(server, list | tuple) and len(server) == 2:
        return f"{server[0]}:{server[1]}"
    return "localhost"


def create_app(spec: LoadedSpec | str | Path, **options: Unpack[MockOptions]) -> Starlette:
    """The mock of ``spec`` as a Starlette (ASGI) application.

    ``options`` (``MockOptions``; defaults 0, off, ``MAX_BODY``, ``MAX_RECORDS``,
    ``MAX_STORE_BYTES``, none, off): ``seed``, ``stateful``, ``failure_rate`` and:
    ``max_body``: a larger request body is a 413. ``max_records``/``max_store_bytes``: the
    stateful store's capacity; a create (or update) past it is a 507 (``generator.mock.store``).
    ``credentials``: security scheme name -> the only value the mock accepts for it
    (``user:password`` for http basic); a ``ValueError`` names a scheme the spec does not
    define or a basic value without ``:`` (never the value itself).
    ``forward_compat``: success bodies as the API may send them once it has grown (extra
    fields, unknown enum values, optional fields left out: ``generator.mock.forward``).
    ``token_lifetime`` (seconds, default 3600) and ``oauth_clients`` (client id -> secret):
    the OAuth 2 token endpoint of a spec that declares one (``generator.mock.oauth``).
    ``rate_limit``: ``N/PERIOD`` or ``documented``, a quota per credential answered with
    429 past it (``generator.mock.quota``); a ``ValueError`` says what is wrong with it.
    """
    loaded = spec if isinstance(spec, LoadedSpec) else load_spec(spec)
    # The gate generate runs: a spec the generator refuses (an external reference, a broken
    # structure) is refused here with the same located lines, before anything reads it.
    problems = validate_spec(loaded, house_rules=False, examples=False, thorough=False)
    if problems:
        raise SpecError(problems)
    model = build_wire(loaded)
    clash = check_prefix(model)
    if clash is not None:
        raise SpecError([loaded.diagnostic(*clash)])
    credentials = dict(options.get("credentials") or {})
    check_credentials(model, credentials)
    options["credentials"] = credentials
    core = MockCore(model, **options)

    async def serve_spec(request: Request) -> JSONResponse:
        return JSONResponse(loaded.data)

    app = Starlette(
        routes=[
            Route(SPEC_PATH, serve_spec, methods=["GET"]),
            *admin_routes(core),
            *core.tokens.routes(),
        ]
    )
    # Everything the spec's own routes handle goes to the core; Starlette's router only
    # answers the one internal route above and provides lifespan and error handling.
    app.router.default = core
    app.state.mock = core
    return app
