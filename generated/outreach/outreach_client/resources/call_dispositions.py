"""Call Dispositions

`callDisposition` resources at `/callDispositions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        CallDisposition,
        CallDispositionDocument,
        CallDispositionUpdate,
        CallDispositionUpdateParam,
    )

__all__ = ["AsyncCallDispositionsResource", "CallDispositionsResource"]

_LIST_CALL_DISPOSITIONS = Endpoint(
    method="GET",
    path="/callDispositions",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_call_disposition": Param("fields[callDisposition]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_outcome": Param("filter[outcome]", "query"),
        "filter_order": Param("filter[order]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDispositionListDocument),
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
_CREATE_CALL_DISPOSITION = Endpoint(
    method="POST",
    path="/callDispositions",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDispositionDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_CALL_DISPOSITION = Endpoint(
    method="GET",
    path="/callDispositions/{call_disposition_id}",
    params={
        "call_disposition_id": Param("call_disposition_id", "path", required=True),
        "fields_call_disposition": Param("fields[callDisposition]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDispositionDocument),
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
_DELETE_CALL_DISPOSITION = Endpoint(
    method="DELETE",
    path="/callDispositions/{call_disposition_id}",
    params={
        "call_disposition_id": Param("call_disposition_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_kind="none",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_UPDATE_CALL_DISPOSITION = Endpoint(
    method="PATCH",
    path="/callDispositions/{call_disposition_id}",
    params={
        "call_disposition_id": Param("call_disposition_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDispositionDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)


class CallDispositionsResource:
    """Call Dispositions

    `callDisposition` resources at `/callDispositions`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CallDispositionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return CallDispositionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_call_disposition: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_outcome: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[CallDisposition]:
        """List call dispositions

        List all call dispositions in your account

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List call dispositions', 'List call dispositions (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /callDispositions`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `order`, `outcome`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_call_disposition: Sparse fieldset: comma-separated callDisposition attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_outcome: Filter on `outcome`: exact match; comma-separated values match any (connector input `filters[{field: outcome, criteria}]`).
            filter_order: Filter on `order`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[CallDisposition]",
            self._client.request_page(
                _LIST_CALL_DISPOSITIONS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_call_disposition": fields_call_disposition,
                    "filter_name": filter_name,
                    "filter_outcome": filter_outcome,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.CallDisposition,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        order: int | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        default_for_outbound_voicemail: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Create a call disposition

        Create a new call disposition in your outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create call disposition'.

        `POST /callDispositions`

        Args:
            name: The disposition's name (e.g. "Interested"). Seen as a connector input field.
            order: Display order. Seen as a connector input field.
            outcome: The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field.
            default_for_outbound_voicemail: Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            self._client.request(
                _CREATE_CALL_DISPOSITION,
                {},
                _jsonapi.write_document(
                    "callDisposition",
                    {
                        "name": name,
                        "order": order,
                        "outcome": outcome,
                        "defaultForOutboundVoicemail": default_for_outbound_voicemail,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        call_disposition_id: int | str,
        *,
        fields_call_disposition: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Get a call disposition

        Gets a call disposition from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get call disposition'.

        `GET /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.
            fields_call_disposition: Sparse fieldset: comma-separated callDisposition attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            self._client.request(
                _GET_CALL_DISPOSITION,
                {
                    "call_disposition_id": call_disposition_id,
                    "fields_call_disposition": fields_call_disposition,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        call_disposition_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a call disposition

        Delete an call disposition from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete call disposition'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_CALL_DISPOSITION,
                {"call_disposition_id": call_disposition_id},
                options=options,
            ),
        )

    def update(
        self,
        call_disposition_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        default_for_outbound_voicemail: bool | NotGiven | None = NOT_GIVEN,
        body: CallDispositionUpdate | CallDispositionUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Update a call disposition

        Update a call disposition in your outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update call disposition'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.
            name: The disposition's name (e.g. "Interested"). Seen as a connector input field.
            order: Display order. Seen as a connector input field.
            outcome: The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field.
            default_for_outbound_voicemail: Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            self._client.request(
                _UPDATE_CALL_DISPOSITION,
                {"call_disposition_id": call_disposition_id},
                _jsonapi.write_document(
                    "callDisposition",
                    {
                        "name": name,
                        "order": order,
                        "outcome": outcome,
                        "defaultForOutboundVoicemail": default_for_outbound_voicemail,
                    },
                    {},
                    id_=call_disposition_id,
                    document=body,
                ),
                options=options,
            ),
        )


class CallDispositionsResourceWithRawResponse:
    def __init__(self, resource: CallDispositionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncCallDispositionsResource:
    """Call Dispositions

    `callDisposition` resources at `/callDispositions`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCallDispositionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncCallDispositionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_call_disposition: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_outcome: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[CallDisposition]:
        """List call dispositions

        List all call dispositions in your account

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List call dispositions', 'List call dispositions (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /callDispositions`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `order`, `outcome`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_call_disposition: Sparse fieldset: comma-separated callDisposition attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_outcome: Filter on `outcome`: exact match; comma-separated values match any (connector input `filters[{field: outcome, criteria}]`).
            filter_order: Filter on `order`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[CallDisposition]",
            self._client.request_page(
                _LIST_CALL_DISPOSITIONS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_call_disposition": fields_call_disposition,
                    "filter_name": filter_name,
                    "filter_outcome": filter_outcome,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.CallDisposition,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        order: int | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        default_for_outbound_voicemail: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Create a call disposition

        Create a new call disposition in your outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create call disposition'.

        `POST /callDispositions`

        Args:
            name: The disposition's name (e.g. "Interested"). Seen as a connector input field.
            order: Display order. Seen as a connector input field.
            outcome: The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field.
            default_for_outbound_voicemail: Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            await self._client.request(
                _CREATE_CALL_DISPOSITION,
                {},
                _jsonapi.write_document(
                    "callDisposition",
                    {
                        "name": name,
                        "order": order,
                        "outcome": outcome,
                        "defaultForOutboundVoicemail": default_for_outbound_voicemail,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        call_disposition_id: int | str,
        *,
        fields_call_disposition: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Get a call disposition

        Gets a call disposition from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get call disposition'.

        `GET /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.
            fields_call_disposition: Sparse fieldset: comma-separated callDisposition attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            await self._client.request(
                _GET_CALL_DISPOSITION,
                {
                    "call_disposition_id": call_disposition_id,
                    "fields_call_disposition": fields_call_disposition,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        call_disposition_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a call disposition

        Delete an call disposition from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete call disposition'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_CALL_DISPOSITION,
                {"call_disposition_id": call_disposition_id},
                options=options,
            ),
        )

    async def update(
        self,
        call_disposition_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        default_for_outbound_voicemail: bool | NotGiven | None = NOT_GIVEN,
        body: CallDispositionUpdate | CallDispositionUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDispositionDocument:
        """Update a call disposition

        Update a call disposition in your outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update call disposition'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /callDispositions/{call_disposition_id}`

        Args:
            call_disposition_id: Id of the callDisposition.
            name: The disposition's name (e.g. "Interested"). Seen as a connector input field.
            order: Display order. Seen as a connector input field.
            outcome: The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field.
            default_for_outbound_voicemail: Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDispositionDocument",
            await self._client.request(
                _UPDATE_CALL_DISPOSITION,
                {"call_disposition_id": call_disposition_id},
                _jsonapi.write_document(
                    "callDisposition",
                    {
                        "name": name,
                        "order": order,
                        "outcome": outcome,
                        "defaultForOutboundVoicemail": default_for_outbound_voicemail,
                    },
                    {},
                    id_=call_disposition_id,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncCallDispositionsResourceWithRawResponse:
    def __init__(self, resource: AsyncCallDispositionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
