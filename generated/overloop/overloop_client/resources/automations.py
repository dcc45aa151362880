"""Automations

Automations regroup campaigns (outbound) and workflows (productivity). Read-only.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Automation, AutomationDocument

__all__ = ["AsyncAutomationsResource", "AutomationsResource"]

_LIST_AUTOMATIONS = Endpoint(
    method="GET",
    path="/automations",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AutomationCollection),
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
_GET_AUTOMATION = Endpoint(
    method="GET",
    path="/automations/{automation_id}",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AutomationDocument),
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


class AutomationsResource:
    """Automations

    Automations regroup campaigns (outbound) and workflows (productivity). Read-only.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AutomationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AutomationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Automation]:
        """List automations

        Returns a list of automations (campaigns and workflows). This list is paginated by 100 records and can also be sorted or filtered (filterable: automation_type, record_type, status).

        `GET /automations`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=automation_type:value`. Filterable attributes: `automation_type`, `record_type`, `status`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `steps`, `segment`, `filters`. The relationships table names `steps`, `enter_segment` (payload key `segment`) and `filters` (the segment's conditions); the documented example returns the segment and its filters in `included`. Not an enum because the exact include paths are not documented.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Automation]",
            self._client.request_page(
                _LIST_AUTOMATIONS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Automation,
                options,
            ),
        )

    def get(
        self,
        automation_id: int | str,
        *,
        include: builtins.list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AutomationDocument:
        """Retrieve an automation

        Retrieves the automation with the given ID.

        `GET /automations/{automation_id}`

        Args:
            automation_id: The ID of the automation.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `steps`, `segment`, `filters`. The relationships table names `steps`, `enter_segment` (payload key `segment`) and `filters` (the segment's conditions); the documented example returns the segment and its filters in `included`. Not an enum because the exact include paths are not documented.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AutomationDocument",
            self._client.request(
                _GET_AUTOMATION,
                {"automation_id": automation_id, "include": include},
                options=options,
            ),
        )


class AutomationsResourceWithRawResponse:
    def __init__(self, resource: AutomationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAutomationsResource:
    """Automations

    Automations regroup campaigns (outbound) and workflows (productivity). Read-only.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAutomationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAutomationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Automation]:
        """List automations

        Returns a list of automations (campaigns and workflows). This list is paginated by 100 records and can also be sorted or filtered (filterable: automation_type, record_type, status).

        `GET /automations`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=automation_type:value`. Filterable attributes: `automation_type`, `record_type`, `status`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `steps`, `segment`, `filters`. The relationships table names `steps`, `enter_segment` (payload key `segment`) and `filters` (the segment's conditions); the documented example returns the segment and its filters in `included`. Not an enum because the exact include paths are not documented.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Automation]",
            self._client.request_page(
                _LIST_AUTOMATIONS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Automation,
                options,
            ),
        )

    async def get(
        self,
        automation_id: int | str,
        *,
        include: builtins.list[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AutomationDocument:
        """Retrieve an automation

        Retrieves the automation with the given ID.

        `GET /automations/{automation_id}`

        Args:
            automation_id: The ID of the automation.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `steps`, `segment`, `filters`. The relationships table names `steps`, `enter_segment` (payload key `segment`) and `filters` (the segment's conditions); the documented example returns the segment and its filters in `included`. Not an enum because the exact include paths are not documented.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AutomationDocument",
            await self._client.request(
                _GET_AUTOMATION,
                {"automation_id": automation_id, "include": include},
                options=options,
            ),
        )


class AsyncAutomationsResourceWithRawResponse:
    def __init__(self, resource: AsyncAutomationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
