"""Stages

`stage` resources at `/stages`.
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
    from ..models import Stage, StageDocument, StageUpdate, StageUpdateParam

__all__ = ["AsyncStagesResource", "StagesResource"]

_LIST_STAGES = Endpoint(
    method="GET",
    path="/stages",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_stage": Param("fields[stage]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_order": Param("filter[order]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageListDocument),
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
_CREATE_STAGE = Endpoint(
    method="POST",
    path="/stages",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_STAGE = Endpoint(
    method="GET",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
        "fields_stage": Param("fields[stage]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
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
_DELETE_STAGE = Endpoint(
    method="DELETE",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
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
_UPDATE_STAGE = Endpoint(
    method="PATCH",
    path="/stages/{stage_id}",
    params={
        "stage_id": Param("stage_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.StageDocument),
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


class StagesResource:
    """Stages

    `stage` resources at `/stages`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_stage: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Stage]:
        """List stages

        Get a list of stages in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List stages', 'List stages (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /stages`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_stage: Sparse fieldset: comma-separated stage attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
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
            "SyncPage[Stage]",
            self._client.request_page(
                _LIST_STAGES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_stage": fields_stage,
                    "filter_name": filter_name,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.Stage,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        color: str | NotGiven | None = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Create a stage

        Create a stage in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create stage'.

        `POST /stages`

        Args:
            name: The stage's name. Seen in the connector samples.
            color: The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples.
            order: Display order. Seen in the connector samples.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            self._client.request(
                _CREATE_STAGE,
                {},
                _jsonapi.write_document(
                    "stage",
                    {"name": name, "color": color, "order": order},
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
        fields_stage: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Get a stage

        Gets a stage from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get stage'.

        `GET /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.
            fields_stage: Sparse fieldset: comma-separated stage attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            self._client.request(
                _GET_STAGE,
                {"stage_id": stage_id, "fields_stage": fields_stage, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        stage_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stage

        Delete a stage in your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete stage'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
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
        color: str | NotGiven | None = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        body: StageUpdate | StageUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Update a stage

        Update a stage by ID in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Update stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Update stage'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.
            name: The stage's name. Seen in the connector samples.
            color: The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples.
            order: Display order. Seen in the connector samples.
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            self._client.request(
                _UPDATE_STAGE,
                {"stage_id": stage_id},
                _jsonapi.write_document(
                    "stage",
                    {"name": name, "color": color, "order": order},
                    {},
                    id_=stage_id,
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

    `stage` resources at `/stages`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_stage: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_order: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Stage]:
        """List stages

        Get a list of stages in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List stages', 'List stages (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /stages`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `order`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_stage: Sparse fieldset: comma-separated stage attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
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
            "AsyncPaginator[Stage]",
            self._client.request_page(
                _LIST_STAGES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_stage": fields_stage,
                    "filter_name": filter_name,
                    "filter_order": filter_order,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                },
                _models.Stage,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        color: str | NotGiven | None = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Create a stage

        Create a stage in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create stage'.

        `POST /stages`

        Args:
            name: The stage's name. Seen in the connector samples.
            color: The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples.
            order: Display order. Seen in the connector samples.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            await self._client.request(
                _CREATE_STAGE,
                {},
                _jsonapi.write_document(
                    "stage",
                    {"name": name, "color": color, "order": order},
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
        fields_stage: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Get a stage

        Gets a stage from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get stage'.

        `GET /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.
            fields_stage: Sparse fieldset: comma-separated stage attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            await self._client.request(
                _GET_STAGE,
                {"stage_id": stage_id, "fields_stage": fields_stage, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        stage_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stage

        Delete a stage in your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete stage'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
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
        color: str | NotGiven | None = NOT_GIVEN,
        order: int | NotGiven | None = NOT_GIVEN,
        body: StageUpdate | StageUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> StageDocument:
        """Update a stage

        Update a stage by ID in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Update stage' links to https://api.outreach.io/api/v2/stages/123, https://api.outreach.io/api/v2/stages/123/prospects; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Update stage'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /stages/{stage_id}`

        Args:
            stage_id: Id of the stage.
            name: The stage's name. Seen in the connector samples.
            color: The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples.
            order: Display order. Seen in the connector samples.
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "StageDocument",
            await self._client.request(
                _UPDATE_STAGE,
                {"stage_id": stage_id},
                _jsonapi.write_document(
                    "stage",
                    {"name": name, "color": color, "order": order},
                    {},
                    id_=stage_id,
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
