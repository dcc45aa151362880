"""Account

Your account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import AccountDocument

__all__ = ["AccountResource", "AsyncAccountResource"]

_GET_ACCOUNT = Endpoint(
    method="GET",
    path="/account",
    params={},
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AccountDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)


class AccountResource:
    """Account

    Your account.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AccountResourceWithRawResponse(self)

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Retrieve your account

        Retrieves your Overloop account. No parameters.

        `GET /account`

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _GET_ACCOUNT,
                {},
                options=options,
            ),
        )


class AccountResourceWithRawResponse:
    def __init__(self, resource: AccountResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAccountResource:
    """Account

    Your account.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAccountResourceWithRawResponse(self)

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Retrieve your account

        Retrieves your Overloop account. No parameters.

        `GET /account`

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _GET_ACCOUNT,
                {},
                options=options,
            ),
        )


class AsyncAccountResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
