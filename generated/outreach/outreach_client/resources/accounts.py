"""Accounts

`account` resources at `/accounts`.
"""

from __future__ import annotations

from typing import Any, Unpack, cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models import Account, AccountDocument, AccountListDocument, ErrorDocument

__all__ = ["AccountsResource", "AsyncAccountsResource"]

_LIST_ACCOUNTS = Endpoint(
    method="GET",
    path="/accounts",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_account": Param("fields[account]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_domain": Param("filter[domain]", "query"),
        "filter_named": Param("filter[named]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=AccountListDocument,
    response_kind="json",
    error_types={
        "400": ErrorDocument,
        "401": ErrorDocument,
        "403": ErrorDocument,
        "429": ErrorDocument,
    },
    retryable=True,
    pagination=Pagination(
        style="cursor",
        items="/data",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_CREATE_ACCOUNT = Endpoint(
    method="POST",
    path="/accounts",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=AccountDocument,
    response_kind="json",
    error_types={
        "401": ErrorDocument,
        "403": ErrorDocument,
        "422": ErrorDocument,
        "429": ErrorDocument,
    },
    retryable=False,
)
_GET_ACCOUNT = Endpoint(
    method="GET",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
        "fields_account": Param("fields[account]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=AccountDocument,
    response_kind="json",
    error_types={
        "400": ErrorDocument,
        "401": ErrorDocument,
        "403": ErrorDocument,
        "404": ErrorDocument,
        "429": ErrorDocument,
    },
    retryable=True,
)
_DELETE_ACCOUNT = Endpoint(
    method="DELETE",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_kind="none",
    error_types={
        "401": ErrorDocument,
        "403": ErrorDocument,
        "404": ErrorDocument,
        "429": ErrorDocument,
    },
    retryable=True,
)
_UPDATE_ACCOUNT = Endpoint(
    method="PATCH",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=AccountDocument,
    response_kind="json",
    error_types={
        "401": ErrorDocument,
        "403": ErrorDocument,
        "404": ErrorDocument,
        "422": ErrorDocument,
        "429": ErrorDocument,
    },
    retryable=False,
)


class AccountsResource:
    """Accounts

    `account` resources at `/accounts`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_account: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_domain: str | NotGiven = NOT_GIVEN,
        filter_named: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Account]:
        """List accounts

        Get a list of accounts in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List accounts', 'List accounts (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /accounts`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `domain`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_domain: Filter on `domain`: exact match; comma-separated values match any (connector input `filters[{field: domain, criteria}]`).
            filter_named: Filter on `named`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only accounts whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
        """
        return cast(
            "SyncPage[Account]",
            self._client.request_page(
                _LIST_ACCOUNTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_account": fields_account,
                    "filter_name": filter_name,
                    "filter_domain": filter_domain,
                    "filter_named": filter_named,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                Account,
                options,
            ),
        )

    def create(
        self,
        *,
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Create an account

        Create an account in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create account'.

        `POST /accounts`
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _CREATE_ACCOUNT,
                {},
                {"data": data},
                options=options,
            ),
        )

    def get(
        self,
        account_id: int,
        *,
        fields_account: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Get an account

        Gets an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get account'.

        `GET /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _GET_ACCOUNT,
                {"account_id": account_id, "fields_account": fields_account, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        account_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an account

        Delete an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete account'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /accounts/{account_id}`

        Args:
            account_id: Id of the account.
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_ACCOUNT,
                {"account_id": account_id},
                options=options,
            ),
        )

    def update(
        self,
        account_id: int,
        *,
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Update an account

        Update an account by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update account'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /accounts/{account_id}`

        Args:
            account_id: Id of the account.
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _UPDATE_ACCOUNT,
                {"account_id": account_id},
                {"data": data},
                options=options,
            ),
        )


class AccountsResourceWithRawResponse:
    def __init__(self, resource: AccountsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAccountsResource:
    """Accounts

    `account` resources at `/accounts`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_account: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_domain: str | NotGiven = NOT_GIVEN,
        filter_named: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Account]:
        """List accounts

        Get a list of accounts in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List accounts', 'List accounts (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /accounts`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `domain`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_domain: Filter on `domain`: exact match; comma-separated values match any (connector input `filters[{field: domain, criteria}]`).
            filter_named: Filter on `named`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only accounts whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
        """
        return cast(
            "AsyncPaginator[Account]",
            self._client.request_page(
                _LIST_ACCOUNTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_account": fields_account,
                    "filter_name": filter_name,
                    "filter_domain": filter_domain,
                    "filter_named": filter_named,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                Account,
                options,
            ),
        )

    async def create(
        self,
        *,
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Create an account

        Create an account in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create account'.

        `POST /accounts`
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _CREATE_ACCOUNT,
                {},
                {"data": data},
                options=options,
            ),
        )

    async def get(
        self,
        account_id: int,
        *,
        fields_account: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Get an account

        Gets an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get account'.

        `GET /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _GET_ACCOUNT,
                {"account_id": account_id, "fields_account": fields_account, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        account_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an account

        Delete an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete account'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /accounts/{account_id}`

        Args:
            account_id: Id of the account.
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_ACCOUNT,
                {"account_id": account_id},
                options=options,
            ),
        )

    async def update(
        self,
        account_id: int,
        *,
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Update an account

        Update an account by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update account'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /accounts/{account_id}`

        Args:
            account_id: Id of the account.
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _UPDATE_ACCOUNT,
                {"account_id": account_id},
                {"data": data},
                options=options,
            ),
        )


class AsyncAccountsResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
