"""Users

`user` resources at `/users`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

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
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_user": Param("fields[user]", "query"),
        "filter_email": Param("filter[email]", "query"),
        "filter_first_name": Param("filter[firstName]", "query"),
        "filter_last_name": Param("filter[lastName]", "query"),
        "filter_username": Param("filter[username]", "query"),
        "filter_locked": Param("filter[locked]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.UserListDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
    pagination=Pagination(
        style="cursor",
        items="/data",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_GET_USER = Endpoint(
    method="GET",
    path="/users/{user_id}",
    params={
        "user_id": Param("user_id", "path", required=True),
        "fields_user": Param("fields[user]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.UserDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)


class UsersResource:
    """Users

    `user` resources at `/users`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_user: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_first_name: str | NotGiven = NOT_GIVEN,
        filter_last_name: str | NotGiven = NOT_GIVEN,
        filter_username: str | NotGiven = NOT_GIVEN,
        filter_locked: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[User]:
        """List users

        Get a list of users in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List users', 'List users (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /users`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `firstName`, `lastName`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_user: Sparse fieldset: comma-separated user attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_first_name: Filter on `firstName`: exact match; comma-separated values match any (connector input `filters[{field: firstName, criteria}]`).
            filter_last_name: Filter on `lastName`: exact match; comma-separated values match any (connector input `filters[{field: lastName, criteria}]`).
            filter_username: Filter on `username`: exact match; comma-separated values match any (connector input `filters[{field: username, criteria}]`).
            filter_locked: Filter on `locked`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[User]",
            self._client.request_page(
                _LIST_USERS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_user": fields_user,
                    "filter_email": filter_email,
                    "filter_first_name": filter_first_name,
                    "filter_last_name": filter_last_name,
                    "filter_username": filter_username,
                    "filter_locked": filter_locked,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.User,
                options,
            ),
        )

    def get(
        self,
        user_id: int | str,
        *,
        fields_user: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Get an user

        Gets a user from your Outreach account, using its unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get user'.

        `GET /users/{user_id}`

        Args:
            user_id: Id of the user.
            fields_user: Sparse fieldset: comma-separated user attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            self._client.request(
                _GET_USER,
                {"user_id": user_id, "fields_user": fields_user, "include": include},
                options=options,
            ),
        )


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncUsersResource:
    """Users

    `user` resources at `/users`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_user: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_first_name: str | NotGiven = NOT_GIVEN,
        filter_last_name: str | NotGiven = NOT_GIVEN,
        filter_username: str | NotGiven = NOT_GIVEN,
        filter_locked: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[User]:
        """List users

        Get a list of users in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List users', 'List users (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /users`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `firstName`, `lastName`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_user: Sparse fieldset: comma-separated user attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_first_name: Filter on `firstName`: exact match; comma-separated values match any (connector input `filters[{field: firstName, criteria}]`).
            filter_last_name: Filter on `lastName`: exact match; comma-separated values match any (connector input `filters[{field: lastName, criteria}]`).
            filter_username: Filter on `username`: exact match; comma-separated values match any (connector input `filters[{field: username, criteria}]`).
            filter_locked: Filter on `locked`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[User]",
            self._client.request_page(
                _LIST_USERS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_user": fields_user,
                    "filter_email": filter_email,
                    "filter_first_name": filter_first_name,
                    "filter_last_name": filter_last_name,
                    "filter_username": filter_username,
                    "filter_locked": filter_locked,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.User,
                options,
            ),
        )

    async def get(
        self,
        user_id: int | str,
        *,
        fields_user: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UserDocument:
        """Get an user

        Gets a user from your Outreach account, using its unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get user'.

        `GET /users/{user_id}`

        Args:
            user_id: Id of the user.
            fields_user: Sparse fieldset: comma-separated user attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "UserDocument",
            await self._client.request(
                _GET_USER,
                {"user_id": user_id, "fields_user": fields_user, "include": include},
                options=options,
            ),
        )


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
