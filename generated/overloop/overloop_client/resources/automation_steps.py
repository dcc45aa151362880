"""Automation Steps

Steps of an automation. Read-only.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import AutomationStep, AutomationStepDocument

__all__ = ["AsyncAutomationStepsResource", "AutomationStepsResource"]

_LIST_AUTOMATION_STEPS = Endpoint(
    method="GET",
    path="/automations/{automation_id}/steps",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AutomationStepCollection),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
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
_GET_AUTOMATION_STEP = Endpoint(
    method="GET",
    path="/automations/{automation_id}/steps/{step_id}",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "step_id": Param("step_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AutomationStepDocument),
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


class AutomationStepsResource:
    """Automation Steps

    Steps of an automation. Read-only.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AutomationStepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AutomationStepsResourceWithRawResponse(self)

    def list(
        self,
        automation_id: int | str,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["automation"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AutomationStep]:
        """List automation steps

        Returns a list of the automation's steps. This list is paginated by 100 records and can also be sorted (filtering is not mentioned).

        `GET /automations/{automation_id}/steps`

        Args:
            automation_id: The ID of the automation.
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `automation`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[AutomationStep]",
            self._client.request_page(
                _LIST_AUTOMATION_STEPS,
                {
                    "automation_id": automation_id,
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "include": include,
                },
                _models.AutomationStep,
                options,
            ),
        )

    def get(
        self,
        automation_id: int | str,
        step_id: str,
        *,
        include: builtins.list[Literal["automation"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AutomationStepDocument:
        """Retrieve an automation step

        Retrieves an automation step.

        `GET /automations/{automation_id}/steps/{step_id}`

        Args:
            automation_id: The ID of the automation.
            step_id: The ID of the automation step (an opaque string such as `a-z0-9-abc1`; documented as integer).
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `automation`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AutomationStepDocument",
            self._client.request(
                _GET_AUTOMATION_STEP,
                {"automation_id": automation_id, "step_id": step_id, "include": include},
                options=options,
            ),
        )


class AutomationStepsResourceWithRawResponse:
    def __init__(self, resource: AutomationStepsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAutomationStepsResource:
    """Automation Steps

    Steps of an automation. Read-only.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAutomationStepsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAutomationStepsResourceWithRawResponse(self)

    def list(
        self,
        automation_id: int | str,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["automation"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AutomationStep]:
        """List automation steps

        Returns a list of the automation's steps. This list is paginated by 100 records and can also be sorted (filtering is not mentioned).

        `GET /automations/{automation_id}/steps`

        Args:
            automation_id: The ID of the automation.
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `automation`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[AutomationStep]",
            self._client.request_page(
                _LIST_AUTOMATION_STEPS,
                {
                    "automation_id": automation_id,
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "include": include,
                },
                _models.AutomationStep,
                options,
            ),
        )

    async def get(
        self,
        automation_id: int | str,
        step_id: str,
        *,
        include: builtins.list[Literal["automation"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AutomationStepDocument:
        """Retrieve an automation step

        Retrieves an automation step.

        `GET /automations/{automation_id}/steps/{step_id}`

        Args:
            automation_id: The ID of the automation.
            step_id: The ID of the automation step (an opaque string such as `a-z0-9-abc1`; documented as integer).
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `automation`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AutomationStepDocument",
            await self._client.request(
                _GET_AUTOMATION_STEP,
                {"automation_id": automation_id, "step_id": step_id, "include": include},
                options=options,
            ),
        )


class AsyncAutomationStepsResourceWithRawResponse:
    def __init__(self, resource: AsyncAutomationStepsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
