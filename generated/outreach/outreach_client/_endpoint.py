"""Static descriptions of API operations.

The generated resource modules describe every operation with these frozen dataclasses and
hand them to the base client, which does all the HTTP work. Nothing here performs I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Deferred", "Endpoint", "Pagination", "Param"]


class Deferred:
    """A type an ``Endpoint`` names but imports on its first call: a resource module of a
    large API describes dozens of operations whose response and error models reach hundreds
    of classes, which importing the module would otherwise build (``_response`` resolves it
    where a type is used)."""

    __slots__ = ("_load", "_type")

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load: Callable[[], Any] | None = load
        self._type: Any = None

    def resolve(self) -> Any:
        load = self._load  # read once: another thread may resolve it meanwhile
        if load is not None:
            self._type = load()
            self._load = None
        return self._type

    def __repr__(self) -> str:
        return "Deferred(...)" if self._load is not None else f"Deferred({self._type!r})"


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of an operation, as the spec declares it on the wire."""

    name: str
    """Wire name, e.g. ``"page[size]"``, ``"X-Request-Id"``, ``"lead_id"``."""
    location: Literal["path", "query", "header", "cookie"]
    style: str = ""
    """OpenAPI serialization style; ``""`` means the location's default."""
    explode: bool | None = None
    """``None`` means the style's default (true for ``form``, false otherwise)."""
    required: bool = False


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list operation pages (the spec's ``x-pagination`` extension).

    The ``*_param`` fields are Python argument names (keys of ``Endpoint.params``); the other
    fields are JSON pointers into the response body.
    """

    style: str
    """How the next page is found: a key of ``_pagination.STYLES`` (``"offset"``,
    ``"page"``, ``"cursor"``, ...)."""
    items: str
    """JSON pointer to the array of items (``""`` means the body is the array)."""
    limit_param: str | None = None
    offset_param: str | None = None
    page_param: str | None = None
    size_param: str | None = None
    next_url: str | None = None
    """JSON pointer to the next page's URL."""
    has_more: str | None = None
    """JSON pointer to a boolean saying whether more pages follow."""
    total: str | None = None
    """JSON pointer to the total number of items."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Everything the base client needs to know to call one operation."""

    method: str
    path: str
    """Path template with wire names in braces, e.g. ``"/api/crm/lead/{lead_id}"``."""
    params: Mapping[str, Param]
    """Python argument name -> parameter."""
    security: tuple[tuple[str, ...], ...] = ()
    """Alternatives (OR) of scheme names (AND). ``()`` means no credentials are needed; an
    empty inner tuple means anonymous access is one of the alternatives."""
    body_kind: Literal["none", "json", "form", "multipart", "binary", "text"] = "none"
    content_type: str | None = None
    """Request media type, e.g. ``"application/vnd.api+json"``; ``None`` = the kind's default."""
    body_required: bool = False
    """Whether the spec requires a request body. An optional body whose fields were all left
    out is not sent at all (``{}`` would be a different, often invalid, request)."""
    accept: str | None = None
    """The Accept header: the media types the spec documents for the responses; ``None`` =
    the response kind's default."""
    response_type: Any = None
    """Type a JSON 2xx body is parsed into; ``None`` means the operation returns ``None``."""
    response_kind: Literal["json", "text", "binary", "none"] = "json"
    error_types: Mapping[str, Any] = field(default_factory=dict)
    """``"404"``, ``"4XX"`` or ``"default"`` -> type of the error body."""
    retryable: bool = True
    """Idempotent method, the spec marks the operation ``x-retry: true``, or it is keyed."""
    idempotency_header: str | None = None
    """The header of the call's idempotency key (the spec's ``x-idempotency-key``): a new
    key per call, the same on each of its retries."""
    pagination: Pagination | None = None
    stream: Literal["bytes", "sse", "jsonl"] | None = None
    """How the success body is read as it arrives (``_streaming``): ``"sse"`` events and
    ``"jsonl"`` items are iterated, a ``"bytes"`` download has ``with_streaming_response``;
    ``None``: read whole."""
    item_type: Any = None
    """``"sse"``: the type each event's data is parsed into (``None``: kept as text);
    ``"jsonl"``: the type of each line."""
    reconnect: bool = False
    """The spec allows resuming a dropped event stream with ``Last-Event-ID``
    (``x-sse-reconnect``)."""
