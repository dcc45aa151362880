"""Responses read as they arrive: downloads, server-sent events and JSON Lines.

- A download (``client.<resource>.with_streaming_response.<method>(...)``) is a
  ``StreamedResponse``: status and headers at once, the body through ``iter_bytes`` or
  ``write_to_file``, never held whole (the plain method reads it whole, within
  ``max_response_bytes``).
- An operation answering ``text/event-stream`` returns a ``Stream`` of ``ServerSentEvent``:
  the stream parsed as the WHATWG HTML standard says (9.2.6: ``event``, ``data`` over several
  lines, ``id``, ``retry``, comments), each event's data validated into the declared type.
  Where the spec allows it (``x-sse-reconnect``), a dropped connection is resumed with
  ``Last-Event-ID`` after the ``retry`` delay, at most ``max_retries`` times in a row.
- An operation answering JSON Lines returns a ``Stream`` of its items, one a line.

Only one event or line is held at a time, and none may be larger than ``max_response_bytes``.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

import httpx
import pydantic

from ._exceptions import request_id_of
from ._response import _validate_json

__all__ = [
    "AsyncStream",
    "AsyncStreamedResponse",
    "AsyncStreamedResponseContext",
    "ServerSentEvent",
    "Stream",
    "StreamedResponse",
    "StreamedResponseContext",
    "async_to_streamed_response_wrapper",
    "to_streamed_response_wrapper",
]

T = TypeVar("T")
D = TypeVar("D")
P = ParamSpec("P")

# The wait before resuming a dropped event stream when the server sent no `retry:` (the
# standard leaves it to the client; browsers wait a few seconds), and the longest honoured.
DEFAULT_RECONNECT_SECONDS = 1.0
MAX_RECONNECT_SECONDS = 60.0

_streamed: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "specforge_streamed_response", default=False
)


def _streamed_requested() -> bool:
    return _streamed.get()


# -- downloads ------------------------------------------------------------------------------


class _Download:
    """What the sync and async streamed responses share: the response's head."""

    __slots__ = ("_broken", "http_response")

    def __init__(
        self, http_response: httpx.Response, broken: Callable[[httpx.TransportError], Exception]
    ) -> None:
        self.http_response = http_response
        self._broken = broken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id of the request (``x-request-id``), for support tickets."""
        return request_id_of(self.http_response.headers)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


class StreamedResponse(_Download):
    """A successful response whose body has not been read: read it with ``iter_bytes``,
    ``iter_text`` or ``write_to_file``, once. Close it (or use the ``with`` block it came
    from) to free the connection."""

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decoded (``Content-Encoding``), in chunks of ``chunk_size`` bytes (the
        last one shorter; None: as they arrive)."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text, in the response's encoding."""
        try:
            yield from self.http_response.iter_text(chunk_size)
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int = 64 * 1024) -> int:
        """Write the body to ``path`` as it arrives; the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(_Download):
    """``StreamedResponse`` for the async client: ``aiter_bytes``, ``aiter_text``,
    ``write_to_file`` (awaited), ``close`` (awaited)."""

    __slots__ = ()

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, decoded, in chunks of ``chunk_size`` bytes (None: as they arrive)."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    async def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text, in the response's encoding."""
        try:
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    async def write_to_file(self, path: str | os.PathLike[str], chunk_size: int = 64 * 1024) -> int:
        """Write the body to ``path`` as it arrives; the number of bytes written. (Local
        file writes of one chunk are short enough not to hand to a thread.)"""
        written = 0
        with open(path, "wb") as file:
            async for chunk in self.aiter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()


