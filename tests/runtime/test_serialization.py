from __future__ import annotations

import datetime as dt
import enum
import io
import json
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field
from specforge_runtime._endpoint import Endpoint, Param
from specforge_runtime._types import NOT_GIVEN, NotGiven

from .conftest import Lead, Recorder, json_response, make_sync


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Size(enum.IntEnum):
    SMALL = 1


def _query(param: Param, value: object) -> list[tuple[str, str]]:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint("GET", "/items", {"arg": param}, response_type=None)
    make_sync(recorder).request(endpoint, {"arg": value})
    return recorder.last.url.params.multi_items()


def test_not_given_is_a_falsy_singleton() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        (Param("tag", "query"), ["a", "b"], [("tag", "a"), ("tag", "b")]),
        (Param("tag", "query", explode=False), ["a", "b"], [("tag", "a,b")]),
        (Param("f", "query"), {"x": 1, "y": "z"}, [("x", "1"), ("y", "z")]),
        (Param("f", "query", explode=False), {"x": 1, "y": "z"}, [("f", "x,1,y,z")]),
        (
            Param("filter", "query", style="deepObject", explode=True),
            {"status": "open", "range": {"gte": 3}, "ids": [7, 8]},
            [
                ("filter[status]", "open"),
                ("filter[range][gte]", "3"),
                ("filter[ids][0]", "7"),
                ("filter[ids][1]", "8"),
            ],
        ),
        (Param("page[size]", "query"), 25, [("page[size]", "25")]),
        (Param("flag", "query"), True, [("flag", "true")]),
        (Param("flag", "query"), False, [("flag", "false")]),
        (Param("color", "query"), Color.BLUE, [("color", "blue")]),
        (Param("size", "query"), Size.SMALL, [("size", "1")]),
        (
            Param("colors", "query"),
            [Color.RED, Color.BLUE],
            [("colors", "red"), ("colors", "blue")],
        ),
        (
            Param("since", "query"),
            dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC),
            [("since", "2024-05-01T12:30:00+00:00")],
        ),
        (Param("day", "query"), dt.date(2024, 5, 1), [("day", "2024-05-01")]),
        (Param("ids", "query", style="pipeDelimited", explode=False), [1, 2], [("ids", "1|2")]),
        (Param("ids", "query", style="spaceDelimited", explode=False), [1, 2], [("ids", "1 2")]),
        (Param("q", "query"), None, []),
        (Param("q", "query"), NOT_GIVEN, []),
        (Param("q", "query"), "", [("q", "")]),
    ],
)
def test_query_styles(param: Param, value: object, expected: list[tuple[str, str]]) -> None:
    assert _query(param, value) == expected


def test_bracketed_names_reach_the_wire_decoded() -> None:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint(
        "GET",
        "/items",
        {"page_size": Param("page[size]", "query"), "page_number": Param("page[number]", "query")},
        response_type=None,
    )
    make_sync(recorder).request(endpoint, {"page_size": 10, "page_number": 2})
    assert dict(recorder.last.url.params) == {"page[size]": "10", "page[number]": "2"}


def test_header_and_cookie_params() -> None:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint(
        "GET",
        "/items",
        {
            "request_id": Param("X-Request-Id", "header"),
            "tags": Param("X-Tags", "header"),
            "skipped": Param("X-Skipped", "header"),
            "pref": Param("pref", "cookie"),
        },
        response_type=None,
    )
    make_sync(recorder).request(
        endpoint, {"request_id": "r-1", "tags": ["a", "b"], "skipped": None, "pref": "dark"}
    )
    headers = recorder.last.headers
    assert headers["X-Request-Id"] == "r-1"
    assert headers["X-Tags"] == "a,b"
    assert "X-Skipped" not in headers
    assert headers["cookie"] == "pref=dark"
    assert headers["user-agent"] == "specforge-tests/1.0"
    assert headers["x-client"] == "tests"


def _path(value: object, template: str = "/api/crm/lead/{lead_id}") -> str:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint("GET", template, {"lead_id": Param("lead_id", "path", required=True)})
    make_sync(recorder).request(endpoint, {"lead_id": value})
    return recorder.last.url.raw_path.decode()


def test_path_values_are_percent_encoded_per_segment() -> None:
    assert _path(42) == "/v1/api/crm/lead/42"
    assert _path("../admin") == "/v1/api/crm/lead/..%2Fadmin"
    assert _path("a b/c?d#e%f") == "/v1/api/crm/lead/a%20b%2Fc%3Fd%23e%25f"
    assert _path(Color.RED) == "/v1/api/crm/lead/red"


