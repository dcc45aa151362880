"""Turning HTTP responses into return values, and the ``with_raw_response`` machinery.

Bodies are parsed from the raw bytes exactly once: pydantic validates JSON straight into the
declared type (``TypeAdapter.validate_json``), with one adapter per type, built on first use.
"""

from __future__ import annotations

import contextvars
import functools
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx
import pydantic

from ._endpoint import Deferred
from ._exceptions import SchemaTooDeepError, request_id_of
from ._ratelimit import RateLimit, parse_rate_limit

__all__ = ["APIResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

_raw_response: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "specforge_raw_response", default=False
)


class APIResponse(Generic[T]):
    """A response with its parsed value, returned by ``client.<resource>.with_raw_response``.

    Attributes:
        http_response: the underlying ``httpx.Response`` (body already read).
        parsed: what the plain method would have returned.
    """

    __slots__ = ("_request_id_header", "http_response", "parsed")

    def __init__(
        self, http_response: httpx.Response, parsed: T, request_id_header: str | None = None
    ) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self._request_id_header = request_id_header  # the spec's, if it declares one

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit:
        """The rate limit the response reports (``RateLimit-*``, ``X-RateLimit-*``,
        ``Retry-After``)."""
        return parse_rate_limit(self.http_response.headers)

    @property
    def request_id(self) -> str | None:
        """The server's id of the request (the spec's request-id header, else
        ``x-request-id``), for support tickets."""
        return request_id_of(self.http_response.headers, self._request_id_header)

    def parse(self) -> T:
        """The parsed value (already computed; kept for openai-python compatibility)."""
        return self.parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a client method so that it returns an ``APIResponse`` instead of the value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_response.set(True)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Wrap an async client method so that it returns an ``APIResponse`` instead of the value.

    Also works for paginated methods, which return an awaitable ``AsyncPaginator``: awaiting it
    inside the wrapper yields ``APIResponse[AsyncPage[T]]``.
    """

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_response.set(True)
        try:
            return cast(APIResponse[R], await func(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return wrapped


def _raw_requested() -> bool:
    return _raw_response.get()


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}

# Building the pydantic schema of a chain of N nested models takes ~10 Python frames per
# model, so ~100 chained ``$ref`` schemas exceed the default recursion limit of 1000. The
# models are built lazily (``defer_build``), on first use; when that first build runs out
# of stack, it is retried once in a thread with a large C stack and a higher limit. Once
# built, validating and serializing need no deep Python stack (pydantic-core bounds the
# nesting of the data itself).
_DEEP_RECURSION_LIMIT = 50_000
_DEEP_STACK_BYTES = 512 * 1024 * 1024
_deep_lock = threading.Lock()


def _in_deep_stack(build: Callable[[], object]) -> bool:
    """Run ``build`` with a deep stack; False if it still ran out of recursion."""

    def run() -> bool:
        previous = sys.getrecursionlimit()
        sys.setrecursionlimit(max(previous, _DEEP_RECURSION_LIMIT))
        try:
            build()
        except RecursionError:
            return False
        finally:
            sys.setrecursionlimit(previous)
        return True

    with _deep_lock:
        previous_size = threading.stack_size()
        try:
            # The size applies to threads started from now on: the executor's one thread.
            threading.stack_size(_DEEP_STACK_BYTES)
            with ThreadPoolExecutor(1, thread_name_prefix="specforge-deep-build") as pool:
                return pool.submit(run).result()
        finally:
            threading.stack_size(previous_size)


def _too_deep(tp: Any, action: str) -> SchemaTooDeepError:
    name = getattr(tp, "__name__", None) or type(tp).__name__
    return SchemaTooDeepError(
        f"{name} nests too deeply to {action} within Python's recursion limit "
        f"({sys.getrecursionlimit()}); the spec's schemas (a long $ref chain) or the data "
        "are nested deeper than pydantic can handle"
    )


def _build_deeply(tp: Any) -> bool:
    """Build the model or adapter for ``tp`` with a deep stack (see ``_in_deep_stack``)."""
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _in_deep_stack(lambda: tp.model_rebuild(force=True))
    return _in_deep_stack(lambda: _adapter(tp))


def _with_deep_retry(tp: Any, action: str, call: Callable[[], R]) -> R:
    """``call()``; on a ``RecursionError`` build ``tp`` deeply and try once more, else raise
    ``SchemaTooDeepError`` (never a bare ``RecursionError``)."""
    try:
        return call()
    except RecursionError:
        pass
    if not _build_deeply(tp):
        raise _too_deep(tp, action) from None
    try:
        return call()
    except RecursionError:
        raise _too_deep(tp, action) from None


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """The cached ``TypeAdapter`` for a type (uncached if the type is unhashable)."""
    try:
        return _adapters[tp]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(tp)
        _adapters[tp] = adapter
        return adapter
    except TypeError:
        return pydantic.TypeAdapter(tp)


def _validate_json_once(tp: Any, content: bytes, context: Any) -> Any:
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return tp.model_validate_json(content, context=context)
    return _adapter(tp).validate_json(content, context=context)


def _validate_json(tp: Any, content: bytes, context: Any = None) -> Any:
    """Parse and validate JSON bytes in one pass (raises ``pydantic.ValidationError``, or
    ``SchemaTooDeepError`` when the type cannot be built). ``context``: the validation
    context (``_unions.STRICT_CONTEXT`` for a strict client)."""
    if type(tp) is Deferred:  # an Endpoint's type, imported on its first call
        tp = tp.resolve()
    try:
        return _validate_json_once(tp, content, context)
    except RecursionError:
        return _with_deep_retry(tp, "validate", lambda: _validate_json_once(tp, content, context))


def _validate_python(tp: Any, value: object, context: Any = None) -> Any:
    """Validate a Python value (``pydantic.ValidationError``, or ``SchemaTooDeepError``)."""
    if type(tp) is Deferred:  # an Endpoint's type (an error body's), imported on first use
        tp = tp.resolve()
    return _with_deep_retry(
        tp, "validate", lambda: _adapter(tp).validate_python(value, context=context)
    )


# What an exception keeps of a large error or invalid body: enough to diagnose, without
# pinning megabytes in every traceback and log handler that holds the exception.
MAX_KEPT_BODY = 64 * 1024


def _kept_text(response: httpx.Response) -> str:
    """The body as text, cut to ``MAX_KEPT_BODY`` bytes with a marker saying so."""
    content = response.content
    if len(content) <= MAX_KEPT_BODY:
        return response.text
    encoding = response.encoding or "utf-8"
    try:
        head = content[:MAX_KEPT_BODY].decode(encoding, errors="replace")
    except LookupError:
        head = content[:MAX_KEPT_BODY].decode("utf-8", errors="replace")
    return f"{head}... [truncated: {len(content)} bytes in all]"


def _error_type_for(error_types: Any, status_code: int) -> Any:
    """The declared error body type: exact status, then ``4XX``/``5XX``, then ``default``."""
    for key in (str(status_code), f"{status_code // 100}XX", "default"):
        if key in error_types:
            return error_types[key]
    return None


def _error_body(
    error_types: Any, response: httpx.Response
) -> tuple[object, Callable[[object], object] | None]:
    """The error body as sent (JSON, else text, else None; a body larger than
    ``MAX_KEPT_BODY`` as truncated text), and how to parse that JSON as the type the
    operation declares for the status, which the exception does on first use.

    Never raises: a malformed error body must not hide the status error itself.
    """
    content = response.content
    if not content.strip():
        return None, None
    if len(content) > MAX_KEPT_BODY:
        return _kept_text(response), None
    try:
        body = _adapter(Any).validate_json(content)
    except (pydantic.ValidationError, ValueError):
        return response.text, None
    tp = _error_type_for(error_types, response.status_code)
    return body, None if tp is None else functools.partial(_validate_python, tp)


_DETAIL_KEYS = ("message", "detail", "error_description", "error", "title", "errors", "msg")
_MAX_DETAIL = 200


def _error_detail(body: object, depth: int = 0) -> str | None:
    """A short human-readable detail found in a typical error body, or None."""
    if depth > 4 or body is None:
        return None
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(mode="json", by_alias=True)
    if isinstance(body, str):
        text = " ".join(body.split())
        if not text or text.startswith("<"):  # an HTML error page says nothing useful
            return None
        return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."
    if isinstance(body, dict):
        for key in _DETAIL_KEYS:
            if key in body:
                found = _error_detail(body[key], depth + 1)
                if found:
                    return found
        return None
    if isinstance(body, list) and body:
        return _error_detail(body[0], depth + 1)
    return None