class StreamedResponseContext:
    """``with client.<resource>.with_streaming_response.<method>(...) as response:`` - the
    request is sent on entering, the connection released on leaving."""

    __slots__ = ("_call", "_response")

    def __init__(self, call: Callable[[], object]) -> None:
        self._call = call
        self._response: StreamedResponse | None = None

    def __enter__(self) -> StreamedResponse:
        token = _streamed.set(True)
        try:
            response = self._call()
        finally:
            _streamed.reset(token)
        assert isinstance(response, StreamedResponse)  # request() answers a streamed call so
        self._response = response
        return response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext:
    """``async with client.<resource>.with_streaming_response.<method>(...) as response:``"""

    __slots__ = ("_call", "_response")

    def __init__(self, call: Callable[[], Awaitable[object]]) -> None:
        self._call = call
        self._response: AsyncStreamedResponse | None = None

    async def __aenter__(self) -> AsyncStreamedResponse:
        token = _streamed.set(True)
        try:
            response = await self._call()
        finally:
            _streamed.reset(token)
        assert isinstance(response, AsyncStreamedResponse)
        self._response = response
        return response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(func: Callable[P, object]) -> Callable[P, StreamedResponseContext]:
    """A client method that, in a ``with`` block, gives the ``StreamedResponse`` instead of
    the body read whole."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext:
        return StreamedResponseContext(functools.partial(func, *args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]],
) -> Callable[P, AsyncStreamedResponseContext]:
    """``to_streamed_response_wrapper`` for the async client (``async with``)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext:
        return AsyncStreamedResponseContext(functools.partial(func, *args, **kwargs))

    return wrapped


# -- event streams and JSON Lines -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerSentEvent(Generic[D]):
    """One event of a ``text/event-stream``.

    Attributes:
        event: its type (``event:``), ``"message"`` when the server named none.
        data: its ``data:`` lines joined by newlines, parsed into the documented type.
        id: the last event id the stream has set (``id:``), or None.
        retry: the reconnection delay in milliseconds this event set (``retry:``), or None.
    """

    event: str
    data: D
    id: str | None
    retry: int | None


@dataclass(frozen=True, slots=True)
class _RawEvent:
    event: str
    data: str
    id: str | None
    retry: int | None


class _TooLarge(Exception):
    pass


class _Lines:
    """Bytes → lines, split at CR LF, LF or CR, each at most ``limit`` bytes."""

    __slots__ = ("_limit", "_pending")

    def __init__(self, limit: int | None) -> None:
        self._limit = limit
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk if self._pending else chunk
        lines = data.splitlines(keepends=True)
        # A last line without LF may be cut short, or be a CR whose LF is in the next chunk.
        self._pending = lines.pop() if lines and not lines[-1].endswith(b"\n") else b""
        if self._limit is not None and len(self._pending) > self._limit:
            raise _TooLarge
        return [line.rstrip(b"\r\n") for line in lines]

    def finish(self) -> list[bytes]:
        """The last line, when the body does not end with a line break."""
        pending, self._pending = self._pending, b""
        stripped = pending.rstrip(b"\r\n")
        return [stripped] if pending else []


class _EventParser:
    """The WHATWG event stream interpretation (HTML 9.2.6), one connection at a time; the
    last event id and the reconnection time outlive a connection."""

    def __init__(self, limit: int | None) -> None:
        self._limit = limit
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.count = 0  # events dispatched, over every connection
        self.reset()

    def reset(self) -> None:
        """A new connection: nothing of a half-received event survives it."""
        self._lines = _Lines(self._limit)
        self._first = True
        self._event = ""
        self._data: list[str] = []
        self._size = 0
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[_RawEvent]:
        return self._interpret(self._lines.feed(chunk))

    def finish(self) -> list[_RawEvent]:
        """The body ended: its last line is read; an event not ended by a blank line is
        dropped, as the standard says."""
        return self._interpret(self._lines.finish())

    def _interpret(self, lines: list[bytes]) -> list[_RawEvent]:
        events: list[_RawEvent] = []
        for raw in lines:
            line = raw.decode("utf-8", "replace")
            if self._first:
                self._first = False
                line = line.removeprefix("\ufeff")
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
                continue
            if line.startswith(":"):
                continue  # a comment (keep-alive)
            name, colon, value = line.partition(":")
            if colon and value.startswith(" "):
                value = value[1:]
            if name == "data":
                self._size += len(raw)
                if self._limit is not None and self._size > self._limit:
                    raise _TooLarge
                self._data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id" and "\0" not in value:
                self.last_event_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                self.retry = self._retry = int(value)
            # Any other field, or a retry that is not a number, is ignored.
        return events

    def _dispatch(self) -> _RawEvent | None:
        data, event, retry = self._data, self._event or "message", self._retry
        self._data, self._event, self._size, self._retry = [], "", 0, None
        if not data:
            return None
        self.count += 1
        return _RawEvent(event, "\n".join(data), self.last_event_id or None, retry)


