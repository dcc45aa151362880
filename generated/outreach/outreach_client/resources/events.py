"""Events

`event` resources at `/events`.
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
    from ..models import Event, EventDocument

__all__ = ["AsyncEventsResource", "EventsResource"]

_LIST_EVENTS = Endpoint(
    method="GET",
    path="/events",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_event": Param("fields[event]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_event_at": Param("filter[eventAt]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_prospect_id": Param("filter[prospect][id]", "query"),
        "filter_user_id": Param("filter[user][id]", "query"),
        "filter_mailing_id": Param("filter[mailing][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EventListDocument),
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
_GET_EVENT = Endpoint(
    method="GET",
    path="/events/{event_id}",
    params={
        "event_id": Param("event_id", "path", required=True),
        "fields_event": Param("fields[event]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EventDocument),
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


class EventsResource:
    """Events

    `event` resources at `/events`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return EventsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_event: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_event_at: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        filter_mailing_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Event]:
        """List events

        Get a list of events in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List events'.

        `GET /events`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `eventAt`, `createdAt`, `name`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_event: Sparse fieldset: comma-separated event attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_event_at: Filter on `eventAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only events whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_user_id: Only events whose `user` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_mailing_id: Only events whose `mailing` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Event]",
            self._client.request_page(
                _LIST_EVENTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_event": fields_event,
                    "filter_name": filter_name,
                    "filter_event_at": filter_event_at,
                    "filter_created_at": filter_created_at,
                    "filter_prospect_id": filter_prospect_id,
                    "filter_user_id": filter_user_id,
                    "filter_mailing_id": filter_mailing_id,
                },
                _models.Event,
                options,
            ),
        )

    def get(
        self,
        event_id: int | str,
        *,
        fields_event: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EventDocument:
        """Get an event

        Gets an event from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get event'.

        `GET /events/{event_id}`

        Args:
            event_id: Id of the event.
            fields_event: Sparse fieldset: comma-separated event attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EventDocument",
            self._client.request(
                _GET_EVENT,
                {"event_id": event_id, "fields_event": fields_event, "include": include},
                options=options,
            ),
        )


class EventsResourceWithRawResponse:
    def __init__(self, resource: EventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncEventsResource:
    """Events

    `event` resources at `/events`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncEventsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_event: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_event_at: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        filter_user_id: str | NotGiven = NOT_GIVEN,
        filter_mailing_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Event]:
        """List events

        Get a list of events in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List events'.

        `GET /events`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `eventAt`, `createdAt`, `name`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_event: Sparse fieldset: comma-separated event attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_event_at: Filter on `eventAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only events whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_user_id: Only events whose `user` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_mailing_id: Only events whose `mailing` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Event]",
            self._client.request_page(
                _LIST_EVENTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_event": fields_event,
                    "filter_name": filter_name,
                    "filter_event_at": filter_event_at,
                    "filter_created_at": filter_created_at,
                    "filter_prospect_id": filter_prospect_id,
                    "filter_user_id": filter_user_id,
                    "filter_mailing_id": filter_mailing_id,
                },
                _models.Event,
                options,
            ),
        )

    async def get(
        self,
        event_id: int | str,
        *,
        fields_event: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EventDocument:
        """Get an event

        Gets an event from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get event'.

        `GET /events/{event_id}`

        Args:
            event_id: Id of the event.
            fields_event: Sparse fieldset: comma-separated event attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EventDocument",
            await self._client.request(
                _GET_EVENT,
                {"event_id": event_id, "fields_event": fields_event, "include": include},
                options=options,
            ),
        )


class AsyncEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
