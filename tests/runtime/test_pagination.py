from __future__ import annotations

from typing import Any

import httpx
import pytest
from pydantic import BaseModel, RootModel
from specforge_runtime._endpoint import Endpoint, Pagination, Param
from specforge_runtime._pagination import SyncPage
from specforge_runtime._response import APIResponse, to_raw_response_wrapper

from .conftest import (
    BASE_URL,
    SECRET,
    Lead,
    LeadList,
    Recorder,
    json_response,
    make_async,
    make_sync,
)

OFFSET = Endpoint(
    "GET",
    "/leads",
    {"limit": Param("limit", "query"), "offset": Param("offset", "query")},
    response_type=LeadList,
    pagination=Pagination(
        "offset",
        items="/data",
        limit_param="limit",
        offset_param="offset",
        has_more="/has_more",
        total="/total",
    ),
)


def _leads(start: int, count: int) -> list[dict[str, Any]]:
    return [{"id": i, "custom": f"c{i}"} for i in range(start, start + count)]


def offset_server(total: int, *, has_more: bool = True, report_total: bool = True) -> Recorder:
    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", 10))
        offset = int(request.url.params.get("offset", 0))
        data = _leads(offset, max(0, min(limit, total - offset)))
        body: dict[str, Any] = {"data": data}
        if has_more:
            body["has_more"] = offset + len(data) < total
        if report_total:
            body["total"] = total
        return json_response(200, body)

    return Recorder(handler)


def test_offset_pagination_with_has_more() -> None:
    recorder = offset_server(7, report_total=False)
    page = make_sync(recorder).request_page(OFFSET, {"limit": 3, "offset": 0}, Lead)
    assert isinstance(page, SyncPage)
    assert [lead.id for lead in page.items] == [0, 1, 2]
    assert isinstance(page.response, LeadList)
    assert [lead.id for lead in page] == list(range(7))
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "3", "6"]
    assert list(page)[6].model_extra == {"custom": "c6"}


def test_offset_pagination_with_total_only() -> None:
    recorder = offset_server(6, has_more=False)
    page = make_sync(recorder).request_page(OFFSET, {"limit": 3}, Lead)
    assert [p.items[0].id for p in page.iter_pages()] == [0, 3]
    assert len(recorder.requests) == 2  # offset 6 >= total 6: no third request


def test_offset_pagination_stops_on_short_page() -> None:
    recorder = offset_server(5, has_more=False, report_total=False)
    page = make_sync(recorder).request_page(OFFSET, {"limit": 3}, Lead)
    assert len(list(page)) == 5
    assert len(recorder.requests) == 2


def test_pages_are_fetched_lazily() -> None:
    recorder = offset_server(100)
    page = make_sync(recorder).request_page(OFFSET, {"limit": 10}, Lead)
    iterator = iter(page)
    first_eleven = [next(iterator) for _ in range(11)]
    assert first_eleven[-1].id == 10
    assert len(recorder.requests) == 2
    assert page.has_next_page()
    assert page.next_page().items[0].id == 10


PAGE = Endpoint(
    "GET",
    "/deals",
    {"page_number": Param("page[number]", "query"), "page_size": Param("page[size]", "query")},
    response_type=None,
    pagination=Pagination(
        "page",
        items="/data",
        page_param="page_number",
        size_param="page_size",
        next_url="/links/next",
    ),
)


def test_page_number_pagination_until_next_link_is_null() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", 1))
        next_link = f"/deals?page[number]={number + 1}" if number < 3 else None
        return json_response(200, {"data": [{"id": number}], "links": {"next": next_link}})

    recorder = Recorder(handler)
    page = make_sync(recorder).request_page(PAGE, {"page_size": 1}, Lead)
    assert [lead.id for lead in page] == [1, 2, 3]
    # The first request leaves the page to the server's default; later ones count from 1.
    assert [r.url.params.get("page[number]") for r in recorder.requests] == [None, "2", "3"]
    assert all(r.url.params["page[size]"] == "1" for r in recorder.requests)


