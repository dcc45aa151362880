"""Templates

`template` resources at `/templates`.
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
    from ..models import Template

__all__ = ["AsyncTemplatesResource", "TemplatesResource"]

_LIST_TEMPLATES = Endpoint(
    method="GET",
    path="/templates",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_template": Param("fields[template]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_archived": Param("filter[archived]", "query"),
        "filter_share_type": Param("filter[shareType]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TemplateListDocument),
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


class TemplatesResource:
    """Templates

    `template` resources at `/templates`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return TemplatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_template: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_archived: str | NotGiven = NOT_GIVEN,
        filter_share_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Template]:
        """List templates

        Get a list of templates in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List templates', 'List templates (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /templates`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `createdAt`, `updatedAt`, `lastUsedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_template: Sparse fieldset: comma-separated template attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_archived: Filter on `archived`: `true` or `false`.
            filter_share_type: Filter on `shareType`: exact match; comma-separated values match any (connector input `filters[{field: shareType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only templates whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Template]",
            self._client.request_page(
                _LIST_TEMPLATES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_template": fields_template,
                    "filter_name": filter_name,
                    "filter_archived": filter_archived,
                    "filter_share_type": filter_share_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Template,
                options,
            ),
        )


class TemplatesResourceWithRawResponse:
    def __init__(self, resource: TemplatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTemplatesResource:
    """Templates

    `template` resources at `/templates`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncTemplatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_template: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_archived: str | NotGiven = NOT_GIVEN,
        filter_share_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Template]:
        """List templates

        Get a list of templates in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List templates', 'List templates (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /templates`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `createdAt`, `updatedAt`, `lastUsedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_template: Sparse fieldset: comma-separated template attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_archived: Filter on `archived`: `true` or `false`.
            filter_share_type: Filter on `shareType`: exact match; comma-separated values match any (connector input `filters[{field: shareType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only templates whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Template]",
            self._client.request_page(
                _LIST_TEMPLATES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_template": fields_template,
                    "filter_name": filter_name,
                    "filter_archived": filter_archived,
                    "filter_share_type": filter_share_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Template,
                options,
            ),
        )


class AsyncTemplatesResourceWithRawResponse:
    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
