"""Fixtures for the runtime tests: ``templates/runtime`` imported as ``specforge_runtime``
(registered by ``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, Field
from specforge_runtime._auth import SecurityScheme
from specforge_runtime._base_client import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)

BASE_URL = "https://api.example.com/v1"
SECRET = "sk_secret_123"

SCHEMES = {
    "ApiKeyHeader": SecurityScheme("apiKey", "api_key", "header", "X-API-KEY"),
    "ApiKeyQuery": SecurityScheme("apiKey", "query_key", "query", "api_key"),
    "ApiKeyCookie": SecurityScheme("apiKey", "cookie_key", "cookie", "session"),
    "UserToken": SecurityScheme("apiKey", "user_token", "header", "X-USER-TOKEN"),
    "Bearer": SecurityScheme("bearer", "token"),
    "Basic": SecurityScheme("basic", "username", password_credential="password"),
}


class Lead(BaseModel):
    """A record with custom fields: unknown keys must survive a round trip."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: int
    first_name: str | None = Field(default=None, alias="firstName")
    email: str | None = None


class LeadList(BaseModel):
    data: list[Lead]
    has_more: bool | None = None
    total: int | None = None


class ErrorBody(BaseModel):
    message: str
    code: str | None = None


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and replays queued responses."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        if isinstance(item, httpx.Response):
            return item
        return item(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def make_sync(
    handler: Any,
    *,
    credentials: dict[str, str | None] | None = None,
    max_retries: int = 2,
    timeout: Any = DEFAULT_TIMEOUT,
    base_url: str = BASE_URL,
) -> SyncAPIClient:
    client = SyncAPIClient(
        base_url=base_url,
        credentials=credentials if credentials is not None else {"api_key": SECRET},
        security_schemes=SCHEMES,
        timeout=timeout,
        max_retries=max_retries,
        default_headers={"X-Client": "tests"},
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        user_agent="specforge-tests/1.0",
        logger_name="specforge.tests",
    )
    client.sleeps = []  # type: ignore[attr-defined]
    client._sleep = client.sleeps.append  # type: ignore[attr-defined]
    return client


def make_async(
    handler: Any,
    *,
    credentials: dict[str, str | None] | None = None,
    max_retries: int = 2,
    base_url: str = BASE_URL,
) -> AsyncAPIClient:
    client = AsyncAPIClient(
        base_url=base_url,
        credentials=credentials if credentials is not None else {"api_key": SECRET},
        security_schemes=SCHEMES,
        timeout=DEFAULT_TIMEOUT,
        max_retries=max_retries,
        default_headers=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        user_agent="specforge-tests/1.0",
        logger_name="specforge.tests",
    )
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client.sleeps = sleeps  # type: ignore[attr-defined]
    client._sleep = sleep
    return client


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import random

    monkeypatch.setattr(random, "uniform", lambda a, b: 1.0)
    yield
