"""Issue 20's quota features end to end: the client generated from
tests/fixtures/mock/quota.yaml against ``mock --rate-limit`` on 127.0.0.1, sync and async
(and trio): the client-side limiter keeps under the mock's quota (no 429 with it, a 429
without), slows down when the server says its budget is spent, ``idempotency_keys=
"all-posts"`` keys and retries POSTs the spec does not key, and ``request_id`` reads the
spec's declared header. Also the mock's quota on its own and the extensions' checks."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trio

from generator.load import load_spec
from generator.mock import MockServer, create_app
from generator.mock.quota import RateLimiter, parse_rate_limit
from generator.validate import validate_spec
from generator.wire.build import build_wire, request_id_header
from tests.conftest import FIXTURES, ROOT, generated_package

SPEC = FIXTURES / "mock" / "quota.yaml"
TOKEN = {"Authorization": "Bearer t-1"}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_package(tmp_path_factory.mktemp("quota"), SPEC, "quotanotes") as (_, built):
        yield built


def _served(rate_limit: str, stateful: bool = False) -> MockServer:
    return MockServer(create_app(SPEC, rate_limit=rate_limit, stateful=stateful, seed=1))


def _client(package: Any, server: MockServer, asynchronous: bool = False, **options: Any) -> Any:
    kind = package.AsyncClient if asynchronous else package.Client
    return kind(base_url=server.url + "/v1", api_key="t-1", **options)


# --- the limiter against the mock's quota ------------------------------------------------


def test_limiter_keeps_under_the_mock_quota_sync(package: Any) -> None:
    with _served("4/s") as server:
        client = _client(package, server, max_retries=0, quota=package.Quota(4, per="second"))
        started = time.monotonic()
        for _ in range(9):  # three windows' worth: 4 + 4 + 1
            client.notes.list()
        assert time.monotonic() - started >= 2.0
        client.close()


async def test_limiter_keeps_under_the_mock_quota_async(package: Any) -> None:
    with _served("4/s") as server:
        client = _client(
            package, server, asynchronous=True, max_retries=0, quota=package.Quota(4, "second")
        )
        started = time.monotonic()
        # Concurrent calls take their slots one by one, as sequential ones do.
        await asyncio.gather(*(client.notes.list() for _ in range(9)))
        assert time.monotonic() - started >= 2.0
        await client.close()


async def test_without_the_limiter_the_mock_answers_429_with_its_headers(package: Any) -> None:
    with _served("4/minute") as server:
        for asynchronous in (False, True):
            # Each client its own credential, so its own window.
            kind = package.AsyncClient if asynchronous else package.Client
            client = kind(base_url=server.url + "/v1", api_key=f"k-{asynchronous}", max_retries=0)
            with pytest.raises(package.RateLimitError) as caught:
                for _ in range(5):
                    result = client.notes.list()
                    if asynchronous:
                        await result
            limit = caught.value.rate_limit
            assert (limit.limit, limit.remaining) == (4, 0)
            assert limit.retry_after is not None and 50 <= limit.retry_after <= 60
            # The spec declares X-RateLimit-* headers, so the mock sends those too.
            assert caught.value.headers["x-ratelimit-limit"] == "4"
            reset = int(caught.value.headers["x-ratelimit-reset"])
            assert 50 <= reset - time.time() <= 61  # a Unix time, as GitHub's
            if asynchronous:
                await client.close()
            else:
                client.close()


def test_success_responses_carry_the_quota_headers(package: Any) -> None:
    with _served("10/minute") as server:
        client = _client(package, server)
        first = client.notes.with_raw_response.list()
        second = client.notes.with_raw_response.list()
        assert (first.rate_limit.limit, first.rate_limit.remaining) == (10, 9)
        assert second.rate_limit.remaining == 8
        assert second.rate_limit.reset is not None and 0 < second.rate_limit.reset <= 60
        client.close()


def test_server_says_the_budget_is_spent_and_the_limiter_waits(package: Any) -> None:
    with _served("3/s") as server:
        # A generous quota of its own: only the server's Remaining: 0 and reset slow it.
        client = _client(package, server, max_retries=0, quota=package.Quota(1000, "second"))
        started = time.monotonic()
        for _ in range(6):
            client.notes.list()
        # The response that spends the budget says "reset in 1 s" (whole seconds, rounded up).
        assert time.monotonic() - started >= 1.0
        client.close()


async def test_retry_after_holds_every_later_call(package: Any) -> None:
    with _served("1000/s") as server:
        for asynchronous in (False, True):
            client = _client(
                package, server, asynchronous=asynchronous, max_retries=0, quota=package.Quota(1000)
            )
            fault = {"extra_headers": {"X-Mock-Fault": "status=429;retry-after=1"}}
            started = time.monotonic()
            with pytest.raises(package.RateLimitError):
                result = client.notes.list(**fault)
                if asynchronous:
                    await result
            # The next call waits until a second after the 429 arrived.
            result = client.notes.list()
            if asynchronous:
                await result
                await client.close()
            else:
                client.close()
            assert time.monotonic() - started >= 1.0


def test_max_wait_raises_instead_of_waiting(package: Any) -> None:
    seen: list[httpx.Request] = []
    with _served("1000/s") as server:
        client = _client(
            package,
            server,
            http_client=httpx.Client(event_hooks={"request": [seen.append]}),
            quota=package.Quota(1, per="day", max_wait=5),
        )
        client.notes.list()
        with pytest.raises(package.QuotaExceededError) as caught:
            client.notes.list()
        assert caught.value.wait > 86000
        assert caught.value.method == "GET" and caught.value.url.endswith("/v1/notes")
        assert len(seen) == 1  # nothing was sent for the refused call
        # A copy shares its client's budget.
        with pytest.raises(package.QuotaExceededError):
            client.with_options(timeout=5).notes.list()
        client.close()


def test_limiter_works_under_trio(package: Any) -> None:
    with _served("2/s") as server:

        async def main() -> float:
            client = _client(package, server, asynchronous=True, quota=package.Quota(2, "second"))
            started = time.monotonic()
            async with trio.open_nursery() as nursery:
                for _ in range(3):
                    nursery.start_soon(client.notes.list)
            await client.close()
            return time.monotonic() - started

        assert trio.run(main) >= 1.0


def test_documented_quota_and_option_checks(package: Any) -> None:
    assert repr(package.DOCUMENTED_QUOTA) == "Quota(5, per='second')"
    for bad in ((0,), (True,), (5, "fortnight"), (5, 0), (5, float("nan"))):
        with pytest.raises(ValueError):
            package.Quota(*bad)
    with pytest.raises(ValueError, match="max_wait"):
        package.Quota(5, max_wait=-1)
    with pytest.raises(ValueError, match="idempotency_keys"):
        package.Client(api_key="t", idempotency_keys="posts")
    with pytest.raises(TypeError, match="quota"):
        package.Client(api_key="t", quota=5)


# --- client-wide idempotency keys --------------------------------------------------------


async def test_all_posts_option_keys_and_retries_unkeyed_posts(package: Any) -> None:
    failing = {"extra_headers": {"X-Mock-Fault": "status=503"}}
    with _served("1000/s") as server:
        for asynchronous in (False, True):
            for option, attempts in (("declared", 1), ("all-posts", 3)):
                seen: list[httpx.Request] = []

                async def record(request: httpx.Request, seen: list[httpx.Request] = seen) -> None:
                    seen.append(request)

                http = (
                    httpx.AsyncClient(event_hooks={"request": [record]})
                    if asynchronous
                    else httpx.Client(event_hooks={"request": [seen.append]})
                )
                client = _client(
                    package,
                    server,
                    asynchronous=asynchronous,
                    http_client=http,
                    idempotency_keys=option,
                    max_retries=2,
                )
                with pytest.raises(package.InternalServerError):
                    result = client.notes.create(text="a", **failing)
                    if asynchronous:
                        await result
                keys = [r.headers.get("idempotency-key") for r in seen]
                assert len(keys) == attempts
                if option == "all-posts":
                    assert keys[0] and len(set(keys)) == 1  # one key, on every retry
                else:
                    assert keys == [None]
                # GETs are never keyed.
                seen.clear()
                result = client.notes.list()
                if asynchronous:
                    await result
                assert "idempotency-key" not in seen[0].headers
                await http.aclose() if asynchronous else http.close()


def test_all_posts_retry_after_a_reset_creates_one_record(package: Any) -> None:
    with _served("1000/s", stateful=True) as server:
        posts: list[str] = []  # the idempotency key of each attempt

        def lose_first_answer(request: httpx.Request) -> None:
            # The mock performs the first create, then drops the connection before answering.
            if request.method == "POST":
                posts.append(request.headers["idempotency-key"])
                # A retry re-sends the same request object: only the first is faulted.
                if len(posts) == 1:
                    request.headers["X-Mock-Fault"] = "reset-after"
                else:
                    del request.headers["X-Mock-Fault"]

        http = httpx.Client(event_hooks={"request": [lose_first_answer]})
        client = _client(
            package, server, http_client=http, idempotency_keys="all-posts", max_retries=2
        )
        before = len(client.notes.list())
        created = client.notes.create(text="once")
        notes = client.notes.list()
        assert len(posts) == 2 and posts[0] == posts[1]
        assert len(notes) == before + 1 and notes[-1].id == created.id
        http.close()


# --- request ids ---------------------------------------------------------------------------


async def test_request_id_reads_the_declared_header(package: Any) -> None:
    with _served("1000/s") as server:
        sync = _client(package, server)
        assert sync.notes.with_raw_response.list().request_id == "trace-7"
        asynchronous = _client(package, server, asynchronous=True)
        raw = await asynchronous.notes.with_raw_response.list()
        assert raw.request_id == "trace-7"
        sync.close()
        await asynchronous.close()


def test_request_id_falls_back_to_x_request_id() -> None:
    from specforge_runtime._exceptions import request_id_of

    both = httpx.Headers({"X-Trace-Id": "t-1", "X-Request-Id": "r-1"})
    assert request_id_of(both, "X-Trace-Id") == "t-1"
    assert request_id_of(httpx.Headers({"X-Request-Id": "r-1"}), "X-Trace-Id") == "r-1"
    assert request_id_of(both) == "r-1"


def _with_headers(*names: str) -> dict[str, Any]:
    response = {"description": "ok", "headers": {n: {"schema": {"type": "string"}} for n in names}}
    return {"paths": {"/a": {"get": {"responses": {"200": response}}}}}


@pytest.mark.parametrize(
    ("declared", "names", "chosen"),
    [
        ("X-Trace-Id", ("X-Request-Id",), "X-Trace-Id"),  # the extension wins
        (None, ("X-Amzn-RequestId", "ETag"), "X-Amzn-RequestId"),
        (None, ("Request-Id", "request-id"), "Request-Id"),  # one name in two cases
        (None, ("X-Request-Id", "X-Correlation-Request-Id"), None),  # ambiguous: none
        (None, ("ETag",), None),
    ],
)
def test_request_id_header_rule(declared: str | None, names: tuple[str, ...], chosen: Any) -> None:
    data = _with_headers(*names)
    if declared:
        data["x-request-id-header"] = declared
    operations = build_wire(_loaded(data)).operations
    assert request_id_header(data, operations) == chosen


def _loaded(data: dict[str, Any]) -> Any:
    import json
    import tempfile
    from pathlib import Path

    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, **data}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spec.json"
        path.write_text(json.dumps(document))
        return load_spec(path)


# --- the mock's quota and the extensions ----------------------------------------------------


def test_mock_quota_is_per_credential() -> None:
    model = build_wire(load_spec(SPEC))
    now = [0.0]
    limiter = RateLimiter(parse_rate_limit("2/m", None), model, clock=lambda: now[0])
    alice = limiter.key({"authorization": "Bearer alice"}, "", "127.0.0.1")
    bob = limiter.key({"authorization": "Bearer bob"}, "", "127.0.0.1")
    anonymous = limiter.key({}, "", "127.0.0.1")
    assert len({alice, bob, anonymous}) == 3
    assert limiter.take(alice)["RateLimit-Remaining"] == "1"
    assert limiter.take(alice)["RateLimit-Remaining"] == "0"
    assert limiter.take(bob)["RateLimit-Remaining"] == "1"
    now[0] = 59.5
    with pytest.raises(Exception) as refused:
        limiter.take(alice)
    assert refused.value.status == 429  # type: ignore[attr-defined]
    assert refused.value.headers["Retry-After"] == "1"  # type: ignore[attr-defined]
    now[0] = 60.0  # a new window
    assert limiter.take(alice)["RateLimit-Remaining"] == "1"


@pytest.mark.parametrize(
    ("option", "requests", "seconds"),
    [("5/s", 5, 1), ("2000/day", 2000, 86400), ("100/15m", 100, 900), ("documented", 5, 1)],
)
def test_rate_limit_option(option: str, requests: int, seconds: float) -> None:
    rule = parse_rate_limit(option, build_wire(load_spec(SPEC)).quota)
    assert (rule.requests, rule.seconds) == (requests, seconds)


@pytest.mark.parametrize("option", ["5", "5/fortnight", "0/s", "5/0s", "-1/s", "documented"])
def test_rate_limit_option_refused(option: str) -> None:
    with pytest.raises(ValueError):
        parse_rate_limit(option, None)


def test_mock_cli_enforces_the_documented_quota(package: Any) -> None:
    """`mock --rate-limit documented` (the fixture's 5 per second) from the command line:
    the client with DOCUMENTED_QUOTA sees no 429, one without it does."""
    command = [sys.executable, "-m", "generator", "mock", str(SPEC), "--port", "0"]
    process = subprocess.Popen(
        [*command, "--rate-limit", "documented"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "rate limit 5 per second" in line
        url = line.split("serving on ", 1)[1].split(" ", 1)[0]
        with package.Client(
            base_url=url, api_key="t", max_retries=0, quota=package.DOCUMENTED_QUOTA
        ) as client:
            for _ in range(7):
                client.notes.list()
        time.sleep(1.0)
        unlimited = package.Client(base_url=url, api_key="t", max_retries=0)
        with unlimited as client, pytest.raises(package.RateLimitError):
            for _ in range(7):
                client.notes.list()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_mock_cli_refuses_a_bad_rate_limit() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "mock", str(SPEC), "--rate-limit", "5/fortnight"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("--rate-limit: expected N/PERIOD")


@pytest.mark.parametrize(
    ("extension", "value", "pointer"),
    [
        ("x-rate-limit", {"requests": 0, "period": "day"}, "/x-rate-limit/requests"),
        ("x-rate-limit", {"requests": 5, "period": "week"}, "/x-rate-limit/period"),
        ("x-rate-limit", {"requests": 5, "period": "day", "per": "user"}, "/x-rate-limit/per"),
        ("x-rate-limit", "2000/day", "/x-rate-limit"),
        ("x-request-id-header", "X Trace", "/x-request-id-header"),
    ],
)
def test_extensions_are_checked(extension: str, value: Any, pointer: str) -> None:
    problems = validate_spec(_loaded({"paths": {}, extension: value}), levels=("extensions",))
    assert [p.pointer for p in problems] == [pointer]


def test_specs_declare_their_documented_quotas() -> None:
    for api, requests, period in (("propipelines", 2000, "day"), ("outreach", 10000, "hour")):
        quota = build_wire(load_spec(ROOT / "specs" / f"{api}.yaml")).quota
        assert quota is not None and (quota.requests, quota.period) == (requests, period)


def test_the_runtime_and_the_generator_agree_on_the_periods() -> None:
    # `x-rate-limit` is checked by the generator's table and turned into a `Quota` by the
    # runtime's (which cannot import the generator): a period only one of them knew would
    # pass validate and then fail when the generated package is imported.
    import ast

    from generator.spec.extensions import RATE_LIMIT_PERIODS

    tree = ast.parse((ROOT / "templates" / "runtime" / "_quota.py").read_text())
    runtime = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "PERIODS"
    )
    assert runtime == {name: float(seconds) for name, seconds in RATE_LIMIT_PERIODS.items()}
