"""Issue 20's client features end to end: the client generated from
tests/fixtures/mock/pets30.yaml against the real mock on 127.0.0.1, sync and async:
multipart date-time parts, rate limits and request ids on responses and errors, idempotency
keys (one per call, the same across its retries; the property that a POST whose answer is
lost to a connection reset creates exactly one record), extra_body; placeholder server
variables (Pro Pipe Lines' ``{slug}``) refused before any request."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.analyze import is_placeholder
from generator.mock import MockServer, create_app
from tests.conftest import FIXTURES, generated_package, load_generated

SPEC = FIXTURES / "mock" / "pets30.yaml"
# No shrinking: every example is a few real requests, and a failure shows its inputs anyway.
PHASES = (Phase.explicit, Phase.reuse, Phase.generate)
WHEN = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The client generated from the fixture, imported."""
    with generated_package(tmp_path_factory.mktemp("parity"), SPEC, "paritypets") as (_, built):
        yield built


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(create_app(SPEC, stateful=True, seed=5)) as running:
        yield running


def _clients(package: Any, server: MockServer, seen: list[httpx.Request]) -> tuple[Any, Any]:
    """A sync and an async client of the mock recording every request they send."""

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    common = {"base_url": server.url + "/v2", "api_key": "k", "max_retries": 2}
    sync = package.Client(
        http_client=httpx.Client(event_hooks={"request": [seen.append]}), **common
    )
    asynchronous = package.AsyncClient(
        http_client=httpx.AsyncClient(event_hooks={"request": [record]}), **common
    )
    return sync, asynchronous


def _part(request: httpx.Request, name: str) -> bytes:
    marker = f'name="{name}"\r\n\r\n'.encode()
    body = request.read()
    start = body.index(marker) + len(marker)
    return body[start : body.index(b"\r\n", start)]


async def test_multipart_date_time_part_is_iso_text(package: Any, server: MockServer) -> None:
    seen: list[httpx.Request] = []
    sync, asynchronous = _clients(package, server, seen)
    first = sync.pets.upload_photo(1, file=("a.png", b"png"), taken_at=WHEN)
    second = await asynchronous.pets.upload_photo(1, file=("a.png", b"png"), taken_at=WHEN)
    assert first.size > 0 and second.size > 0
    assert [_part(r, "taken_at") for r in seen] == [b"2024-01-02T03:04:05+00:00"] * 2
    sync.close()
    await asynchronous.close()


async def test_rate_limit_and_request_id_on_errors_and_raw_responses(
    package: Any, server: MockServer
) -> None:
    seen: list[httpx.Request] = []
    sync, asynchronous = _clients(package, server, seen)
    fault = {
        "extra_headers": {"X-Mock-Fault": "status=429;retry-after=0"},
        "max_retries": 0,
    }
    with pytest.raises(package.RateLimitError) as caught:
        sync.pets.get(1, **fault)
    assert caught.value.rate_limit == package.RateLimit(retry_after=0.0)
    with pytest.raises(package.RateLimitError) as async_caught:
        await asynchronous.pets.get(1, **fault)
    assert async_caught.value.rate_limit.retry_after == 0.0
    raw = sync.pets.with_raw_response.list()
    # The mock sends neither header unasked: every field stays None, nothing is invented.
    assert raw.status_code == 200 and raw.rate_limit == package.RateLimit()
    assert raw.request_id is None
    sync.close()
    await asynchronous.close()


