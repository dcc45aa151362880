"""Exclusion List Items

Emails and domains excluded from outreach.
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
    from ..models import DeletedResource, ExclusionListItem, ExclusionListItemDocument

__all__ = ["AsyncExclusionListItemsResource", "ExclusionListItemsResource"]

_LIST_EXCLUSION_LIST_ITEMS = Endpoint(
    method="GET",
    path="/exclusion_list_items",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ExclusionListItemCollection),
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
_CREATE_EXCLUSION_LIST_ITEM = Endpoint(
    method="POST",
    path="/exclusion_list_items",
    params={},
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ExclusionListItemDocument),
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
_DELETE_EXCLUSION_LIST_ITEM = Endpoint(
    method="DELETE",
    path="/exclusion_list_items/{exclusion_list_item_id}",
    params={
        "exclusion_list_item_id": Param("exclusion_list_item_id", "path", required=True),
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


class ExclusionListItemsResource:
    """Exclusion List Items

    Emails and domains excluded from outreach.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ExclusionListItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ExclusionListItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ExclusionListItem]:
        """List exclusion list items

        Returns a list of exclusion list items. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /exclusion_list_items`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=value:value`. Filterable attributes: `value`, `item_type`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[ExclusionListItem]",
            self._client.request_page(
                _LIST_EXCLUSION_LIST_ITEMS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                },
                _models.ExclusionListItem,
                options,
            ),
        )

    def create(
        self,
        *,
        item_type: Literal["email", "domain"],
        value: str,
        **options: Unpack[RequestOptions],
    ) -> ExclusionListItemDocument:
        """Create an exclusion list item

        Creates a new exclusion list item.

        `POST /exclusion_list_items`

        Args:
            item_type: What to exclude: `domain` or `email`.
            value: The domain or email value to exclude.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ExclusionListItemDocument",
            self._client.request(
                _CREATE_EXCLUSION_LIST_ITEM,
                {},
                _jsonapi.write_document(
                    "exclusion_list_items",
                    {"item_type": item_type, "value": value},
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def delete(
        self,
        exclusion_list_item_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete an exclusion list item

        Permanently deletes an exclusion list item. It cannot be undone.

        `DELETE /exclusion_list_items/{exclusion_list_item_id}`

        Args:
            exclusion_list_item_id: The ID of the exclusion list item (typed integer as in the delete parameter table; the object table types the id as string, and payloads carry it as a string).

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
                _DELETE_EXCLUSION_LIST_ITEM,
                {"exclusion_list_item_id": exclusion_list_item_id},
                options=options,
            ),
        )


class ExclusionListItemsResourceWithRawResponse:
    def __init__(self, resource: ExclusionListItemsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncExclusionListItemsResource:
    """Exclusion List Items

    Emails and domains excluded from outreach.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncExclusionListItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncExclusionListItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ExclusionListItem]:
        """List exclusion list items

        Returns a list of exclusion list items. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /exclusion_list_items`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=value:value`. Filterable attributes: `value`, `item_type`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[ExclusionListItem]",
            self._client.request_page(
                _LIST_EXCLUSION_LIST_ITEMS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                },
                _models.ExclusionListItem,
                options,
            ),
        )

    async def create(
        self,
        *,
        item_type: Literal["email", "domain"],
        value: str,
        **options: Unpack[RequestOptions],
    ) -> ExclusionListItemDocument:
        """Create an exclusion list item

        Creates a new exclusion list item.

        `POST /exclusion_list_items`

        Args:
            item_type: What to exclude: `domain` or `email`.
            value: The domain or email value to exclude.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ExclusionListItemDocument",
            await self._client.request(
                _CREATE_EXCLUSION_LIST_ITEM,
                {},
                _jsonapi.write_document(
                    "exclusion_list_items",
                    {"item_type": item_type, "value": value},
                    {},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def delete(
        self,
        exclusion_list_item_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete an exclusion list item

        Permanently deletes an exclusion list item. It cannot be undone.

        `DELETE /exclusion_list_items/{exclusion_list_item_id}`

        Args:
            exclusion_list_item_id: The ID of the exclusion list item (typed integer as in the delete parameter table; the object table types the id as string, and payloads carry it as a string).

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
                _DELETE_EXCLUSION_LIST_ITEM,
                {"exclusion_list_item_id": exclusion_list_item_id},
                options=options,
            ),
        )


class AsyncExclusionListItemsResourceWithRawResponse:
    def __init__(self, resource: AsyncExclusionListItemsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
