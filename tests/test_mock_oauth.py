"""The mock's OAuth 2 token endpoint (generator.mock.oauth): where it is served, the
grants it answers as RFC 6749 says, and how enforced schemes take only live tokens."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from generator.mock import create_app
from generator.mock.cli import read_oauth_clients
from generator.mock.oauth import token_path
from tests.conftest import FIXTURES

SPEC = FIXTURES / "mock" / "oauth2.yaml"
TOKEN = "/api/oauth/token"
FORM = "application/x-www-form-urlencoded"


async def _client(**options: Any) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SPEC, **options)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        yield client


@pytest.fixture
async def open_mock() -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client():
        yield client


@pytest.fixture
async def enforced() -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(oauth_clients={"app": "s3cret"}, token_lifetime=0.3):
        yield client


def test_token_urls_resolve_as_a_client_resolves_them() -> None:
    assert token_path("oauth/token", "/api") == "/api/oauth/token"
    assert token_path("/oauth/token", "/api") == "/oauth/token"
    assert token_path("https://login.example.com/o/token?x=1", "/api") == "/o/token"
    assert token_path("token", "") == "/token"


async def test_client_credentials_over_basic_auth(enforced: httpx.AsyncClient) -> None:
    basic = base64.b64encode(b"app:s3cret").decode()
    response = await enforced.post(
        TOKEN,
        content=b"grant_type=client_credentials",
        headers={"Content-Type": FORM, "Authorization": f"Basic {basic}"},
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 0.3
    assert "refresh_token" not in body  # RFC 6749 4.4.3: none for client credentials
    api = await enforced.get(
        "/api/entries", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert api.status_code == 200
    await asyncio.sleep(0.35)
    expired = await enforced.get(
        "/api/entries", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert expired.status_code == 401


async def test_refusals_are_oauth_error_responses(enforced: httpx.AsyncClient) -> None:
    cases = [
        ({"grant_type": "client_credentials", "client_id": "app"}, 401, "invalid_client"),
        (
            {"grant_type": "client_credentials", "client_id": "x", "client_secret": "s3cret"},
            401,
            "invalid_client",
        ),
        ({"grant_type": "password", "client_id": "app"}, 400, "unsupported_grant_type"),
        (
            {"grant_type": "refresh_token", "client_id": "app", "client_secret": "s3cret"},
            400,
            "invalid_request",
        ),
        (
            {
                "grant_type": "refresh_token",
                "refresh_token": "rt_never_issued",
                "client_id": "app",
                "client_secret": "s3cret",
            },
            400,
            "invalid_grant",
        ),
    ]
    for form, status, error in cases:
        response = await enforced.post(TOKEN, data=form)
        assert (response.status_code, response.json()["error"]) == (status, error), form
        assert "s3cret" not in response.text
    as_json = await enforced.post(TOKEN, json={"grant_type": "client_credentials"})
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"
    unknown = await enforced.get("/api/entries", headers={"Authorization": "Bearer made_up"})
    assert unknown.status_code == 401


async def test_refresh_tokens_rotate(enforced: httpx.AsyncClient) -> None:
    client = {"client_id": "app", "client_secret": "s3cret"}
    login = await enforced.post(
        TOKEN, data={"grant_type": "authorization_code", "code": "c", **client}
    )
    first = login.json()["refresh_token"]
    renewed = await enforced.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": first, **client}
    )
    assert renewed.status_code == 200 and renewed.json()["refresh_token"] != first
    again = await enforced.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": first, **client}
    )
    assert again.json()["error"] == "invalid_grant"
    tokens = enforced._transport.app.state.mock.tokens  # type: ignore[attr-defined]
    assert dict(tokens.requests) == {"authorization_code": 1, "refresh_token": 2}


async def test_without_clients_anyone_gets_a_token_and_any_token_passes(
    open_mock: httpx.AsyncClient,
) -> None:
    response = await open_mock.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": "anyone"}
    )
    assert response.status_code == 200
    refreshed = await open_mock.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": "whatever"}
    )
    assert refreshed.status_code == 200
    api = await open_mock.get("/api/entries", headers={"Authorization": "Bearer made_up"})
    assert api.status_code == 200


async def test_a_configured_credential_enforces_the_scheme() -> None:
    async for client in _client(credentials={"ledgerAuth": "static-token"}):
        ok = await client.get("/api/entries", headers={"Authorization": "Bearer static-token"})
        assert ok.status_code == 200
        issued = await client.post(
            TOKEN, data={"grant_type": "client_credentials", "client_id": "a"}
        )
        token = issued.json()["access_token"]
        ok = await client.get("/api/entries", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200
        other = await client.get("/api/entries", headers={"Authorization": "Bearer other"})
        assert other.status_code == 401


def test_oauth_client_options_are_checked_without_echoing_the_secret() -> None:
    assert read_oauth_clients(["app:s3:cret", "b:x"]) == {"app": "s3:cret", "b": "x"}
    for bad in ("app", ":s3cret", "app:"):
        with pytest.raises(ValueError) as info:
            read_oauth_clients([bad])
        assert "s3cret" not in str(info.value)