def test_rate_limit_headers_parsed() -> None:
    from specforge_runtime._exceptions import request_id_of
    from specforge_runtime._ratelimit import RateLimit, parse_rate_limit

    now = int(dt.datetime.now(dt.UTC).timestamp())
    github = httpx.Headers(
        {"X-RateLimit-Limit": "5000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(now)}
    )
    parsed = parse_rate_limit(github)
    assert (parsed.limit, parsed.remaining) == (5000, 0)
    assert parsed.reset is not None and 0.0 <= parsed.reset < 5.0
    draft = httpx.Headers(
        {"RateLimit-Limit": "100, 100;w=60", "RateLimit-Remaining": "7", "RateLimit-Reset": "30"}
    )
    assert parse_rate_limit(draft) == RateLimit(limit=100, remaining=7, reset=30.0)
    junk = httpx.Headers({"RateLimit-Limit": "-1", "Retry-After": "nan"})
    assert parse_rate_limit(junk) == RateLimit()
    assert request_id_of(httpx.Headers({"Request-Id": "req_1"})) == "req_1"
    assert request_id_of(httpx.Headers({})) is None


async def test_idempotency_key_is_reused_across_retries(package: Any, server: MockServer) -> None:
    seen: list[httpx.Request] = []
    sync, asynchronous = _clients(package, server, seen)
    failing = {"X-Mock-Fault": "status=503"}
    for call in (sync.pets.create, asynchronous.pets.create):
        keys: list[list[str]] = []
        for chosen in ({}, {}, {"idempotency_key": "key-1"}):
            seen.clear()
            # createPet declares x-idempotency-key, so this POST is retried on a 503: every
            # attempt carries the call's one key (generated, or the caller's).
            with pytest.raises(package.InternalServerError):
                result = call(name="Tom", extra_headers=failing, **chosen)
                if not isinstance(result, package.Pet):
                    await result
            keys.append([r.headers["idempotency-key"] for r in seen])
        assert [len(attempts) for attempts in keys] == [3, 3, 3]
        assert all(len(set(attempts)) == 1 for attempts in keys)
        assert keys[0][0] != keys[1][0]  # a new key per call
        assert keys[2][0] == "key-1"
    sync.close()
    await asynchronous.close()


async def test_extra_body_fields_reach_the_server(package: Any, server: MockServer) -> None:
    seen: list[httpx.Request] = []
    sync, asynchronous = _clients(package, server, seen)
    created = sync.pets.create(name="Tom", extra_body={"age": 4})
    assert created.age == 4
    async_created = await asynchronous.pets.create(name="Kit", extra_body={"nickname": "k"})
    assert async_created.nickname == "k"
    assert b'"age":4' in seen[0].read().replace(b" ", b"")
    # Multipart and form bodies are objects too.
    sync.pets.upload_photo(created.id, file=("a", b"a"), extra_body={"caption": "hi"})
    assert _part(seen[-1], "caption") == b"hi"
    sync.close()
    await asynchronous.close()


@pytest.mark.parametrize(
    ("default", "placeholder"),
    [
        ("YOUR_SLUG_HERE", True),
        ("your-domain", True),
        ("<tenant>", True),
        ("{account}", True),
        ("", True),
        ("eu", False),
        ("api", False),
        ("flavour", False),
    ],
)
def test_placeholder_rule(default: str, placeholder: bool) -> None:
    assert is_placeholder(default) is placeholder


async def test_placeholder_server_variable_must_be_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    propipelines = load_generated("propipelines")
    monkeypatch.delenv("PROPIPELINES_SLUG", raising=False)
    for client_class in (propipelines.Client, propipelines.AsyncClient):
        with pytest.raises(ValueError, match="PROPIPELINES_SLUG") as caught:
            client_class(api_key="k")
        assert "slug" in str(caught.value) and "YOUR_SLUG_HERE" in str(caught.value)
        # base_url makes the variable moot (as when pointing the client at a mock).
        assert client_class(api_key="k", base_url="http://127.0.0.1:9").base_url
    monkeypatch.setenv("PROPIPELINES_SLUG", "acme")
    sync, asynchronous = propipelines.Client(api_key="k"), propipelines.AsyncClient(api_key="k")
    assert sync.base_url == asynchronous.base_url == "https://acme.propipelines.com/api/v2"
    assert propipelines.Client(api_key="k", slug="beta").base_url.startswith("https://beta.")
    sync.close()
    await asynchronous.close()


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), phases=PHASES)
@given(
    name=st.from_regex(r"[A-Z][a-z]{1,10}", fullmatch=True),
    age=st.integers(min_value=0, max_value=30),
    asynchronous=st.booleans(),
)
def test_post_retried_after_a_connection_reset_creates_one_record(
    package: Any, server: MockServer, name: str, age: int, asynchronous: bool
) -> None:
    """The mock performs the first attempt, then resets the connection (`reset-after`): the
    client never sees the answer and retries with the same key; the mock replays the first
    answer instead of creating a second pet."""
    attempts: list[str] = []  # the idempotency key of each attempt

    def lose_first_answer(request: httpx.Request) -> None:
        attempts.append(request.headers["idempotency-key"])
        # A retry re-sends the same request object: only the first attempt is faulted.
        if len(attempts) == 1:
            request.headers["X-Mock-Fault"] = "reset-after"
        else:
            del request.headers["X-Mock-Fault"]

    async def async_lose_first_answer(request: httpx.Request) -> None:
        lose_first_answer(request)

    options = {"base_url": server.url + "/v2", "api_key": "k", "max_retries": 2}
    with package.Client(**options) as plain:
        before = plain.pets.list(limit=1).response.total
    if asynchronous:

        async def create() -> Any:
            hooks = {"request": [async_lose_first_answer]}
            async with package.AsyncClient(
                http_client=httpx.AsyncClient(event_hooks=hooks), **options
            ) as client:
                return await client.pets.create(name=name, age=age)

        created = asyncio.run(create())
    else:
        hooks = {"request": [lose_first_answer]}
        with package.Client(http_client=httpx.Client(event_hooks=hooks), **options) as client:
            created = client.pets.create(name=name, age=age)
    assert len(attempts) == 2 and attempts[0] == attempts[1]
    with package.Client(**options) as plain:
        after = plain.pets.list(limit=50)
        assert after.response.total == before + 1
        assert [pet.id for pet in after if pet.name == name and pet.age == age][-1:] == [created.id]
    assert (created.name, created.age) == (name, age)


