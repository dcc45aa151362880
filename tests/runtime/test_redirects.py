from __future__ import annotations

import httpx
import pytest
from specforge_runtime._endpoint import Endpoint
from specforge_runtime._exceptions import APIConnectionError
from specforge_runtime._types import RequestOptions

from .conftest import SECRET, Lead, Recorder, json_response, make_sync

EVERY_CREDENTIAL = (("ApiKeyHeader", "ApiKeyQuery", "ApiKeyCookie", "Bearer"),)
CREDENTIALS: dict[str, str | None] = {
    "api_key": SECRET,
    "query_key": SECRET + "_q",
    "cookie_key": SECRET + "_c",
    "token": SECRET + "_t",
}
GET = Endpoint("GET", "/leads/1", {}, security=EVERY_CREDENTIAL, response_type=Lead)


def _redirect(location: str, status: int = 302) -> httpx.Response:
    return httpx.Response(status, headers={"Location": location})


def _has_credentials(request: httpx.Request) -> bool:
    text = str(request.url) + repr(request.headers.multi_items())
    return SECRET in text


def test_same_origin_redirect_keeps_credentials() -> None:
    recorder = Recorder(_redirect("/v1/leads/1b"), json_response(200, {"id": 1}))
    client = make_sync(recorder, credentials=CREDENTIALS)
    assert client.request(GET, {}) == Lead(id=1)
    final = recorder.last
    assert final.url.path == "/v1/leads/1b"
    assert final.headers["X-API-KEY"] == SECRET
    assert final.headers["authorization"] == f"Bearer {SECRET}_t"
    assert final.url.params["api_key"] == SECRET + "_q"
    assert final.headers["cookie"] == f"session={SECRET}_c"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example.net/steal",
        "http://api.example.com/v1/leads/1",  # scheme downgrade is another origin
        "https://api.example.com:8443/v1/leads/1",
        f"https://evil.example.net/steal?api_key={SECRET}_q&keep=1",
    ],
)
def test_cross_origin_redirect_strips_every_credential(target: str) -> None:
    recorder = Recorder(_redirect(target, 307), json_response(200, {"id": 1}))
    client = make_sync(recorder, credentials=CREDENTIALS)
    client.request(GET, {})
    first, final = recorder.requests
    assert _has_credentials(first)
    assert not _has_credentials(final)
    assert "authorization" not in final.headers and "cookie" not in final.headers
    assert final.headers["user-agent"] == "specforge-tests/1.0"
    assert final.headers["host"] == httpx.URL(target).netloc.decode()
    if "keep=1" in target:
        assert final.url.params["keep"] == "1"


def test_credentials_stay_stripped_when_redirected_back() -> None:
    recorder = Recorder(
        _redirect("https://other.example.net/x"),
        _redirect("https://api.example.com/v1/leads/1"),
        json_response(200, {"id": 1}),
    )
    make_sync(recorder, credentials=CREDENTIALS).request(GET, {})
    assert not _has_credentials(recorder.last)


def test_see_other_becomes_get_without_body() -> None:
    recorder = Recorder(_redirect("/v1/jobs/9", 303), json_response(200, {"id": 9}))
    post = Endpoint("POST", "/jobs", {}, body_kind="json", response_type=Lead)
    make_sync(recorder).request(post, {}, body={"a": 1})
    final = recorder.last
    assert final.method == "GET"
    assert final.content == b""
    assert "content-type" not in final.headers


def test_temporary_redirect_keeps_method_and_body() -> None:
    recorder = Recorder(_redirect("/v1/jobs2", 308), json_response(200, {"id": 9}))
    post = Endpoint("POST", "/jobs", {}, body_kind="json", response_type=Lead)
    make_sync(recorder).request(post, {}, body={"a": 1})
    assert recorder.last.method == "POST"
    assert recorder.last.content == b'{"a":1}'


def test_redirect_loop_is_an_error() -> None:
    recorder = Recorder(lambda request: _redirect(str(request.url)))
    with pytest.raises(APIConnectionError, match="Too many redirects"):
        make_sync(recorder).request(GET.__class__("GET", "/loop", {}), {})
    assert len(recorder.requests) == 6


def test_redirect_to_a_non_http_scheme_is_refused() -> None:
    recorder = Recorder(_redirect("file:///etc/passwd"))
    with pytest.raises(APIConnectionError, match="invalid location"):
        make_sync(recorder).request(Endpoint("GET", "/x", {}), {})


def test_cross_origin_redirect_keeps_only_safe_headers() -> None:
    recorder = Recorder(
        _redirect("https://evil.example.net/steal", 307), json_response(200, {"id": 1})
    )
    client = make_sync(recorder, credentials=CREDENTIALS)
    options: RequestOptions = {
        "extra_headers": {
            "X-Custom-Secret": "custom-secret",
            "Proxy-Authorization": "Basic cHJveHk6c2VjcmV0",
            "Accept-Language": "fr",
        }
    }
    client.request(GET, {}, options=options)
    first, final = recorder.requests
    assert first.headers["x-custom-secret"] == "custom-secret"
    assert first.headers["x-client"] == "tests"  # default_headers
    assert sorted(final.headers.keys()) == [
        "accept",
        "accept-encoding",
        "accept-language",
        "host",
        "user-agent",
    ]
    assert final.headers["accept-language"] == "fr"


def test_cross_origin_redirect_with_body_keeps_its_content_type() -> None:
    recorder = Recorder(
        _redirect("https://other.example.net/jobs", 308), json_response(200, {"id": 9})
    )
    post = Endpoint("POST", "/jobs", {}, body_kind="json", response_type=Lead)
    make_sync(recorder).request(post, {}, body={"a": 1}, options={"extra_headers": {"X-S": "s"}})
    final = recorder.last
    assert final.content == b'{"a":1}' and final.headers["content-type"] == "application/json"
    assert "x-s" not in final.headers and "x-client" not in final.headers


def test_same_origin_redirect_keeps_custom_headers() -> None:
    recorder = Recorder(_redirect("/v1/leads/1b"), json_response(200, {"id": 1}))
    client = make_sync(recorder, credentials=CREDENTIALS)
    client.request(GET, {}, options={"extra_headers": {"X-Custom-Secret": "c"}})
    assert recorder.last.headers["x-custom-secret"] == "c"
    assert recorder.last.headers["x-client"] == "tests"
