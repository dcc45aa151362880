"""Audits

`audit` resources at `/audits`.
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
    from ..models import Audit

__all__ = ["AsyncAuditsResource", "AuditsResource"]

_LIST_AUDITS = Endpoint(
    method="GET",
    path="/audits",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_audit": Param("fields[audit]", "query"),
        "filter_event_name": Param("filter[eventName]", "query"),
        "filter_timestamp": Param("filter[timestamp]", "query"),
        "filter_user_id": Param("filter[userId]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AuditListDocument),
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


class AuditsResource:
    """Audits

    `audit` resources at `/audits`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AuditsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AuditsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_audit: str | NotGiven = NOT_GIVEN,
        filter_event_name: str | NotGiven = NOT_GIVEN,
        filter_timestamp: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Audit]:
        """List audits

        Retrieve the audit log: records of events (such as logins) in your Outreach organization.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List audits' links to https://api.outreach.io/api/v2/audits?page[size]=50&sort=-timestamp; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List audits'.

        `GET /audits`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `timestamp`, `eventName`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_audit: Sparse fieldset: comma-separated audit attribute/relationship names to return (connector input `fields`).
            filter_event_name: Filter on `eventName`: exact match; comma-separated values match any (connector input `filters[{field: eventName, criteria}]`).
            filter_timestamp: Filter on `timestamp`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_user_id: Filter on `userId`: exact value, comma-separated values or a range `<from>..<to>`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Audit]",
            self._client.request_page(
                _LIST_AUDITS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_audit": fields_audit,
                    "filter_event_name": filter_event_name,
                    "filter_timestamp": filter_timestamp,
                    "filter_user_id": filter_user_id,
                },
                _models.Audit,
                options,
            ),
        )


class AuditsResourceWithRawResponse:
    def __init__(self, resource: AuditsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAuditsResource:
    """Audits

    `audit` resources at `/audits`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAuditsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAuditsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_audit: str | NotGiven = NOT_GIVEN,
        filter_event_name: str | NotGiven = NOT_GIVEN,
        filter_timestamp: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Audit]:
        """List audits

        Retrieve the audit log: records of events (such as logins) in your Outreach organization.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List audits' links to https://api.outreach.io/api/v2/audits?page[size]=50&sort=-timestamp; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List audits'.

        `GET /audits`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `timestamp`, `eventName`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_audit: Sparse fieldset: comma-separated audit attribute/relationship names to return (connector input `fields`).
            filter_event_name: Filter on `eventName`: exact match; comma-separated values match any (connector input `filters[{field: eventName, criteria}]`).
            filter_timestamp: Filter on `timestamp`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_user_id: Filter on `userId`: exact value, comma-separated values or a range `<from>..<to>`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Audit]",
            self._client.request_page(
                _LIST_AUDITS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_audit": fields_audit,
                    "filter_event_name": filter_event_name,
                    "filter_timestamp": filter_timestamp,
                    "filter_user_id": filter_user_id,
                },
                _models.Audit,
                options,
            ),
        )


class AsyncAuditsResourceWithRawResponse:
    def __init__(self, resource: AsyncAuditsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
