"""Stages

Stages of a pipeline.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import DeletedResource, Stage, StageDocument, StageUpdate, StageUpdateParam

__all__ = ["AsyncStagesResource", "StagesResource"]

_LIST_STAGES = Endpoint(
    method="GET",
    path="/stages",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageCollection),
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
_CREATE_STAGE = Endpoint(
    method="POST",
    path="/stages",
    params={},
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
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
_GET_STAGE = Endpoint(
    method="GET",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
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
_DELETE_STAGE = Endpoint(
    method="DELETE",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
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
_UPDATE_STAGE = Endpoint(
    method="PATCH",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
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


class StagesResource:
    """Stages

    Stages of a pipeline.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> StagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return StagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["pipeline"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Stage]:
        """List stages

        Returns a list of stages. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /stages`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Comma-separated list of `attribute:value` pairs. The docs say this collection can be filtered but mark none of its attributes as filterable.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `pipeline`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Stage]",
            self._client.request_page(
                _LIST_STAGES,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Stage,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        probability: float,
        pipeline_id: int,
        rotting: float | NotGiven = NOT_GIVEN,
        position: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Create a stage

        Creates a new stage.

        `POST /stages`

        Args:
            name: The stage's name.
            probability: The stage's probability (use 10 for 10%).
            pipeline_id: The stage's pipeline.
            rotting: The number of days before considering a deal as 'rotting'.
            position: The position of the stage in the pipeline (starts at 0).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            self._client.request(
                _CREATE_STAGE,
                {},
                _jsonapi.write_document(
                    "stages",
                    {
                        "name": name,
                        "probability": probability,
                        "pipeline_id": pipeline_id,
                        "rotting": rotting,
                        "position": position,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        stage_id: int | str,
        *,
        include: builtins.list[Literal["pipeline"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Retrieve a stage

        Retrieves the stage with the given ID.

        `GET /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `pipeline`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            self._client.request(
                _GET_STAGE,
                {"stage_id": stage_id, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        stage_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a stage

        Permanently deletes a stage. It cannot be undone.

        `DELETE /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.

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
                _DELETE_STAGE,
                {"stage_id": stage_id},
                options=options,
            ),
        )

    def update(
        self,
        stage_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        probability: float | NotGiven = NOT_GIVEN,
        rotting: float | NotGiven = NOT_GIVEN,
        position: int | NotGiven = NOT_GIVEN,
        body: StageUpdate | StageUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Update a stage

        Updates the specified stage by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.
            name: The stage's name.
            probability: The stage's probability (use 10 for 10%).
            rotting: The number of days before considering a deal as 'rotting'.
            position: The position of the stage in the pipeline (starts at 0).
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
            "StageDocument",
            self._client.request(
                _UPDATE_STAGE,
                {"stage_id": stage_id},
                _jsonapi.write_document(
                    "stages",
                    {
                        "name": name,
                        "probability": probability,
                        "rotting": rotting,
                        "position": position,
                    },
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class StagesResourceWithRawResponse:
    def __init__(self, resource: StagesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncStagesResource:
    """Stages

    Stages of a pipeline.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncStagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncStagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["pipeline"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Stage]:
        """List stages

        Returns a list of stages. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /stages`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Comma-separated list of `attribute:value` pairs. The docs say this collection can be filtered but mark none of its attributes as filterable.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `pipeline`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Stage]",
            self._client.request_page(
                _LIST_STAGES,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Stage,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        probability: float,
        pipeline_id: int,
        rotting: float | NotGiven = NOT_GIVEN,
        position: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Create a stage

        Creates a new stage.

        `POST /stages`

        Args:
            name: The stage's name.
            probability: The stage's probability (use 10 for 10%).
            pipeline_id: The stage's pipeline.
            rotting: The number of days before considering a deal as 'rotting'.
            position: The position of the stage in the pipeline (starts at 0).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            await self._client.request(
                _CREATE_STAGE,
                {},
                _jsonapi.write_document(
                    "stages",
                    {
                        "name": name,
                        "probability": probability,
                        "pipeline_id": pipeline_id,
                        "rotting": rotting,
                        "position": position,
                    },
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        stage_id: int | str,
        *,
        include: builtins.list[Literal["pipeline"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Retrieve a stage

        Retrieves the stage with the given ID.

        `GET /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `pipeline`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            await self._client.request(
                _GET_STAGE,
                {"stage_id": stage_id, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        stage_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a stage

        Permanently deletes a stage. It cannot be undone.

        `DELETE /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.

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
                _DELETE_STAGE,
                {"stage_id": stage_id},
                options=options,
            ),
        )

    async def update(
        self,
        stage_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        probability: float | NotGiven = NOT_GIVEN,
        rotting: float | NotGiven = NOT_GIVEN,
        position: int | NotGiven = NOT_GIVEN,
        body: StageUpdate | StageUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Update a stage

        Updates the specified stage by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /stages/{stage_id}`

        Args:
            stage_id: The ID of the stage.
            name: The stage's name.
            probability: The stage's probability (use 10 for 10%).
            rotting: The number of days before considering a deal as 'rotting'.
            position: The position of the stage in the pipeline (starts at 0).
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
            "StageDocument",
            await self._client.request(
                _UPDATE_STAGE,
                {"stage_id": stage_id},
                _jsonapi.write_document(
                    "stages",
                    {
                        "name": name,
                        "probability": probability,
                        "rotting": rotting,
                        "position": position,
                    },
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncStagesResourceWithRawResponse:
    def __init__(self, resource: AsyncStagesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
