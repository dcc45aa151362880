"""Recipients

`recipient` resources at `/recipients`.
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
    from ..models import Recipient

__all__ = ["AsyncRecipientsResource", "RecipientsResource"]

_LIST_RECIPIENTS = Endpoint(
    method="GET",
    path="/recipients",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_recipient": Param("fields[recipient]", "query"),
        "filter_value": Param("filter[value]", "query"),
        "filter_recipient_type": Param("filter[recipientType]", "query"),
        "filter_email_hash": Param("filter[emailHash]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.RecipientListDocument),
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


class RecipientsResource:
    """Recipients

    `recipient` resources at `/recipients`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> RecipientsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return RecipientsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_recipient: str | NotGiven = NOT_GIVEN,
        filter_value: str | NotGiven = NOT_GIVEN,
        filter_recipient_type: str | NotGiven = NOT_GIVEN,
        filter_email_hash: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Recipient]:
        """List recipients

        Get a list of recipients in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List recipients' links to https://api.outreach.io/api/v2/recipients/12345, https://api.outreach.io/api/v2/recipients/12346, https://api.outreach.io/api/v2/recipients?page[limit]=50&sort=-createdAt; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List recipients'.

        `GET /recipients`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `value`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_recipient: Sparse fieldset: comma-separated recipient attribute/relationship names to return (connector input `fields`).
            filter_value: Filter on `value`: exact match; comma-separated values match any (connector input `filters[{field: value, criteria}]`).
            filter_recipient_type: Filter on `recipientType`: exact match; comma-separated values match any (connector input `filters[{field: recipientType, criteria}]`).
            filter_email_hash: Filter on `emailHash`: exact match; comma-separated values match any (connector input `filters[{field: emailHash, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Recipient]",
            self._client.request_page(
                _LIST_RECIPIENTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_recipient": fields_recipient,
                    "filter_value": filter_value,
                    "filter_recipient_type": filter_recipient_type,
                    "filter_email_hash": filter_email_hash,
                    "filter_created_at": filter_created_at,
                },
                _models.Recipient,
                options,
            ),
        )


class RecipientsResourceWithRawResponse:
    def __init__(self, resource: RecipientsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncRecipientsResource:
    """Recipients

    `recipient` resources at `/recipients`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncRecipientsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncRecipientsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_recipient: str | NotGiven = NOT_GIVEN,
        filter_value: str | NotGiven = NOT_GIVEN,
        filter_recipient_type: str | NotGiven = NOT_GIVEN,
        filter_email_hash: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Recipient]:
        """List recipients

        Get a list of recipients in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List recipients' links to https://api.outreach.io/api/v2/recipients/12345, https://api.outreach.io/api/v2/recipients/12346, https://api.outreach.io/api/v2/recipients?page[limit]=50&sort=-createdAt; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List recipients'.

        `GET /recipients`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `value`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_recipient: Sparse fieldset: comma-separated recipient attribute/relationship names to return (connector input `fields`).
            filter_value: Filter on `value`: exact match; comma-separated values match any (connector input `filters[{field: value, criteria}]`).
            filter_recipient_type: Filter on `recipientType`: exact match; comma-separated values match any (connector input `filters[{field: recipientType, criteria}]`).
            filter_email_hash: Filter on `emailHash`: exact match; comma-separated values match any (connector input `filters[{field: emailHash, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Recipient]",
            self._client.request_page(
                _LIST_RECIPIENTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_recipient": fields_recipient,
                    "filter_value": filter_value,
                    "filter_recipient_type": filter_recipient_type,
                    "filter_email_hash": filter_email_hash,
                    "filter_created_at": filter_created_at,
                },
                _models.Recipient,
                options,
            ),
        )


class AsyncRecipientsResourceWithRawResponse:
    def __init__(self, resource: AsyncRecipientsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
