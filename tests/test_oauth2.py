"""OAuth 2 flows of a generated client against the mock's token endpoint, over real sockets
on 127.0.0.1, sync and async: client credentials fetched once and cached, renewed on
expiry, a 401 renewed once and the call retried once, token providers, one token request
for many concurrent calls, nothing sent cross-origin and no secret in any text."""

from __future__ import annotations

import asyncio
import http.server
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trio

from generator.mock import MockServer, create_app
from tests.conftest import FIXTURES, generated_package, load_generated

SPEC = FIXTURES / "mock" / "oauth2.yaml"
CLIENT_ID, CLIENT_SECRET = "ledger-app", "cs_very_secret_value"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_package(tmp_path_factory.mktemp("oauth2"), SPEC, "ledger") as (_, built):
        yield built


def _serve(lifetime: float = 3600.0, **options: Any) -> MockServer:
    app = create_app(
        SPEC, oauth_clients={CLIENT_ID: CLIENT_SECRET}, token_lifetime=lifetime, **options
    )
    return MockServer(app).start()


@pytest.fixture
def mock() -> Iterator[MockServer]:
    server = _serve()
    yield server
    server.stop()


def _grants(server: MockServer) -> dict[str, int]:
    return dict(server.app.state.mock.tokens.requests)


def _issued(server: MockServer) -> list[str]:
    return list(server.app.state.mock.tokens._access)


