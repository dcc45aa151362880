"""The validation proxy: forward each request to the live API, check the exchange, pass the
answer back unchanged.

Requests go only to the ``upstream`` base URL given on the command line (a request's path,
relative to the spec's base path, is appended to it), never to a URL taken from the spec or
the request. The upstream's status, headers (but hop-by-hop ones) and body reach the client
as sent. Each exchange is checked against the spec (``generator.mock.conformance``); each
violation is logged and, with ``report``, written as one JSON line with the request (method,
path, redacted query) and the operation. With ``record`` the exchange is appended to a
cassette. Both are redacted (``generator.mock.cassette.Redactor``).

An upstream that cannot be reached or answers badly is a ``502``, one that does not answer
within ``timeout`` a ``504``; both in the operation's documented error shape when it has
one, and reported (kind ``upstream``), never a 500.
"""

from __future__ import annotations

import logging
import time
import zlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from starlette.types import Receive, Scope, Send

from generator.mock.app import MockCore, _merged_headers, request_target
from generator.mock.cassette import JsonLines, Redactor
from generator.mock.conformance import Conformance, Exchange, Violation
from generator.mock.problems import Problem, Rejection
from generator.wire.model import Operation

log = logging.getLogger("specforge.mock")

UPSTREAM_TIMEOUT = 30.0
# RFC 9110 7.6.1: meaningful for one connection only, never forwarded.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)


def check_upstream(url: str) -> str | None:
    """Why ``url`` cannot be the upstream, or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{url!r}: expected the API's base URL, http(s)://host[:port][/base]"
    if parts.query or parts.fragment:
        return f"{url!r}: a base URL has no query or fragment"
    return None


class Proxy:
    """ASGI app forwarding to ``upstream`` and checking every exchange."""

    def __init__(
        self,
        core: MockCore,
        upstream: str,
        *,
        report: JsonLines | None = None,
        record: JsonLines | None = None,
        timeout: float = UPSTREAM_TIMEOUT,
    ) -> None:
        self.core = core
        self.upstream = upstream.rstrip("/")
        self.conformance = Conformance(core)
        self.redactor = Redactor(core.model)
        self.report = report
        self.record = record
        self.timeout = timeout
        self._client: httpx.AsyncClient | None = None

    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            # No environment proxies or .netrc: the upstream named on the command line only.
            self._client = httpx.AsyncClient(
                timeout=self.timeout, trust_env=False, follow_redirects=False
            )
        return self._client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        method = str(scope.get("method", "GET")).upper()
        path, query = request_target(scope)
        operation, _, _ = self.conformance.route(method, path)
        try:
            headers = _merged_headers(scope.get("headers", ()))
            body = await self._read_body(receive)
        except Rejection as rejection:
            reply = self.core.responses.error(operation, rejection.status, rejection.problems)
            await self._answer(send, reply.status, reply.media_type, reply.encode())
            return
        base = self.core.model.base_path
        relative = path[len(base) :] if base and path.startswith(base) else path
        url = self.upstream + relative + (f"?{query}" if query else "")
        forwarded = [(k, v) for k, v in headers.items() if k not in _HOP_BY_HOP]
        try:
            request = self.client().build_request(method, url, headers=forwarded, content=body)
            response = await self.client().send(request, stream=True)
            try:
                raw = b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()
        except httpx.TimeoutException:
            await self._failed(send, method, path, query, operation, 504, "did not answer in time")
            return
        except httpx.HTTPError as error:
            why = f"cannot be reached or answered badly ({type(error).__name__})"
            await self._failed(send, method, path, query, operation, 502, why)
            return
        response_headers: dict[str, str] = {}
        out: list[tuple[bytes, bytes]] = []
        for raw_name, raw_value in response.headers.raw:
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            response_headers[name] = (
                f"{response_headers[name]}, {value}" if name in response_headers else value
            )
            if name not in _HOP_BY_HOP:
                out.append((raw_name.lower(), raw_value))
        out.append((b"content-length", str(len(raw)).encode()))
        await send({"type": "http.response.start", "status": response.status_code, "headers": out})
        await send({"type": "http.response.body", "body": raw, "more_body": False})
        exchange = Exchange(
            method=method,
            path=path,
            query=query,
            request_headers=headers,
            request_body=body,
            status=response.status_code,
            response_headers=response_headers,
            response_body=_decoded(raw, response_headers.get("content-encoding", "")),
        )
        operation, violations = self.conformance.check(exchange)
        elapsed = (time.perf_counter() - started) * 1000
        shown = path + (f"?{self.redactor.query_string(query)}" if query else "")
        log.info(
            "%s %s %d %.1fms proxy %s",
            method,
            shown,
            response.status_code,
            elapsed,
            f"violations={len(violations)}" if violations else "ok",
        )
        for violation in violations:
            log.info("  %s: %s: %s", violation.kind, violation.location, violation.message)
        outcome = f"{len(violations)} violation(s)" if violations else "valid"
        self.core.requests.add(method, shown, response.status_code, outcome)
        self._write(method, path, query, operation, response.status_code, violations)
        if self.record is not None:
            self.record.write(self.redactor.exchange(exchange))

    async def _read_body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.core.max_body:
                raise Rejection(
                    413, [Problem("body", f"is larger than the {self.core.max_body} byte limit")]
                )
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _answer(self, send: Send, status: int, media_type: str | None, body: bytes) -> None:
        headers = [(b"content-length", str(len(body)).encode())]
        if media_type:
            headers.append((b"content-type", media_type.encode("latin-1", "replace")))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    async def _failed(
        self,
        send: Send,
        method: str,
        path: str,
        query: str,
        operation: Operation | None,
        status: int,
        why: str,
    ) -> None:
        message = f"the upstream {self.upstream} {why}"
        reply = self.core.responses.error(operation, status, [Problem("upstream", message)])
        await self._answer(send, reply.status, reply.media_type, reply.encode())
        log.info("%s %s %d proxy upstream: %s", method, path, status, message)
        self._write(method, path, query, operation, status, [Violation("upstream", "", message)])

    def _write(
        self,
        method: str,
        path: str,
        query: str,
        operation: Operation | None,
        status: int,
        violations: list[Violation],
    ) -> None:
        if self.report is None:
            return
        request = {"method": method, "path": path, "query": self.redactor.query_string(query)}
        for violation in violations:
            line: dict[str, Any] = {
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "request": request,
                "operation": operation.operation_id if operation is not None else None,
                "status": status,
                **violation.as_json(),
            }
            self.report.write(line)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()


def _decoded(raw: bytes, encoding: str) -> bytes:
    """The body as the client's library would read it (gzip and deflate undone)."""
    coding = encoding.strip().lower()
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompress(raw, 16 + zlib.MAX_WBITS)
        if coding == "deflate":
            return zlib.decompress(raw)
    except zlib.error:
        return raw
    return raw
