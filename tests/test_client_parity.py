"""Issue 20's client features end to end: the client generated from
tests/fixtures/mock/pets30.yaml against the real mock on 127.0.0.1, sync and async:
multipart date-time parts, rate limits and request ids on responses and errors, per-call
idempotency keys (one key across every retry), extra_body; placeholder server variables
(Pro Pipe Lines' ``{slug}``) refused before any request."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.analyze import is_placeholder
from generator.generate import build
from generator.mock import MockServer, create_app
from generator.write import write_output
from tests.conftest import FIXTURES, load_generated

SPEC = FIXTURES / "mock" / "pets30.yaml"
WHEN = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The client generated from the fixture, imported."""
    out = tmp_path_factory.mktemp("parity")
    _, files = build(SPEC, "paritypets")
    write_output(out, files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("paritypets_client")
    finally:
        sys.path.remove(str(out))


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
        seen.clear()
        # A POST is not retried on a 503 without Retry-After: it may have been performed.
        with pytest.raises(package.InternalServerError):
            result = call(name="Tom", extra_headers=failing)
            if not isinstance(result, package.Pet):
                await result
        assert len(seen) == 1 and "idempotency-key" not in seen[0].headers
        seen.clear()
        # With a key the server can tell a retry from a new call, so it is retried, and
        # every attempt carries the same key.
        with pytest.raises(package.InternalServerError):
            result = call(name="Tom", extra_headers=failing, idempotency_key="key-1")
            if not isinstance(result, package.Pet):
                await result
        assert [r.headers["idempotency-key"] for r in seen] == ["key-1"] * 3
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