class Seen:
    """Every request an httpx client sends (its event hook), sync or async."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def to(self, path_end: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(path_end)]


def _sync(ledger: Any, server: MockServer, seen: Seen | None = None, **kwargs: Any) -> Any:
    hooks = {"request": [seen]} if seen else {}
    kwargs.setdefault("client_id", CLIENT_ID)
    kwargs.setdefault("client_secret", CLIENT_SECRET)
    return ledger.LedgerOAuthFixture(
        base_url=server.url + "/api", http_client=httpx.Client(event_hooks=hooks), **kwargs
    )


def _async(ledger: Any, server: MockServer, seen: Seen | None = None, **kwargs: Any) -> Any:
    hooks = {"request": [seen.hook]} if seen else {}
    kwargs.setdefault("client_id", CLIENT_ID)
    kwargs.setdefault("client_secret", CLIENT_SECRET)
    return ledger.AsyncLedgerOAuthFixture(
        base_url=server.url + "/api", http_client=httpx.AsyncClient(event_hooks=hooks), **kwargs
    )


def _authorization_code(server: MockServer) -> dict[str, Any]:
    """What a user's login gives an app: an access token and a refresh token."""
    response = httpx.post(
        server.url + "/api/oauth/token",
        data={"grant_type": "authorization_code", "code": "from-the-login-page"},
        auth=(CLIENT_ID, CLIENT_SECRET),
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


# --- the wire model and the generated client ------------------------------------------


def test_the_wire_model_carries_each_declared_flow() -> None:
    from generator.load import load_spec
    from generator.wire.build import build_wire

    scheme = build_wire(load_spec(SPEC)).schemes["ledgerAuth"]
    assert [flow.name for flow in scheme.flows] == ["clientCredentials", "authorizationCode"]
    client = scheme.flow("clientCredentials")
    assert client is not None and client.token_url == "oauth/token"
    assert client.scopes == ("entries.read", "entries.write") and not client.refreshable
    assert scheme.refresh_flow is scheme.flow("authorizationCode")


def test_outreach_client_takes_the_refresh_token_flow() -> None:
    outreach = load_generated("outreach")
    flows = outreach._client.SECURITY_SCHEMES["outreachOAuth"].oauth
    # Outreach declares the authorization code flow only: refresh, no client credentials.
    assert flows.token_url is None
    assert flows.refresh_url == "https://api.outreach.io/oauth/token"
    assert flows.refresh_token == "refresh_token"
    readme = (load_generated("outreach").__file__).rsplit("/", 2)[0] + "/README.md"
    with open(readme, encoding="utf-8") as file:
        text = file.read()
    assert "refresh_token=" in text and "OUTREACH_REFRESH_TOKEN" in text


# --- client credentials ------------------------------------------------------------------


def test_client_credentials_token_is_fetched_once_and_cached(ledger: Any, mock: MockServer) -> None:
    seen = Seen()
    client = _sync(ledger, mock, seen)
    for _ in range(3):
        assert client.entries.list()
    assert _grants(mock) == {"client_credentials": 1}
    (token_request,) = seen.to("/oauth/token")
    assert token_request.content == (
        b"grant_type=client_credentials&client_id=ledger-app&client_secret=cs_very_secret_value"
    )
    assert "authorization" not in token_request.headers  # the token endpoint gets no token
    (issued,) = _issued(mock)
    assert [r.headers["authorization"] for r in seen.to("/entries")] == [f"Bearer {issued}"] * 3


async def test_async_client_credentials_token_is_fetched_once_and_cached(
    ledger: Any, mock: MockServer
) -> None:
    seen = Seen()
    client = _async(ledger, mock, seen)
    for _ in range(3):
        assert await client.entries.list()
    assert _grants(mock) == {"client_credentials": 1}
    (issued,) = _issued(mock)
    assert {r.headers["authorization"] for r in seen.to("/entries")} == {f"Bearer {issued}"}


def test_an_expiring_token_is_renewed_before_it_expires(ledger: Any) -> None:
    server = _serve(lifetime=1.0)
    try:
        client = _sync(ledger, server)
        client.entries.list()
        client.entries.list()
        assert _grants(server) == {"client_credentials": 1}
        # Renewed a tenth of its lifetime early: at 0.95 s the mock would still take it.
        time.sleep(0.95)
        client.entries.list()
        assert _grants(server) == {"client_credentials": 2}
    finally:
        server.stop()


async def test_async_expiring_token_is_renewed(ledger: Any) -> None:
    server = _serve(lifetime=0.5)
    try:
        client = _async(ledger, server)
        await client.entries.list()
        await asyncio.sleep(0.5)
        await client.entries.list()
        assert _grants(server) == {"client_credentials": 2}
    finally:
        server.stop()


# --- refresh tokens and 401s -------------------------------------------------------------


def test_a_refused_token_is_refreshed_once_and_the_call_retried_once(
    ledger: Any, mock: MockServer
) -> None:
    login = _authorization_code(mock)
    seen = Seen()
    # An access token the API no longer takes, and the refresh token of the login.
    client = _sync(
        ledger, mock, seen, access_token="at_revoked", refresh_token=login["refresh_token"]
    )
    assert client.entries.create(amount=5).amount is not None
    assert [r.url.path for r in seen.requests] == [
        "/api/entries",
        "/api/oauth/token",
        "/api/entries",
    ]
    assert _grants(mock) == {"authorization_code": 1, "refresh_token": 1}
    # The refresh token was rotated: the client keeps the new one for the next refresh.
    assert seen.requests[1].content.startswith(b"grant_type=refresh_token&client_id=ledger-app")


async def test_async_refused_token_is_refreshed_once(ledger: Any, mock: MockServer) -> None:
    login = _authorization_code(mock)
    seen = Seen()
    client = _async(
        ledger, mock, seen, access_token="at_revoked", refresh_token=login["refresh_token"]
    )
    await client.entries.list()
    assert [r.url.path for r in seen.requests] == [
        "/api/entries",
        "/api/oauth/token",
        "/api/entries",
    ]


def test_a_second_401_is_not_retried_again(ledger: Any, mock: MockServer) -> None:
    seen = Seen()
    # Every API answer is a 401 (an injected fault): one renewal, one retry, then the error.
    client = _sync(ledger, mock, seen, default_headers={"X-Mock-Fault": "status=401"})
    with pytest.raises(ledger.AuthenticationError) as info:
        client.entries.list()
    assert not isinstance(info.value, ledger.OAuthTokenError)
    assert [r.url.path for r in seen.requests] == [
        "/api/oauth/token",
        "/api/entries",
        "/api/oauth/token",
        "/api/entries",
    ]
    assert "x-mock-fault" not in seen.requests[0].headers  # the token request is its own


async def test_async_second_401_is_not_retried_again(ledger: Any, mock: MockServer) -> None:
    seen = Seen()
    client = _async(ledger, mock, seen, default_headers={"X-Mock-Fault": "status=401"})
    with pytest.raises(ledger.AuthenticationError):
        await client.entries.list()
    assert len(seen.to("/entries")) == 2 and len(seen.to("/oauth/token")) == 2


def test_refresh_tokens_keep_working_across_expiry_and_rotation(ledger: Any) -> None:
    server = _serve(lifetime=0.5)
    try:
        login = _authorization_code(server)
        client = _sync(ledger, server, refresh_token=login["refresh_token"])
        for _ in range(3):
            client.entries.list()
            time.sleep(0.5)
        # Each refresh used the refresh token the previous one returned (the mock rotates
        # them and refuses a used one).
        assert _grants(server) == {"authorization_code": 1, "refresh_token": 3}
    finally:
        server.stop()


def test_token_endpoint_errors_are_typed_and_hold_no_secret(
    ledger: Any, mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = _sync(ledger, mock, client_secret="cs_the_wrong_secret")
    with pytest.raises(ledger.OAuthTokenError) as info:
        client.entries.list()
    error = info.value
    assert (error.error, error.status_code) == ("invalid_client", 401)
    assert isinstance(error, ledger.AuthenticationError)
    texts = [str(error), repr(error), str(error.body), str(error.url), repr(client)]
    texts += [record.getMessage() for record in caplog.records]
    assert not [text for text in texts if "cs_the_wrong_secret" in text]

    used = _sync(ledger, mock, refresh_token="rt_unknown")
    with pytest.raises(ledger.OAuthTokenError) as info:
        used.entries.list()
    assert info.value.error == "invalid_grant" and "rt_unknown" not in str(info.value)


def test_no_token_or_secret_in_repr_or_logs(
    ledger: Any, mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    login = _authorization_code(mock)
    client = _sync(ledger, mock, access_token="at_revoked", refresh_token=login["refresh_token"])
    client.entries.list()
    secrets = [CLIENT_SECRET, login["refresh_token"], "at_revoked", *_issued(mock)]
    texts = [repr(client)] + [record.getMessage() for record in caplog.records]
    assert any("oauth/token" in text for text in texts)  # the token request is logged
    for secret in secrets:
        assert not [text for text in texts if secret in text], secret
    assert repr(client).endswith(
        "access_token=***, client_id=***, client_secret=***, refresh_token=***))"
    )


# --- token providers ---------------------------------------------------------------------


def test_a_token_provider_is_asked_before_each_call_and_after_a_401(
    ledger: Any, mock: MockServer
) -> None:
    good = _authorization_code(mock)["access_token"]
    given = iter(["at_stale", good, good])
    client = _sync(
        ledger, mock, client_id=None, client_secret=None, token_provider=lambda: next(given)
    )
    client.entries.list()  # at_stale -> 401 -> the provider again -> good
    client.entries.list()
    assert next(given, None) is None


async def test_async_token_provider_may_be_a_coroutine_function(
    ledger: Any, mock: MockServer
) -> None:
    good = _authorization_code(mock)["access_token"]
    calls: list[int] = []

    async def provider() -> str:
        calls.append(1)
        return "at_stale" if len(calls) == 1 else good

    client = _async(ledger, mock, client_id=None, client_secret=None, token_provider=provider)
    await client.entries.list()
    await client.entries.list()
    assert len(calls) == 3
    plain = _async(ledger, mock, client_id=None, client_secret=None, token_provider=lambda: good)
    assert await plain.entries.list()


# --- concurrency -------------------------------------------------------------------------


def test_twenty_threads_cause_one_token_request(ledger: Any, mock: MockServer) -> None:
    client = _sync(ledger, mock)
    barrier = threading.Barrier(20)
    failures: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            client.entries.list()
        except BaseException as exc:  # reported below, with the others
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert _grants(mock) == {"client_credentials": 1}


async def test_twenty_concurrent_tasks_cause_one_token_request(
    ledger: Any, mock: MockServer
) -> None:
    client = _async(ledger, mock)
    await asyncio.gather(*(client.entries.list() for _ in range(20)))
    assert _grants(mock) == {"client_credentials": 1}


def test_twenty_trio_tasks_cause_one_token_request(ledger: Any, mock: MockServer) -> None:
    async def main() -> None:
        client = ledger.AsyncLedgerOAuthFixture(
            base_url=mock.url + "/api", client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )
        async with trio.open_nursery() as nursery:
            for _ in range(20):
                nursery.start_soon(client.entries.list)
        await client.close()

    trio.run(main)
    assert _grants(mock) == {"client_credentials": 1}


# --- origins -----------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A host of its own: records each request's headers; redirects when told to."""

    seen: list[dict[str, str]]
    location: str | None = None

    def do_GET(self) -> None:
        self.seen.append({k.lower(): v for k, v in self.headers.items()})
        if self.location:
            self.send_response(302)
            self.send_header("Location", self.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _host(
    location: str | None = None,
) -> tuple[http.server.ThreadingHTTPServer, list[dict[str, str]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen, "location": location})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


def test_the_access_token_never_follows_a_redirect_to_another_origin(
    ledger: Any, mock: MockServer
) -> None:
    other, other_seen = _host()
    api, api_seen = _host(location=f"http://127.0.0.1:{other.server_address[1]}/api/entries")
    try:
        client = ledger.LedgerOAuthFixture(
            base_url=f"http://127.0.0.1:{api.server_address[1]}/api",
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            token_url=mock.url + "/api/oauth/token",
        )
        assert client.entries.list() == []
        (issued,) = _issued(mock)
        assert api_seen[0]["authorization"] == f"Bearer {issued}"
        assert len(other_seen) == 1 and "authorization" not in other_seen[0]
    finally:
        api.shutdown()
        other.shutdown()


def test_a_token_url_on_another_origin_gets_only_the_token_request(
    ledger: Any, mock: MockServer
) -> None:
    issuer = _serve()  # the token endpoint on an origin of its own
    api = MockServer(create_app(SPEC)).start()  # takes any token: the issuer is not it
    try:
        seen = Seen()
        client = _sync(
            ledger,
            api,
            seen,
            token_url=issuer.url + "/api/oauth/token",
            default_headers={"X-Tenant": "t-secret-header"},
        )
        client.entries.list()
        client.entries.list()
        to_issuer = [r for r in seen.requests if r.url.port == issuer.port]
        assert [r.url.path for r in to_issuer] == ["/api/oauth/token"]
        assert "x-tenant" not in to_issuer[0].headers  # the client's headers stay with it
        assert _grants(issuer) == {"client_credentials": 1} and _grants(api) == {}
        (issued,) = _issued(issuer)
        assert {r.headers["authorization"] for r in seen.to("/entries")} == {f"Bearer {issued}"}
    finally:
        api.stop()
        issuer.stop()


def test_credentials_come_from_the_environment(
    ledger: Any, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGER_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("LEDGER_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("LEDGER_TOKEN_URL", mock.url + "/api/oauth/token")
    client = ledger.LedgerOAuthFixture(base_url="http://127.0.0.1:9/unused")
    assert client._client._auth._parts["ledgerAuth"].tokens.grant == "client_credentials"
    assert str(client._client._auth._parts["ledgerAuth"].tokens._url).startswith(mock.url)


def test_outreach_refreshes_against_the_mock_token_endpoint() -> None:
    outreach = load_generated("outreach")
    spec = FIXTURES.parent.parent / "specs" / "outreach.yaml"
    server = MockServer(create_app(spec, oauth_clients={"app": "s3cret"})).start()
    try:
        login = httpx.post(
            server.url + "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": "c",
                "client_id": "app",
                "client_secret": "s3cret",
            },
        ).json()
        client = outreach.Outreach(
            base_url=server.url + "/api/v2",
            client_id="app",
            client_secret="s3cret",
            refresh_token=login["refresh_token"],
            token_url=server.url + "/oauth/token",
        )
        client.accounts.list()
        assert _grants(server) == {"authorization_code": 1, "refresh_token": 1}
    finally:
        server.stop()


def test_missing_credentials_name_the_oauth_arguments(ledger: Any, mock: MockServer) -> None:
    client = _sync(ledger, mock, client_id=None, client_secret=None)
    with pytest.raises(ledger.MissingCredentialsError) as info:
        client.entries.list()
    assert "pass access_token (or client_id and client_secret or refresh_token)" in str(info.value)
