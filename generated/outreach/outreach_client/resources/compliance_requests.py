"""Compliance Requests

`complianceRequest` resources at `/complianceRequests`.
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
    from ..models import ComplianceRequest, ComplianceRequestDocument

__all__ = ["AsyncComplianceRequestsResource", "ComplianceRequestsResource"]

_LIST_COMPLIANCE_REQUESTS = Endpoint(
    method="GET",
    path="/complianceRequests",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_compliance_request": Param("fields[complianceRequest]", "query"),
        "filter_state": Param("filter[state]", "query"),
        "filter_request_type": Param("filter[requestType]", "query"),
        "filter_object_type": Param("filter[objectType]", "query"),
        "filter_batch_compliance_request_uuid": Param(
            "filter[batchComplianceRequestUuid]", "query"
        ),
        "filter_created_at": Param("filter[createdAt]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ComplianceRequestListDocument),
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
_CREATE_COMPLIANCE_REQUEST = Endpoint(
    method="POST",
    path="/complianceRequests",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ComplianceRequestDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_COMPLIANCE_REQUEST = Endpoint(
    method="GET",
    path="/complianceRequests/{compliance_request_id}",
    params={
        "compliance_request_id": Param("compliance_request_id", "path", required=True),
        "fields_compliance_request": Param("fields[complianceRequest]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ComplianceRequestDocument),
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


class ComplianceRequestsResource:
    """Compliance Requests

    `complianceRequest` resources at `/complianceRequests`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ComplianceRequestsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ComplianceRequestsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_compliance_request: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_request_type: str | NotGiven = NOT_GIVEN,
        filter_object_type: str | NotGiven = NOT_GIVEN,
        filter_batch_compliance_request_uuid: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ComplianceRequest]:
        """List compliance requests

        Retrieve a list of regulatory requests to delete or export personal information.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List compliance requests'.

        `GET /complianceRequests`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_compliance_request: Sparse fieldset: comma-separated complianceRequest attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_request_type: Filter on `requestType`: exact match; comma-separated values match any (connector input `filters[{field: requestType, criteria}]`).
            filter_object_type: Filter on `objectType`: exact match; comma-separated values match any (connector input `filters[{field: objectType, criteria}]`).
            filter_batch_compliance_request_uuid: Filter on `batchComplianceRequestUuid`: exact match; comma-separated values match any (connector input `filters[{field: batchComplianceRequestUuid, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[ComplianceRequest]",
            self._client.request_page(
                _LIST_COMPLIANCE_REQUESTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_compliance_request": fields_compliance_request,
                    "filter_state": filter_state,
                    "filter_request_type": filter_request_type,
                    "filter_object_type": filter_object_type,
                    "filter_batch_compliance_request_uuid": filter_batch_compliance_request_uuid,
                    "filter_created_at": filter_created_at,
                },
                _models.ComplianceRequest,
                options,
            ),
        )

    def create(
        self,
        *,
        requester_email: str,
        request_type: str,
        object_type: str,
        request_object_email: str,
        **options: Unpack[RequestOptions],
    ) -> ComplianceRequestDocument:
        """Create a compliance request

        Create a new compliance request in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create compliance request'.

        `POST /complianceRequests`

        Args:
            requester_email: Email of the Outreach user making the request.
            request_type: What to do with the data, e.g. "Delete" (sample). Export requests also exist.
            object_type: The kind of record concerned, e.g. "Prospect" (sample) or "Recipient".
            request_object_email: Email address identifying the data subject.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ComplianceRequestDocument",
            self._client.request(
                _CREATE_COMPLIANCE_REQUEST,
                {},
                _jsonapi.write_document(
                    "complianceRequest",
                    {
                        "requester_email": requester_email,
                        "request_type": request_type,
                        "object_type": object_type,
                        "request_object_email": request_object_email,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        compliance_request_id: int | str,
        *,
        fields_compliance_request: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ComplianceRequestDocument:
        """Get a compliance request

        Retrieve the details for a specific compliance request.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get compliance request' links to https://api.outreach.io/api/v2/complianceRequests/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get compliance request'.

        `GET /complianceRequests/{compliance_request_id}`

        Args:
            compliance_request_id: Id of the complianceRequest.
            fields_compliance_request: Sparse fieldset: comma-separated complianceRequest attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ComplianceRequestDocument",
            self._client.request(
                _GET_COMPLIANCE_REQUEST,
                {
                    "compliance_request_id": compliance_request_id,
                    "fields_compliance_request": fields_compliance_request,
                    "include": include,
                },
                options=options,
            ),
        )


class ComplianceRequestsResourceWithRawResponse:
    def __init__(self, resource: ComplianceRequestsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncComplianceRequestsResource:
    """Compliance Requests

    `complianceRequest` resources at `/complianceRequests`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncComplianceRequestsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncComplianceRequestsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_compliance_request: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_request_type: str | NotGiven = NOT_GIVEN,
        filter_object_type: str | NotGiven = NOT_GIVEN,
        filter_batch_compliance_request_uuid: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ComplianceRequest]:
        """List compliance requests

        Retrieve a list of regulatory requests to delete or export personal information.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List compliance requests'.

        `GET /complianceRequests`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_compliance_request: Sparse fieldset: comma-separated complianceRequest attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_request_type: Filter on `requestType`: exact match; comma-separated values match any (connector input `filters[{field: requestType, criteria}]`).
            filter_object_type: Filter on `objectType`: exact match; comma-separated values match any (connector input `filters[{field: objectType, criteria}]`).
            filter_batch_compliance_request_uuid: Filter on `batchComplianceRequestUuid`: exact match; comma-separated values match any (connector input `filters[{field: batchComplianceRequestUuid, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[ComplianceRequest]",
            self._client.request_page(
                _LIST_COMPLIANCE_REQUESTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_compliance_request": fields_compliance_request,
                    "filter_state": filter_state,
                    "filter_request_type": filter_request_type,
                    "filter_object_type": filter_object_type,
                    "filter_batch_compliance_request_uuid": filter_batch_compliance_request_uuid,
                    "filter_created_at": filter_created_at,
                },
                _models.ComplianceRequest,
                options,
            ),
        )

    async def create(
        self,
        *,
        requester_email: str,
        request_type: str,
        object_type: str,
        request_object_email: str,
        **options: Unpack[RequestOptions],
    ) -> ComplianceRequestDocument:
        """Create a compliance request

        Create a new compliance request in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create compliance request'.

        `POST /complianceRequests`

        Args:
            requester_email: Email of the Outreach user making the request.
            request_type: What to do with the data, e.g. "Delete" (sample). Export requests also exist.
            object_type: The kind of record concerned, e.g. "Prospect" (sample) or "Recipient".
            request_object_email: Email address identifying the data subject.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ComplianceRequestDocument",
            await self._client.request(
                _CREATE_COMPLIANCE_REQUEST,
                {},
                _jsonapi.write_document(
                    "complianceRequest",
                    {
                        "requester_email": requester_email,
                        "request_type": request_type,
                        "object_type": object_type,
                        "request_object_email": request_object_email,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        compliance_request_id: int | str,
        *,
        fields_compliance_request: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ComplianceRequestDocument:
        """Get a compliance request

        Retrieve the details for a specific compliance request.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get compliance request' links to https://api.outreach.io/api/v2/complianceRequests/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get compliance request'.

        `GET /complianceRequests/{compliance_request_id}`

        Args:
            compliance_request_id: Id of the complianceRequest.
            fields_compliance_request: Sparse fieldset: comma-separated complianceRequest attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ComplianceRequestDocument",
            await self._client.request(
                _GET_COMPLIANCE_REQUEST,
                {
                    "compliance_request_id": compliance_request_id,
                    "fields_compliance_request": fields_compliance_request,
                    "include": include,
                },
                options=options,
            ),
        )


class AsyncComplianceRequestsResourceWithRawResponse:
    def __init__(self, resource: AsyncComplianceRequestsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
