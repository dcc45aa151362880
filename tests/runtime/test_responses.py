from __future__ import annotations

from typing import Any

import httpx
import pytest
from specforge_runtime._endpoint import Endpoint, Param
from specforge_runtime._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from specforge_runtime._response import (
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

from .conftest import ErrorBody, Lead, Recorder, json_response, make_async, make_sync

GET_LEAD = Endpoint(
    "GET",
    "/leads/{lead_id}",
    {"lead_id": Param("lead_id", "path", required=True)},
    response_type=Lead,
    error_types={"404": ErrorBody, "4XX": dict[str, Any]},
    retryable=False,
)


def _get(response: httpx.Response, endpoint: Endpoint = GET_LEAD) -> Any:
    return make_sync(Recorder(response), max_retries=0).request(endpoint, {"lead_id": 1})


def test_json_parsed_into_model_keeping_unknown_fields() -> None:
    body = b'{"id": 1, "firstName": "Ann", "custom_field_7": {"x": [1, 2]}}'
    lead = _get(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    assert isinstance(lead, Lead)
    assert lead.first_name == "Ann"
    assert lead.model_dump(by_alias=True, exclude_unset=True) == {
        "id": 1,
        "firstName": "Ann",
        "custom_field_7": {"x": [1, 2]},
    }


def test_generic_response_type() -> None:
    endpoint = Endpoint("GET", "/leads", {}, response_type=list[Lead])
    leads = _get(json_response(200, [{"id": 1}, {"id": 2}]), endpoint)
    assert [lead.id for lead in leads] == [1, 2]


def test_no_content_and_empty_bodies_are_none() -> None:
    assert _get(httpx.Response(204)) is None
    assert _get(httpx.Response(200, content=b"")) is None
    assert _get(json_response(200, {"id": 1}), Endpoint("DELETE", "/x", {})) is None


def test_text_and_binary() -> None:
    text = Endpoint("GET", "/x", {}, response_kind="text")
    assert _get(httpx.Response(200, text="a,b\n"), text) == "a,b\n"
    binary = Endpoint("GET", "/x", {}, response_kind="binary")
    assert _get(httpx.Response(200, content=b"\x89PNG"), binary) == b"\x89PNG"


@pytest.mark.parametrize(
    "content",
    [b'{"id": 1', b"<html>oops</html>", b'{"id": "not a number"}', b'{"id": 1}{'],
)
def test_bad_success_body_is_a_validation_error(content: bytes) -> None:
    response = httpx.Response(200, content=content, headers={"content-type": "text/html"})
    with pytest.raises(APIResponseValidationError) as info:
        _get(response)
    error = info.value
    assert error.status_code == 200
    assert error.body == content.decode()
    assert error.headers["content-type"] == "text/html"
    assert "GET /leads/1" in str(error)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (304, APIStatusError),
    ],
)
def test_status_errors(status: int, kind: type[APIStatusError]) -> None:
    with pytest.raises(APIStatusError) as info:
        _get(json_response(status, {"message": "nope"}))
    assert type(info.value) is kind
    assert info.value.status_code == status
    assert info.value.response.status_code == status


def test_error_body_parsed_with_exact_status_type() -> None:
    with pytest.raises(NotFoundError) as info:
        _get(json_response(404, {"message": "Lead 1 not found", "code": "missing"}))
    assert info.value.body == ErrorBody(message="Lead 1 not found", code="missing")
    assert str(info.value) == "404 Not Found for GET /leads/1: Lead 1 not found"


def test_error_body_falls_back_to_range_then_json_then_text() -> None:
    with pytest.raises(BadRequestError) as info:
        _get(json_response(400, {"errors": [{"detail": "email is invalid"}]}))
    assert info.value.body == {"errors": [{"detail": "email is invalid"}]}
    assert str(info.value).endswith(": email is invalid")
    with pytest.raises(InternalServerError) as server:
        _get(json_response(500, [1, 2]))
    assert server.value.body == [1, 2]
    with pytest.raises(InternalServerError) as text:
        _get(httpx.Response(502, text="Bad gateway, try later"))
    assert text.value.body == "Bad gateway, try later"
    assert str(text.value) == "502 Bad Gateway for GET /leads/1: Bad gateway, try later"


def test_error_detail_is_short_and_html_ignored() -> None:
    with pytest.raises(InternalServerError) as info:
        _get(httpx.Response(500, text="<html>" + "x" * 5000 + "</html>"))
    assert str(info.value) == "500 Internal Server Error for GET /leads/1"
    with pytest.raises(InternalServerError) as long:
        _get(json_response(500, {"message": "y" * 5000}))
    assert len(str(long.value)) < 300


def test_raw_response_wrapper() -> None:
    client = make_sync(Recorder(json_response(200, {"id": 3}, headers={"x-rate": "9"})))

    def get_lead(lead_id: int) -> Lead:
        result: Lead = client.request(GET_LEAD, {"lead_id": lead_id})
        return result

    raw = to_raw_response_wrapper(get_lead)(3)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-rate"] == "9"
    assert raw.parsed == raw.parse() == Lead(id=3)
    assert raw.http_response.json() == {"id": 3}
    assert isinstance(get_lead(3), Lead)  # the flag does not leak out of the wrapper


async def test_async_raw_response_wrapper() -> None:
    client = make_async(Recorder(json_response(201, {"id": 4})))

    async def get_lead(lead_id: int) -> Lead:
        result: Lead = await client.request(GET_LEAD, {"lead_id": lead_id})
        return result

    raw = await async_to_raw_response_wrapper(get_lead)(4)
    assert raw.status_code == 201
    assert raw.parse() == Lead(id=4)
    assert isinstance(await get_lead(4), Lead)
