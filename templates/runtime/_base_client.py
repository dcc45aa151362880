"""The HTTP engine behind every generated client: building requests, auth, retries,
timeouts, redirects, response parsing and pagination.

Generated resource methods describe the operation with an ``Endpoint`` and call
``request``/``request_page``; everything below is the same for every API. In order, a call:

1. serializes path, query, header and cookie parameters by their OpenAPI style and encodes
   the body (``_types.NOT_GIVEN`` values are left out; ``None`` is JSON ``null``);
2. adds the credentials of the first satisfied ``Endpoint.security`` alternative, or raises
   ``MissingCredentialsError`` before anything is sent (an OAuth 2 access token the client
   gets itself is put on as the request is sent, and renewed once after a 401: ``_oauth2``);
3. sends the request, following redirects itself (credentials never cross origins) and
   retrying connection failures and 408/409/429/5xx with exponential backoff and
   ``Retry-After``;
4. parses the 2xx body into ``Endpoint.response_type`` straight from the bytes, or raises the
   ``APIStatusError`` subclass for the status with the parsed error body.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import difflib
import enum
import functools
import http.client
import http.cookiejar
import json
import logging
import random
import secrets
import sys
import time
import uuid
import weakref
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import FrameType, TracebackType
from typing import Any, Generic, NamedTuple, Self, TypeVar
from urllib.parse import urlencode
from urllib.request import Request as UrllibRequest

import httpx
import pydantic

from ._auth import SecurityScheme, _Authenticator, _Redactor
from ._deadline import async_transport_with_deadline, response_deadline, transport_with_deadline
from ._endpoint import Endpoint, Param
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OAuthTokenError,
    QuotaExceededError,
    ResponseTooLargeError,
    SchemaTooDeepError,
    _status_error_class,
)
from ._oauth2 import (
    AsyncTokenProvider,
    AsyncTokens,
    OAuthSettings,
    SyncTokens,
    TokenProvider,
    _Tokens,
)
from ._pagination import (
    AsyncPage,
    AsyncPaginator,
    SyncPage,
    _next_request,
    _PageRequest,
    _resolve_pointer,
)
from ._qs import encode_form, encode_path_value, format_path, serialize_query, serialize_simple
from ._quota import Quota
from ._ratelimit import retry_after_seconds
from ._response import (
    APIResponse,
    _error_body,
    _error_detail,
    _kept_text,
    _raw_requested,
    _too_deep,
    _validate_json,
    _validate_python,
    _with_deep_retry,
)
from ._streaming import (
    AsyncStream,
    AsyncStreamedResponse,
    Stream,
    StreamedResponse,
    StreamSetup,
    _streamed_requested,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._unions import STRICT_CONTEXT

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "SyncAPIClient",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024
MAX_REDIRECTS = 5
_MAX_RETRY_AFTER = 60.0
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = {"json": "application/json", "text": "text/*, */*;q=0.5"}
_DEFAULT_CONTENT_TYPES = {
    "json": "application/json",
    "binary": "application/octet-stream",
    "text": "text/plain; charset=utf-8",
}

# Headers that may follow a redirect to another origin: nothing else does, so a secret in
# ``default_headers``, ``extra_headers`` or a header parameter (whatever its name) never
# reaches a host the request was not addressed to. Content-* only travel with the body.
_CROSS_ORIGIN_HEADERS = frozenset({"accept", "accept-encoding", "accept-language", "user-agent"})
_CROSS_ORIGIN_WITH_BODY = _CROSS_ORIGIN_HEADERS | {
    "content-type",
    "content-length",
    "transfer-encoding",
}
# The only content codings the runtime decodes, each with a bound on its output
# (``_BoundedDecoder``); the Accept-Encoding sent says so.
_ACCEPT_ENCODING = "gzip, deflate"
_DECODE_STEP = 64 * 1024  # decoded bytes produced per step: bounds memory per coding layer
_MAX_CODINGS = 5  # content codings decoded at most, as curl

# ``idempotency_keys``: keys only where the spec declares them, or on every POST too.
_IDEMPOTENCY_KEYS = ("declared", "all-posts")

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
_StreamT = TypeVar("_StreamT", Stream[Any], AsyncStream[Any])


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def _put_header(headers: dict[str, str], name: str, value: str) -> None:
    """Set a header, replacing any existing one whose name differs only in case."""
    if name not in headers:
        lower = name.lower()
        for existing in headers:
            if existing.lower() == lower:
                del headers[existing]
                break
    headers[name] = value


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    lower = name.lower()
    return any(existing.lower() == lower for existing in headers)


def _with_header(headers: dict[str, str], name: str, value: str) -> dict[str, str]:
    copy = dict(headers)
    _put_header(copy, name, value)
    return copy


class _Inflater:
    """One gzip or deflate layer whose output comes in steps of at most ``_DECODE_STEP``
    bytes, however much a few input bytes expand (httpx's decoders inflate a whole chunk at
    once: 243 bytes of ``gzip, gzip, gzip`` become 512 MB in a single call)."""

    __slots__ = ("_deflate_first", "_zlib", "fed")

    def __init__(self, coding: str) -> None:
        # As httpx: "deflate" is zlib-wrapped, or raw deflate from servers that get it wrong.
        self._deflate_first = coding == "deflate"
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else 15)
        self.fed = False

    @property
    def truncated(self) -> bool:
        """Input came but the compressed stream never ended: part of the body is missing."""
        return self.fed and not self._zlib.eof

    def steps(self, data: bytes) -> Iterator[bytes]:
        self.fed = self.fed or bool(data)
        while data and not self._zlib.eof:
            try:
                out = self._zlib.decompress(data, _DECODE_STEP)
            except zlib.error as exc:
                if not self._deflate_first:
                    raise httpx.RemoteProtocolError(f"undecodable response body ({exc})") from None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._deflate_first = False
                continue
            self._deflate_first = False
            data = self._zlib.unconsumed_tail
            if out:
                yield out
            # zlib may hold more output than max_length for this input: drain it.
            while len(out) == _DECODE_STEP and not data and not self._zlib.eof:
                out = self._zlib.decompress(b"", _DECODE_STEP)
                if out:
                    yield out


class _BoundedDecoder:
    """Decodes a body's content codings (in reverse order of ``Content-Encoding``, as
    httpx does) and counts the decoded bytes, raising ``_TooLarge`` as soon as they pass
    the limit. Codings other than gzip/deflate/identity are left as they are (httpx does
    the same for codings it cannot decode; ``_ACCEPT_ENCODING`` offers only these)."""

    __slots__ = ("_layers", "chunks", "limit", "total")

    def __init__(self, codings: list[str], limit: int) -> None:
        if len(codings) > _MAX_CODINGS:
            # Each layer costs a decoder and its window; no server stacks this many.
            raise httpx.RemoteProtocolError(
                f"the response has {len(codings)} content codings; at most {_MAX_CODINGS} "
                "are decoded"
            )
        self._layers = [_Inflater(c) for c in reversed(codings) if c in ("gzip", "deflate")]
        self.limit = limit
        self.total = 0
        self.chunks: list[bytes] = []

    def feed(self, raw: bytes) -> None:
        self._push(0, raw)

    def finish(self) -> None:
        """The whole body has been fed: a compressed stream cut short is a protocol error
        (not an empty or partial body that would parse as something else)."""
        if any(layer.truncated for layer in self._layers):
            raise httpx.RemoteProtocolError("the compressed response body is incomplete")

    def _push(self, layer: int, data: bytes) -> None:
        if layer == len(self._layers):
            self.total += len(data)
            if self.total > self.limit:
                raise _TooLarge
            self.chunks.append(data)
            return
        for step in self._layers[layer].steps(data):
            self._push(layer + 1, step)


class _TooLarge(Exception):
    """The decoded body passed the limit (turned into ``ResponseTooLargeError``)."""


def _codings(response: httpx.Response) -> list[str] | None:
    """The response's content codings, or None when the body is sent as it is."""
    header = response.headers.get("content-encoding")
    if header is None:
        return None
    codings = [c.strip().lower() for c in header.split(",")]
    codings = [c for c in codings if c and c != "identity"]
    return codings or None


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    if value is None or not value.isdigit():
        return None
    return int(value)


