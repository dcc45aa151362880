"""The `x-pagination` styles: one registry, read by validate, the analyzer and the mock.

Each style declares the keys it reads (query parameters the walk sets, JSON pointers into
the response body), the keys that make no sense for it, and the two classes that implement
it: its runtime class in ``templates/runtime/_pagination.py`` (the client's walk) and its
strategy in ``generator/mock/pagination.py`` (the mock's pages). Adding a style is one entry
here, those two classes, its docs and its tests; tests/test_wire.py checks that every entry
has both.

validate's ``extensions`` level reports every problem ``pagination_problems`` finds,
located; the operation model (``generator.wire.build``) resolves a usable `x-pagination`
into a ``Pagination`` and refuses, as an assertion, only what those checks report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.spec.extensions import Problem


@dataclass(eq=False)
class Key:
    """One key of `x-pagination` besides ``style``."""

    name: str
    kind: Literal["param", "pointer"]  # names a query parameter | a JSON pointer into the body
    runtime: bool  # whether the client's runtime ``Pagination`` takes it
    meaning: str


# In the order the generated code passes them to the runtime's ``Pagination``.
KEYS: dict[str, Key] = {
    key.name: key
    for key in (
        Key("items", "pointer", True, 'the array of items (`""`: the body itself)'),
        Key("limit_param", "param", True, "how many items a page holds"),
        Key("offset_param", "param", True, "how many items to skip"),
        Key("page_param", "param", True, "the page number"),
        Key("size_param", "param", True, "how many items a page holds"),
        # The client follows the next link and never sets the cursor; the mock reads it.
        Key("cursor_param", "param", False, "the cursor the next link carries"),
        Key("next_url", "pointer", True, "the next page's URL (null or absent: the last page)"),
        Key("has_more", "pointer", True, "a boolean, false on the last page"),
        Key("total", "pointer", True, "the number of items in the whole list"),
    )
}
# What a page of every style may say about the list.
_COMMON = ("items", "has_more", "total")


@dataclass(eq=False)
class PaginationStyle:
    """One way of walking the pages of a list operation."""

    name: str
    runtime_class: str  # in templates/runtime/_pagination.py
    mock_strategy: str  # in generator/mock/pagination.py
    own_keys: tuple[str, ...]  # what it reads besides the keys every style reads
    # Keys that have no meaning for this style, and why: refused, located. The first three
    # styles refuse none (specs written before the registry may carry unused keys).
    refused: Mapping[str, str] = field(default_factory=dict)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key it reads."""
        return (*_COMMON, *self.own_keys)


_WALKED_BY_LINKS = "pages of style link are walked by the Link header's URLs"
_LINK_REFUSED = {
    "next_url": "the next page's URL is the Link header's rel=\"next\", not the body's",
    "cursor_param": _WALKED_BY_LINKS,
    "limit_param": "the page size of style link is size_param",
    "offset_param": _WALKED_BY_LINKS,
    "page_param": _WALKED_BY_LINKS,
}

STYLES: dict[str, PaginationStyle] = {
    style.name: style
    for style in (
        # skip `offset` items, `limit` a page
        PaginationStyle("offset", "OffsetStyle", "OffsetPages", ("limit_param", "offset_param")),
        # page numbers from 1, `size` items a page
        PaginationStyle(
            "page", "PageStyle", "NumberedPages", ("page_param", "size_param", "next_url")
        ),
        # follow the next page's URL in the body
        PaginationStyle(
            "cursor", "CursorStyle", "CursorPages", ("size_param", "next_url", "cursor_param")
        ),
        # follow the RFC 8288 `Link: <url>; rel="next"` response header (GitHub's API)
        PaginationStyle("link", "LinkStyle", "LinkPages", ("size_param",), _LINK_REFUSED),
    )
}


@dataclass(eq=False)
class Pagination:
    """A usable `x-pagination`, resolved: its style and the keys the spec gives, in
    ``KEYS`` order (query parameter names for the ``*_param`` keys, else JSON pointers)."""

    style: PaginationStyle
    pointer: str  # where the extension is in the document
    values: Mapping[str, str]

    @property
    def items(self) -> str:
        return self.values.get("items", "")

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def params(self) -> dict[str, str]:
        """Key → query parameter name, for every ``*_param`` key given."""
        return {key: value for key, value in self.values.items() if KEYS[key].kind == "param"}


def pagination_problems(declared: Any, query_parameters: set[str]) -> Iterator[Problem]:
    """`x-pagination` on an operation whose query parameters are ``query_parameters``."""
    if not isinstance(declared, dict):
        yield "", "x-pagination must be a mapping (style, items, ...)"
        return
    name = declared.get("style")
    style = STYLES.get(name) if isinstance(name, str) else None
    if style is None:
        known = ", ".join(STYLES)
        yield "/style", f"unsupported pagination style {name!r} ({known})"
    for key in KEYS.values():
        value = declared.get(key.name)
        if value is None:
            continue
        if style is not None and key.name in style.refused:
            yield (
                f"/{key.name}",
                f"has no meaning for style {style.name}: {style.refused[key.name]}",
            )
        elif key.kind == "param" and not isinstance(value, str):
            yield f"/{key.name}", f"must be the name of a query parameter, not {value!r}"
        elif key.kind == "param" and value not in query_parameters:
            yield (
                f"/{key.name}",
                f"names query parameter {value!r}, which the operation does not declare",
            )
        elif key.kind == "pointer" and not isinstance(value, str):
            yield f"/{key.name}", f"must be a JSON pointer into the response body, not {value!r}"


def resolve_pagination(declared: Any, pointer: str) -> Pagination | None:
    """The ``Pagination`` of an `x-pagination` that ``pagination_problems`` passes; None
    for none (the caller has refused a bad one before)."""
    if not isinstance(declared, dict) or declared.get("style") not in STYLES:
        return None
    values = {key: str(declared[key]) for key in KEYS if isinstance(declared.get(key), str)}
    return Pagination(STYLES[str(declared["style"])], pointer, values)
