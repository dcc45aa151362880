"""Phone Numbers

`phoneNumber` resources at `/phoneNumbers`.
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
    from ..models import PhoneNumber, PhoneNumberDocument

__all__ = ["AsyncPhoneNumbersResource", "PhoneNumbersResource"]

_LIST_PHONE_NUMBERS = Endpoint(
    method="GET",
    path="/phoneNumbers",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_phone_number": Param("fields[phoneNumber]", "query"),
        "filter_number": Param("filter[number]", "query"),
        "filter_phone_type": Param("filter[phoneType]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_prospect_id": Param("filter[prospect][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PhoneNumberListDocument),
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
_GET_PHONE_NUMBER = Endpoint(
    method="GET",
    path="/phoneNumbers/{phone_number_id}",
    params={
        "phone_number_id": Param("phone_number_id", "path", required=True),
        "fields_phone_number": Param("fields[phoneNumber]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PhoneNumberDocument),
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


class PhoneNumbersResource:
    """Phone Numbers

    `phoneNumber` resources at `/phoneNumbers`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PhoneNumbersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return PhoneNumbersResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_phone_number: str | NotGiven = NOT_GIVEN,
        filter_number: str | NotGiven = NOT_GIVEN,
        filter_phone_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PhoneNumber]:
        """List phone numbers

        Get a list of phone numbers of prospects in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List phone numbers', 'List phone numbers (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /phoneNumbers`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `number`, `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_phone_number: Sparse fieldset: comma-separated phoneNumber attribute/relationship names to return (connector input `fields`).
            filter_number: Filter on `number`: exact match; comma-separated values match any (connector input `filters[{field: number, criteria}]`).
            filter_phone_type: Filter on `phoneType`: exact match; comma-separated values match any (connector input `filters[{field: phoneType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only phoneNumbers whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[PhoneNumber]",
            self._client.request_page(
                _LIST_PHONE_NUMBERS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_phone_number": fields_phone_number,
                    "filter_number": filter_number,
                    "filter_phone_type": filter_phone_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.PhoneNumber,
                options,
            ),
        )

    def get(
        self,
        phone_number_id: int | str,
        *,
        fields_phone_number: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberDocument:
        """Get a phone number

        Gets a phone number of a prospect from your Outreach account, using the phone number ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get phone number'.

        `GET /phoneNumbers/{phone_number_id}`

        Args:
            phone_number_id: Id of the phoneNumber.
            fields_phone_number: Sparse fieldset: comma-separated phoneNumber attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PhoneNumberDocument",
            self._client.request(
                _GET_PHONE_NUMBER,
                {
                    "phone_number_id": phone_number_id,
                    "fields_phone_number": fields_phone_number,
                    "include": include,
                },
                options=options,
            ),
        )


class PhoneNumbersResourceWithRawResponse:
    def __init__(self, resource: PhoneNumbersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPhoneNumbersResource:
    """Phone Numbers

    `phoneNumber` resources at `/phoneNumbers`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPhoneNumbersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncPhoneNumbersResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_phone_number: str | NotGiven = NOT_GIVEN,
        filter_number: str | NotGiven = NOT_GIVEN,
        filter_phone_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PhoneNumber]:
        """List phone numbers

        Get a list of phone numbers of prospects in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List phone numbers', 'List phone numbers (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /phoneNumbers`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `number`, `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_phone_number: Sparse fieldset: comma-separated phoneNumber attribute/relationship names to return (connector input `fields`).
            filter_number: Filter on `number`: exact match; comma-separated values match any (connector input `filters[{field: number, criteria}]`).
            filter_phone_type: Filter on `phoneType`: exact match; comma-separated values match any (connector input `filters[{field: phoneType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only phoneNumbers whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[PhoneNumber]",
            self._client.request_page(
                _LIST_PHONE_NUMBERS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_phone_number": fields_phone_number,
                    "filter_number": filter_number,
                    "filter_phone_type": filter_phone_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.PhoneNumber,
                options,
            ),
        )

    async def get(
        self,
        phone_number_id: int | str,
        *,
        fields_phone_number: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberDocument:
        """Get a phone number

        Gets a phone number of a prospect from your Outreach account, using the phone number ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get phone number'.

        `GET /phoneNumbers/{phone_number_id}`

        Args:
            phone_number_id: Id of the phoneNumber.
            fields_phone_number: Sparse fieldset: comma-separated phoneNumber attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PhoneNumberDocument",
            await self._client.request(
                _GET_PHONE_NUMBER,
                {
                    "phone_number_id": phone_number_id,
                    "fields_phone_number": fields_phone_number,
                    "include": include,
                },
                options=options,
            ),
        )


class AsyncPhoneNumbersResourceWithRawResponse:
    def __init__(self, resource: AsyncPhoneNumbersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
