"""Steps

The steps of the pipelines.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Step

__all__ = ["AsyncStepsResource", "StepsResource"]

_LIST_STEPS = Endpoint(
    method="GET",
    path="/steps",
    params={
        "direction": Param("direction", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Step]),
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
_GET_STEP = Endpoint(
    method="GET",
    path="/steps/{step_id}",
    params={
        "step_id": Param("step_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.Step),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)


class StepsResource:
    """Steps

    The steps of the pipelines.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> StepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return StepsResourceWithRawResponse(self)

    def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Step]:
        """List the steps

        Return the list of steps previously created in your account, ordered by their position. Not paginated.

        `GET /steps`

        Args:
            direction: Return data ordered by their position in ascending or descending order (asc or desc).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Step]",
            self._client.request(
                _LIST_STEPS,
                {"direction": direction},
                options=options,
            ),
        )

    def get(
        self,
        step_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Step:
        """Retrieve a step

        Retrieve a step previously created, from its id or its name.

        `GET /steps/{step_id}`

        Args:
            step_id: Step's id or step's name (URL-encode names).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Step",
            self._client.request(
                _GET_STEP,
                {"step_id": step_id},
                options=options,
            ),
        )


class StepsResourceWithRawResponse:
    def __init__(self, resource: StepsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncStepsResource:
    """Steps

    The steps of the pipelines.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncStepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncStepsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Step]:
        """List the steps

        Return the list of steps previously created in your account, ordered by their position. Not paginated.

        `GET /steps`

        Args:
            direction: Return data ordered by their position in ascending or descending order (asc or desc).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Step]",
            await self._client.request(
                _LIST_STEPS,
                {"direction": direction},
                options=options,
            ),
        )

    async def get(
        self,
        step_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Step:
        """Retrieve a step

        Retrieve a step previously created, from its id or its name.

        `GET /steps/{step_id}`

        Args:
            step_id: Step's id or step's name (URL-encode names).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Step",
            await self._client.request(
                _GET_STEP,
                {"step_id": step_id},
                options=options,
            ),
        )


class AsyncStepsResourceWithRawResponse:
    def __init__(self, resource: AsyncStepsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
