"""Live mode: parts 1 and 2 against a running server (``make test-live``).

Collected only when ``SPECFORGE_LIVE_API`` is set (see conftest.py). Environment:

- ``SPECFORGE_LIVE_API``       the API (a spec in specs/), e.g. ``overloop``
- ``SPECFORGE_LIVE_BASE_URL``  the server, with the API's base path (``https://…/public/v1``)
- the generated client's credential variables (``OVERLOOP_API_KEY``, ``OUTREACH_ACCESS_TOKEN``, …)
- ``SPECFORGE_ALLOW_WRITES=1`` also exercise non-GET operations (default: GET only)
- ``SPECFORGE_LIVE_INTERVAL``  seconds between requests (default 0.2); 429/503 answers are
  retried after their ``Retry-After`` by the client (``max_retries=3``)
- ``SPECFORGE_LIVE_TARGET_IS_MOCK=1`` the "server" is one of our mocks (the self-test in
  test_live_mode.py): check credentials the way the mock suite does, since a mock accepts any
  well-formed credential. Against a real server the full ``ignored_auth`` check runs.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis

from tests.property import _client_suite as suite
from tests.property import _harness as h

API = os.environ["SPECFORGE_LIVE_API"]
BASE_URL = os.environ["SPECFORGE_LIVE_BASE_URL"].rstrip("/")
WRITES = os.environ.get("SPECFORGE_ALLOW_WRITES", "") in ("1", "true", "yes")
INTERVAL = float(os.environ.get("SPECFORGE_LIVE_INTERVAL", "0.2"))
TARGET_IS_MOCK = os.environ.get("SPECFORGE_LIVE_TARGET_IS_MOCK", "") == "1"
CREDENTIALS = h.env_credentials(API)
LIMITER = h.RateLimiter(INTERVAL)

if API not in h.APIS:
    raise pytest.UsageError(f"SPECFORGE_LIVE_API={API!r}: expected one of {', '.join(h.APIS)}")


def _live_schema() -> Any:
    schema = schemathesis.openapi.from_path(h.SPECS_DIR / f"{API}.yaml")
    rate = f"{max(1, round(1 / INTERVAL))}/s" if INTERVAL > 0 else None
    schema.config.update(
        base_url=BASE_URL, headers=h.auth_headers(API, CREDENTIALS), rate_limit=rate
    )
    schema = h.configure_schema(API, schema, max_examples=h.SPEC_EXAMPLES)
    return schema if WRITES else schema.include(method="GET")


live_schema = _live_schema()


@live_schema.parametrize()  # type: ignore[untyped-decorator]
def test_live_spec_against_server(case: Any) -> None:
    if TARGET_IS_MOCK:
        h.run_schemathesis_case(API, "live-spec", case)
    else:
        h.run_schemathesis_case(API, "live-spec", case, excluded=[], additional=[])


def _operations() -> list[Any]:
    return [
        pytest.param(op.operation_id, id=op.operation_id)
        for op in h.api_ir(API).operations
        if WRITES or suite.is_safe(op)
    ]


@pytest.mark.parametrize("operation_id", _operations())
def test_live_client_against_server(operation_id: str) -> None:
    target = suite.Target(
        name="live-client",
        base_url=BASE_URL,
        credentials=CREDENTIALS,
        error_headers=None,  # a real server cannot be asked for an error status
        before_call=LIMITER.wait,
        max_retries=3,
        safe_only=not WRITES,
        # Drawn ids rarely exist on a real server; a documented 404 must still raise
        # NotFoundError, which call_once checks.
        accept_statuses=frozenset({404}),
    )
    suite.run_operation(API, operation_id, target)
