"""Pipelines

The sales pipelines.
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
    from ..models import Pipeline

__all__ = ["AsyncPipelinesResource", "PipelinesResource"]

_LIST_PIPELINES = Endpoint(
    method="GET",
    path="/pipelines",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Pipeline]),
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


class PipelinesResource:
    """Pipelines

    The sales pipelines.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PipelinesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return PipelinesResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Pipeline]:
        """List the pipelines

        Return the list of pipelines previously created in your account. Not paginated.

        `GET /pipelines`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Pipeline]",
            self._client.request(
                _LIST_PIPELINES,
                {},
                options=options,
            ),
        )


class PipelinesResourceWithRawResponse:
    def __init__(self, resource: PipelinesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPipelinesResource:
    """Pipelines

    The sales pipelines.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPipelinesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncPipelinesResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Pipeline]:
        """List the pipelines

        Return the list of pipelines previously created in your account. Not paginated.

        `GET /pipelines`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Pipeline]",
            await self._client.request(
                _LIST_PIPELINES,
                {},
                options=options,
            ),
        )


class AsyncPipelinesResourceWithRawResponse:
    def __init__(self, resource: AsyncPipelinesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