def test_page_number_pagination_stops_on_empty_page() -> None:
    no_links = Endpoint(
        "GET",
        "/deals",
        PAGE.params,
        pagination=Pagination("page", items="", page_param="page_number"),
    )

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        return json_response(200, [{"id": number}] if number < 4 else [])

    recorder = Recorder(handler)
    page = make_sync(recorder).request_page(no_links, {"page_number": 2}, Lead)
    assert [lead.id for lead in page] == [2, 3]
    assert len(recorder.requests) == 3


class Document(BaseModel):
    data: list[Lead]
    links: dict[str, str | None]


CURSOR = Endpoint(
    "GET",
    "/contacts",
    {"size": Param("page[size]", "query")},
    security=(("ApiKeyHeader",),),
    response_type=Document,
    pagination=Pagination("cursor", items="/data", next_url="/links/next"),
)


def test_cursor_pagination_follows_next_links() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor is None:
            links = {"next": f"{BASE_URL}/contacts?cursor=b&page%5Bsize%5D=1"}
            return json_response(200, {"data": [{"id": 1}], "links": links})
        if cursor == "b":  # a relative link works too
            return json_response(200, {"data": [{"id": 2}], "links": {"next": "contacts?cursor=c"}})
        return json_response(200, {"data": [{"id": 3}], "links": {"next": None}})

    recorder = Recorder(handler)
    page = make_sync(recorder).request_page(CURSOR, {"size": 1}, Lead)
    assert [lead.id for lead in page] == [1, 2, 3]
    assert [str(r.url) for r in recorder.requests] == [
        f"{BASE_URL}/contacts?page%5Bsize%5D=1",
        f"{BASE_URL}/contacts?cursor=b&page%5Bsize%5D=1",
        f"{BASE_URL}/contacts?cursor=c",
    ]
    assert all(r.headers["X-API-KEY"] for r in recorder.requests)


def test_cursor_next_link_to_another_host_is_refused() -> None:
    recorder = Recorder(
        json_response(200, {"data": [{"id": 1}], "links": {"next": "https://evil.example.net/p2"}})
    )
    page = make_sync(recorder).request_page(CURSOR, {}, Lead)
    assert not page.has_next_page()
    assert [lead.id for lead in page] == [1]
    assert len(recorder.requests) == 1
    with pytest.raises(RuntimeError):
        page.next_page()


def test_cursor_repeating_the_same_link_stops() -> None:
    link = f"{BASE_URL}/contacts?cursor=same"
    recorder = Recorder(json_response(200, {"data": [{"id": 1}], "links": {"next": link}}))
    page = make_sync(recorder).request_page(CURSOR, {}, Lead)
    assert len(list(page)) == 2
    assert len(recorder.requests) == 2


class LeadRoot(RootModel[list[Lead]]):
    pass


def test_root_model_body_is_unwrapped() -> None:
    endpoint = Endpoint(
        "GET", "/leads", {}, response_type=LeadRoot, pagination=Pagination("page", items="")
    )
    page = make_sync(Recorder(json_response(200, [{"id": 5}]))).request_page(endpoint, {}, Lead)
    assert page.items == [Lead(id=5)]
    assert not page.has_next_page()  # no page argument to advance


def test_items_missing_is_a_validation_error() -> None:
    from specforge_runtime._exceptions import APIResponseValidationError

    with pytest.raises(APIResponseValidationError, match="no list of items"):
        make_sync(Recorder(json_response(200, {"other": []}))).request_page(PAGE, {}, Lead)


def test_raw_page() -> None:
    client = make_sync(offset_server(2))

    def list_leads() -> SyncPage[Lead]:
        page: SyncPage[Lead] = client.request_page(OFFSET, {"limit": 5}, Lead)
        return page

    raw = to_raw_response_wrapper(list_leads)()
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert [lead.id for lead in raw.parsed] == [0, 1]


