"""Mailboxes

`mailbox` resources at `/mailboxes`.
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
    from ..models import Mailbox, MailboxDocument

__all__ = ["AsyncMailboxesResource", "MailboxesResource"]

_LIST_MAILBOXES = Endpoint(
    method="GET",
    path="/mailboxes",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_mailbox": Param("fields[mailbox]", "query"),
        "filter_email": Param("filter[email]", "query"),
        "filter_email_provider": Param("filter[emailProvider]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_user_id": Param("filter[user][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.MailboxListDocument),
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
_GET_MAILBOX = Endpoint(
    method="GET",
    path="/mailboxes/{mailbox_id}",
    params={
        "mailbox_id": Param("mailbox_id", "path", required=True),
        "fields_mailbox": Param("fields[mailbox]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.MailboxDocument),
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


class MailboxesResource:
    """Mailboxes

    `mailbox` resources at `/mailboxes`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MailboxesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return MailboxesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_mailbox: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_email_provider: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Mailbox]:
        """List mailboxes

        Get a list of mailboxes in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List mailboxes', 'List mailboxes (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /mailboxes`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_mailbox: Sparse fieldset: comma-separated mailbox attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_email_provider: Filter on `emailProvider`: exact match; comma-separated values match any (connector input `filters[{field: emailProvider, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_user_id: Only mailboxes whose `user` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Mailbox]",
            self._client.request_page(
                _LIST_MAILBOXES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_mailbox": fields_mailbox,
                    "filter_email": filter_email,
                    "filter_email_provider": filter_email_provider,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_user_id": filter_user_id,
                },
                _models.Mailbox,
                options,
            ),
        )

    def get(
        self,
        mailbox_id: int | str,
        *,
        fields_mailbox: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MailboxDocument:
        """Get a mailbox

        Gets a mailbox from your Outreach account, using its unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get mailbox'.

        `GET /mailboxes/{mailbox_id}`

        Args:
            mailbox_id: Id of the mailbox.
            fields_mailbox: Sparse fieldset: comma-separated mailbox attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "MailboxDocument",
            self._client.request(
                _GET_MAILBOX,
                {"mailbox_id": mailbox_id, "fields_mailbox": fields_mailbox, "include": include},
                options=options,
            ),
        )


class MailboxesResourceWithRawResponse:
    def __init__(self, resource: MailboxesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMailboxesResource:
    """Mailboxes

    `mailbox` resources at `/mailboxes`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMailboxesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncMailboxesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_mailbox: str | NotGiven = NOT_GIVEN,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_email_provider: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Mailbox]:
        """List mailboxes

        Get a list of mailboxes in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List mailboxes', 'List mailboxes (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /mailboxes`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `email`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_mailbox: Sparse fieldset: comma-separated mailbox attribute/relationship names to return (connector input `fields`).
            filter_email: Filter on `email`: exact match; comma-separated values match any (connector input `filters[{field: email, criteria}]`).
            filter_email_provider: Filter on `emailProvider`: exact match; comma-separated values match any (connector input `filters[{field: emailProvider, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_user_id: Only mailboxes whose `user` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Mailbox]",
            self._client.request_page(
                _LIST_MAILBOXES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_mailbox": fields_mailbox,
                    "filter_email": filter_email,
                    "filter_email_provider": filter_email_provider,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_user_id": filter_user_id,
                },
                _models.Mailbox,
                options,
            ),
        )

    async def get(
        self,
        mailbox_id: int | str,
        *,
        fields_mailbox: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MailboxDocument:
        """Get a mailbox

        Gets a mailbox from your Outreach account, using its unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get mailbox'.

        `GET /mailboxes/{mailbox_id}`

        Args:
            mailbox_id: Id of the mailbox.
            fields_mailbox: Sparse fieldset: comma-separated mailbox attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "MailboxDocument",
            await self._client.request(
                _GET_MAILBOX,
                {"mailbox_id": mailbox_id, "fields_mailbox": fields_mailbox, "include": include},
                options=options,
            ),
        )


class AsyncMailboxesResourceWithRawResponse:
    def __init__(self, resource: AsyncMailboxesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
