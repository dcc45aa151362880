"""The Overloop API client, synchronous and asynchronous."""

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
    from .resources.account import AccountResource, AsyncAccountResource
    from .resources.automation_steps import AsyncAutomationStepsResource, AutomationStepsResource
    from .resources.automations import AsyncAutomationsResource, AutomationsResource
    from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .resources.deals import AsyncDealsResource, DealsResource
    from .resources.enrollments import AsyncEnrollmentsResource, EnrollmentsResource
    from .resources.exclusion_list_items import (
        AsyncExclusionListItemsResource,
        ExclusionListItemsResource,
    )
    from .resources.lists import AsyncListsResource, ListsResource
    from .resources.organizations import AsyncOrganizationsResource, OrganizationsResource
    from .resources.pipelines import AsyncPipelinesResource, PipelinesResource
    from .resources.prospects import AsyncProspectsResource, ProspectsResource
    from .resources.stages import AsyncStagesResource, StagesResource
    from .resources.users import AsyncUsersResource, UsersResource

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncOverloop", "Overloop"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BASE_URL = "https://api.overloop.com/public/v1"

SECURITY_SCHEMES: Mapping[str, SecurityScheme] = {
    "ApiKeyAuth": SecurityScheme(
        kind="apiKey",
        credential="api_key",
        location="header",
        param_name="Authorization",
    ),
}


class Overloop:
    """Overloop API.

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `api_key` (`OVERLOOP_API_KEY`): Your Overloop API key, sent raw: `Authorization: your_api_key` (no `Bearer` prefix). Get a key in your Overloop account.
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
            api_key: Defaults to the `OVERLOOP_API_KEY` environment variable.
            base_url: Overrides the server URL (default https://api.overloop.com/public/v1).
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
            "api_key": api_key if api_key is not None else os.environ.get("OVERLOOP_API_KEY"),
        }
        self._client = SyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="overloop-client/v1",
            logger_name="overloop_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
        )

    @cached_property
    def account(self) -> AccountResource:
        from .resources.account import AccountResource

        return AccountResource(self._client)

    @cached_property
    def automation_steps(self) -> AutomationStepsResource:
        from .resources.automation_steps import AutomationStepsResource

        return AutomationStepsResource(self._client)

    @cached_property
    def automations(self) -> AutomationsResource:
        from .resources.automations import AutomationsResource

        return AutomationsResource(self._client)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self._client)

    @cached_property
    def deals(self) -> DealsResource:
        from .resources.deals import DealsResource

        return DealsResource(self._client)

    @cached_property
    def enrollments(self) -> EnrollmentsResource:
        from .resources.enrollments import EnrollmentsResource

        return EnrollmentsResource(self._client)

    @cached_property
    def exclusion_list_items(self) -> ExclusionListItemsResource:
        from .resources.exclusion_list_items import ExclusionListItemsResource

        return ExclusionListItemsResource(self._client)

    @cached_property
    def lists(self) -> ListsResource:
        from .resources.lists import ListsResource

        return ListsResource(self._client)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        from .resources.organizations import OrganizationsResource

        return OrganizationsResource(self._client)

    @cached_property
    def pipelines(self) -> PipelinesResource:
        from .resources.pipelines import PipelinesResource

        return PipelinesResource(self._client)

    @cached_property
    def prospects(self) -> ProspectsResource:
        from .resources.prospects import ProspectsResource

        return ProspectsResource(self._client)

    @cached_property
    def stages(self) -> StagesResource:
        from .resources.stages import StagesResource

        return StagesResource(self._client)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client)

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
        return f"Overloop({self._client!r})"


class AsyncOverloop:
    """Overloop API (asynchronous).

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `api_key` (`OVERLOOP_API_KEY`): Your Overloop API key, sent raw: `Authorization: your_api_key` (no `Bearer` prefix). Get a key in your Overloop account.
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
            api_key: Defaults to the `OVERLOOP_API_KEY` environment variable.
            base_url: Overrides the server URL (default https://api.overloop.com/public/v1).
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
            "api_key": api_key if api_key is not None else os.environ.get("OVERLOOP_API_KEY"),
        }
        self._client = AsyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="overloop-client/v1",
            logger_name="overloop_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
        )

    @cached_property
    def account(self) -> AsyncAccountResource:
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self._client)

    @cached_property
    def automation_steps(self) -> AsyncAutomationStepsResource:
        from .resources.automation_steps import AsyncAutomationStepsResource

        return AsyncAutomationStepsResource(self._client)

    @cached_property
    def automations(self) -> AsyncAutomationsResource:
        from .resources.automations import AsyncAutomationsResource

        return AsyncAutomationsResource(self._client)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self._client)

    @cached_property
    def deals(self) -> AsyncDealsResource:
        from .resources.deals import AsyncDealsResource

        return AsyncDealsResource(self._client)

    @cached_property
    def enrollments(self) -> AsyncEnrollmentsResource:
        from .resources.enrollments import AsyncEnrollmentsResource

        return AsyncEnrollmentsResource(self._client)

    @cached_property
    def exclusion_list_items(self) -> AsyncExclusionListItemsResource:
        from .resources.exclusion_list_items import AsyncExclusionListItemsResource

        return AsyncExclusionListItemsResource(self._client)

    @cached_property
    def lists(self) -> AsyncListsResource:
        from .resources.lists import AsyncListsResource

        return AsyncListsResource(self._client)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        from .resources.organizations import AsyncOrganizationsResource

        return AsyncOrganizationsResource(self._client)

    @cached_property
    def pipelines(self) -> AsyncPipelinesResource:
        from .resources.pipelines import AsyncPipelinesResource

        return AsyncPipelinesResource(self._client)

    @cached_property
    def prospects(self) -> AsyncProspectsResource:
        from .resources.prospects import AsyncProspectsResource

        return AsyncProspectsResource(self._client)

    @cached_property
    def stages(self) -> AsyncStagesResource:
        from .resources.stages import AsyncStagesResource

        return AsyncStagesResource(self._client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

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
        return f"AsyncOverloop({self._client!r})"