class StreamSetup:
    """What the client tells a stream: how to parse its items and how to report problems,
    located at the call. Made by the base client."""

    __slots__ = ("broken", "context", "invalid", "item_type", "kind", "limit", "reconnects")

    def __init__(
        self,
        *,
        kind: str,
        item_type: Any,
        context: Any,
        limit: int | None,
        reconnects: int,
        invalid: Callable[[str, httpx.Response], Exception],
        broken: Callable[[httpx.TransportError], Exception],
    ) -> None:
        self.kind = kind  # sse | jsonl
        self.item_type = item_type
        self.context = context
        self.limit = limit
        self.reconnects = reconnects  # 0: a dropped stream is an error
        self.invalid = invalid
        self.broken = broken


def _reason(exc: Exception) -> str:
    if isinstance(exc, pydantic.ValidationError) and exc.error_count():
        first = exc.errors(include_url=False, include_input=False)[0]
        location = "/".join(str(part) for part in first["loc"]) or "(value)"
        return f"{exc.error_count()} error(s), first at {location}: {first['msg']}"
    return str(exc)


class _Reader:
    """The parsing shared by ``Stream`` and ``AsyncStream``: chunks in, items out."""

    def __init__(self, setup: StreamSetup, response: httpx.Response) -> None:
        self.setup = setup
        self.response = response
        self.events = _EventParser(setup.limit) if setup.kind == "sse" else None
        self.lines = _Lines(setup.limit) if self.events is None else None
        self.line_number = 0
        self.failures = 0  # reconnections in a row that brought no event

    def check_media_type(self) -> None:
        """Checked as each response is read (not when the stream is made: the response is
        closed only by reading or closing the stream)."""
        if self.events is None:
            return
        media_type = self.response.headers.get("content-type", "")
        if media_type.split(";")[0].strip().lower() != "text/event-stream":
            found = media_type or "no content type"
            raise self.setup.invalid(
                f"expected an event stream (text/event-stream), not {found}", self.response
            )

    def items(self, chunk: bytes) -> Iterator[Any]:
        """The items a chunk completes, each parsed as it is reached: those before a
        malformed one are delivered."""
        try:
            if self.events is not None:
                raw_events = self.events.feed(chunk)
            else:
                assert self.lines is not None
                lines = self.lines.feed(chunk)
        except _TooLarge:
            raise self._too_large() from None
        if self.events is not None:
            for raw in raw_events:
                yield self._event(raw)
        else:
            yield from self._lines(lines)

    def finish(self) -> Iterator[Any]:
        if self.events is not None:
            for raw in self.events.finish():
                yield self._event(raw)
        else:
            assert self.lines is not None
            yield from self._lines(self.lines.finish())

    def _too_large(self) -> Exception:
        what = "an event" if self.events is not None else "a line"
        return self.setup.invalid(
            f"{what} is larger than max_response_bytes ({self.setup.limit} bytes)", self.response
        )

    def _event(self, raw: _RawEvent) -> ServerSentEvent[Any]:
        item_type = self.setup.item_type
        if item_type is None:
            return ServerSentEvent(raw.event, raw.data, raw.id, raw.retry)
        try:
            data = _validate_json(item_type, raw.data.encode(), self.setup.context)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            assert self.events is not None
            where = f"event {self.events.count}" + (f" (id {raw.id!r})" if raw.id else "")
            raise self.setup.invalid(
                f"{where} does not carry the documented data: {_reason(exc)}", self.response
            ) from None
        return ServerSentEvent(raw.event, data, raw.id, raw.retry)

    def _lines(self, lines: list[bytes]) -> Iterator[Any]:
        for line in lines:
            self.line_number += 1
            if not line.strip():
                continue
            try:
                item = _validate_json(self.setup.item_type, line, self.setup.context)
            except ValueError as exc:
                raise self.setup.invalid(
                    f"line {self.line_number} is not the documented item: {_reason(exc)}",
                    self.response,
                ) from None
            yield item

    def resumable(self, exc: httpx.TransportError) -> float:
        """The seconds to wait before resuming after ``exc``, or the error to raise."""
        events = self.events
        if events is None or self.failures >= self.setup.reconnects:
            raise self.setup.broken(exc) from exc
        self.failures += 1
        events.reset()
        if events.retry is None:
            return DEFAULT_RECONNECT_SECONDS
        return min(events.retry / 1000, MAX_RECONNECT_SECONDS)

    def resumed(self, response: httpx.Response) -> None:
        self.response = response

    def progressed(self) -> None:
        self.failures = 0


