"""No credential in any exception text, log line or repr, whatever the server does."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from specforge_runtime._auth import SecurityScheme
from specforge_runtime._base_client import DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from specforge_runtime._endpoint import Endpoint, Pagination
from specforge_runtime._exceptions import APIError, OAuthTokenError
from specforge_runtime._oauth2 import OAuthFlows

from .conftest import (
    BASE_URL,
    SCHEMES,
    SECRET,
    Lead,
    LeadList,
    Recorder,
    json_response,
    make_sync,
)

ALL = (("ApiKeyHeader", "ApiKeyQuery", "ApiKeyCookie", "Bearer"),)
CREDENTIALS: dict[str, str | None] = {
    "api_key": SECRET,
    "query_key": SECRET,
    "cookie_key": SECRET,
    "token": SECRET,
}
GET = Endpoint("GET", "/leads/1", {}, security=ALL, response_type=Lead)


def _echo(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """A hostile server that echoes the credentials it received into its error body."""

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(
            status,
            {"message": f"bad key {request.headers.get('x-api-key')} at {request.url}"},
        )

    return handler


SCENARIOS: list[tuple[str, Any, Endpoint]] = [
    ("401 echoing the key", _echo(401), GET),
    ("500 echoing the key, retried", _echo(500), GET),
    ("429 exhausted", json_response(429, {"error": {"message": SECRET}}), GET),
    ("invalid json", httpx.Response(200, content=b"{" + SECRET.encode()), GET),
    ("wrong shape", json_response(200, {"id": SECRET}), GET),
    ("connect error", httpx.ConnectError(f"cannot reach ?api_key={SECRET}"), GET),
    ("timeout", httpx.ReadTimeout("timed out"), GET),
    ("redirect loop", httpx.Response(302, headers={"Location": "/v1/leads/1"}), GET),
    (
        "missing credentials",
        json_response(200, {}),
        Endpoint("GET", "/x", {}, security=(("Basic",),)),
    ),
    (
        "page without items",
        json_response(200, {"data": SECRET}),
        Endpoint(
            "GET",
            "/leads",
            {},
            security=ALL,
            response_type=None,
            pagination=Pagination("cursor", items="/data", next_url="/next"),
        ),
    ),
]


@pytest.mark.parametrize(("name", "response", "endpoint"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_no_secret_anywhere(
    name: str, response: Any, endpoint: Endpoint, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_sync(Recorder(response), credentials=CREDENTIALS)
    with pytest.raises(APIError) as info:
        if endpoint.pagination is not None:
            client.request_page(endpoint, {}, LeadList)
        else:
            client.request(endpoint, {})
    error = info.value
    texts = [str(error), repr(error), error.message, str(error.url), repr(client)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    for text in texts:
        assert SECRET not in text, f"{name}: secret leaked in {text!r}"
    assert caplog.records or name == "missing credentials"


def test_repr_shows_which_credentials_are_set() -> None:
    client = make_sync(Recorder(json_response(200, {})), credentials={**CREDENTIALS, "x": None})
    assert repr(client) == (
        "SyncAPIClient(base_url='https://api.example.com/v1', "
        "api_key=***, query_key=***, cookie_key=***, token=***)"
    )


def test_log_lines_redact_query_keys(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="specforge.tests")
    make_sync(Recorder(json_response(200, {"id": 1})), credentials=CREDENTIALS).request(GET, {})
    (record,) = caplog.records
    assert re.fullmatch(
        r"GET https://api\.example\.com/v1/leads/1\?api_key=\*\*\* -> 200 \(\d+ ms\)",
        record.getMessage(),
    )


@pytest.mark.parametrize("client_class", [SyncAPIClient, AsyncAPIClient])
def test_the_clients_own_httpx_client_keeps_no_cookie(client_class: Any) -> None:
    """Cookies a server sets are never stored (nor, as requests are built without the
    httpx client, ever sent back to any host)."""
    client = client_class(
        base_url=BASE_URL,
        credentials={},
        security_schemes=SCHEMES,
        timeout=DEFAULT_TIMEOUT,
        max_retries=0,
        default_headers=None,
        http_client=None,
        user_agent="specforge-tests/1.0",
        logger_name="specforge.tests",
    )
    response = httpx.Response(
        200,
        headers={"Set-Cookie": "session=abc; Path=/"},
        request=httpx.Request("GET", f"{BASE_URL}/leads"),
    )
    client._client.cookies.extract_cookies(response)
    assert len(client._client.cookies.jar) == 0
    plain = httpx.Client()
    plain.cookies.extract_cookies(response)  # the same response does set one by default
    assert len(plain.cookies.jar) == 1


# --- OAuth 2: the client's own token requests --------------------------------------------

OAUTH = {
    "OAuth": SecurityScheme(
        "bearer",
        "access_token",
        oauth=OAuthFlows(token_url="/oauth/token", refresh_url="/oauth/token", refresh_token="rt"),
    )
}
OAUTH_SECRETS = {"client_id": "app-id-1234", "client_secret": SECRET, "rt": "rt_refresh_5678"}
OAUTH_GET = Endpoint("GET", "/leads/1", {}, security=(("OAuth",),), response_type=Lead)


def _oauth_client(handler: Any, credentials: dict[str, str | None]) -> SyncAPIClient:
    return SyncAPIClient(
        base_url=BASE_URL,
        credentials=credentials,
        security_schemes=OAUTH,
        timeout=DEFAULT_TIMEOUT,
        max_retries=0,
        default_headers=None,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        user_agent="specforge-tests/1.0",
        logger_name="specforge.tests",
    )


def _echoing_token_endpoint(status: int, answer: str) -> Callable[[httpx.Request], httpx.Response]:
    """A hostile token endpoint that echoes the form it got; the API echoes its token."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            form = request.read().decode()
            return json_response(status, {"error": "invalid_grant", answer: form, "form": form})
        return json_response(401, {"message": f"bad {request.headers.get('authorization')}"})

    return handler