def _cycling_server(cycle: list[str]) -> Recorder:
    """Cursor pages whose next links go round ``cycle`` forever."""

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor", cycle[0])
        following = cycle[(cycle.index(cursor) + 1) % len(cycle)]
        link = f"{BASE_URL}/contacts?cursor={following}"
        return json_response(200, {"data": [{"id": cycle.index(cursor)}], "links": {"next": link}})

    return Recorder(handler)


@pytest.mark.parametrize("cycle", [["a", "b"], ["a", "b", "c", "d"]], ids=["A-B-A", "A-B-C-D-A"])
def test_cursor_links_that_cycle_stop(cycle: list[str], caplog: pytest.LogCaptureFixture) -> None:
    recorder = _cycling_server(cycle)
    page = make_sync(recorder).request_page(CURSOR, {}, Lead)
    items = [lead.id for _, lead in zip(range(50), page, strict=False)]
    # The first page is the bare URL (cursor a implied); then b.. and a again, once.
    assert items == [*range(len(cycle)), 0]
    assert len(recorder.requests) == len(cycle) + 1
    assert "repeats page" in caplog.text


async def test_cursor_links_that_cycle_stop_async() -> None:
    recorder = _cycling_server(["a", "b", "c"])
    paginator = make_async(recorder).request_page(CURSOR, {}, Lead)
    items: list[int] = []
    async for lead in paginator:
        items.append(lead.id)
        if len(items) > 50:
            break
    assert items == [0, 1, 2, 0]


def test_cursor_link_back_to_a_page_with_reordered_query_is_a_repeat() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "b":
            link = f"{BASE_URL}/contacts?x=2&cursor=b&y=1"
        else:
            link = f"{BASE_URL}/contacts?cursor=b&y=1&x=2"
        return json_response(200, {"data": [{"id": 1}], "links": {"next": link}})

    recorder = Recorder(handler)
    assert len(list(make_sync(recorder).request_page(CURSOR, {}, Lead))) == 2


def test_fetching_the_same_next_page_twice_is_not_a_cycle() -> None:
    recorder = _cycling_server(["a", "b", "c", "d", "e"])
    first = make_sync(recorder).request_page(CURSOR, {}, Lead)
    second = first.next_page()
    assert second.next_page().has_next_page()
    assert first.next_page().next_page().has_next_page()


# --- style link: the RFC 8288 Link header ---------------------------------------------------

LINKED = Endpoint(
    "GET",
    "/issues",
    {"per_page": Param("per_page", "query")},
    security=(("ApiKeyHeader",),),
    response_type=list[Lead],
    pagination=Pagination("link", items="", size_param="per_page"),
)


def _linked(link: str | list[str] | None, ids: list[int]) -> httpx.Response:
    values = [link] if isinstance(link, str) else (link or [])
    return httpx.Response(
        200, json=[{"id": i} for i in ids], headers=[("Link", value) for value in values]
    )


def _github_server(pages: int) -> Recorder:
    """GitHub's shape: absolute links, rel="next" among prev/first/last, `page` in the URL."""

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", 1))
        url = f"{BASE_URL}/issues?per_page=2&page="
        links = [f'<{url}1>; rel="first"', f'<{url}{pages}>; rel="last"']
        if number > 1:
            links.insert(0, f'<{url}{number - 1}>; rel="prev"')
        if number < pages:
            links.insert(0, f'<{url}{number + 1}>; rel="next"')
        return _linked(", ".join(links), [2 * number - 1, 2 * number])

    return Recorder(handler)


def test_link_pagination_follows_rel_next_until_there_is_none() -> None:
    recorder = _github_server(3)
    page = make_sync(recorder).request_page(LINKED, {"per_page": 2}, Lead)
    assert [lead.id for lead in page] == [1, 2, 3, 4, 5, 6]
    assert [r.url.params.get("page") for r in recorder.requests] == [None, "2", "3"]
    assert all(r.headers["X-API-KEY"] == SECRET for r in recorder.requests)


