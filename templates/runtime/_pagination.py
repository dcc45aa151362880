"""Pages of list operations, and lazy iteration over all their items.

A list method returns the first page; iterating it (``for item in page`` or
``async for item in paginator``) walks every item of every following page, fetching each
page only when the previous one is exhausted. How the next page is found depends on the
``Pagination`` style of the endpoint, one class per style (``STYLES``):

- ``offset`` (``OffsetStyle``): ``offset += len(items)``; stops when ``has_more`` is false,
  ``offset >= total``, or a page is empty or shorter than ``limit``.
- ``page`` (``PageStyle``): ``page += 1`` (starting at the given page, else 1); stops when the
  ``next_url`` pointer (if declared) is null/absent, ``has_more`` (if declared) is false, or
  a page is empty.
- ``cursor`` (``CursorStyle``): GET the URL found at ``next_url``; stops when it is
  null/absent.
- ``link`` (``LinkStyle``): GET the target of the ``Link`` response header's
  ``rel="next"`` (RFC 8288: several links and several header fields, quoted parameters,
  relation lists such as ``rel="next last"``, URLs relative to the page's); stops when there
  is none.

A next page named by a URL (the cursor and link styles') is followed by ``_follow``'s
rules: never to another origin than the client's ``base_url`` (credentials are never sent to
a host the API did not name as its own), never to a URL with credentials of its own
(``user:password@``), and never to a page already fetched in this walk (A -> B -> A, not
only A -> A): every page URL seen is remembered, and a repeat ends the iteration cleanly with
a warning, as the end of the list would. The items already yielded are not yielded twice.
The offset and page styles cannot repeat a request (the offset or page number only grows).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._endpoint import Pagination
from ._response import APIResponse, _raw_requested

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

T = TypeVar("T")
F = TypeVar("F")

_MISSING: Any = object()
_aliases: dict[type[pydantic.BaseModel], dict[str, str]] = {}


_PageKey = tuple[str, str, int | None, str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class _PageRequest:
    """What to send for one page: the method arguments, or a full URL (cursor style).

    ``depth`` is the page's position in the walk (0 = first page); ``seen`` is shared by
    every page of one walk: page URL -> the earliest depth it was fetched at. A URL seen at
    this depth or before is a cycle; one seen only deeper is a page fetched again through
    ``next_page()`` (not a cycle).
    """

    arguments: Mapping[str, object]
    url: str | None = None
    depth: int = 0
    seen: dict[_PageKey, int] = field(default_factory=dict, compare=False, repr=False)


def _field_by_alias(model: type[pydantic.BaseModel]) -> dict[str, str]:
    names = _aliases.get(model)
    if names is None:
        names = {}
        for name, info in model.model_fields.items():
            names.setdefault(name, name)
            if info.alias:
                names[info.alias] = name
        _aliases[model] = names
    return names


def _unwrap(value: Any) -> Any:
    while isinstance(value, pydantic.RootModel):
        value = value.root
    return value


def _resolve_pointer(document: Any, pointer: str | None) -> Any:
    """Walk a JSON pointer through models (by alias), dicts (by key) and lists (by index).

    Returns ``_MISSING`` when a step does not exist.
    """
    value = _unwrap(document)
    if not pointer:
        return value
    for raw in pointer.lstrip("/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, pydantic.BaseModel):
            name = _field_by_alias(type(value)).get(token)
            if name is not None:
                value = getattr(value, name)
            elif value.model_extra and token in value.model_extra:
                value = value.model_extra[token]
            else:
                return _MISSING
        elif isinstance(value, Mapping):
            if token not in value:
                return _MISSING
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return _MISSING
        value = _unwrap(value)
    return value


def _page_key(url: httpx.URL) -> _PageKey:
    """A page URL up to the order of its query parameters."""
    return (url.scheme, url.host, url.port, url.path, tuple(sorted(url.params.multi_items())))


def _int_argument(arguments: Mapping[str, object], name: str | None) -> int | None:
    if name is None:
        return None
    value = arguments.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _follow(link: str, page: _Fetched) -> _PageRequest | None:
    """The request for a next-page link (relative to the page's URL), or None when it is not
    to be followed: another origin than ``base_url`` (credentials are never sent to a host
    the API did not name as its own), credentials of its own (``user:password@``), or a page
    already fetched in this walk."""
    log = logging.getLogger(__name__)
    page_url, base_url, current = page.response.request.url, page.base_url, page.request
    try:
        target = page_url.join(link)
    except (httpx.InvalidURL, ValueError):
        log.warning("not following a next-page link that is not a URL")
        return None
    if (target.scheme, target.host, target.port) != (
        base_url.scheme,
        base_url.host,
        base_url.port,
    ):
        log.warning(
            "not following a next-page link to another origin (%s://%s)",
            target.scheme,
            target.host,
        )
        return None
    if target.userinfo:
        log.warning("not following a next-page link that carries credentials (user:password@)")
        return None
    # A server whose links cycle (A -> B -> A) would otherwise be walked forever.
    seen, depth = current.seen, current.depth
    here = _page_key(page_url)
    seen[here] = min(seen.get(here, depth), depth)
    repeated = seen.get(_page_key(target))
    if repeated is not None and repeated <= depth:
        log.warning(
            "the next-page link of page %d repeats page %d: stopping the iteration",
            depth + 1,
            repeated + 1,
        )
        return None
    return _PageRequest(current.arguments, str(target), depth + 1, seen)


@dataclass(frozen=True, slots=True)
class _Fetched:
    """A page as fetched: what a style reads to find the next one."""

    pagination: Pagination
    request: _PageRequest
    body: Any
    item_count: int
    response: httpx.Response
    base_url: httpx.URL


class _Style:
    """How one ``x-pagination`` style finds the page after this one (the generator's
    registry, generator/wire/pagination.py, names the class of each style)."""

    def next_request(self, page: _Fetched) -> _PageRequest | None:
        raise NotImplementedError


class OffsetStyle(_Style):
    """``offset += len(items)``; the last page is short, or reaches ``total``."""

    def next_request(self, page: _Fetched) -> _PageRequest | None:
        pagination, arguments = page.pagination, page.request.arguments
        if pagination.offset_param is None:
            return None
        offset = (_int_argument(arguments, pagination.offset_param) or 0) + page.item_count
        total = _resolve_pointer(page.body, pagination.total) if pagination.total else _MISSING
        if isinstance(total, int) and not isinstance(total, bool) and offset >= total:
            return None
        limit = _int_argument(arguments, pagination.limit_param)
        if limit is not None and page.item_count < limit:
            return None
        return _PageRequest({**arguments, pagination.offset_param: offset})


class PageStyle(_Style):
    """``page += 1``; the last page has no ``next_url`` (when the spec points at one)."""

    def next_request(self, page: _Fetched) -> _PageRequest | None:
        pagination, arguments = page.pagination, page.request.arguments
        if pagination.next_url is not None:
            link = _resolve_pointer(page.body, pagination.next_url)
            if link is None or link is _MISSING or link == "":
                return None
        if pagination.page_param is None:
            return None
        number = (_int_argument(arguments, pagination.page_param) or 1) + 1
        return _PageRequest({**arguments, pagination.page_param: number})


class CursorStyle(_Style):
    """GET the URL at ``next_url`` (``_follow``'s rules); the last page has none."""

    def next_request(self, page: _Fetched) -> _PageRequest | None:
        link = _resolve_pointer(page.body, page.pagination.next_url)
        if not isinstance(link, str) or not link:
            return None
        return _follow(link, page)


class LinkStyle(_Style):
    """GET the target of the ``Link`` response header's ``rel="next"`` (RFC 8288, as GitHub's
    API sends it; ``_follow``'s rules); the last page has none."""

    def next_request(self, page: _Fetched) -> _PageRequest | None:
        link = _next_link(page.response.headers.get_list("link"))
        return _follow(link, page) if link else None


def _next_link(values: list[str]) -> str | None:
    """The target of the first link whose relation types include ``next``, in the order of
    the ``Link`` header fields and of the links in each."""
    for value in values:
        for target, params in _links(value):
            if "next" in params.get("rel", "").lower().split():
                return target
    return None


def _links(value: str) -> Iterator[tuple[str, dict[str, str]]]:
    """``(target, parameters)`` of each ``<target>; name=value; name="quoted"`` in one
    ``Link`` field (RFC 8288 section 3). Parameter names are lower-cased and only the first
    of a name counts; a quoted value may hold ``,`` and ``;`` and backslash escapes. What
    cannot be read as a link is skipped up to the next comma."""
    end = len(value)
    at = 0
    while at < end:
        while at < end and value[at] in " \t,":
            at += 1
        if at >= end:
            return
        close = value.find(">", at) if value[at] == "<" else -1
        if close < 0:
            at = _past_comma(value, at)
            continue
        target = value[at + 1 : close].strip()
        params: dict[str, str] = {}
        at = close + 1
        while True:
            at = _skip_blanks(value, at)
            if at >= end or value[at] != ";":
                break
            at = _skip_blanks(value, at + 1)
            start = at
            while at < end and value[at] not in "=;, \t":
                at += 1
            name = value[start:at].lower()
            text, at = _param_value(value, _skip_blanks(value, at))
            if name:
                params.setdefault(name, text)
        at = _past_comma(value, at)
        yield target, params


def _skip_blanks(value: str, at: int) -> int:
    while at < len(value) and value[at] in " \t":
        at += 1
    return at


def _param_value(value: str, at: int) -> tuple[str, int]:
    """The value after ``=`` at ``at`` (token or quoted string; ``""`` without ``=``) and
    where it ends."""
    end = len(value)
    if at >= end or value[at] != "=":
        return "", at
    at = _skip_blanks(value, at + 1)
    if at < end and value[at] == '"':
        chars: list[str] = []
        at += 1
        while at < end and value[at] != '"':
            if value[at] == "\\" and at + 1 < end:
                at += 1
            chars.append(value[at])
            at += 1
        return "".join(chars), at + 1
    start = at
    while at < end and value[at] not in ";, \t":
        at += 1
    return value[start:at], at


def _past_comma(value: str, at: int) -> int:
    """Just past the next comma that is not inside a quoted string (or the end)."""
    quoted = False
    while at < len(value):
        char = value[at]
        at += 1
        if char == "\\" and quoted:
            at += 1
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            break
    return at


STYLES: dict[str, _Style] = {
    "offset": OffsetStyle(),
    "page": PageStyle(),
    "cursor": CursorStyle(),
    "link": LinkStyle(),
}


def _next_request(
    pagination: Pagination,
    current: _PageRequest,
    body: Any,
    item_count: int,
    response: httpx.Response,
    base_url: httpx.URL,
) -> _PageRequest | None:
    """The request for the page after this one, or None when this is the last page."""
    if item_count == 0:
        return None
    if pagination.has_more is not None and _resolve_pointer(body, pagination.has_more) is False:
        return None
    page = _Fetched(pagination, current, body, item_count, response, base_url)
    return STYLES[pagination.style].next_request(page)


class _Page(Generic[T, F]):
    """What the sync and async pages share: this page's items and body, whether a next page
    follows, and ``fetch``, which gets it (a page or an awaitable one)."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        http_response: httpx.Response,
        next_request: _PageRequest | None,
        fetch: F,
    ) -> None:
        self.items = items
        self.response = response
        self._http_response = http_response
        self._next_request = next_request
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_request is not None

    def _following(self) -> _PageRequest:
        if self._next_request is None:
            raise RuntimeError("no next page; check has_next_page() before calling next_page()")
        return self._next_request

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next={self.has_next_page()}>"


class SyncPage(_Page[T, "Callable[[_PageRequest], SyncPage[T]]"]):
    """One page of a list operation.

    Iterating a page yields its items and then those of every following page, fetched
    lazily. ``items`` holds only this page's items; ``response`` the whole parsed body
    (counts, links and other metadata).
    """

    def next_page(self) -> SyncPage[T]:
        """Fetch the following page (check ``has_next_page()`` first)."""
        return self._fetch(self._following())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following one."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T, "Callable[[_PageRequest], Awaitable[AsyncPage[T]]]"]):
    """One page of a list operation (async). ``async for`` yields every item of this and the
    following pages, fetched lazily."""

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the following page (check ``has_next_page()`` first)."""
        return await self._fetch(self._following())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns, before any request is made.

    ``await paginator`` fetches the first ``AsyncPage``; ``async for item in paginator``
    iterates every item of every page.
    """

    def __init__(
        self,
        fetch: Callable[[_PageRequest], Awaitable[AsyncPage[T]]],
        first: _PageRequest,
        request_id_header: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._first = first
        self._request_id_header = request_id_header

    async def _first_page(self) -> AsyncPage[T]:
        page = await self._fetch(self._first)
        if _raw_requested():
            # Awaited inside ``with_raw_response``: hand back the response around the page.
            raw: Any = APIResponse(page._http_response, page, self._request_id_header)
            return raw  # type: ignore[no-any-return]
        return page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch(self._first)
        async for item in page:
            yield item