def _checked_base_url(base_url: str) -> httpx.URL:
    """The parsed ``base_url``; a ``ValueError`` that never repeats the URL (it may hold a
    password) when it is unusable or carries ``user:password@``, which httpx would log."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ValueError(
            "base_url is not a valid URL (not shown, it may contain a credential)"
        ) from None
    if url.userinfo:
        raise ValueError(
            "base_url must not contain credentials (user:password@host): pass them through "
            "the client's credential arguments instead"
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an absolute http:// or https:// URL")
    return url


def _subclass(
    classes: Mapping[type[APIStatusError], type[APIStatusError]], base: type[OAuthTokenError]
) -> type[OAuthTokenError]:
    # The package's own class for ``base`` (``_errors``), where it has one.
    found = classes.get(base, base)
    return found if issubclass(found, base) else base


def _checked_limit(limit: object) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(
            "max_response_bytes must be a non-negative int or None, not "
            + (repr(limit) if isinstance(limit, int) else type(limit).__name__)
        )
    return limit


def _set_content(response: httpx.Response, decoder: _BoundedDecoder) -> None:
    # What httpx's own ``read`` stores: ``content``, ``text`` and ``json()`` then work as
    # for any read response, and the coded body is not decoded a second time.
    response._content = b"".join(decoder.chunks)


def _as_timeout(timeout: Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait, if it said so plausibly (0 to 60 s)."""
    seconds = retry_after_seconds(headers)
    # Absurd waits fall back to our own backoff.
    if seconds is not None and seconds <= _MAX_RETRY_AFTER:
        return seconds
    return None


def _backoff(attempt: int) -> float:
    return min(0.5 * 2.0**attempt, 8.0) * random.uniform(0.75, 1.0)


def _is_file(value: object) -> bool:
    if isinstance(value, bytes) or (hasattr(value, "read") and not isinstance(value, str)):
        return True
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and (value[0] is None or isinstance(value[0], str))
        and (isinstance(value[1], bytes) or hasattr(value[1], "read"))
    )


def _seekable(value: object) -> bool:
    content = value[1] if isinstance(value, tuple) else value
    if isinstance(content, bytes):
        return True
    seekable = getattr(content, "seekable", None)
    return bool(seekable()) if callable(seekable) else False


def _json_default(value: object) -> object:
    """``json.dumps`` fallback for values that are not plain JSON types."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    # Decimal, UUID and friends: their string form is their JSON form.
    return str(value)


# The names ``**options`` accepts: anything else is a misspelled argument, refused as Python
# refuses an unknown keyword (a dropped ``timeuot=5`` would silently send no timeout).
_OPTION_NAMES = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__


def _unknown_option(options: Mapping[str, object], caller: FrameType | None) -> TypeError:
    """The ``TypeError`` Python would raise for the first unknown name in ``options``,
    naming the generated method (the frame that called the client) and its nearest
    valid argument."""
    unknown = sorted(set(options) - _OPTION_NAMES)[0]
    accepted = sorted(_OPTION_NAMES)
    method = "request"
    if caller is not None:
        code = caller.f_code
        method = code.co_qualname
        # The method's own arguments (after ``self``), then the options.
        accepted = [*code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount], *accepted]
    close = difflib.get_close_matches(unknown, accepted, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{method}() got an unexpected keyword argument {unknown!r}{hint}")


def _drop_not_given(value: object) -> object:
    """Remove ``NOT_GIVEN`` entries from (nested) mappings and lists; models pass through."""
    if isinstance(value, Mapping):
        return {k: _drop_not_given(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, list | tuple):
        return [_drop_not_given(v) for v in value if not isinstance(v, NotGiven)]
    return value


def _encode_json_once(value: object) -> bytes:
    if isinstance(value, pydantic.BaseModel):
        # Pydantic serializes its own models faster than json.dumps would.
        return value.model_dump_json(by_alias=True, exclude_unset=True).encode()
    return json.dumps(
        _drop_not_given(value), separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode()


def _encode_json(value: object) -> bytes:
    try:
        return _encode_json_once(value)
    except RecursionError:
        pass
    # A model whose schema was never built (a long $ref chain) gets a deep build; a plain
    # value nested too deeply for json.dumps is a typed error, not a RecursionError.
    if isinstance(value, pydantic.BaseModel):
        return _with_deep_retry(type(value), "serialize", lambda: _encode_json_once(value))
    raise _too_deep(value, "serialize")


def _with_extra_body(body: object, extra: Mapping[str, object]) -> object:
    """The body with the ``extra_body`` option's fields added (an object body only)."""
    if isinstance(body, NotGiven):
        return dict(extra)
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not isinstance(body, Mapping):
        raise TypeError(f"extra_body needs an object body, not {type(body).__name__}")
    return {**body, **extra}


def _multipart_text(value: object) -> str:
    """A multipart text part: strings as they are, dates and times as their ISO 8601 text
    (what a server parses a ``format: date-time`` part as), anything else as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return _encode_json(value).decode()


def _multipart_without_files(fields: list[tuple[str, str]]) -> tuple[bytes, str]:
    """Encode text-only ``multipart/form-data`` (httpx would fall back to urlencoding)."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, value in fields:
        quoted = name.replace("\\", "\\\\").replace('"', "%22")
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


class _NoCookieJar(http.cookiejar.CookieJar):
    """The cookie jar of the httpx clients this runtime creates: it keeps nothing.

    Requests are built without the httpx client (``_use_client``), so a stored cookie would
    never be sent; httpx would still parse every response's headers into it (~2 % of a
    100-lead list call on 127.0.0.1, ``bench/client_overhead.py``).
    """

    def extract_cookies(self, response: http.client.HTTPResponse, request: UrllibRequest) -> None:
        return None


