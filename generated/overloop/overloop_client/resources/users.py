"""Users

Users of your account, including `GET /me`. Read-only.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import User, UserDocument

__all__ = ["AsyncUsersResource", "UsersResource"]

_LIST_USERS = Endpoint(
    method="GET",
    path="/users",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.UserCollection),
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
    pagination=Pagination(
        style="page",
        items="/data",
        page_param="page_number",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_GET_USER = Endpoint(
    method="GET",
    path="/users/{user_id}",
    params={
        "user_id": Param("user_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.UserDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "410": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_GET_ME = Endpoint(
    method="GET",
    path="/me",
    params={
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.UserDocument),
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


class UsersResource:
    """Users

    Users of your account, including `GET /me`. Read-only.
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
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[User]:
        """List users

        Returns a list of users. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /users`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=disabled:value`. Filterable attributes: `disabled`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[User]",
            self._client.request_page(
                _LIST_USERS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.User,
                options,
            ),
        )

    def get(
        self,
        user_id: int | str,
        *,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Retrieve a user

        Retrieves a user.

        `GET /users/{user_id}`

        Args:
            user_id: The ID of the user.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            self._client.request(
                _GET_USER,
                {"user_id": user_id, "include": include},
                options=options,
            ),
        )

    def me(
        self,
        *,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Retrieve your user (me)

        Retrieves your personal information: the user object of the API key's user. No parameters.

        `GET /me`

        Args:
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            self._client.request(
                _GET_ME,
                {"include": include},
                options=options,
            ),
        )


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.me = to_raw_response_wrapper(resource.me)


class AsyncUsersResource:
    """Users

    Users of your account, including `GET /me`. Read-only.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncUsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[User]:
        """List users

        Returns a list of users. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /users`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=disabled:value`. Filterable attributes: `disabled`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[User]",
            self._client.request_page(
                _LIST_USERS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.User,
                options,
            ),
        )

    async def get(
        self,
        user_id: int | str,
        *,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Retrieve a user

        Retrieves a user.

        `GET /users/{user_id}`

        Args:
            user_id: The ID of the user.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            await self._client.request(
                _GET_USER,
                {"user_id": user_id, "include": include},
                options=options,
            ),
        )

    async def me(
        self,
        *,
        include: builtins.list[Literal["company"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Retrieve your user (me)

        Retrieves your personal information: the user object of the API key's user. No parameters.

        `GET /me`

        Args:
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `company`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            await self._client.request(
                _GET_ME,
                {"include": include},
                options=options,
            ),
        )


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.me = async_to_raw_response_wrapper(resource.me)
