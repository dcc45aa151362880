"""``Deferred`` endpoint types: imported on the first call that needs them, once."""

from __future__ import annotations

import pytest
from specforge_runtime._endpoint import Deferred, Endpoint, Pagination
from specforge_runtime._exceptions import APIStatusError

from .conftest import Lead, Recorder, json_response, make_sync


class _Loads:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> type[Lead]:
        self.calls += 1
        return Lead


def test_a_deferred_type_loads_on_the_first_call_only() -> None:
    load = _Loads()
    endpoint = Endpoint("GET", "/leads/1", {}, response_type=Deferred(load))
    assert load.calls == 0 and repr(endpoint.response_type) == "Deferred(...)"
    client = make_sync(Recorder(json_response(200, {"id": 1}), json_response(200, {"id": 2})))
    assert client.request(endpoint, {}) == Lead(id=1)
    assert client.request(endpoint, {}) == Lead(id=2)
    assert load.calls == 1


def test_a_deferred_error_type_parses_the_error_body() -> None:
    load = _Loads()
    endpoint = Endpoint("GET", "/leads/1", {}, error_types={"404": Deferred(load)})
    client = make_sync(Recorder(json_response(404, {"id": 7})), max_retries=0)
    with pytest.raises(APIStatusError) as raised:
        client.request(endpoint, {})
    assert raised.value.body == Lead(id=7) and load.calls == 1


def test_a_deferred_page_type() -> None:
    endpoint = Endpoint(
        "GET",
        "/leads",
        {},
        response_type=Deferred(lambda: dict[str, list[Lead]]),
        pagination=Pagination("page", items="/data"),
    )
    client = make_sync(Recorder(json_response(200, {"data": [{"id": 1}]})))
    page = client.request_page(endpoint, {}, Lead, {})
    assert [lead.id for lead in page.items] == [1]