TOKEN_SCENARIOS = [
    ("refused, echoing the form", _echoing_token_endpoint(400, "error_description")),
    ("a 200 without a token", _echoing_token_endpoint(200, "note")),
    ("the token endpoint unreachable", Recorder(httpx.ConnectError(f"no route ({SECRET})"))),
    (
        "a token issued, then the API refuses it",
        lambda request: (
            json_response(200, {"access_token": "at_issued_9999", "expires_in": 60})
            if request.url.path == "/oauth/token"
            else json_response(401, {"message": f"bad {request.headers['authorization']}"})
        ),
    ),
]


@pytest.mark.parametrize(("name", "handler"), TOKEN_SCENARIOS, ids=[s[0] for s in TOKEN_SCENARIOS])
def test_no_oauth_secret_or_token_anywhere(
    name: str, handler: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = _oauth_client(handler, {**OAUTH_SECRETS})
    with pytest.raises(APIError) as info:
        client.request(OAUTH_GET, {})
    error = info.value
    texts = [str(error), repr(error), error.message, str(error.url), repr(client)]
    if isinstance(error, OAuthTokenError):  # its body is what the client kept of the answer
        texts.append(str(error.body))
    texts += [record.getMessage() for record in caplog.records]
    for secret in (SECRET, "rt_refresh_5678", "at_issued_9999", "app-id-1234"):
        for text in texts:
            assert secret not in text, f"{name}: {secret} leaked in {text!r}"
    assert "client_id=***, client_secret=***, rt=***" in repr(client)


def test_a_refused_token_request_is_a_typed_error() -> None:
    client = _oauth_client(_echoing_token_endpoint(400, "error_description"), {**OAUTH_SECRETS})
    with pytest.raises(OAuthTokenError) as info:
        client.request(OAUTH_GET, {})
    assert info.value.error == "invalid_grant" and info.value.status_code == 400
    assert info.value.body == {
        "error": "invalid_grant",
        "error_description": "grant_type=refresh_token&client_id=***&client_secret=***"
        "&refresh_token=***",
    }
