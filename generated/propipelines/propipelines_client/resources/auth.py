"""Auth

Check credentials, obtain and revoke USER tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import PingResponse, Session

__all__ = ["AsyncAuthResource", "AuthResource"]

_PING = Endpoint(
    method="GET",
    path="/ping",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.PingResponse),
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
_LOG_AS = Endpoint(
    method="GET",
    path="/auth/log_as",
    params={
        "user_id": Param("user_id", "query", required=True),
    },
    security=(("ApiKey",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.Session),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
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
_LOGIN = Endpoint(
    method="GET",
    path="/auth/login",
    params={},
    security=(("BasicAuth",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.Session),
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
_LOGOUT = Endpoint(
    method="GET",
    path="/auth/logout",
    params={},
    security=(("UserToken",),),
    accept="application/json",
    response_kind="none",
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


class AuthResource:
    """Auth

    Check credentials, obtain and revoke USER tokens.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AuthResourceWithRawResponse(self)

    def ping(
        self,
        **options: Unpack[RequestOptions],
    ) -> PingResponse:
        """Ping the API

        Ping the API with one of your API keys or a USER token to make sure the key used to authenticate the requests is correct. Returns status 200 if the API key or USER token is valid.

        `GET /ping`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "PingResponse",
            self._client.request(
                _PING,
                {},
                options=options,
            ),
        )

    def log_as(
        self,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Log as a user

        Already logged using the API key, log as a specific user of the account. Returns a USER token to use instead of the API key for all the actions that have to be done as that user. Not applicable with a USER token (API key only).

        `GET /auth/log_as`

        Args:
            user_id: User id or email to retrieve the USER token for this user.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Session",
            self._client.request(
                _LOG_AS,
                {"user_id": user_id},
                options=options,
            ),
        )

    def login(
        self,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Login

        Log in as a user to receive a USER token for the requests to be made as that user. The email and the password are passed with HTTP Basic authentication (Authorization: Basic base64(email:password)) over https; never send them as request parameters. Escape special characters (e.g. qwerty$1 -> qwerty%241) when putting them in a URL. Example header: "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==". The USER token is valid for 30 days or until logout. Not applicable with an API key. Note: this GET has a side effect (it issues a token).

        `GET /auth/login`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Session",
            self._client.request(
                _LOGIN,
                {},
                options=options,
            ),
        )

    def logout(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Logout

        Logout from the API, which invalidates the USER token. A new login is necessary for further requests. Returns no body. Not applicable with an API key (USER token only). Note: this GET has a side effect.

        `GET /auth/logout`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "None",
            self._client.request(
                _LOGOUT,
                {},
                options=options,
            ),
        )


class AuthResourceWithRawResponse:
    def __init__(self, resource: AuthResource) -> None:
        self.ping = to_raw_response_wrapper(resource.ping)
        self.log_as = to_raw_response_wrapper(resource.log_as)
        self.login = to_raw_response_wrapper(resource.login)
        self.logout = to_raw_response_wrapper(resource.logout)


class AsyncAuthResource:
    """Auth

    Check credentials, obtain and revoke USER tokens.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAuthResourceWithRawResponse(self)

    async def ping(
        self,
        **options: Unpack[RequestOptions],
    ) -> PingResponse:
        """Ping the API

        Ping the API with one of your API keys or a USER token to make sure the key used to authenticate the requests is correct. Returns status 200 if the API key or USER token is valid.

        `GET /ping`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "PingResponse",
            await self._client.request(
                _PING,
                {},
                options=options,
            ),
        )

    async def log_as(
        self,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Log as a user

        Already logged using the API key, log as a specific user of the account. Returns a USER token to use instead of the API key for all the actions that have to be done as that user. Not applicable with a USER token (API key only).

        `GET /auth/log_as`

        Args:
            user_id: User id or email to retrieve the USER token for this user.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Session",
            await self._client.request(
                _LOG_AS,
                {"user_id": user_id},
                options=options,
            ),
        )

    async def login(
        self,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Login

        Log in as a user to receive a USER token for the requests to be made as that user. The email and the password are passed with HTTP Basic authentication (Authorization: Basic base64(email:password)) over https; never send them as request parameters. Escape special characters (e.g. qwerty$1 -> qwerty%241) when putting them in a URL. Example header: "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==". The USER token is valid for 30 days or until logout. Not applicable with an API key. Note: this GET has a side effect (it issues a token).

        `GET /auth/login`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Session",
            await self._client.request(
                _LOGIN,
                {},
                options=options,
            ),
        )

    async def logout(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Logout

        Logout from the API, which invalidates the USER token. A new login is necessary for further requests. Returns no body. Not applicable with an API key (USER token only). Note: this GET has a side effect.

        `GET /auth/logout`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "None",
            await self._client.request(
                _LOGOUT,
                {},
                options=options,
            ),
        )


class AsyncAuthResourceWithRawResponse:
    def __init__(self, resource: AsyncAuthResource) -> None:
        self.ping = async_to_raw_response_wrapper(resource.ping)
        self.log_as = async_to_raw_response_wrapper(resource.log_as)
        self.login = async_to_raw_response_wrapper(resource.login)
        self.logout = async_to_raw_response_wrapper(resource.logout)
