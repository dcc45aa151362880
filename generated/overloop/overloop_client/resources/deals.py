"""Deals

Deals, including the mark as won/lost sub-actions. Support custom fields (`c_*`).
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Deal,
        DealDocument,
        DealMarkAsLost,
        DealMarkAsLostParam,
        DealUpdate,
        DealUpdateParam,
        DeletedResource,
    )

__all__ = ["AsyncDealsResource", "DealsResource"]

_LIST_DEALS = Endpoint(
    method="GET",
    path="/deals",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealCollection),
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
_CREATE_DEAL = Endpoint(
    method="POST",
    path="/deals",
    params={},
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
_GET_DEAL = Endpoint(
    method="GET",
    path="/deals/{deal_id}",
    params={
        "deal_id": Param("deal_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
_DELETE_DEAL = Endpoint(
    method="DELETE",
    path="/deals/{deal_id}",
    params={
        "deal_id": Param("deal_id", "path", required=True),
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
_UPDATE_DEAL = Endpoint(
    method="PATCH",
    path="/deals/{deal_id}",
    params={
        "deal_id": Param("deal_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
_MARK_DEAL_AS_WON = Endpoint(
    method="POST",
    path="/deals/{deal_id}/mark_as_won",
    params={
        "deal_id": Param("deal_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
_UNMARK_DEAL_AS_WON = Endpoint(
    method="DELETE",
    path="/deals/{deal_id}/mark_as_won",
    params={
        "deal_id": Param("deal_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
    retryable=True,
)
_MARK_DEAL_AS_LOST = Endpoint(
    method="POST",
    path="/deals/{deal_id}/mark_as_lost",
    params={
        "deal_id": Param("deal_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
_UNMARK_DEAL_AS_LOST = Endpoint(
    method="DELETE",
    path="/deals/{deal_id}/mark_as_lost",
    params={
        "deal_id": Param("deal_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.DealDocument),
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
    retryable=True,
)


class DealsResource:
    """Deals

    Deals, including the mark as won/lost sub-actions. Support custom fields (`c_*`).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DealsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return DealsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[
            Literal["creator", "updater", "owner", "prospect", "organization", "stage"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Deal]:
        """List deals

        Returns a list of deals. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /deals`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=status:value`. Filterable attributes: `status`, `id`, `title`, `value`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`, `prospect`, `organization`, `stage`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Deal]",
            self._client.request_page(
                _LIST_DEALS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Deal,
                options,
            ),
        )

    def create(
        self,
        *,
        stage_id: int,
        id: int | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        value: float | str | NotGiven | None = NOT_GIVEN,
        status: Literal["won", "lost", "open"] | NotGiven | None = NOT_GIVEN,
        closed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        expected_close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        entered_stage_at: datetime | str | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Create a deal

        Creates a new deal.

        `POST /deals`

        Args:
            id: A unique identifier for the deal (documented as a create parameter).
            stage_id: The stage of the deal.
            title: The name of the deal.
            value: The value of the deal (decimal; a number or a decimal string).
            status: The deal's status (won, lost or open). Defaults to NULL, as documented.
            closed_at: ISO 8601 moment when the deal was closed.
            expected_close_date: ISO 8601 moment we expect the deal to close.
            entered_stage_at: ISO 8601 moment of the last stage change.
            created_at: ISO 8601 moment the deal has been created.
            updated_at: ISO 8601 moment the deal has been updated.
            extra_attributes: Attributes beyond the named ones, by their wire name.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DealDocument",
            self._client.request(
                _CREATE_DEAL,
                {},
                _jsonapi.write_document(
                    "deals",
                    {
                        "id": id,
                        "stage_id": stage_id,
                        "title": title,
                        "value": value,
                        "status": status,
                        "closed_at": closed_at,
                        "expected_close_date": expected_close_date,
                        "entered_stage_at": entered_stage_at,
                        "created_at": created_at,
                        "updated_at": updated_at,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        deal_id: int | str,
        *,
        include: builtins.list[
            Literal["creator", "updater", "owner", "prospect", "organization", "stage"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Retrieve a deal

        Retrieves the deal with the given ID.

        `GET /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`, `prospect`, `organization`, `stage`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DealDocument",
            self._client.request(
                _GET_DEAL,
                {"deal_id": deal_id, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a deal

        Permanently deletes a deal. It cannot be undone.

        `DELETE /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.

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
                _DELETE_DEAL,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    def update(
        self,
        deal_id: int | str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        value: float | str | NotGiven | None = NOT_GIVEN,
        status: Literal["won", "lost", "open"] | NotGiven = NOT_GIVEN,
        closed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        expected_close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        entered_stage_at: datetime | str | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: DealUpdate | DealUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Update a deal

        Updates the specified deal by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.
            title: The name of the deal.
            value: The value of the deal (decimal; a number or a decimal string).
            status: The deal's status.
            closed_at: ISO 8601 moment when the deal was closed.
            expected_close_date: ISO 8601 moment we expect the deal to close.
            entered_stage_at: ISO 8601 moment of the last stage change.
            created_at: ISO 8601 moment the deal has been created.
            updated_at: ISO 8601 moment the deal has been updated.
            extra_attributes: Attributes beyond the named ones, by their wire name.
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
            "DealDocument",
            self._client.request(
                _UPDATE_DEAL,
                {"deal_id": deal_id},
                _jsonapi.write_document(
                    "deals",
                    {
                        "title": title,
                        "value": value,
                        "status": status,
                        "closed_at": closed_at,
                        "expected_close_date": expected_close_date,
                        "entered_stage_at": entered_stage_at,
                        "created_at": created_at,
                        "updated_at": updated_at,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    def mark_as_won(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as won

        Marks the deal as won.

        `POST /deals/{deal_id}/mark_as_won`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            self._client.request(
                _MARK_DEAL_AS_WON,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    def unmark_as_won(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as not won

        Reverts a won deal (marks it as not won) with DELETE on the mark_as_won sub-resource.

        `DELETE /deals/{deal_id}/mark_as_won`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            self._client.request(
                _UNMARK_DEAL_AS_WON,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    def mark_as_lost(
        self,
        deal_id: int | str,
        *,
        lost_reason: str | NotGiven | None = NOT_GIVEN,
        body: DealMarkAsLost | DealMarkAsLostParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as lost

        Marks the deal as lost, optionally with a `lost_reason`.

        `POST /deals/{deal_id}/mark_as_lost`

        Args:
            deal_id: The ID of the deal.
            lost_reason: The reason to mark the deal as lost.
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
            "DealDocument",
            self._client.request(
                _MARK_DEAL_AS_LOST,
                {"deal_id": deal_id},
                _jsonapi.write_document(
                    "deals", {"lost_reason": lost_reason}, {}, optional=True, document=body
                ),
                options=options,
            ),
        )

    def unmark_as_lost(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as not lost

        Reverts a lost deal (marks it as not lost) with DELETE on the mark_as_lost sub-resource.

        `DELETE /deals/{deal_id}/mark_as_lost`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            self._client.request(
                _UNMARK_DEAL_AS_LOST,
                {"deal_id": deal_id},
                options=options,
            ),
        )


class DealsResourceWithRawResponse:
    def __init__(self, resource: DealsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.mark_as_won = to_raw_response_wrapper(resource.mark_as_won)
        self.unmark_as_won = to_raw_response_wrapper(resource.unmark_as_won)
        self.mark_as_lost = to_raw_response_wrapper(resource.mark_as_lost)
        self.unmark_as_lost = to_raw_response_wrapper(resource.unmark_as_lost)


class AsyncDealsResource:
    """Deals

    Deals, including the mark as won/lost sub-actions. Support custom fields (`c_*`).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDealsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncDealsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[
            Literal["creator", "updater", "owner", "prospect", "organization", "stage"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Deal]:
        """List deals

        Returns a list of deals. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /deals`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=status:value`. Filterable attributes: `status`, `id`, `title`, `value`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`, `prospect`, `organization`, `stage`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Deal]",
            self._client.request_page(
                _LIST_DEALS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Deal,
                options,
            ),
        )

    async def create(
        self,
        *,
        stage_id: int,
        id: int | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        value: float | str | NotGiven | None = NOT_GIVEN,
        status: Literal["won", "lost", "open"] | NotGiven | None = NOT_GIVEN,
        closed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        expected_close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        entered_stage_at: datetime | str | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Create a deal

        Creates a new deal.

        `POST /deals`

        Args:
            id: A unique identifier for the deal (documented as a create parameter).
            stage_id: The stage of the deal.
            title: The name of the deal.
            value: The value of the deal (decimal; a number or a decimal string).
            status: The deal's status (won, lost or open). Defaults to NULL, as documented.
            closed_at: ISO 8601 moment when the deal was closed.
            expected_close_date: ISO 8601 moment we expect the deal to close.
            entered_stage_at: ISO 8601 moment of the last stage change.
            created_at: ISO 8601 moment the deal has been created.
            updated_at: ISO 8601 moment the deal has been updated.
            extra_attributes: Attributes beyond the named ones, by their wire name.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DealDocument",
            await self._client.request(
                _CREATE_DEAL,
                {},
                _jsonapi.write_document(
                    "deals",
                    {
                        "id": id,
                        "stage_id": stage_id,
                        "title": title,
                        "value": value,
                        "status": status,
                        "closed_at": closed_at,
                        "expected_close_date": expected_close_date,
                        "entered_stage_at": entered_stage_at,
                        "created_at": created_at,
                        "updated_at": updated_at,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        deal_id: int | str,
        *,
        include: builtins.list[
            Literal["creator", "updater", "owner", "prospect", "organization", "stage"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Retrieve a deal

        Retrieves the deal with the given ID.

        `GET /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`, `prospect`, `organization`, `stage`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "DealDocument",
            await self._client.request(
                _GET_DEAL,
                {"deal_id": deal_id, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a deal

        Permanently deletes a deal. It cannot be undone.

        `DELETE /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.

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
                _DELETE_DEAL,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    async def update(
        self,
        deal_id: int | str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        value: float | str | NotGiven | None = NOT_GIVEN,
        status: Literal["won", "lost", "open"] | NotGiven = NOT_GIVEN,
        closed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        expected_close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        entered_stage_at: datetime | str | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: DealUpdate | DealUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Update a deal

        Updates the specified deal by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /deals/{deal_id}`

        Args:
            deal_id: The ID of the deal.
            title: The name of the deal.
            value: The value of the deal (decimal; a number or a decimal string).
            status: The deal's status.
            closed_at: ISO 8601 moment when the deal was closed.
            expected_close_date: ISO 8601 moment we expect the deal to close.
            entered_stage_at: ISO 8601 moment of the last stage change.
            created_at: ISO 8601 moment the deal has been created.
            updated_at: ISO 8601 moment the deal has been updated.
            extra_attributes: Attributes beyond the named ones, by their wire name.
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
            "DealDocument",
            await self._client.request(
                _UPDATE_DEAL,
                {"deal_id": deal_id},
                _jsonapi.write_document(
                    "deals",
                    {
                        "title": title,
                        "value": value,
                        "status": status,
                        "closed_at": closed_at,
                        "expected_close_date": expected_close_date,
                        "entered_stage_at": entered_stage_at,
                        "created_at": created_at,
                        "updated_at": updated_at,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    async def mark_as_won(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as won

        Marks the deal as won.

        `POST /deals/{deal_id}/mark_as_won`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            await self._client.request(
                _MARK_DEAL_AS_WON,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    async def unmark_as_won(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as not won

        Reverts a won deal (marks it as not won) with DELETE on the mark_as_won sub-resource.

        `DELETE /deals/{deal_id}/mark_as_won`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            await self._client.request(
                _UNMARK_DEAL_AS_WON,
                {"deal_id": deal_id},
                options=options,
            ),
        )

    async def mark_as_lost(
        self,
        deal_id: int | str,
        *,
        lost_reason: str | NotGiven | None = NOT_GIVEN,
        body: DealMarkAsLost | DealMarkAsLostParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as lost

        Marks the deal as lost, optionally with a `lost_reason`.

        `POST /deals/{deal_id}/mark_as_lost`

        Args:
            deal_id: The ID of the deal.
            lost_reason: The reason to mark the deal as lost.
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
            "DealDocument",
            await self._client.request(
                _MARK_DEAL_AS_LOST,
                {"deal_id": deal_id},
                _jsonapi.write_document(
                    "deals", {"lost_reason": lost_reason}, {}, optional=True, document=body
                ),
                options=options,
            ),
        )

    async def unmark_as_lost(
        self,
        deal_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DealDocument:
        """Mark a deal as not lost

        Reverts a lost deal (marks it as not lost) with DELETE on the mark_as_lost sub-resource.

        `DELETE /deals/{deal_id}/mark_as_lost`

        Args:
            deal_id: The ID of the deal.

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
            "DealDocument",
            await self._client.request(
                _UNMARK_DEAL_AS_LOST,
                {"deal_id": deal_id},
                options=options,
            ),
        )


class AsyncDealsResourceWithRawResponse:
    def __init__(self, resource: AsyncDealsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.mark_as_won = async_to_raw_response_wrapper(resource.mark_as_won)
        self.unmark_as_won = async_to_raw_response_wrapper(resource.unmark_as_won)
        self.mark_as_lost = async_to_raw_response_wrapper(resource.mark_as_lost)
        self.unmark_as_lost = async_to_raw_response_wrapper(resource.unmark_as_lost)
