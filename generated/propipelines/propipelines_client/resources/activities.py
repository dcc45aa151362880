"""Activities

Activity types for comments and reminders.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Activity

__all__ = ["ActivitiesResource", "AsyncActivitiesResource"]

_LIST_ACTIVITIES = Endpoint(
    method="GET",
    path="/activities",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Activity]),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
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
