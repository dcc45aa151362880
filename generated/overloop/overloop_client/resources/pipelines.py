"""Pipelines

Deal pipelines.
"""

from __future__ import annotations

import builtins
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
        DeletedResource,
        Pipeline,
        PipelineDocument,
        PipelineUpdate,
        PipelineUpdateParam,
    )

__all__ = ["AsyncPipelinesResource", "PipelinesResource"]

_LIST_PIPELINES = Endpoint(
    method="GET",
    path="/pipelines",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PipelineCollection),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
    pagination=Pagination(
        style="page",
        items="/data",
        page_param="page_number",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_CREATE_PIPELINE = Endpoint(
    method="POST",
    path="/pipelines",
    params={},
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PipelineDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_PIPELINE = Endpoint(
    method="GET",
    path="/pipelines/{pipeline_id}",
    params={
        "pipeline_id": Param("pipeline_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PipelineDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "410": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_DELETE_PIPELINE = Endpoint(
    method="DELETE",
    path="/pipelines/{pipeline_id}",
    params={
        "pipeline_id": Param("pipeline_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DeletedResource),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "410": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_UPDATE_PIPELINE = Endpoint(
    method="PATCH",
    path="/pipelines/{pipeline_id}",
    params={
        "pipeline_id": Param("pipeline_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.PipelineDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "410": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)


class PipelinesResource:
    """Pipelines

    Deal pipelines.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PipelinesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return PipelinesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Pipeline]:
        """List pipelines

        Returns a list of pipelines. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /pipelines`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Comma-separated list of `attribute:value` pairs. The docs say this collection can be filtered but mark none of its attributes as filterable.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Pipeline]",
            self._client.request_page(
                _LIST_PIPELINES,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                },
                _models.Pipeline,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        currency_code: str,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Create a pipeline

        Creates a new pipeline.

        `POST /pipelines`

        Args:
            name: The pipeline's name.
            currency_code: The pipeline's currency code (ISO, e.g. `EUR`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            self._client.request(
                _CREATE_PIPELINE,
                {},
                _jsonapi.write_document(
                    "pipelines",
                    {"name": name, "currency_code": currency_code},
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        pipeline_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Retrieve a pipeline

        Retrieves the pipeline with the given ID.

        `GET /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            self._client.request(
                _GET_PIPELINE,
                {"pipeline_id": pipeline_id},
                options=options,
            ),
        )

    def delete(
        self,
        pipeline_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a pipeline

        Permanently deletes a pipeline. It cannot be undone.

        `DELETE /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DeletedResource",
            self._client.request(
                _DELETE_PIPELINE,
                {"pipeline_id": pipeline_id},
                options=options,
            ),
        )

    def update(
        self,
        pipeline_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        currency_code: str | NotGiven = NOT_GIVEN,
        body: PipelineUpdate | PipelineUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Update a pipeline

        Updates the specified pipeline by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.
            name: The pipeline's name.
            currency_code: The pipeline's currency code.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            self._client.request(
                _UPDATE_PIPELINE,
                {"pipeline_id": pipeline_id},
                _jsonapi.write_document(
                    "pipelines",
                    {"name": name, "currency_code": currency_code},
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class PipelinesResourceWithRawResponse:
    def __init__(self, resource: PipelinesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncPipelinesResource:
    """Pipelines

    Deal pipelines.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPipelinesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncPipelinesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Pipeline]:
        """List pipelines

        Returns a list of pipelines. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /pipelines`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Comma-separated list of `attribute:value` pairs. The docs say this collection can be filtered but mark none of its attributes as filterable.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Pipeline]",
            self._client.request_page(
                _LIST_PIPELINES,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                },
                _models.Pipeline,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        currency_code: str,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Create a pipeline

        Creates a new pipeline.

        `POST /pipelines`

        Args:
            name: The pipeline's name.
            currency_code: The pipeline's currency code (ISO, e.g. `EUR`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            await self._client.request(
                _CREATE_PIPELINE,
                {},
                _jsonapi.write_document(
                    "pipelines",
                    {"name": name, "currency_code": currency_code},
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        pipeline_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Retrieve a pipeline

        Retrieves the pipeline with the given ID.

        `GET /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            await self._client.request(
                _GET_PIPELINE,
                {"pipeline_id": pipeline_id},
                options=options,
            ),
        )

    async def delete(
        self,
        pipeline_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a pipeline

        Permanently deletes a pipeline. It cannot be undone.

        `DELETE /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DeletedResource",
            await self._client.request(
                _DELETE_PIPELINE,
                {"pipeline_id": pipeline_id},
                options=options,
            ),
        )

    async def update(
        self,
        pipeline_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        currency_code: str | NotGiven = NOT_GIVEN,
        body: PipelineUpdate | PipelineUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PipelineDocument:
        """Update a pipeline

        Updates the specified pipeline by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /pipelines/{pipeline_id}`

        Args:
            pipeline_id: The ID of the pipeline.
            name: The pipeline's name.
            currency_code: The pipeline's currency code.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "PipelineDocument",
            await self._client.request(
                _UPDATE_PIPELINE,
                {"pipeline_id": pipeline_id},
                _jsonapi.write_document(
                    "pipelines",
                    {"name": name, "currency_code": currency_code},
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncPipelinesResourceWithRawResponse:
    def __init__(self, resource: AsyncPipelinesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
