from __future__ import annotations

import base64

import pytest
from specforge_runtime._endpoint import Endpoint
from specforge_runtime._exceptions import APIError, MissingCredentialsError

from .conftest import SECRET, Recorder, json_response, make_sync


def _endpoint(*security: tuple[str, ...]) -> Endpoint:
    return Endpoint("GET", "/ping", {}, security=tuple(security), response_type=None)


def _call(security: tuple[tuple[str, ...], ...], credentials: dict[str, str | None]) -> Recorder:
    recorder = Recorder(json_response(200, {}))
    make_sync(recorder, credentials=credentials).request(_endpoint(*security), {})
    return recorder


def test_api_key_in_header() -> None:
    request = _call((("ApiKeyHeader",),), {"api_key": SECRET}).last
    assert request.headers["X-API-KEY"] == SECRET
    assert "authorization" not in request.headers


def test_api_key_in_query() -> None:
    request = _call((("ApiKeyQuery",),), {"query_key": SECRET}).last
    assert request.url.params["api_key"] == SECRET


def test_api_key_in_cookie() -> None:
    request = _call((("ApiKeyCookie",),), {"cookie_key": SECRET}).last
    assert request.headers["cookie"] == f"session={SECRET}"


def test_bearer() -> None:
    request = _call((("Bearer",),), {"token": SECRET}).last
    assert request.headers["authorization"] == f"Bearer {SECRET}"


def test_basic() -> None:
    request = _call((("Basic",),), {"username": "ann", "password": "pw"}).last
    expected = base64.b64encode(b"ann:pw").decode()
    assert request.headers["authorization"] == f"Basic {expected}"


def test_basic_without_password_sends_empty_password() -> None:
    request = _call((("Basic",),), {"username": SECRET}).last
    expected = base64.b64encode(f"{SECRET}:".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"


def test_first_satisfied_alternative_wins() -> None:
    security = (("ApiKeyHeader",), ("UserToken",))
    only_token = _call(security, {"api_key": None, "user_token": "tok-1"}).last
    assert only_token.headers["X-USER-TOKEN"] == "tok-1"
    assert "X-API-KEY" not in only_token.headers
    both = _call(security, {"api_key": "key-1", "user_token": "tok-1"}).last
    assert both.headers["X-API-KEY"] == "key-1"
    assert "X-USER-TOKEN" not in both.headers


def test_and_requirement_sends_every_scheme() -> None:
    request = _call((("ApiKeyHeader", "ApiKeyQuery"),), {"api_key": "a1b2", "query_key": "q1w2"})
    assert request.last.headers["X-API-KEY"] == "a1b2"
    assert request.last.url.params["api_key"] == "q1w2"


def test_anonymous_alternative_used_only_without_credentials() -> None:
    security = ((), ("ApiKeyHeader",))
    assert _call(security, {"api_key": "key-1"}).last.headers["X-API-KEY"] == "key-1"
    assert "X-API-KEY" not in _call(security, {"api_key": None}).last.headers


def test_no_security_sends_nothing() -> None:
    request = _call((), {"api_key": "key-1"}).last
    assert "X-API-KEY" not in request.headers


def test_missing_credentials_names_the_arguments() -> None:
    recorder = Recorder(json_response(200, {}))
    client = make_sync(recorder, credentials={"api_key": None, "user_token": ""})
    with pytest.raises(MissingCredentialsError) as info:
        client.request(_endpoint(("ApiKeyHeader",), ("UserToken",), ("Basic",)), {})
    message = str(info.value)
    assert "api_key" in message and "user_token" in message
    assert "username and password" in message
    assert "GET /ping" in message
    assert isinstance(info.value, APIError)
    assert recorder.requests == []  # nothing was sent
