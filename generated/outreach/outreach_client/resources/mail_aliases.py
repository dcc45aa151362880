"""Mail Aliases

`mailAlias` resources at `/mailAliases`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import MailAlias

__all__ = ["AsyncMailAliasesResource", "MailAliasesResource"]

_LIST_MAIL_ALIASES = Endpoint(
    method="GET",
    path="/mailAliases",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_mail_alias": Param("fields[mailAlias]", "query"),
        "filter_email": Param("filter[email]", "query"),
        "filter_mailbox_id": Param("filter[mailbox][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.MailAliasListDocument),
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


class MailAliasesResource:
    """Mail Aliases

    `mailAlias` resources at `/mailAliases`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MailAliasesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return MailAliasesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_mail_alias: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_mailbox_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MailAlias]:
        """List mail aliases

        Get a list of alternative email names for a mailboxes in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List mail aliases'.

        `GET /mailAliases`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_mail_alias: Sparse fieldset: comma-separated mailAlias attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_mailbox_id: Only mailAliases whose `mailbox` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[MailAlias]",
            self._client.request_page(
                _LIST_MAIL_ALIASES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_mail_alias": fields_mail_alias,
                    "filter_email": filter_email,
                    "filter_mailbox_id": filter_mailbox_id,
                },
                _models.MailAlias,
                options,
            ),
        )


class MailAliasesResourceWithRawResponse:
    def __init__(self, resource: MailAliasesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncMailAliasesResource:
    """Mail Aliases

    `mailAlias` resources at `/mailAliases`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMailAliasesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncMailAliasesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_mail_alias: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_mailbox_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MailAlias]:
        """List mail aliases

        Get a list of alternative email names for a mailboxes in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List mail aliases'.

        `GET /mailAliases`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_mail_alias: Sparse fieldset: comma-separated mailAlias attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_mailbox_id: Only mailAliases whose `mailbox` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[MailAlias]",
            self._client.request_page(
                _LIST_MAIL_ALIASES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_mail_alias": fields_mail_alias,
                    "filter_email": filter_email,
                    "filter_mailbox_id": filter_mailbox_id,
                },
                _models.MailAlias,
                options,
            ),
        )


class AsyncMailAliasesResourceWithRawResponse:
    def __init__(self, resource: AsyncMailAliasesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