@pytest.mark.parametrize(("value", "encoded"), [("..", "%2E%2E"), (".", "%2E")])
def test_dot_segments_cannot_climb(value: str, encoded: str) -> None:
    assert _path(value) == f"/v1/api/crm/lead/{encoded}"
    assert _path(value, "/files/{lead_id}/raw") == f"/v1/files/{encoded}/raw"


@pytest.mark.parametrize("value", ["", None, NOT_GIVEN])
def test_missing_path_value_is_a_value_error_naming_the_argument(value: object) -> None:
    with pytest.raises(ValueError, match="`lead_id`"):
        _path(value)


def _body(body: object, kind: Any = "json", content_type: str | None = None) -> Any:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint("POST", "/leads", {}, body_kind=kind, content_type=content_type)
    make_sync(recorder).request(endpoint, {}, body=body)
    return recorder.last


class NewLead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    first_name: str = Field(alias="firstName")
    email: str | None = None
    score: int = 0


def test_json_body_none_is_null_and_not_given_is_omitted() -> None:
    request = _body({"name": "Ann", "email": None, "phone": NOT_GIVEN})
    assert request.headers["content-type"] == "application/json"
    assert request.content == b'{"name":"Ann","email":null}'


def test_json_body_model_dumped_by_alias_excluding_unset() -> None:
    request = _body(NewLead(first_name="Ann", email=None))
    assert json.loads(request.content) == {"firstName": "Ann", "email": None}


def test_json_body_mapping_with_nested_models_and_scalars() -> None:
    body = {
        "lead": NewLead(first_name="Ann"),
        "when": dt.date(2024, 1, 2),
        "color": Color.RED,
        "items": [NewLead(first_name="Bo", score=3), NOT_GIVEN],
    }
    assert json.loads(_body(body).content) == {
        "lead": {"firstName": "Ann"},
        "when": "2024-01-02",
        "color": "red",
        "items": [{"firstName": "Bo", "score": 3}],
    }


def test_vendor_json_content_type() -> None:
    request = _body({"data": {"type": "leads"}}, content_type="application/vnd.api+json")
    assert request.headers["content-type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {"data": {"type": "leads"}}


def test_not_given_body_sends_nothing() -> None:
    request = _body(NOT_GIVEN)
    assert request.content == b""
    assert "content-type" not in request.headers


def test_form_body() -> None:
    request = _body(
        {"name": "Ann Lee", "tags": ["a", "b"], "meta": {"k": "v"}, "skip": NOT_GIVEN, "ok": True},
        kind="form",
    )
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"name=Ann+Lee&tags=a&tags=b&meta%5Bk%5D=v&ok=true"


def test_multipart_with_file_upload() -> None:
    request = _body(
        {
            "file": ("report.csv", io.BytesIO(b"a,b\n1,2\n"), "text/csv"),
            "title": "Q1",
            "count": 3,
            "meta": {"x": 1},
            "skip": NOT_GIVEN,
        },
        kind="multipart",
    )
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'name="file"; filename="report.csv"' in body
    assert b"Content-Type: text/csv" in body
    assert b"a,b\n1,2\n" in body
    assert b'name="title"\r\n\r\nQ1' in body
    assert b'name="count"\r\n\r\n3' in body
    assert b'name="meta"\r\n\r\n{"x":1}' in body
    assert b"skip" not in body


def test_multipart_without_files_is_still_multipart() -> None:
    request = _body({"title": "Q1"}, kind="multipart")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="title"\r\n\r\nQ1' in request.content


def test_binary_and_text_bodies() -> None:
    binary = _body(io.BytesIO(b"\x00\x01"), kind="binary")
    assert binary.content == b"\x00\x01"
    assert binary.headers["content-type"] == "application/octet-stream"
    text = _body("héllo", kind="text")
    assert text.content == "héllo".encode()
    assert text.headers["content-type"] == "text/plain; charset=utf-8"


def test_extra_query_and_headers_override() -> None:
    recorder = Recorder(json_response(200, {}))
    endpoint = Endpoint("GET", "/items", {"limit": Param("limit", "query")}, response_type=None)
    make_sync(recorder).request(
        endpoint,
        {"limit": 5},
        options={"extra_query": {"limit": 7, "x": True}, "extra_headers": {"x-client": "other"}},
    )
    assert recorder.last.url.params.multi_items() == [("limit", "7"), ("x", "true")]
    assert recorder.last.headers.get_list("x-client") == ["other"]


def test_model_request_body_keeps_extra_fields() -> None:
    lead = Lead.model_validate({"id": 1, "custom_score": 9})
    assert json.loads(_body(lead).content) == {"id": 1, "custom_score": 9}