async def test_link_pagination_async() -> None:
    recorder = _github_server(3)
    paginator = make_async(recorder).request_page(LINKED, {"per_page": 2}, Lead)
    assert [lead.id async for lead in paginator] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # several links in one field, in any order; relation lists; case and spacing
        (
            '<https://api.example.com/v1/issues?page=9>; rel="last", '
            '</v1/issues?page=2>; rel="next"',
            "page=2",
        ),
        ('</v1/issues?page=2>; rel="next last"', "page=2"),
        ("</v1/issues?page=2> ; REL = next", "page=2"),
        # commas and semicolons inside a quoted parameter or the URL are not separators
        ('</v1/issues?a=1,2;3>; title="x, y; <z>"; rel="next"', "a=1,2;3"),
        (
            '</v1/issues?page=1>; rel="prev"; title="a \\" rel=next", '
            "</v1/issues?page=2>; rel=next",
            "page=2",
        ),
        # only the first rel of a link counts; junk before a link is skipped
        ("</v1/issues?page=7>; rel=prev; rel=next, </v1/issues?page=2>; rel=next", "page=2"),
        ('garbage; rel=next, </v1/issues?page=2>; rel="next"', "page=2"),
        # several Link fields
        (['</v1/issues?page=1>; rel="first"', '</v1/issues?page=2>; rel="next"'], "page=2"),
        # relative to the page's URL, not the base URL
        ('<issues?page=2>; rel="next"', "page=2"),
        ('<?page=2>; rel="next"', "page=2"),
    ],
    ids=[
        "several",
        "rel-list",
        "case-spacing",
        "quoted-separators",
        "escaped-quote",
        "first-rel-counts",
        "junk",
        "several-fields",
        "relative-path",
        "relative-query",
    ],
)
def test_link_header_parsing(links: str | list[str], expected: str) -> None:
    recorder = Recorder(_linked(links, [1]), _linked(None, [2]))
    page = make_sync(recorder).request_page(LINKED, {}, Lead)
    assert [lead.id for lead in page] == [1, 2]
    following = recorder.requests[1].url
    assert (following.host, following.path) == ("api.example.com", "/v1/issues")
    assert expected in str(following)


@pytest.mark.parametrize(
    "links",
    [None, '</v1/issues?page=2>; rel="prev"', "<>", "</v1/issues?page=2", 'rel="next"', ""],
    ids=["none", "no-next", "empty-target", "unclosed", "no-target", "empty"],
)
def test_no_next_link_is_the_last_page(links: str | None) -> None:
    recorder = Recorder(_linked(links, [1]))
    page = make_sync(recorder).request_page(LINKED, {}, Lead)
    assert not page.has_next_page()
    assert [lead.id for lead in page] == [1]
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example.net/v1/issues?page=2",
        "http://api.example.com/v1/issues?page=2",  # another scheme is another origin
        "https://api.example.com:8443/v1/issues?page=2",
        "//evil.example.net/v1/issues?page=2",
        "https://user:s3cr3t@api.example.com/v1/issues?page=2",  # credentials of its own
        "https://[::1/x",  # not a URL
    ],
    ids=["host", "scheme", "port", "scheme-relative", "userinfo", "invalid"],
)
def test_link_to_another_origin_or_with_credentials_is_not_followed(
    target: str, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(_linked(f'<{target}>; rel="next"', [1]))
    page = make_sync(recorder).request_page(LINKED, {}, Lead)
    assert not page.has_next_page()
    assert [lead.id for lead in page] == [1]
    assert len(recorder.requests) == 1
    assert "not following a next-page link" in caplog.text
    assert "s3cr3t" not in caplog.text


def test_link_cycles_stop(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", 1))
        following = number % 3 + 1  # 1 -> 2 -> 3 -> 1
        return _linked(f'</v1/issues?page={following}>; rel="next"', [number])

    recorder = Recorder(handler)
    page = make_sync(recorder).request_page(LINKED, {}, Lead)
    items = [lead.id for _, lead in zip(range(50), page, strict=False)]
    # The first page is the bare URL (page 1 implied); then 2, 3 and 1 again, once.
    assert items == [1, 2, 3, 1]
    assert len(recorder.requests) == 4
    assert "repeats page" in caplog.text
