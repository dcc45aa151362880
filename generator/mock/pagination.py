"""The mock's pages: one strategy per `x-pagination` style (``generator.wire.pagination``
names each), used by the stateful store to cut a page from its records and by the stateless
mock to serve its one page as the last.

Every list the mock serves ends: a stateless list is the documented example's items on the
first page and an empty page for any later one, with no next link; a stateful one ends at
its last record. Where a style's link to the next page travels (the body's ``next_url``, or
the ``Link`` header) is the strategy's; ``has_more`` and ``total`` are written the same way
for every style.
"""

from __future__ import annotations

import base64
import binascii
import copy
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from generator.mock.numbers import parse_int, parse_unsigned
from generator.mock.params import schema_types
from generator.mock.responses import (
    Reply,
    ResponseFactory,
    answer_media,
    get_at,
    put_at,
    set_or_drop,
    success_status,
)
from generator.mock.validation import Incoming, Validated
from generator.wire.model import Media, Operation, WireApi
from generator.wire.pagination import Pagination

_CURSOR_PARAMS = ("page[after]", "page[cursor]", "cursor", "after", "starting_after")
_DEFAULT_SIZE = 20
# Query changes that ask for one page (parameter name → value).
Changes = dict[str, Any]
Records = list[dict[str, Any]]


@dataclass(frozen=True)
class Window:
    """Where a page sits in its list."""

    total: int
    has_more: bool
    # rel → the query changes that ask for that page (RFC 8288 relation types: next, prev,
    # first, last); only ``next`` for the styles that link in the body.
    links: dict[str, Changes] = field(default_factory=dict)


@dataclass(frozen=True)
class Asked:
    """A list request, as the strategies read it."""

    pagination: Pagination
    operation: Operation
    incoming: Incoming
    validated: Validated

    def number(self, key: str, default: int) -> int:
        """The integer the query parameter that ``key`` names holds, else ``default``."""
        return self.query_number(self.pagination.get(key), default)

    def query_number(self, name: str | None, default: int) -> int:
        """The integer the query parameter ``name`` holds, else ``default``."""
        if not name:
            return default
        value = self.validated.query.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raw = self.incoming.query.get(name)
        parsed = parse_int(raw[0]) if raw else None
        return default if parsed is None else parsed

    def size(self, key: str) -> int:
        """The page size asked for: the parameter ``key`` names, else its schema's
        default, else 20."""
        return max(1, self.number(key, _default(self.operation, self.pagination.get(key))))


class Strategy:
    """How the mock pages one style; a subclass per style."""

    def asks_later_page(self, asked: Asked) -> bool:
        """Whether a request asks for a page after the first."""
        raise NotImplementedError

    def window(self, records: Records, asked: Asked) -> tuple[Records, Window]:
        """The page of ``records`` a request asks for, and its place in the list."""
        raise NotImplementedError

    def reads(self, pagination: Pagination, operation: Operation) -> set[str]:
        """The query parameters it reads (they are no filters)."""
        return set(pagination.params().values())

    def headers(self, links: dict[str, Changes], url: UrlFor) -> dict[str, str]:
        """Response headers that say where the other pages are (``links``: rel → changes)."""
        return {}

    def last_page_links(self, pagination: Pagination, operation: Operation) -> dict[str, Changes]:
        """The links of a stateless answer: its one page, which is the first and the last."""
        return {}


class UrlFor:
    """The absolute URL of the request with some query parameters changed."""

    def __init__(self, origin: str, incoming: Incoming) -> None:
        self.origin = origin
        self.incoming = incoming

    def __call__(self, changes: Changes) -> str:
        query = self.incoming.query
        pairs = [(k, v) for k, values in query.items() if k not in changes for v in values]
        pairs.extend((k, str(v)) for k, v in changes.items())
        path = f"{self.origin}{self.incoming.path}"
        return f"{path}?{urlencode(pairs)}" if pairs else path


class _Counted(Strategy):
    """Pages asked for by a number in the query: an offset, or a page number."""

    position_key = ""  # the key naming the query parameter of the number
    size_key = ""
    first = 0  # the number of the first page

    def position_name(self, asked: Asked) -> str | None:
        """The query parameter that holds the number."""
        return asked.pagination.get(self.position_key)

    def asks_later_page(self, asked: Asked) -> bool:
        return asked.query_number(self.position_name(asked), self.first) > self.first

    def window(self, records: Records, asked: Asked) -> tuple[Records, Window]:
        name = self.position_name(asked)
        size = asked.size(self.size_key)
        position = max(self.first, asked.query_number(name, self.first))
        following = {name: self.following(position, size)} if name else None
        return _cut(records, self.start(position, size), size, following)

    def start(self, position: int, size: int) -> int:
        """Where the page at ``position`` starts in the list."""
        raise NotImplementedError

    def following(self, position: int, size: int) -> int:
        """The position of the next page."""
        raise NotImplementedError