async def test_stateful_mock_replays_a_repeated_key() -> None:
    app = create_app(SPEC, stateful=True, seed=5)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://pets.test/v2") as c:
        params = {"api_key": "k"}
        before = (await c.get("/pets", params={"limit": "1"})).json()["total"]
        key = {"Idempotency-Key": "k-1"}
        first = await c.post("/pets", params=params, json={"name": "Tom"}, headers=key)
        again = await c.post("/pets", params=params, json={"name": "Tom"}, headers=key)
        assert first.status_code == again.status_code == 201
        assert first.json() == again.json()
        other = await c.post("/pets", params=params, json={"name": "Rex"}, headers=key)
        assert other.status_code == 422 and "Idempotency-Key" in other.text
        unkeyed = [await c.post("/pets", params=params, json={"name": "Kit"}) for _ in "ab"]
        assert unkeyed[0].json()["id"] != unkeyed[1].json()["id"]
        after = (await c.get("/pets", params={"limit": "1"})).json()["total"]
        assert after == before + 3
        bad = await c.post("/pets", params=params, headers={"X-Mock-Fault": "reset-after=1"})
        assert bad.status_code == 400 and "reset-after" in bad.text


async def test_with_options_shares_the_pool(package: Any, server: MockServer) -> None:
    seen: list[httpx.Request] = []
    sync, asynchronous = _clients(package, server, seen)
    for client in (sync, asynchronous):
        seen.clear()
        patient = client.with_options(timeout=7.0, max_retries=0)
        assert patient._client._client is client._client._client  # one connection pool
        assert patient._client._max_retries == 0 and client._client._max_retries == 2
        with pytest.raises(package.InternalServerError):
            result = patient.pets.create(name="Tom", extra_headers={"X-Mock-Fault": "status=503"})
            if not isinstance(result, package.Pet):
                await result
        assert len(seen) == 1  # max_retries=0: not retried though keyed
        assert seen[0].extensions["timeout"]["read"] == 7.0
        elsewhere = client.with_options(base_url="http://127.0.0.1:9/v2")
        assert elsewhere.base_url == "http://127.0.0.1:9/v2" != client.base_url
        if client is sync:
            patient.close()
            # The pool is still open.
            assert client.health.health() == "ok"
        else:
            await patient.close()
            assert await client.health.health() == "ok"
    sync.close()
    await asynchronous.close()
