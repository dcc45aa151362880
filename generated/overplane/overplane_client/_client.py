"""The Overplane CRM Lead API client, synchronous and asynchronous."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

import httpx

from ._auth import SecurityScheme
from ._base_client import DEFAULT_MAX_RESPONSE_BYTES, AsyncAPIClient, SyncAPIClient
from ._errors import ERROR_CLASSES
from ._quota import Quota
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.leads import AsyncLeadsResource, LeadsResource

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncOverplaneCRMLead", "OverplaneCRMLead"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BASE_URL = "https://api.overplane.dev"

SECURITY_SCHEMES: Mapping[str, SecurityScheme] = {
    "bearerAuth": SecurityScheme(
        kind="bearer",
        credential="api_key",
        location="header",
        param_name="Authorization",
    ),
}


class OverplaneCRMLead:
    """Overplane CRM Lead API.

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `api_key` (`OVERPLANE_API_KEY`): Secret API key sent as `Authorization: Bearer sk_test_...`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        quota: Quota | None = None,
        idempotency_keys: Literal["declared", "all-posts"] = "declared",
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the `OVERPLANE_API_KEY` environment variable.
            base_url: Overrides the server URL (default https://api.overplane.dev).
            timeout: Seconds, or an `httpx.Timeout`; also settable per call.
            max_retries: Retries of failed requests; also settable per call.
            default_headers: Headers sent with every request.
            http_client: A preconfigured httpx client to send requests with.
            max_response_bytes: The largest response body accepted, counted after
                decompression (default 100 MiB, `None` for no limit); a larger one raises
                `ResponseTooLargeError` as soon as it passes the limit. Also settable per call.
            strict_response_validation: Refuse a response holding an enum value the spec
                does not list. By default such a value parses as `UnknownEnum` (a `str`
                keeping the raw value), so the client keeps working when the API adds one.
            quota: A `Quota` every request waits for, e.g. `Quota(100, per="minute")`; it
                also pauses when the server reports its budget spent. Default: no limit.
            idempotency_keys: `"all-posts"` sends a new `Idempotency-Key` with every POST
                (the same on its retries, which it then allows); `"declared"` only where the
                spec declares one.
        """
        credentials = {
            "api_key": api_key if api_key is not None else os.environ.get("OVERPLANE_API_KEY"),
        }
        self._client = SyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="overplane-client/1.0",
            logger_name="overplane_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
        )

    @cached_property
    def leads(self) -> LeadsResource:
        from .resources.leads import LeadsResource

        return LeadsResource(self._client)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool (closing
        the copy leaves the pool open)."""
        copy = object.__new__(type(self))
        copy._client = self._client.with_options(
            base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        return copy

    @property
    def base_url(self) -> str:
        return self._client.base_url

    def close(self) -> None:
        """Close the underlying connections."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OverplaneCRMLead({self._client!r})"


class AsyncOverplaneCRMLead:
    """Overplane CRM Lead API (asynchronous).

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `api_key` (`OVERPLANE_API_KEY`): Secret API key sent as `Authorization: Bearer sk_test_...`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        quota: Quota | None = None,
        idempotency_keys: Literal["declared", "all-posts"] = "declared",
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the `OVERPLANE_API_KEY` environment variable.
            base_url: Overrides the server URL (default https://api.overplane.dev).
            timeout: Seconds, or an `httpx.Timeout`; also settable per call.
            max_retries: Retries of failed requests; also settable per call.
            default_headers: Headers sent with every request.
            http_client: A preconfigured httpx client to send requests with.
            max_response_bytes: The largest response body accepted, counted after
                decompression (default 100 MiB, `None` for no limit); a larger one raises
                `ResponseTooLargeError` as soon as it passes the limit. Also settable per call.
            strict_response_validation: Refuse a response holding an enum value the spec
                does not list. By default such a value parses as `UnknownEnum` (a `str`
                keeping the raw value), so the client keeps working when the API adds one.
            quota: A `Quota` every request waits for, e.g. `Quota(100, per="minute")`; it
                also pauses when the server reports its budget spent. Default: no limit.
            idempotency_keys: `"all-posts"` sends a new `Idempotency-Key` with every POST
                (the same on its retries, which it then allows); `"declared"` only where the
                spec declares one.
        """
        credentials = {
            "api_key": api_key if api_key is not None else os.environ.get("OVERPLANE_API_KEY"),
        }
        self._client = AsyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="overplane-client/1.0",
            logger_name="overplane_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
        )

    @cached_property
    def leads(self) -> AsyncLeadsResource:
        from .resources.leads import AsyncLeadsResource

        return AsyncLeadsResource(self._client)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool (closing
        the copy leaves the pool open)."""
        copy = object.__new__(type(self))
        copy._client = self._client.with_options(
            base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        return copy

    @property
    def base_url(self) -> str:
        return self._client.base_url

    async def close(self) -> None:
        """Close the underlying connections."""
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncOverplaneCRMLead({self._client!r})"