class OffsetPages(_Counted):
    position_key, size_key, first = "offset_param", "limit_param", 0

    def start(self, position: int, size: int) -> int:
        return position

    def following(self, position: int, size: int) -> int:
        return position + size


class NumberedPages(_Counted):
    position_key, size_key, first = "page_param", "size_param", 1

    def start(self, position: int, size: int) -> int:
        return (position - 1) * size

    def following(self, position: int, size: int) -> int:
        return position + 1


# The page number the mock's Link headers carry (GitHub's parameter; the links name it, so a
# client never has to).
_LINK_PAGE = "page"


class LinkPages(NumberedPages):
    """Page numbers in the query parameter ``page``, each page's ``Link`` header naming the
    first, previous, next (none on the last page) and last pages; a stateless page is the
    first and the last. An operation that does not declare ``page`` still gets it in its
    links: the mock's validation ignores undeclared parameters."""

    def position_name(self, asked: Asked) -> str | None:
        return _LINK_PAGE

    def window(self, records: Records, asked: Asked) -> tuple[Records, Window]:
        page, window = super().window(records, asked)
        number = max(1, asked.query_number(_LINK_PAGE, 1))
        last = max(1, -(-len(records) // asked.size(self.size_key)))
        links: dict[str, Changes] = {"first": {_LINK_PAGE: 1}}
        if number > 1:
            links["prev"] = {_LINK_PAGE: min(number - 1, last)}
        links.update(window.links)
        links["last"] = {_LINK_PAGE: last}
        return page, Window(window.total, window.has_more, links)

    def reads(self, pagination: Pagination, operation: Operation) -> set[str]:
        return {*super().reads(pagination, operation), _LINK_PAGE}

    def headers(self, links: dict[str, Changes], url: UrlFor) -> dict[str, str]:
        if not links:
            return {}
        value = ", ".join(f'<{url(changes)}>; rel="{rel}"' for rel, changes in links.items())
        return {"Link": value}

    def last_page_links(self, pagination: Pagination, operation: Operation) -> dict[str, Changes]:
        return {"first": {_LINK_PAGE: 1}, "last": {_LINK_PAGE: 1}}


class CursorPages(Strategy):
    """Opaque cursors (``offset:N``, base64) in the query parameter ``cursor_param`` names,
    else the first of ``page[after]``, ``page[cursor]``, ``cursor``, ``after`` and
    ``starting_after`` the operation declares."""

    def asks_later_page(self, asked: Asked) -> bool:
        name = _cursor_param(asked.pagination, asked.operation)
        return bool(asked.incoming.query.get(name, [""])[0])

    def window(self, records: Records, asked: Asked) -> tuple[Records, Window]:
        cursor_name = _cursor_param(asked.pagination, asked.operation)
        size = asked.size("size_param")
        raw = asked.incoming.query.get(cursor_name, [""])[0]
        # A cursor the mock never issued reads as the end of the list: an empty last page
        # (the schema allows any string, so refusing it would reject a valid request).
        decoded = _decode_cursor(raw) if raw else 0
        start = len(records) if decoded is None else decoded
        return _cut(records, start, size, {cursor_name: _encode_cursor(start + size)})

    def reads(self, pagination: Pagination, operation: Operation) -> set[str]:
        return {*super().reads(pagination, operation), _cursor_param(pagination, operation)}


def _cut(
    records: Records, start: int, size: int, following: Changes | None
) -> tuple[Records, Window]:
    """``size`` records from ``start``, and their window: ``following`` asks for the next
    page, when there is one."""
    more = start + size < len(records)
    links = {"next": following} if more and following else {}
    return records[start : start + size], Window(len(records), more, links)


def _cursor_param(pagination: Pagination, operation: Operation) -> str:
    declared = pagination.get("cursor_param")
    if declared is not None:
        return declared
    names = {p.name for p in operation.parameters if p.location == "query"}
    return next((name for name in _CURSOR_PARAMS if name in names), _CURSOR_PARAMS[0])


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int | None:
    """The offset a cursor of ``_encode_cursor`` holds; None for any other text."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    kind, _, number = text.partition(":")
    return parse_unsigned(number, 18) if kind == "offset" else None


# By class name, the name the registry (generator/wire/pagination.py) gives each.
_STRATEGIES: dict[str, Strategy] = {
    kind.__name__: kind() for kind in (OffsetPages, NumberedPages, CursorPages, LinkPages)
}


def strategy_for(pagination: Pagination) -> Strategy:
    """The strategy the registry names for the pagination's style."""
    return _STRATEGIES[pagination.style.mock_strategy]


def strategies() -> dict[str, Strategy]:
    """Every strategy, by the name the registry gives it (for the registry's test)."""
    return dict(_STRATEGIES)


# --- what every style writes ------------------------------------------------------------


def items_pointer(
    model: WireApi, responses: ResponseFactory, operation: Operation, media: Media
) -> str:
    """Where a list response keeps its items: ``x-pagination.items``, else the body itself
    when it is an array, else ``/data``, else its first array property."""
    if operation.pagination is not None and "items" in operation.pagination.values:
        return operation.pagination.items
    if schema_types(model.data, media.schema)[:1] == ["array"]:
        return ""
    properties = responses.synth.properties(media.schema)
    if "data" in properties:
        return "/data"
    for name, schema in properties.items():
        if schema_types(model.data, schema)[:1] == ["array"]:
            return "/" + name
    return ""


def list_page(records: Records, asked: Asked) -> tuple[Records, Window]:
    """The page of ``records`` a stateful list request asks for, and its window."""
    return strategy_for(asked.pagination).window(records, asked)


def finish_list(
    responses: ResponseFactory,
    media: Media,
    body: Any,
    headers: dict[str, str],
    window: Window,
    asked: Asked,
    origin: str,
) -> dict[str, str]:
    """Write the window into a stateful page's body; its headers, with the style's."""
    url = UrlFor(origin, asked.incoming)
    write_window(responses, media, body, asked.pagination, window, url)
    return with_headers(headers, strategy_for(asked.pagination).headers(window.links, url))


def write_window(
    responses: ResponseFactory,
    media: Media,
    body: Any,
    pagination: Pagination,
    window: Window,
    url: UrlFor,
) -> None:
    """``total``, ``has_more`` and the ``next_url`` link of a stateful page, where the spec
    points them (a field the schema refuses the value for is dropped)."""
    for key, value in (("total", window.total), ("has_more", window.has_more)):
        target = pagination.get(key)
        if target is not None:
            set_or_drop(responses, media, body, target, value)
    target = pagination.get("next_url")
    if target is not None:
        following = window.links.get("next")
        set_or_drop(responses, media, body, target, url(following) if following else None)


def last_page(
    model: WireApi, responses: ResponseFactory, operation: Operation, reply: Reply, *, later: bool
) -> Reply:
    """The stateless answer to a list request, as the last page of its list: the documented
    example's items on the first page (an empty page for any later one), its next link null
    or dropped, ``has_more`` false and ``total`` the items served, so that every client walk
    ends (the example's own next link would be followed forever)."""
    pagination = operation.pagination
    _, response = success_status(operation)
    media = answer_media(response) if response is not None else None
    if pagination is None or media is None or reply.media_type is None:
        return reply
    body = copy.deepcopy(reply.body)
    pointer = items_pointer(model, responses, operation, media)
    items = get_at(body, pointer)
    if not isinstance(items, list):
        return reply
    if later:
        items = []
        body = put_at(body, pointer, items)
        if not responses.is_valid(media, body):  # e.g. minItems: keep the example's items
            body = copy.deepcopy(reply.body)
            items = get_at(body, pointer)
    for key, value in (("next_url", None), ("has_more", False), ("total", len(items))):
        target = pagination.get(key)
        if target is not None and get_at(body, target) is not None:
            set_or_drop(responses, media, body, target, value)
    return Reply(reply.status, reply.media_type, body, reply.headers)


def stateless_headers(operation: Operation, url: UrlFor) -> dict[str, str]:
    """The headers of a stateless list page that say where the other pages are (the
    ``Link`` header of style link): computed per request, as they name its URL."""
    pagination = operation.pagination
    if pagination is None:
        return {}
    strategy = strategy_for(pagination)
    return strategy.headers(strategy.last_page_links(pagination, operation), url)


def with_headers(headers: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """``headers`` with ``extra`` set, replacing names that differ only in case."""
    if not extra:
        return headers
    replaced = {name.lower() for name in extra}
    return {**{k: v for k, v in headers.items() if k.lower() not in replaced}, **extra}


def _default(operation: Operation, name: str | None) -> int:
    """A page size parameter's schema default, else 20."""
    for parameter in operation.parameters:
        if parameter.name == name and isinstance(parameter.schema, dict):
            value = parameter.schema.get("default")
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
    return _DEFAULT_SIZE
