"""Pages of list operations, and lazy iteration over all their items.

A list method returns the first page; iterating it (``for item in page`` or
``async for item in paginator``) walks every item of every following page, fetching each
page only when the previous one is exhausted. How the next page is found depends on the
``Pagination`` style of the endpoint:

- ``offset``: ``offset += len(items)``; stops when ``has_more`` is false, ``offset >= total``,
  or a page is empty or shorter than ``limit``.
- ``page``: ``page += 1`` (starting at the given page, else 1); stops when the ``next_url``
  pointer (if declared) is null/absent, ``has_more`` (if declared) is false, or a page is
  empty.
- ``cursor``: GET the URL found at ``next_url``; stops when it is null/absent, when it
  points to another origin than the client's ``base_url`` (credentials are never sent to a
  host the API did not name as its own), or when it names a page already fetched in this
  walk (A -> B -> A, not only A -> A): every page URL seen is remembered, and a repeat ends
  the iteration cleanly with a warning, as the end of the list would. The items already
  yielded are not yielded twice. The offset and page styles cannot repeat a request (the
  offset or page number only grows).
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


def _next_request(
    pagination: Pagination,
    current: _PageRequest,
    body: Any,
    item_count: int,
    page_url: httpx.URL,
    base_url: httpx.URL,
) -> _PageRequest | None:
    """The request for the page after this one, or None when this is the last page."""
    if item_count == 0:
        return None
    if pagination.has_more is not None and _resolve_pointer(body, pagination.has_more) is False:
        return None
    if pagination.style == "cursor":
        link = _resolve_pointer(body, pagination.next_url)
        if not isinstance(link, str) or not link:
            return None
        target = page_url.join(link)
        if (target.scheme, target.host, target.port) != (
            base_url.scheme,
            base_url.host,
            base_url.port,
        ):
            logging.getLogger(__name__).warning(
                "not following a next-page link to another origin (%s://%s)",
                target.scheme,
                target.host,
            )
            return None
        # A server whose links cycle (A -> B -> A) would otherwise be walked forever.
        seen, depth = current.seen, current.depth
        here = _page_key(page_url)
        seen[here] = min(seen.get(here, depth), depth)
        repeated = seen.get(_page_key(target))
        if repeated is not None and repeated <= depth:
            logging.getLogger(__name__).warning(
                "the next-page link of page %d repeats page %d: stopping the iteration",
                depth + 1,
                repeated + 1,
            )
            return None
        return _PageRequest(current.arguments, str(target), depth + 1, seen)
    arguments = dict(current.arguments)
    if pagination.style == "page":
        if pagination.next_url is not None:
            link = _resolve_pointer(body, pagination.next_url)
            if link is None or link is _MISSING or link == "":
                return None
        if pagination.page_param is None:
            return None
        arguments[pagination.page_param] = (
            _int_argument(current.arguments, pagination.page_param) or 1
        ) + 1
        return _PageRequest(arguments)
    # offset
    if pagination.offset_param is None:
        return None
    offset = (_int_argument(current.arguments, pagination.offset_param) or 0) + item_count
    total = _resolve_pointer(body, pagination.total) if pagination.total else _MISSING
    if isinstance(total, int) and not isinstance(total, bool) and offset >= total:
        return None
    limit = _int_argument(current.arguments, pagination.limit_param)
    if limit is not None and item_count < limit:
        return None
    arguments[pagination.offset_param] = offset
    return _PageRequest(arguments)


class SyncPage(Generic[T]):
    """One page of a list operation.

    Iterating a page yields its items and then those of every following page, fetched
    lazily. ``items`` holds only this page's items; ``response`` the whole parsed body
    (counts, links and other metadata).
    """

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        http_response: httpx.Response,
        next_request: _PageRequest | None,
        fetch: Callable[[_PageRequest], SyncPage[T]],
    ) -> None:
        self.items = items
        self.response = response
        self._http_response = http_response
        self._next_request = next_request
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_request is not None

    def next_page(self) -> SyncPage[T]:
        """Fetch the following page (check ``has_next_page()`` first)."""
        if self._next_request is None:
            raise RuntimeError("no next page; check has_next_page() before calling next_page()")
        return self._fetch(self._next_request)

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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next={self.has_next_page()}>"


class AsyncPage(Generic[T]):
    """One page of a list operation (async). ``async for`` yields every item of this and the
    following pages, fetched lazily."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        http_response: httpx.Response,
        next_request: _PageRequest | None,
        fetch: Callable[[_PageRequest], Awaitable[AsyncPage[T]]],
    ) -> None:
        self.items = items
        self.response = response
        self._http_response = http_response
        self._next_request = next_request
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_request is not None

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the following page (check ``has_next_page()`` first)."""
        if self._next_request is None:
            raise RuntimeError("no next page; check has_next_page() before calling next_page()")
        return await self._fetch(self._next_request)

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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next={self.has_next_page()}>"


class AsyncPaginator(Generic[T]):
    """What an async list method returns, before any request is made.

    ``await paginator`` fetches the first ``AsyncPage``; ``async for item in paginator``
    iterates every item of every page.
    """

    def __init__(
        self, fetch: Callable[[_PageRequest], Awaitable[AsyncPage[T]]], first: _PageRequest
    ) -> None:
        self._fetch = fetch
        self._first = first

    async def _first_page(self) -> AsyncPage[T]:
        page = await self._fetch(self._first)
        if _raw_requested():
            # Awaited inside ``with_raw_response``: hand back the response around the page.
            raw: Any = APIResponse(page._http_response, page)
            return raw  # type: ignore[no-any-return]
        return page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch(self._first)
        async for item in page:
            yield item
