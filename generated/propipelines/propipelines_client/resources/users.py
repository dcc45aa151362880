"""Users

Users of the account.
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
    from ..models import User

__all__ = ["AsyncUsersResource", "UsersResource"]

_LIST_USERS = Endpoint(
    method="GET",
    path="/users",
    params={
        "email": Param("email", "query"),
        "lastname": Param("lastname", "query"),
        "firstname": Param("firstname", "query"),
        "status": Param("status", "query"),
        "direction": Param("direction", "query"),
        "role": Param("role", "query"),
        "teams": Param("teams", "query", style="form", explode=False),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.User]),
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
_CREATE_USER = Endpoint(
    method="POST",
    path="/users",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.User),
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
    retryable=False,
)
_GET_USER = Endpoint(
    method="GET",
    path="/users/{user_id}",
    params={
        "user_id": Param("user_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.User),
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
_SEND_USER_ACTIVATION_EMAIL = Endpoint(
    method="GET",
    path="/users/{user_id}/send_activation_email",
    params={
        "user_id": Param("user_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_kind="none",
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
_DISABLE_USER = Endpoint(
    method="PUT",
    path="/users/{user_id}/disable",
    params={
        "user_id": Param("user_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.User),
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


class UsersResource:
    """Users

    Users of the account.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return UsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        lastname: str | NotGiven = NOT_GIVEN,
        firstname: str | NotGiven = NOT_GIVEN,
        status: Literal["all", "activated", "deactivated"] | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        role: Literal["all", "admin", "non-admin"] | NotGiven = NOT_GIVEN,
        teams: builtins.list[int | str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[User]:
        """List all the users

        Retrieve all the users of the account, deleted users included (is_disabled true). has_activated is true once the user has activated their account. Not paginated.

        `GET /users`

        Args:
            email: The email address of the user.
            lastname: The lastname of the user.
            firstname: The firstname of the user.
            status: The status of the users.
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            role: The role of the users to return.
            teams: Array of the ids or names of the teams the users belong to.

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
            "builtins.list[User]",
            self._client.request(
                _LIST_USERS,
                {
                    "email": email,
                    "lastname": lastname,
                    "firstname": firstname,
                    "status": status,
                    "direction": direction,
                    "role": role,
                    "teams": teams,
                },
                options=options,
            ),
        )

    def create(
        self,
        *,
        email: str,
        lastname: str | NotGiven = NOT_GIVEN,
        firstname: str | NotGiven = NOT_GIVEN,
        is_admin: bool | NotGiven = NOT_GIVEN,
        dont_send_email: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Create a user

        Create a user with the specified lastname, firstname and email. The activation email is not sent unless dont_send_email is false. With a USER token, only administrators can create users.

        `POST /users`

        Args:
            email: The email of the user.
            lastname: The lastname of the user.
            firstname: The firstname of the user.
            is_admin: true if the user should be administrator of the account.
            dont_send_email: false if the user has to receive his/her activation email when he/she is created. By default the activation email is NOT sent.

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
            "User",
            self._client.request(
                _CREATE_USER,
                {},
                {
                    "email": email,
                    "lastname": lastname,
                    "firstname": firstname,
                    "is_admin": is_admin,
                    "dont_send_email": dont_send_email,
                },
                options=options,
            ),
        )

    def get(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Retrieve a user

        Retrieve a specific user from its id or its email address.

        `GET /users/{user_id}`

        Args:
            user_id: The id of the user or its email address (URL-encode the email).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "User",
            self._client.request(
                _GET_USER,
                {"user_id": user_id},
                options=options,
            ),
        )

    def send_activation_email(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send the activation email

        Send the activation email to the user so they can access the account. With a USER token, only administrators can do it. Returns no body. Note: this GET has a side effect (it sends an email).

        `GET /users/{user_id}/send_activation_email`

        Args:
            user_id: The id of the user.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "None",
            self._client.request(
                _SEND_USER_ACTIVATION_EMAIL,
                {"user_id": user_id},
                options=options,
            ),
        )

    def disable(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Disable a user

        Disable the user: they cannot connect to the account anymore. No data is lost. Even after disabling, a new user with the same email address cannot be created; contact the support to re-enable a disabled user. With a USER token, only administrators can disable a user. No request body.

        `PUT /users/{user_id}/disable`

        Args:
            user_id: The id of the user.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "User",
            self._client.request(
                _DISABLE_USER,
                {"user_id": user_id},
                options=options,
            ),
        )


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.send_activation_email = to_raw_response_wrapper(resource.send_activation_email)
        self.disable = to_raw_response_wrapper(resource.disable)


class AsyncUsersResource:
    """Users

    Users of the account.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncUsersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        lastname: str | NotGiven = NOT_GIVEN,
        firstname: str | NotGiven = NOT_GIVEN,
        status: Literal["all", "activated", "deactivated"] | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        role: Literal["all", "admin", "non-admin"] | NotGiven = NOT_GIVEN,
        teams: builtins.list[int | str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[User]:
        """List all the users

        Retrieve all the users of the account, deleted users included (is_disabled true). has_activated is true once the user has activated their account. Not paginated.

        `GET /users`

        Args:
            email: The email address of the user.
            lastname: The lastname of the user.
            firstname: The firstname of the user.
            status: The status of the users.
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            role: The role of the users to return.
            teams: Array of the ids or names of the teams the users belong to.

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
            "builtins.list[User]",
            await self._client.request(
                _LIST_USERS,
                {
                    "email": email,
                    "lastname": lastname,
                    "firstname": firstname,
                    "status": status,
                    "direction": direction,
                    "role": role,
                    "teams": teams,
                },
                options=options,
            ),
        )

    async def create(
        self,
        *,
        email: str,
        lastname: str | NotGiven = NOT_GIVEN,
        firstname: str | NotGiven = NOT_GIVEN,
        is_admin: bool | NotGiven = NOT_GIVEN,
        dont_send_email: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Create a user

        Create a user with the specified lastname, firstname and email. The activation email is not sent unless dont_send_email is false. With a USER token, only administrators can create users.

        `POST /users`

        Args:
            email: The email of the user.
            lastname: The lastname of the user.
            firstname: The firstname of the user.
            is_admin: true if the user should be administrator of the account.
            dont_send_email: false if the user has to receive his/her activation email when he/she is created. By default the activation email is NOT sent.

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
            "User",
            await self._client.request(
                _CREATE_USER,
                {},
                {
                    "email": email,
                    "lastname": lastname,
                    "firstname": firstname,
                    "is_admin": is_admin,
                    "dont_send_email": dont_send_email,
                },
                options=options,
            ),
        )

    async def get(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Retrieve a user

        Retrieve a specific user from its id or its email address.

        `GET /users/{user_id}`

        Args:
            user_id: The id of the user or its email address (URL-encode the email).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "User",
            await self._client.request(
                _GET_USER,
                {"user_id": user_id},
                options=options,
            ),
        )

    async def send_activation_email(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send the activation email

        Send the activation email to the user so they can access the account. With a USER token, only administrators can do it. Returns no body. Note: this GET has a side effect (it sends an email).

        `GET /users/{user_id}/send_activation_email`

        Args:
            user_id: The id of the user.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "None",
            await self._client.request(
                _SEND_USER_ACTIVATION_EMAIL,
                {"user_id": user_id},
                options=options,
            ),
        )

    async def disable(
        self,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Disable a user

        Disable the user: they cannot connect to the account anymore. No data is lost. Even after disabling, a new user with the same email address cannot be created; contact the support to re-enable a disabled user. With a USER token, only administrators can disable a user. No request body.

        `PUT /users/{user_id}/disable`

        Args:
            user_id: The id of the user.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "User",
            await self._client.request(
                _DISABLE_USER,
                {"user_id": user_id},
                options=options,
            ),
        )


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.send_activation_email = async_to_raw_response_wrapper(resource.send_activation_email)
        self.disable = async_to_raw_response_wrapper(resource.disable)
