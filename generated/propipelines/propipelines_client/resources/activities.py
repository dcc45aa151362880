"""Activities

Activity types for comments and reminders.
"""

from __future__ import annotations

import builtins
from typing import Unpack, cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Endpoint
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models import Activity, Error

__all__ = ["ActivitiesResource", "AsyncActivitiesResource"]

_LIST_ACTIVITIES = Endpoint(
    method="GET",
    path="/activities",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=list[Activity],
    response_kind="json",
    error_types={
        "401": Error,
        "402": Error,
        "403": Error,
        "405": Error,
        "422": Error,
        "429": Error,
    },
    retryable=True,
)


class ActivitiesResource:
    """Activities

    Activity types for comments and reminders.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ActivitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ActivitiesResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Activity]:
        """List the activities

        Return the list of activities previously created in your account (sub-activities reference their parent with parent_id). Not paginated.

        `GET /activities`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Activity]",
            self._client.request(
                _LIST_ACTIVITIES,
                {},
                options=options,
            ),
        )


class ActivitiesResourceWithRawResponse:
    def __init__(self, resource: ActivitiesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncActivitiesResource:
    """Activities

    Activity types for comments and reminders.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncActivitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncActivitiesResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Activity]:
        """List the activities

        Return the list of activities previously created in your account (sub-activities reference their parent with parent_id). Not paginated.

        `GET /activities`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Activity]",
            await self._client.request(
                _LIST_ACTIVITIES,
                {},
                options=options,
            ),
        )


class AsyncActivitiesResourceWithRawResponse:
    def __init__(self, resource: AsyncActivitiesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