class _DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Wraps a response body stream so that the whole body must arrive before a deadline.

    httpx's read timeout bounds the gap between two chunks; a server that drips one byte at
    a time could otherwise hold a call open forever. Needed for an httpx client the caller
    supplies: the transports this runtime creates bound every read themselves (``_deadline``).
    """

    def __init__(self, inner: Any, deadline: float, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("response body took too long", request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._check()
            yield chunk

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Body(NamedTuple):
    content: bytes | None
    data: dict[str, list[str]] | None
    files: list[tuple[str, Any]] | None
    replayable: bool  # False when a file cannot be rewound for a retry


_NO_BODY = _Body(None, None, None, True)


class _HttpxLogFilter(logging.Filter):
    """Redacts credentials from httpx's own log records.

    httpx logs every request URL at INFO level, query-string API keys included. The filter
    is attached once to the ``httpx`` logger and only runs for records that logging is
    configured to emit, so it costs nothing when INFO logging is off.
    """

    def __init__(self) -> None:
        super().__init__()
        self.redactors: weakref.WeakSet[_Redactor] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        message = original = record.getMessage()
        for redactor in list(self.redactors):
            message = redactor.text(message)
        if message != original:
            record.msg, record.args = message, None
        return True


_httpx_log_filter = _HttpxLogFilter()
logging.getLogger("httpx").addFilter(_httpx_log_filter)


class _Prepared:
    """A built request plus what the send loop needs to know about it."""

    __slots__ = ("operation", "replayable", "request", "tokens")

    def __init__(
        self,
        request: httpx.Request,
        operation: str,
        replayable: bool,
        tokens: _Tokens | None = None,
    ) -> None:
        self.request = request
        self.operation = operation  # "GET /leads/42": for messages; holds no credentials
        self.replayable = replayable  # False when the body is a stream we cannot rewind
        self.tokens = tokens  # the OAuth 2 token to put on the request as it is sent


class _BaseClient(Generic[_HttpxClientT]):
    """The I/O-free half shared by the sync and async clients."""

    _client: _HttpxClientT
    _token_holder: type[_Tokens]  # how this client gets OAuth 2 tokens (sync or async I/O)

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, str | None],
        security_schemes: Mapping[str, SecurityScheme],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
        logger_name: str,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        error_classes: Mapping[type[APIStatusError], type[APIStatusError]] | None = None,
        token_provider: Callable[[], Any] | None = None,
        token_url: str | None = None,
        quota: Quota | None = None,
        idempotency_keys: str = "declared",
        request_id_header: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # The package's own class for a status error, where it types the declared body.
        self._error_classes = error_classes or {}
        self._base_url = _checked_base_url(self.base_url)
        self._max_response_bytes = _checked_limit(max_response_bytes)
        # None unless strict: pydantic then runs exactly as without a context.
        self._context = STRICT_CONTEXT if strict_response_validation else None
        # As in openai-python, ``None`` disables timeouts; the rendered client passes
        # DEFAULT_TIMEOUT when the caller gives nothing.
        self._timeout = _as_timeout(timeout)
        self._max_retries = max_retries
        self._timeout_extension = self._timeout.as_dict()
        self._log = logging.getLogger(logger_name)
        oauth = OAuthSettings(
            self._token_holder,
            self._base_url,
            token_provider,
            token_url,
            self._timeout_extension,
            self._log,
            _subclass(self._error_classes, OAuthTokenError),
        )
        self._auth = _Authenticator(security_schemes, credentials, oauth)
        self._redact = self._auth.redactor
        _httpx_log_filter.redactors.add(self._redact)
        self._user_agent = user_agent
        self._default_headers = default_headers or {}
        self._headers: dict[str, dict[str, str]] = {}
        # with_options copies share the quota object: the budget is the account's, not a copy's.
        if quota is not None and not isinstance(quota, Quota):
            raise TypeError(f"quota must be a Quota or None, not {type(quota).__name__}")
        self._quota = quota
        if idempotency_keys not in _IDEMPOTENCY_KEYS:
            raise ValueError(
                f"idempotency_keys must be {' or '.join(map(repr, _IDEMPOTENCY_KEYS))}, "
                f"not {idempotency_keys!r}"
            )
        self._key_posts = idempotency_keys == "all-posts"
        self._request_id_header = request_id_header

    def _use_own_client(
        self, client_class: Callable[..., _HttpxClientT], transport: object, reads_clamped: bool
    ) -> None:
        """An httpx client of the runtime's own: redirects are followed by the base client
        (which strips credentials across origins) and no cookie is kept (``_NoCookieJar``)."""
        client = client_class(
            timeout=self._timeout,
            follow_redirects=False,
            transport=transport,
            cookies=_NoCookieJar(),
        )
        self._use_client(client, owned=True, reads_clamped=reads_clamped)

    def _use_client(self, client: _HttpxClientT, owned: bool, reads_clamped: bool) -> None:
        """Adopt the httpx client and build the per-client header template once.

        ``reads_clamped``: the client's transport bounds every read by the response deadline
        (``_deadline``), so the body needs no deadline check of its own.

        Requests are built directly (not through ``client.build_request``) from a URL and
        headers assembled here, which halves the cost of building one. The client's default
        headers are taken over now; its cookie jar is not used: cookies are only those the
        spec declares (parameters and apiKey cookies), so none can leak to another host.
        """
        self._client = client
        self._owns_client = owned
        self._reads_clamped = reads_clamped
        headers = dict(client.headers.items())
        _put_header(headers, "User-Agent", self._user_agent)
        # Only the codings the runtime can decode under max_response_bytes (httpx would
        # also offer br and zstd when their packages are installed).
        _put_header(headers, "Accept-Encoding", _ACCEPT_ENCODING)
        for name, value in self._default_headers.items():
            _put_header(headers, name, value)
        # One header template per response kind, so a request only copies a dict. An Accept
        # header given in default_headers wins over the one derived from the kind.
        self._headers = {}
        self._accept_overridden = _has_header(self._default_headers, "Accept")
        for kind in ("json", "text", "binary", "none"):
            accept = _ACCEPT.get(kind)
            if accept is None or _has_header(self._default_headers, "Accept"):
                self._headers[kind] = dict(headers)
            else:
                self._headers[kind] = _with_header(headers, "Accept", accept)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy with other settings sharing this client's connection pool, which the
        copy never closes. Credentials stay with the copy's ``base_url``: they travel to
        whatever origin it names, as when passed to the constructor."""
        new = copy.copy(self)
        if base_url is not None:
            new.base_url = base_url.rstrip("/")
            new._base_url = _checked_base_url(new.base_url)
        if not isinstance(timeout, NotGiven):
            new._timeout = _as_timeout(timeout)
            new._timeout_extension = new._timeout.as_dict()
        if max_retries is not None:
            new._max_retries = max_retries
        new._owns_client = False
        return new

    def __repr__(self) -> str:
        shown = "".join(f", {name}=***" for name in self._auth.set_credentials)
        return f"{type(self).__name__}(base_url={self._redact.url(self.base_url)!r}{shown})"

    # -- building requests ---------------------------------------------------------------

    def _prepare(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        body: object,
        options: RequestOptions | None,
        url: str | None = None,
    ) -> _Prepared:
        headers = dict(self._headers[endpoint.response_kind])
        if endpoint.accept and not self._accept_overridden:
            _put_header(headers, "Accept", endpoint.accept)
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        path_values: dict[str, str] = {}
        for name, param in endpoint.params.items():
            value = arguments.get(name, NOT_GIVEN)
            location = param.location
            if location == "path":
                path_values[param.name] = self._path_value(name, param, value)
            elif location == "query":
                if url is None:  # a next-page URL already carries its query
                    query.extend(serialize_query(param, value))
            elif location == "header":
                text = serialize_simple(param, value)
                if text is not None:
                    _put_header(headers, param.name, text)
            else:
                cookies.extend(serialize_query(param, value))

        if url is None:
            method = endpoint.method.upper()
            path = format_path(endpoint.path, path_values) if path_values else endpoint.path
            full_url = self.base_url + path
        else:
            method, full_url = "GET", url
            path = httpx.URL(url).path
        operation = f"{method} {path}"

        auth = self._auth.parts_for(endpoint.security, operation)
        for name, value in auth.headers:
            _put_header(headers, name, value)
        query.extend(auth.query)
        cookies.extend(auth.cookies)
        if cookies:
            _put_header(headers, "Cookie", "; ".join(f"{k}={v}" for k, v in cookies))

        if endpoint.idempotency_header is not None:
            # One key per call: the request (and so the key) is reused by every retry.
            _put_header(headers, endpoint.idempotency_header, str(uuid.uuid4()))
        elif self._key_posts and method == "POST":
            # Keyed by the client's option: the header most APIs (Stripe's, the IETF draft's) read.
            _put_header(headers, "Idempotency-Key", str(uuid.uuid4()))
        timeout = self._timeout_extension
        if options:
            extra_query = options.get("extra_query")
            if extra_query:
                query = [pair for pair in query if pair[0] not in extra_query]
                for key, value in extra_query.items():
                    query.extend(serialize_query(Param(key, "query"), value))
            idempotency_key = options.get("idempotency_key")
            if idempotency_key:
                name = endpoint.idempotency_header or "Idempotency-Key"
                _put_header(headers, name, idempotency_key)
            for name, value in (options.get("extra_headers") or {}).items():
                _put_header(headers, name, value)
            extra_body = options.get("extra_body")
            if extra_body:
                body = _with_extra_body(body, extra_body)
            if "timeout" in options:
                timeout = _as_timeout(options["timeout"]).as_dict()

        encoded = self._encode_body(endpoint, body, headers)
        if query:
            if url is None:
                full_url += "?" + urlencode(query)
            else:
                full_url = str(httpx.URL(full_url).copy_merge_params(tuple(query)))
        request = httpx.Request(
            method,
            full_url,
            headers=headers,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
            extensions={"timeout": timeout},
        )
        return _Prepared(request, operation, encoded.replayable, auth.tokens)

    @staticmethod
    def _path_value(name: str, param: Param, value: object) -> str:
        if value is None or isinstance(value, NotGiven) or value == "":
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        text = encode_path_value(param, value)
        if not text:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        return text

    @staticmethod
    def _encode_body(endpoint: Endpoint, body: object, headers: dict[str, str]) -> _Body:
        """Encode the request body by ``Endpoint.body_kind``; sets the Content-Type header."""
        kind = endpoint.body_kind
        if isinstance(body, NotGiven) or kind == "none":
            return _NO_BODY
        if (
            not endpoint.body_required
            and isinstance(body, Mapping)
            and all(isinstance(value, NotGiven) for value in body.values())
        ):
            return _NO_BODY
        content_type = endpoint.content_type or _DEFAULT_CONTENT_TYPES.get(kind)
        if kind == "json":
            content = _encode_json(body)
        elif kind == "form":
            content = urlencode(encode_form(_as_mapping(body))).encode()
            content_type = "application/x-www-form-urlencoded"
        elif kind == "multipart":
            fields: list[tuple[str, str]] = []
            files: list[tuple[str, Any]] = []
            for key, value in _as_mapping(body).items():
                if isinstance(value, NotGiven):
                    continue
                if _is_file(value):
                    files.append((key, value))
                elif isinstance(value, list) and value and all(_is_file(v) for v in value):
                    files.extend((key, v) for v in value)
                else:
                    fields.append((key, _multipart_text(value)))
            if files:
                # httpx writes the multipart body and its Content-Type (with the boundary).
                data: dict[str, list[str]] = {}
                for key, text in fields:
                    data.setdefault(key, []).append(text)
                return _Body(None, data, files, all(_seekable(f[1]) for f in files))
            content, content_type = _multipart_without_files(fields)
        elif kind == "text":
            content = body.encode() if isinstance(body, str) else _read_io(body)
        elif isinstance(body, bytes | bytearray | memoryview):
            content = bytes(body)
        else:
            # Files are read whole so a retry or a 307/308 redirect can send them again.
            content = _read_io(body)
        if content_type:
            _put_header(headers, "Content-Type", content_type)
        return _Body(content, None, None, True)

    # -- responses ------------------------------------------------------------------------

    def _process(self, endpoint: Endpoint, response: httpx.Response, operation: str) -> Any:
        """The return value for a response, or the exception for a non-2xx status."""
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response, operation)
        kind = endpoint.response_kind
        if kind == "json":
            if endpoint.response_type is None:
                return None
            content = response.content
            if response.status_code == 204 or not content or content.isspace():
                return None
            return self._validate(endpoint.response_type, response, operation)
        if kind == "text":
            return response.text
        if kind == "binary":
            return response.content
        return None

    def _validate(self, tp: Any, response: httpx.Response, operation: str) -> Any:
        try:
            return _validate_json(tp, response.content, self._context)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            raise self._validation_error(exc, response, operation) from None
        except SchemaTooDeepError as exc:
            exc.method, exc.url = response.request.method, self._redact.url(response.request.url)
            raise

    def _validation_error(
        self, exc: ValueError, response: httpx.Response, operation: str
    ) -> APIResponseValidationError:
        if isinstance(exc, pydantic.ValidationError) and exc.error_count():
            first = exc.errors(include_url=False, include_input=False)[0]
            location = "/".join(str(part) for part in first["loc"]) or "(body)"
            reason = f"{exc.error_count()} error(s), first at {location}: {first['msg']}"
        else:
            reason = str(exc)
        media_type = response.headers.get("content-type", "no content type")
        message = (
            f"{response.status_code} response to {operation} is not the documented body "
            f"({media_type}): {reason}"
        )
        return APIResponseValidationError(
            self._redact.text(message),
            status_code=response.status_code,
            headers=response.headers,
            body=_kept_text(response),
            method=response.request.method,
            url=self._redact.url(response.request.url),
        )

    def _status_error(
        self, endpoint: Endpoint, response: httpx.Response, operation: str
    ) -> Exception:
        body, parse_body = _error_body(endpoint.error_types, response)
        message = f"{response.status_code} {response.reason_phrase} for {operation}".replace(
            "  ", " "
        )
        detail = _error_detail(body)
        if detail:
            message += f": {detail}"
        error_class = _status_error_class(response.status_code)
        error = self._error_classes.get(error_class, error_class)(
            self._redact.text(message),
            response=response,
            body=body,
            parse_body=parse_body,
            method=response.request.method,
            url=self._redact.url(response.request.url),
        )
        error._request_id_header = self._request_id_header
        return error

    def _transport_error(
        self, exc: httpx.TransportError, prepared: _Prepared
    ) -> APIConnectionError:
        timed_out = isinstance(exc, httpx.TimeoutException)
        kind = APITimeoutError if timed_out else APIConnectionError
        what = "Request timed out" if timed_out else "Connection error"
        detail = self._redact.text(str(exc)) or "no details"
        return kind(
            f"{what} for {prepared.operation} ({type(exc).__name__}: {detail})",
            method=prepared.request.method,
            url=self._redact.url(prepared.request.url),
        )

    def _page_parts(
        self,
        endpoint: Endpoint,
        item_type: Any,
        current: _PageRequest,
        response: httpx.Response,
        operation: str,
    ) -> tuple[list[Any], Any, _PageRequest | None]:
        """``(items, parsed body, next request)`` for one page response."""
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response, operation)
        pagination = endpoint.pagination
        assert pagination is not None  # checked by request_page
        body = self._validate(endpoint.response_type or Any, response, operation)
        raw = _resolve_pointer(body, pagination.items)
        if not isinstance(raw, list):
            error = ValueError(f"no list of items at {pagination.items or '(body)'!r}")
            raise self._validation_error(error, response, operation)
        items: list[Any] = raw
        if item_type is not Any and item_type is not object:
            # Instances already built from a typed body pass through unchanged (pydantic does
            # not revalidate them, and this is faster than an isinstance loop in Python);
            # plain dicts from an untyped body become item_type here.
            try:
                items = _validate_python(list[item_type], raw, self._context)
            except pydantic.ValidationError as exc:
                raise self._validation_error(exc, response, operation) from None
        following = _next_request(pagination, current, body, len(items), response, self._base_url)
        return items, body, following

    # -- streamed responses (templates/runtime/_streaming.py) -----------------------------

    def _stream_success(
        self, endpoint: Endpoint, response: httpx.Response, prepared: _Prepared
    ) -> httpx.Response:
        """A streamed call's response when it succeeded (its body unread), else the status
        error (its body was read, within the limit, as for any call)."""
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response, prepared.operation)
        return response

    def _stream_setup(
        self, endpoint: Endpoint, prepared: _Prepared, options: RequestOptions | None
    ) -> StreamSetup:
        reconnects = 0
        if endpoint.reconnect and prepared.replayable:
            reconnects = (options or {}).get("max_retries", self._max_retries)

        def invalid(message: str, response: httpx.Response) -> Exception:
            return APIResponseValidationError(
                self._redact.text(f"The stream of {prepared.operation} is malformed: {message}"),
                status_code=response.status_code,
                headers=response.headers,
                body="",
                method=prepared.request.method,
                url=self._redact.url(prepared.request.url),
            )

        return StreamSetup(
            kind=endpoint.stream or "jsonl",
            item_type=endpoint.item_type,
            context=self._context,
            limit=self._response_limit(options),
            reconnects=reconnects,
            invalid=invalid,
            broken=functools.partial(self._broken_stream, prepared),
        )

    def _broken_stream(self, prepared: _Prepared, exc: httpx.TransportError) -> Exception:
        error = self._transport_error(exc, prepared)
        error.args = (f"{error.args[0]}, while its body was being read",)
        return error

    @staticmethod
    def _resumed(prepared: _Prepared, last_event_id: str | None) -> _Prepared:
        """The request that resumes an event stream after ``last_event_id``."""
        request = prepared.request
        headers = request.headers.copy()
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        again = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=request.content,
            extensions=request.extensions,
        )
        return _Prepared(again, prepared.operation, prepared.replayable)

    # -- sending ---------------------------------------------------------------------------

    def _retry_delay(
        self,
        options: RequestOptions | None,
        endpoint: Endpoint,
        attempt: int,
        prepared: _Prepared,
        response: httpx.Response | None,
        exc: httpx.TransportError | None,
    ) -> float | None:
        """Seconds to wait before retrying, or None when this outcome is final.

        Retried, up to ``max_retries`` times:
        - connect errors and pool timeouts (nothing was sent) always;
        - other transport errors and statuses 408, 409, 429 and 5xx when the operation is
          retryable (``Endpoint.retryable`` or ``options["idempotent"]``);
        - 429 and 503 carrying a valid ``Retry-After`` even when it is not: the server says
          it did not process the request and when to come back.
        """
        max_retries = self._max_retries
        retryable = endpoint.retryable or (self._key_posts and prepared.request.method == "POST")
        if options:
            max_retries = options.get("max_retries", max_retries)
            # A call with an idempotency key cannot be performed twice by a retry.
            keyed = bool(options.get("idempotency_key"))
            retryable = retryable or keyed or options.get("idempotent", False)
        if attempt >= max_retries or not prepared.replayable:
            return None
        if exc is not None:
            unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
            return _backoff(attempt) if unsent or retryable else None
        assert response is not None
        status = response.status_code
        wait = _retry_after(response.headers) if status in (429, 503) else None
        if retryable and (status in (408, 409, 429) or status >= 500):
            return _backoff(attempt) if wait is None else wait
        return wait

    def _redirect(
        self, request: httpx.Request, response: httpx.Response, origin: tuple[str, str, int | None]
    ) -> httpx.Request:
        """The request that follows a redirect, with credentials stripped across origins."""
        try:
            url = request.url.join(response.headers["location"])
        except httpx.InvalidURL:
            url = httpx.URL("invalid:")
        if url.scheme not in ("http", "https") or not url.host:
            raise APIConnectionError(
                f"Redirect to an invalid location from {request.method} {request.url.path}",
                method=request.method,
                url=self._redact.url(request.url),
            )
        method = request.method
        status = response.status_code
        if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
            method = "GET"
        headers = request.headers.copy()
        stream: Any = request.stream
        if method != request.method:
            stream = None
            for name in ("content-type", "content-length", "transfer-encoding"):
                if name in headers:
                    del headers[name]
        if _origin(url) != origin:
            # An allow-list, not the known credential names: a custom header may be a secret.
            keep = _CROSS_ORIGIN_HEADERS if stream is None else _CROSS_ORIGIN_WITH_BODY
            headers = httpx.Headers(
                [(k, v) for k, v in headers.multi_items() if k.lower() in keep],
                encoding=headers.encoding,
            )
            for name in self._auth.query_names:
                url = url.copy_remove_param(name)
        else:
            # A Location header never carries our query-string key; the same origin gets it.
            for name in self._auth.query_names:
                if name in request.url.params and name not in url.params:
                    url = url.copy_set_param(name, request.url.params[name])
        # httpx only fills in Host for requests it encodes itself, so set it here.
        headers["Host"] = url.netloc.decode("ascii")
        return httpx.Request(
            method, url, headers=headers, stream=stream, extensions=request.extensions
        )

    def _response_limit(self, options: RequestOptions | None) -> int | None:
        if options and "max_response_bytes" in options:
            return _checked_limit(options["max_response_bytes"])
        return self._max_response_bytes

    def _bounded_decoder(
        self, response: httpx.Response, limit: int | None
    ) -> _BoundedDecoder | None:
        """The decoder that reads this body within ``limit``, or None when httpx's own
        ``read`` is safe: no limit, or an uncoded body whose Content-Length (which h11
        holds the server to) is within it. That is the usual case, and the cheap one."""
        if limit is None:
            return None
        if response.is_stream_consumed:  # built with its content (a mock transport's)
            if len(response.content) > limit:
                raise self._too_large(response, limit)
            return None
        codings = _codings(response)
        if codings is None:
            length = _declared_length(response)
            if length is not None:
                if length > limit:
                    response.close()
                    raise self._too_large(response, limit)
                return None
        return _BoundedDecoder(codings or [], limit)

    def _too_large(self, response: httpx.Response, limit: int) -> ResponseTooLargeError:
        request = response.request
        return ResponseTooLargeError(
            f"The response to {request.method} {request.url.path} (status "
            f"{response.status_code}) is larger than max_response_bytes ({limit} bytes); "
            "reading stopped there",
            limit=limit,
            status_code=response.status_code,
            headers=response.headers,
            method=request.method,
            url=self._redact.url(request.url),
        )

    def _log_response(self, request: httpx.Request, status: int | str, started: float) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug(
                "%s %s -> %s (%.0f ms)",
                request.method,
                self._redact.url(request.url),
                status,
                (time.monotonic() - started) * 1000,
            )

    def _too_many_redirects(self, request: httpx.Request) -> APIConnectionError:
        return APIConnectionError(
            f"Too many redirects (more than {MAX_REDIRECTS}) for {request.method} "
            f"{request.url.path}",
            method=request.method,
            url=self._redact.url(request.url),
        )


