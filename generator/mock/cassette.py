"""Cassettes: recorded exchanges as JSON Lines, credentials redacted, and their replay.

A cassette line is ``{"request": {method, path, query, headers, body}, "response":
{status, headers, body}}``; a body that is not UTF-8 is ``body_base64`` instead. Before
anything is written, ``Redactor`` replaces with ``***`` every credential it can name: the
``Authorization``, ``Proxy-Authorization``, ``Cookie`` and ``Set-Cookie`` headers, the
spec's apiKey header and query names, and query parameters commonly used for secrets.
(A secret the API puts in a response body, e.g. a token from a login, is the API's data
and is recorded as sent.)

``Replay`` wraps the mock: a request whose method, path and query match a recorded one
gets the recorded response (several recordings of the same request are served in turn,
the last one repeatedly); any other request is answered by the mock from the spec.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

from generator.mock.app import SENSITIVE_QUERY, request_target
from generator.mock.conformance import Exchange
from generator.wire.model import WireApi

REDACTED = "***"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class CassetteError(ValueError):
    """A cassette or report line that cannot be read (the message names the line)."""


class Redactor:
    """Knows which header and query names carry credentials for one spec."""

    def __init__(self, model: WireApi) -> None:
        api_keys = [s for s in model.schemes.values() if s.declared_type == "apiKey"]
        self.headers = _SECRET_HEADERS | {
            s.name.lower() for s in api_keys if s.location == "header"
        }
        self.query = SENSITIVE_QUERY | {s.name.lower() for s in api_keys if s.location == "query"}

    def header_map(self, headers: dict[str, str]) -> dict[str, str]:
        return {k: REDACTED if k.lower() in self.headers else v for k, v in headers.items()}

    def query_string(self, query: str) -> str:
        if not query:
            return ""
        pairs = parse_qsl(query, keep_blank_values=True)
        cleaned = [(k, REDACTED if k.lower() in self.query else v) for k, v in pairs]
        return urlencode(cleaned, safe="[]*,:")

    def exchange(self, exchange: Exchange) -> dict[str, Any]:
        return {
            "request": {
                "method": exchange.method,
                "path": exchange.path,
                "query": self.query_string(exchange.query),
                "headers": self.header_map(exchange.request_headers),
                **_body(exchange.request_body),
            },
            "response": {
                "status": exchange.status,
                "headers": self.header_map(exchange.response_headers),
                **_body(exchange.response_body),
            },
        }


def _body(raw: bytes) -> dict[str, str]:
    try:
        return {"body": raw.decode("utf-8")}
    except UnicodeDecodeError:
        return {"body_base64": base64.b64encode(raw).decode("ascii")}


def _read_body(part: dict[str, Any], where: str) -> bytes:
    if "body_base64" in part:
        try:
            return base64.b64decode(str(part["body_base64"]), validate=True)
        except ValueError:
            raise CassetteError(f"{where}: body_base64 is not base64") from None
    body = part.get("body", "")
    if not isinstance(body, str):
        raise CassetteError(f"{where}: body must be a string")
    return body.encode("utf-8")


def _headers(part: dict[str, Any], where: str) -> dict[str, str]:
    headers = part.get("headers", {})
    if not isinstance(headers, dict):
        raise CassetteError(f"{where}: headers must be an object")
    return {str(k).lower(): str(v) for k, v in headers.items()}


def exchange_from(line: dict[str, Any], where: str) -> Exchange:
    """An exchange from a cassette line (``where``: FILE:LINE for messages)."""
    request, response = line.get("request"), line.get("response")
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise CassetteError(f"{where}: expected an object with request and response")
    status = response.get("status")
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise CassetteError(f"{where}: response/status must be an HTTP status, got {status!r}")
    method, path = request.get("method"), request.get("path")
    if not isinstance(method, str) or not isinstance(path, str) or not path.startswith("/"):
        raise CassetteError(f"{where}: request needs a method and a path starting with /")
    return Exchange(
        method=method.upper(),
        path=path,
        query=str(request.get("query", "")),
        request_headers=_headers(request, where),
        request_body=_read_body(request, where),
        status=status,
        response_headers=_headers(response, where),
        response_body=_read_body(response, where),
    )


def read_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``FILE:LINE``, object) for each non-blank line of a JSON Lines file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CassetteError(f"{path}: cannot read: {error}") from None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            line = json.loads(raw)
        except (ValueError, RecursionError):
            raise CassetteError(f"{where}: not a JSON object") from None
        if not isinstance(line, dict):
            raise CassetteError(f"{where}: not a JSON object")
        yield where, line


class JsonLines:
    """An append-only JSON Lines file shared by concurrent requests (one line per write)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: TextIO = path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            self._file.write(line + "\n")
            self._file.flush()

    def close(self) -> None:
        with self._lock:
            self._file.close()


class Replay:
    """ASGI app: recorded responses first, then ``fallback`` (the mock)."""

    def __init__(self, path: Path, fallback: ASGIApp, redactor: Redactor) -> None:
        self.fallback = fallback
        self.redactor = redactor
        self._recorded: dict[tuple[str, str, str], list[Exchange]] = {}
        self._served: dict[tuple[str, str, str], int] = {}
        self._lock = threading.Lock()
        for where, line in read_lines(path):
            exchange = exchange_from(line, where)
            key = (exchange.method, exchange.path, _sorted_query(exchange.query))
            self._recorded.setdefault(key, []).append(exchange)

    def __len__(self) -> int:
        return sum(len(found) for found in self._recorded.values())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.fallback(scope, receive, send)
            return
        path, query = request_target(scope)
        # Recorded queries are redacted: the request's is compared as it was recorded.
        key = (
            str(scope.get("method", "GET")).upper(),
            path,
            _sorted_query(self.redactor.query_string(query)),
        )
        with self._lock:
            found = self._recorded.get(key)
            if not found:
                exchange = None
            else:
                turn = self._served.get(key, 0)
                self._served[key] = turn + 1
                exchange = found[min(turn, len(found) - 1)]
        if exchange is None:
            await self.fallback(scope, receive, send)
            return
        headers = [
            (name.encode("latin-1", "replace"), value.encode("latin-1", "replace"))
            for name, value in exchange.response_headers.items()
            if name not in _NOT_REPLAYED
        ]
        body = b"" if exchange.status in (204, 304) else exchange.response_body
        if exchange.status not in (204, 304):
            headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": exchange.status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})


# Framing is the replaying server's own; the recorded body is already decoded.
_NOT_REPLAYED = frozenset(
    {"content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding"}
)


def _sorted_query(query: str) -> str:
    return urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
