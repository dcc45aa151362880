from __future__ import annotations

from typing import Any

import httpx
import pytest
from specforge_runtime._endpoint import Endpoint, Param
from specforge_runtime._exceptions import APIConnectionError, APITimeoutError, NotFoundError
from specforge_runtime._pagination import AsyncPage, AsyncPaginator
from specforge_runtime._response import APIResponse, async_to_raw_response_wrapper

from .conftest import SECRET, Lead, Recorder, json_response, make_async
from .test_pagination import CURSOR, OFFSET, offset_server
from .test_redirects import CREDENTIALS, EVERY_CREDENTIAL

GET = Endpoint(
    "GET",
    "/leads/{lead_id}",
    {"lead_id": Param("lead_id", "path", required=True)},
    security=(("ApiKeyHeader",),),
    response_type=Lead,
)


async def test_request() -> None:
    recorder = Recorder(json_response(200, {"id": 7, "extra": True}))
    async with make_async(recorder) as client:
        lead = await client.request(GET, {"lead_id": "a/b"})
    assert lead == Lead(id=7, extra=True)
    assert recorder.last.url.raw_path == b"/v1/leads/a%2Fb"
    assert recorder.last.headers["X-API-KEY"] == SECRET


async def test_retries_then_error() -> None:
    recorder = Recorder(
        json_response(503, {}, headers={"Retry-After": "3"}), json_response(404, {})
    )
    client = make_async(recorder)
    with pytest.raises(NotFoundError):
        await client.request(GET, {"lead_id": 1})
    assert client.sleeps == [3.0]  # type: ignore[attr-defined]


async def test_transport_errors() -> None:
    client = make_async(Recorder(httpx.ConnectTimeout("slow")), max_retries=1)
    with pytest.raises(APITimeoutError):
        await client.request(GET, {"lead_id": 1})
    client = make_async(Recorder(httpx.RemoteProtocolError("garbage")), max_retries=0)
    with pytest.raises(APIConnectionError):
        await client.request(GET, {"lead_id": 1})


async def test_cross_origin_redirect_strips_credentials() -> None:
    endpoint = Endpoint("GET", "/x", {}, security=EVERY_CREDENTIAL, response_type=Lead)
    recorder = Recorder(
        httpx.Response(302, headers={"Location": "https://evil.example.net/"}),
        json_response(200, {"id": 1}),
    )
    await make_async(recorder, credentials=CREDENTIALS).request(endpoint, {})
    final = recorder.last
    assert SECRET not in str(final.url) + repr(final.headers.multi_items())


async def test_pagination_async_for() -> None:
    recorder = offset_server(8)
    paginator = make_async(recorder).request_page(OFFSET, {"limit": 3}, Lead)
    assert isinstance(paginator, AsyncPaginator)
    assert recorder.requests == []  # nothing is sent before it is awaited or iterated
    assert [lead.id async for lead in paginator] == list(range(8))
    assert len(recorder.requests) == 3


async def test_pagination_await_first_page() -> None:
    recorder = offset_server(5)
    page = await make_async(recorder).request_page(OFFSET, {"limit": 2}, Lead)
    assert isinstance(page, AsyncPage)
    assert [lead.id for lead in page.items] == [0, 1]
    ids = [[lead.id for lead in p.items] async for p in page.iter_pages()]
    assert ids == [[0, 1], [2, 3], [4]]
    assert [lead.id async for lead in page] == list(range(5))
    second = await page.next_page()
    assert second.items[0].id == 2


async def test_async_cursor_refuses_foreign_host() -> None:
    body = {"data": [{"id": 1}], "links": {"next": "https://evil.example.net/p2"}}
    page = await make_async(Recorder(json_response(200, body))).request_page(CURSOR, {}, Lead)
    assert not page.has_next_page()


async def test_async_raw_page() -> None:
    client = make_async(offset_server(2))

    def list_leads() -> AsyncPaginator[Lead]:
        paginator: AsyncPaginator[Lead] = client.request_page(OFFSET, {"limit": 5}, Lead)
        return paginator

    raw: Any = await async_to_raw_response_wrapper(list_leads)()
    assert isinstance(raw, APIResponse)
    assert isinstance(raw.parsed, AsyncPage)
    assert raw.status_code == 200
    assert isinstance(await list_leads(), AsyncPage)