def _raw_or(stream: _StreamT) -> _StreamT:
    """The stream, or (through ``with_raw_response``) an ``APIResponse`` around it."""
    if _raw_requested():
        raw: Any = APIResponse(stream.response, stream)
        return raw  # type: ignore[no-any-return]
    return stream


def _as_mapping(body: object) -> Mapping[str, object]:
    if isinstance(body, pydantic.BaseModel):
        dumped: dict[str, object] = _with_deep_retry(
            type(body), "serialize", lambda: body.model_dump(by_alias=True, exclude_unset=True)
        )
        return dumped
    if isinstance(body, Mapping):
        return body
    raise TypeError(
        f"expected a mapping or a model for the request body, not {type(body).__name__}"
    )


def _read_io(body: object) -> bytes:
    read = getattr(body, "read", None)
    if not callable(read):
        raise TypeError(
            f"expected bytes or a binary file for the request body, not {type(body).__name__}"
        )
    data = read()
    if not isinstance(data, bytes):
        raise TypeError("the request body file must be opened in binary mode")
    return data


class SyncAPIClient(_BaseClient[httpx.Client]):
    """The synchronous base of every generated client.

    Args:
        base_url: the API root; operation paths are appended to it.
        credentials: constructor argument name -> secret (``None``/empty = not set).
        security_schemes: the spec's security schemes by name.
        timeout: seconds for every phase, an ``httpx.Timeout``, or ``None`` for no timeout
            (generated clients default to ``DEFAULT_TIMEOUT``, 60 s with a 5 s connect
            timeout). The whole response body must also arrive within the read timeout.
        max_retries: retries per call (the rendered client defaults to 2).
        default_headers: headers added to every request.
        http_client: your own ``httpx.Client`` (proxies, transports); it is not closed by
            ``close()``. Redirects are always followed by this class, never by httpx.
        user_agent: the ``User-Agent`` header.
        logger_name: the logger receiving one debug line per attempt.
        max_response_bytes: the largest response body accepted, counted after decoding
            ``Content-Encoding`` (``None``: no limit); reading stops with
            ``ResponseTooLargeError`` as soon as a body passes it. Default 100 MiB; per call
            with the ``max_response_bytes`` option.
        strict_response_validation: refuse response enum values the spec does not list
            (by default they parse as ``UnknownEnum``, keeping the raw value).
        error_classes: the package's subclass to raise instead of a status error class,
            where it gives the body the API declares for the status a type
            (``typed_body``).
        token_provider: for an oauth2 scheme, a callable returning the access token,
            called before every request and once more after a 401 (``_oauth2``).
        token_url: for an oauth2 scheme, the token endpoint instead of the spec's.
        quota: a ``Quota`` every attempt waits for (``_quota``); ``None``: no limiter.
        idempotency_keys: ``"declared"`` sends keys where the spec declares them
            (``Endpoint.idempotency_header``); ``"all-posts"`` also sends an
            ``Idempotency-Key`` with every other POST, and so retries it.
        request_id_header: the header the spec declares the request id in; ``request_id``
            reads it first, then ``x-request-id`` and ``request-id``.
    """

    _token_holder = SyncTokens

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, str | None],
        security_schemes: Mapping[str, SecurityScheme],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        user_agent: str,
        logger_name: str,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        error_classes: Mapping[type[APIStatusError], type[APIStatusError]] | None = None,
        token_provider: TokenProvider | None = None,
        token_url: str | None = None,
        quota: Quota | None = None,
        idempotency_keys: str = "declared",
        request_id_header: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            security_schemes=security_schemes,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            logger_name=logger_name,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=error_classes,
            token_provider=token_provider,
            token_url=token_url,
            quota=quota,
            idempotency_keys=idempotency_keys,
            request_id_header=request_id_header,
        )
        if http_client is None:
            self._use_own_client(httpx.Client, *transport_with_deadline())
        else:
            self._use_client(http_client, owned=False, reads_clamped=False)
        self._sleep: Callable[[float], None] = time.sleep

    def request(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Any:
        """Call an operation and return its parsed result (an ``APIResponse`` around it when
        called through ``with_raw_response``)."""
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        prepared = self._prepare(endpoint, arguments, body, options)
        if _streamed_requested():  # with_streaming_response: the body is left unread
            response = self._send(endpoint, prepared, options, stream=True)
            return StreamedResponse(
                self._stream_success(endpoint, response, prepared),
                functools.partial(self._broken_stream, prepared),
            )
        response = self._send(endpoint, prepared, options)
        parsed = self._process(endpoint, response, prepared.operation)
        if _raw_requested():
            return APIResponse(response, parsed, self._request_id_header)
        return parsed

    def request_stream(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Stream[Any]:
        """Call an operation answering an event stream or JSON Lines: its events or items,
        parsed as they arrive (``Endpoint.stream``)."""
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        prepared = self._prepare(endpoint, arguments, body, options)
        response = self._send(endpoint, prepared, options, stream=True)

        def reopen(last_event_id: str | None) -> httpx.Response | None:
            again = self._resumed(prepared, last_event_id)
            resumed = self._send(endpoint, again, options, stream=True)
            if resumed.status_code == 204:  # the standard's way of saying "do not reconnect"
                resumed.close()
                return None
            return self._stream_success(endpoint, resumed, again)

        stream: Stream[Any] = Stream(
            self._stream_success(endpoint, response, prepared),
            self._stream_setup(endpoint, prepared, options),
            reopen,
        )
        return _raw_or(stream)

    def request_page(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        item_type: Any,
        options: RequestOptions | None = None,
    ) -> SyncPage[Any]:
        """Fetch the first page of a list operation; iterate it for every item."""
        if endpoint.pagination is None:
            raise ValueError(f"{endpoint.method} {endpoint.path} is not paginated")
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        page = self._fetch_page(endpoint, item_type, options, _PageRequest(dict(arguments)))
        if _raw_requested():
            raw: Any = APIResponse(page._http_response, page, self._request_id_header)
            return raw  # type: ignore[no-any-return]
        return page

    def _fetch_page(
        self,
        endpoint: Endpoint,
        item_type: Any,
        options: RequestOptions | None,
        page_request: _PageRequest,
    ) -> SyncPage[Any]:
        prepared = self._prepare(
            endpoint, page_request.arguments, NOT_GIVEN, options, url=page_request.url
        )
        response = self._send(endpoint, prepared, options)
        items, body, following = self._page_parts(
            endpoint, item_type, page_request, response, prepared.operation
        )
        return SyncPage(
            items=items,
            response=body,
            http_response=response,
            next_request=following,
            fetch=functools.partial(self._fetch_page, endpoint, item_type, options),
        )

    def _send(
        self,
        endpoint: Endpoint,
        prepared: _Prepared,
        options: RequestOptions | None,
        stream: bool = False,
    ) -> httpx.Response:
        limit = self._response_limit(options)
        attempt = 0
        tokens = prepared.tokens
        if tokens is not None:
            assert isinstance(tokens, SyncTokens)
            tokens.authorize(prepared.request, self._client)
        while True:
            try:
                response = self._send_following_redirects(prepared.request, limit, stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(options, endpoint, attempt, prepared, None, exc)
                if delay is None:
                    raise self._transport_error(exc, prepared) from exc
            else:
                if tokens is not None and response.status_code == 401 and prepared.replayable:
                    # Once per call: a token refused twice is not a stale one.
                    renewed, tokens = tokens.renew(prepared.request, self._client), None
                    if renewed:
                        response.close()
                        continue
                delay = self._retry_delay(options, endpoint, attempt, prepared, response, None)
                if delay is None:
                    return response
                response.close()
            attempt += 1
            self._log.info("Retrying %s in %.2f s (retry %d)", prepared.operation, delay, attempt)
            self._sleep(delay)

    def _send_following_redirects(
        self, request: httpx.Request, limit: int | None, stream: bool = False
    ) -> httpx.Response:
        origin = _origin(request.url)
        for _ in range(MAX_REDIRECTS + 1):
            if self._quota is None:
                response = self._send_once(request, limit, stream)
            else:
                response = self._send_within_quota(self._quota, request, limit, stream)
            if response.status_code not in _REDIRECT_STATUSES or "location" not in response.headers:
                return response
            response.close()
            request = self._redirect(request, response, origin)
        raise self._too_many_redirects(request)

    def _send_within_quota(
        self, quota: Quota, request: httpx.Request, limit: int | None, stream: bool
    ) -> httpx.Response:
        """``_send_once`` in a slot of the client's quota (``_quota``)."""
        try:
            quota.acquire()
        except QuotaExceededError as exc:
            exc.method, exc.url = request.method, self._redact.url(request.url)
            raise
        response = None
        try:
            response = self._send_once(request, limit, stream)
        finally:
            quota.release(response)
        return response

    def _send_once(
        self, request: httpx.Request, limit: int | None, stream: bool = False
    ) -> httpx.Response:
        started = time.monotonic()
        read_timeout = request.extensions.get("timeout", {}).get("read")
        deadline = None if read_timeout is None else started + read_timeout
        with response_deadline(deadline):
            try:
                response = self._client.send(request, stream=True, follow_redirects=False)
            except httpx.InvalidURL as exc:
                # httpx parses a redirect's Location even with redirects off; a malformed one
                # is the server's protocol error, reported like any other transport failure.
                self._log_response(request, type(exc).__name__, started)
                raise httpx.RemoteProtocolError(
                    f"invalid redirect location ({exc})", request=request
                ) from exc
            except httpx.TransportError as exc:
                self._log_response(request, type(exc).__name__, started)
                raise
            try:
                # A streamed success is read by its caller, as it arrives: no deadline for
                # the whole body, only the read timeout between two reads.
                if not (stream and 200 <= response.status_code < 300):
                    if deadline is not None and not self._reads_clamped:
                        response.stream = _DeadlineStream(response.stream, deadline, request)
                    self._read_body(response, limit)
            except BaseException as exc:
                response.close()
                self._log_response(request, type(exc).__name__, started)
                raise
        self._log_response(request, response.status_code, started)
        return response

    def _read_body(self, response: httpx.Response, limit: int | None) -> None:
        """Read the body, decoded, stopping as soon as it passes ``limit`` bytes."""
        decoder = self._bounded_decoder(response, limit)
        if decoder is None:
            response.read()
            return
        try:
            for raw in response.iter_raw():
                decoder.feed(raw)
            decoder.finish()
        except _TooLarge:
            response.close()
            raise self._too_large(response, decoder.limit) from None
        _set_content(response, decoder)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """The asynchronous base of every generated client; see ``SyncAPIClient`` for the
    arguments. ``request_page`` returns an ``AsyncPaginator``: ``await`` it for the first
    page, or ``async for`` over it for every item."""

    _token_holder = AsyncTokens

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, str | None],
        security_schemes: Mapping[str, SecurityScheme],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        user_agent: str,
        logger_name: str,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        error_classes: Mapping[type[APIStatusError], type[APIStatusError]] | None = None,
        token_provider: AsyncTokenProvider | None = None,
        token_url: str | None = None,
        quota: Quota | None = None,
        idempotency_keys: str = "declared",
        request_id_header: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            security_schemes=security_schemes,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            logger_name=logger_name,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=error_classes,
            token_provider=token_provider,
            token_url=token_url,
            quota=quota,
            idempotency_keys=idempotency_keys,
            request_id_header=request_id_header,
        )
        if http_client is None:
            self._use_own_client(httpx.AsyncClient, *async_transport_with_deadline())
        else:
            self._use_client(http_client, owned=False, reads_clamped=False)
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def request(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Any:
        """Call an operation and return its parsed result (an ``APIResponse`` around it when
        called through ``with_raw_response``)."""
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        prepared = self._prepare(endpoint, arguments, body, options)
        if _streamed_requested():  # with_streaming_response: the body is left unread
            response = await self._send(endpoint, prepared, options, stream=True)
            return AsyncStreamedResponse(
                self._stream_success(endpoint, response, prepared),
                functools.partial(self._broken_stream, prepared),
            )
        response = await self._send(endpoint, prepared, options)
        parsed = self._process(endpoint, response, prepared.operation)
        if _raw_requested():
            return APIResponse(response, parsed, self._request_id_header)
        return parsed

    async def request_stream(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStream[Any]:
        """Call an operation answering an event stream or JSON Lines: its events or items,
        parsed as they arrive (``Endpoint.stream``)."""
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        prepared = self._prepare(endpoint, arguments, body, options)
        response = await self._send(endpoint, prepared, options, stream=True)

        async def reopen(last_event_id: str | None) -> httpx.Response | None:
            again = self._resumed(prepared, last_event_id)
            resumed = await self._send(endpoint, again, options, stream=True)
            if resumed.status_code == 204:
                await resumed.aclose()
                return None
            return self._stream_success(endpoint, resumed, again)

        stream: AsyncStream[Any] = AsyncStream(
            self._stream_success(endpoint, response, prepared),
            self._stream_setup(endpoint, prepared, options),
            reopen,
        )
        return _raw_or(stream)

    def request_page(
        self,
        endpoint: Endpoint,
        arguments: Mapping[str, object],
        item_type: Any,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Any]:
        """A paginator over a list operation; nothing is sent until it is awaited or
        iterated."""
        if endpoint.pagination is None:
            raise ValueError(f"{endpoint.method} {endpoint.path} is not paginated")
        if options and not _OPTION_NAMES.issuperset(options):
            raise _unknown_option(options, sys._getframe(1))
        fetch = functools.partial(self._fetch_page, endpoint, item_type, options)
        return AsyncPaginator(fetch, _PageRequest(dict(arguments)), self._request_id_header)

    async def _fetch_page(
        self,
        endpoint: Endpoint,
        item_type: Any,
        options: RequestOptions | None,
        page_request: _PageRequest,
    ) -> AsyncPage[Any]:
        prepared = self._prepare(
            endpoint, page_request.arguments, NOT_GIVEN, options, url=page_request.url
        )
        response = await self._send(endpoint, prepared, options)
        items, body, following = self._page_parts(
            endpoint, item_type, page_request, response, prepared.operation
        )
        return AsyncPage(
            items=items,
            response=body,
            http_response=response,
            next_request=following,
            fetch=functools.partial(self._fetch_page, endpoint, item_type, options),
        )

    async def _send(
        self,
        endpoint: Endpoint,
        prepared: _Prepared,
        options: RequestOptions | None,
        stream: bool = False,
    ) -> httpx.Response:
        limit = self._response_limit(options)
        attempt = 0
        tokens = prepared.tokens
        if tokens is not None:
            assert isinstance(tokens, AsyncTokens)
            await tokens.authorize(prepared.request, self._client)
        while True:
            try:
                response = await self._send_following_redirects(prepared.request, limit, stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(options, endpoint, attempt, prepared, None, exc)
                if delay is None:
                    raise self._transport_error(exc, prepared) from exc
            else:
                if tokens is not None and response.status_code == 401 and prepared.replayable:
                    # Once per call: a token refused twice is not a stale one.
                    renewed, tokens = await tokens.renew(prepared.request, self._client), None
                    if renewed:
                        await response.aclose()
                        continue
                delay = self._retry_delay(options, endpoint, attempt, prepared, response, None)
                if delay is None:
                    return response
                await response.aclose()
            attempt += 1
            self._log.info("Retrying %s in %.2f s (retry %d)", prepared.operation, delay, attempt)
            await self._sleep(delay)

    async def _send_following_redirects(
        self, request: httpx.Request, limit: int | None, stream: bool = False
    ) -> httpx.Response:
        origin = _origin(request.url)
        for _ in range(MAX_REDIRECTS + 1):
            if self._quota is None:
                response = await self._send_once(request, limit, stream)
            else:
                response = await self._send_within_quota(self._quota, request, limit, stream)
            if response.status_code not in _REDIRECT_STATUSES or "location" not in response.headers:
                return response
            await response.aclose()
            request = self._redirect(request, response, origin)
        raise self._too_many_redirects(request)

    async def _send_within_quota(
        self, quota: Quota, request: httpx.Request, limit: int | None, stream: bool
    ) -> httpx.Response:
        """``_send_once`` in a slot of the client's quota (``_quota``)."""
        try:
            await quota.acquire_async()
        except QuotaExceededError as exc:
            exc.method, exc.url = request.method, self._redact.url(request.url)
            raise
        response = None
        try:
            response = await self._send_once(request, limit, stream)
        finally:
            quota.release(response)
        return response

    async def _send_once(
        self, request: httpx.Request, limit: int | None, stream: bool = False
    ) -> httpx.Response:
        started = time.monotonic()
        read_timeout = request.extensions.get("timeout", {}).get("read")
        deadline = None if read_timeout is None else started + read_timeout
        with response_deadline(deadline):
            try:
                response = await self._client.send(request, stream=True, follow_redirects=False)
            except httpx.InvalidURL as exc:
                # httpx parses a redirect's Location even with redirects off; a malformed one
                # is the server's protocol error, reported like any other transport failure.
                self._log_response(request, type(exc).__name__, started)
                raise httpx.RemoteProtocolError(
                    f"invalid redirect location ({exc})", request=request
                ) from exc
            except httpx.TransportError as exc:
                self._log_response(request, type(exc).__name__, started)
                raise
            try:
                if not (stream and 200 <= response.status_code < 300):
                    if deadline is not None and not self._reads_clamped:
                        response.stream = _DeadlineStream(response.stream, deadline, request)
                    await self._aread_body(response, limit)
            except BaseException as exc:
                await response.aclose()
                self._log_response(request, type(exc).__name__, started)
                raise
        self._log_response(request, response.status_code, started)
        return response

    async def _aread_body(self, response: httpx.Response, limit: int | None) -> None:
        """Read the body, decoded, stopping as soon as it passes ``limit`` bytes."""
        decoder = self._bounded_decoder(response, limit)
        if decoder is None:
            await response.aread()
            return
        try:
            async for raw in response.aiter_raw():
                decoder.feed(raw)
            decoder.finish()
        except _TooLarge:
            await response.aclose()
            raise self._too_large(response, decoder.limit) from None
        _set_content(response, decoder)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
