"""Sequence Steps

`sequenceStep` resources at `/sequenceSteps`.
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
    from ..models import SequenceStep, SequenceStepDocument

__all__ = ["AsyncSequenceStepsResource", "SequenceStepsResource"]

_LIST_SEQUENCE_STEPS = Endpoint(
    method="GET",
    path="/sequenceSteps",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_sequence_step": Param("fields[sequenceStep]", "query"),
        "filter_step_type": Param("filter[stepType]", "query"),
        "filter_order": Param("filter[order]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_sequence_id": Param("filter[sequence][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStepListDocument),
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
_GET_SEQUENCE_STEP = Endpoint(
    method="GET",
    path="/sequenceSteps/{sequence_step_id}",
    params={
        "sequence_step_id": Param("sequence_step_id", "path", required=True),
        "fields_sequence_step": Param("fields[sequenceStep]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStepDocument),
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


class SequenceStepsResource:
    """Sequence Steps

    `sequenceStep` resources at `/sequenceSteps`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SequenceStepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return SequenceStepsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence_step: str | NotGiven = NOT_GIVEN,
        filter_step_type: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_sequence_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[SequenceStep]:
        """List sequence steps

        Get a list of sequence steps in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List sequence steps', 'List sequence steps (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequenceSteps`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence_step: Sparse fieldset: comma-separated sequenceStep attribute/relationship names to return (connector input `fields`).
            filter_step_type: Filter on `stepType`: exact match; comma-separated values match any (connector input `filters[{field: stepType, criteria}]`).
            filter_order: Filter on `order`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_sequence_id: Only sequenceSteps whose `sequence` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[SequenceStep]",
            self._client.request_page(
                _LIST_SEQUENCE_STEPS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence_step": fields_sequence_step,
                    "filter_step_type": filter_step_type,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_sequence_id": filter_sequence_id,
                },
                _models.SequenceStep,
                options,
            ),
        )

    def get(
        self,
        sequence_step_id: int | str,
        *,
        fields_sequence_step: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceStepDocument:
        """Get a sequence step

        Gets a sequence step from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence step'.

        `GET /sequenceSteps/{sequence_step_id}`

        Args:
            sequence_step_id: Id of the sequenceStep.
            fields_sequence_step: Sparse fieldset: comma-separated sequenceStep attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStepDocument",
            self._client.request(
                _GET_SEQUENCE_STEP,
                {
                    "sequence_step_id": sequence_step_id,
                    "fields_sequence_step": fields_sequence_step,
                    "include": include,
                },
                options=options,
            ),
        )


class SequenceStepsResourceWithRawResponse:
    def __init__(self, resource: SequenceStepsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncSequenceStepsResource:
    """Sequence Steps

    `sequenceStep` resources at `/sequenceSteps`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSequenceStepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncSequenceStepsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence_step: str | NotGiven = NOT_GIVEN,
        filter_step_type: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_sequence_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[SequenceStep]:
        """List sequence steps

        Get a list of sequence steps in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List sequence steps', 'List sequence steps (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequenceSteps`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence_step: Sparse fieldset: comma-separated sequenceStep attribute/relationship names to return (connector input `fields`).
            filter_step_type: Filter on `stepType`: exact match; comma-separated values match any (connector input `filters[{field: stepType, criteria}]`).
            filter_order: Filter on `order`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_sequence_id: Only sequenceSteps whose `sequence` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[SequenceStep]",
            self._client.request_page(
                _LIST_SEQUENCE_STEPS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence_step": fields_sequence_step,
                    "filter_step_type": filter_step_type,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_sequence_id": filter_sequence_id,
                },
                _models.SequenceStep,
                options,
            ),
        )

    async def get(
        self,
        sequence_step_id: int | str,
        *,
        fields_sequence_step: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceStepDocument:
        """Get a sequence step

        Gets a sequence step from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence step'.

        `GET /sequenceSteps/{sequence_step_id}`

        Args:
            sequence_step_id: Id of the sequenceStep.
            fields_sequence_step: Sparse fieldset: comma-separated sequenceStep attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStepDocument",
            await self._client.request(
                _GET_SEQUENCE_STEP,
                {
                    "sequence_step_id": sequence_step_id,
                    "fields_sequence_step": fields_sequence_step,
                    "include": include,
                },
                options=options,
            ),
        )


class AsyncSequenceStepsResourceWithRawResponse:
    def __init__(self, resource: AsyncSequenceStepsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