class _Items:
    """What ``Stream`` and ``AsyncStream`` share: the response being read."""

    def __init__(self, response: httpx.Response, setup: StreamSetup) -> None:
        self._reader = _Reader(setup, response)

    @property
    def response(self) -> httpx.Response:
        """The ``httpx.Response`` now being read (a new one after a reconnection)."""
        return self._reader.response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


class Stream(_Items, Generic[T]):
    """The events (``ServerSentEvent``) or items of a streamed response, parsed as they
    arrive. Iterate it once; close it (or use it in a ``with`` block) to stop early."""

    def __init__(
        self,
        response: httpx.Response,
        setup: StreamSetup,
        reopen: Callable[[str | None], httpx.Response | None],
    ) -> None:
        super().__init__(response, setup)
        self._reopen = reopen

    def __iter__(self) -> Iterator[T]:
        reader = self._reader
        try:
            while True:
                reader.check_media_type()
                try:
                    for chunk in reader.response.iter_bytes():
                        for item in reader.items(chunk):
                            reader.progressed()
                            yield item
                    yield from reader.finish()
                    return
                except httpx.TransportError as exc:
                    reader.response.close()
                    wait = reader.resumable(exc)
                time.sleep(wait)
                events = reader.events
                resumed = self._reopen(events.last_event_id if events else None)
                if resumed is None:  # 204: the server has nothing more to send
                    return
                reader.resumed(resumed)
        finally:
            reader.response.close()

    def close(self) -> None:
        self._reader.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_Items, Generic[T]):
    """``Stream`` for the async client: ``async for``, ``async with``, ``await close()``."""

    def __init__(
        self,
        response: httpx.Response,
        setup: StreamSetup,
        reopen: Callable[[str | None], Awaitable[httpx.Response | None]],
    ) -> None:
        super().__init__(response, setup)
        self._reopen = reopen

    async def __aiter__(self) -> AsyncIterator[T]:
        reader = self._reader
        try:
            while True:
                reader.check_media_type()
                try:
                    async for chunk in reader.response.aiter_bytes():
                        for item in reader.items(chunk):
                            reader.progressed()
                            yield item
                    for item in reader.finish():
                        yield item
                    return
                except httpx.TransportError as exc:
                    await reader.response.aclose()
                    wait = reader.resumable(exc)
                await asyncio.sleep(wait)
                events = reader.events
                resumed = await self._reopen(events.last_event_id if events else None)
                if resumed is None:
                    return
                reader.resumed(resumed)
        finally:
            await reader.response.aclose()

    async def close(self) -> None:
        await self._reader.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
