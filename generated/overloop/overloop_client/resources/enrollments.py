"""Enrollments

Enrollments of prospects, organizations or deals in automations.
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
    from ..models import Enrollment, EnrollmentCreate, EnrollmentCreateParam, EnrollmentDocument

__all__ = ["AsyncEnrollmentsResource", "EnrollmentsResource"]

_CREATE_ENROLLMENT = Endpoint(
    method="POST",
    path="/automations/{automation_id}/enrollments",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EnrollmentDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_ENROLLMENT = Endpoint(
    method="GET",
    path="/automations/{automation_id}/enrollments/{enrollment_id}",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "enrollment_id": Param("enrollment_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EnrollmentDocument),
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
_STOP_ENROLLMENT = Endpoint(
    method="DELETE",
    path="/automations/{automation_id}/enrollments/{enrollment_id}",
    params={
        "automation_id": Param("automation_id", "path", required=True),
        "enrollment_id": Param("enrollment_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EnrollmentDocument),
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
_LIST_ENROLLMENTS = Endpoint(
    method="GET",
    path="/enrollments",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.EnrollmentCollection),
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


class EnrollmentsResource:
    """Enrollments

    Enrollments of prospects, organizations or deals in automations.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EnrollmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return EnrollmentsResourceWithRawResponse(self)

    def create(
        self,
        automation_id: int | str,
        *,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        prospect_id: int | NotGiven = NOT_GIVEN,
        organization_id: int | NotGiven = NOT_GIVEN,
        deal_id: int | NotGiven = NOT_GIVEN,
        step_id: str | NotGiven = NOT_GIVEN,
        reenroll: bool | NotGiven = NOT_GIVEN,
        start_at: datetime | str | NotGiven = NOT_GIVEN,
        body: EnrollmentCreate | EnrollmentCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Create an enrollment

        To add a prospect/organization/deal to an automation (campaign or workflow) you create an enrollment; the enrollment then describes the record's progression in the automation. Pass `include=current_step` as a query parameter to side-load the current step.

        `POST /automations/{automation_id}/enrollments`

        Args:
            automation_id: The ID of the automation.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.
            prospect_id: The prospect's ID (required for campaigns and prospect-based workflows).
            organization_id: The organization's ID (required for organization-based workflows).
            deal_id: The deal's ID (required for deal-based workflows).
            step_id: The ID of the automation step at which the record must be enrolled.
            reenroll: Set to false to prevent re-enrolling a record that has already been enrolled. Unless set to false it is always true.
            start_at: When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, the enrollment starts immediately.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            self._client.request(
                _CREATE_ENROLLMENT,
                {"automation_id": automation_id, "include": include},
                _jsonapi.write_document(
                    "enrollments",
                    {
                        "prospect_id": prospect_id,
                        "organization_id": organization_id,
                        "deal_id": deal_id,
                        "step_id": step_id,
                        "reenroll": reenroll,
                        "start_at": start_at,
                    },
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    def get(
        self,
        automation_id: int | str,
        enrollment_id: int | str,
        *,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Retrieve an enrollment

        Retrieves an enrollment.

        `GET /automations/{automation_id}/enrollments/{enrollment_id}`

        Args:
            automation_id: The ID of the automation.
            enrollment_id: The ID of the enrollment.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            self._client.request(
                _GET_ENROLLMENT,
                {
                    "automation_id": automation_id,
                    "enrollment_id": enrollment_id,
                    "include": include,
                },
                options=options,
            ),
        )

    def stop(
        self,
        automation_id: int | str,
        enrollment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Stop an enrollment

        Stops an enrollment (the record leaves the automation). Unlike the other DELETE endpoints it returns the enrollment object, not just its ID.

        `DELETE /automations/{automation_id}/enrollments/{enrollment_id}`

        Args:
            automation_id: The ID of the automation.
            enrollment_id: The ID of the enrollment.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            self._client.request(
                _STOP_ENROLLMENT,
                {"automation_id": automation_id, "enrollment_id": enrollment_id},
                options=options,
            ),
        )

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Enrollment]:
        """List enrollments

        Returns a list of enrollments across automations. This list is paginated by 100 records and can also be sorted or filtered (e.g. `filter=prospect_id:29646`).

        `GET /enrollments`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=prospect_id:value`. Filterable attributes: `prospect_id`. The enrollment filterable attributes are not tabulated; `prospect_id` is shown in the list example's links.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Enrollment]",
            self._client.request_page(
                _LIST_ENROLLMENTS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Enrollment,
                options,
            ),
        )


class EnrollmentsResourceWithRawResponse:
    def __init__(self, resource: EnrollmentsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.stop = to_raw_response_wrapper(resource.stop)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncEnrollmentsResource:
    """Enrollments

    Enrollments of prospects, organizations or deals in automations.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncEnrollmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncEnrollmentsResourceWithRawResponse(self)

    async def create(
        self,
        automation_id: int | str,
        *,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        prospect_id: int | NotGiven = NOT_GIVEN,
        organization_id: int | NotGiven = NOT_GIVEN,
        deal_id: int | NotGiven = NOT_GIVEN,
        step_id: str | NotGiven = NOT_GIVEN,
        reenroll: bool | NotGiven = NOT_GIVEN,
        start_at: datetime | str | NotGiven = NOT_GIVEN,
        body: EnrollmentCreate | EnrollmentCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Create an enrollment

        To add a prospect/organization/deal to an automation (campaign or workflow) you create an enrollment; the enrollment then describes the record's progression in the automation. Pass `include=current_step` as a query parameter to side-load the current step.

        `POST /automations/{automation_id}/enrollments`

        Args:
            automation_id: The ID of the automation.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.
            prospect_id: The prospect's ID (required for campaigns and prospect-based workflows).
            organization_id: The organization's ID (required for organization-based workflows).
            deal_id: The deal's ID (required for deal-based workflows).
            step_id: The ID of the automation step at which the record must be enrolled.
            reenroll: Set to false to prevent re-enrolling a record that has already been enrolled. Unless set to false it is always true.
            start_at: When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, the enrollment starts immediately.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            await self._client.request(
                _CREATE_ENROLLMENT,
                {"automation_id": automation_id, "include": include},
                _jsonapi.write_document(
                    "enrollments",
                    {
                        "prospect_id": prospect_id,
                        "organization_id": organization_id,
                        "deal_id": deal_id,
                        "step_id": step_id,
                        "reenroll": reenroll,
                        "start_at": start_at,
                    },
                    {},
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        automation_id: int | str,
        enrollment_id: int | str,
        *,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Retrieve an enrollment

        Retrieves an enrollment.

        `GET /automations/{automation_id}/enrollments/{enrollment_id}`

        Args:
            automation_id: The ID of the automation.
            enrollment_id: The ID of the enrollment.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            await self._client.request(
                _GET_ENROLLMENT,
                {
                    "automation_id": automation_id,
                    "enrollment_id": enrollment_id,
                    "include": include,
                },
                options=options,
            ),
        )

    async def stop(
        self,
        automation_id: int | str,
        enrollment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentDocument:
        """Stop an enrollment

        Stops an enrollment (the record leaves the automation). Unlike the other DELETE endpoints it returns the enrollment object, not just its ID.

        `DELETE /automations/{automation_id}/enrollments/{enrollment_id}`

        Args:
            automation_id: The ID of the automation.
            enrollment_id: The ID of the enrollment.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "EnrollmentDocument",
            await self._client.request(
                _STOP_ENROLLMENT,
                {"automation_id": automation_id, "enrollment_id": enrollment_id},
                options=options,
            ),
        )

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[
            Literal["current_step", "automation", "record", "prospect", "organization", "deal"]
        ]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Enrollment]:
        """List enrollments

        Returns a list of enrollments across automations. This list is paginated by 100 records and can also be sorted or filtered (e.g. `filter=prospect_id:29646`).

        `GET /enrollments`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=prospect_id:value`. Filterable attributes: `prospect_id`. The enrollment filterable attributes are not tabulated; `prospect_id` is shown in the list example's links.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `current_step`, `automation`, `record`, `prospect`, `organization`, `deal`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Enrollment]",
            self._client.request_page(
                _LIST_ENROLLMENTS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Enrollment,
                options,
            ),
        )


class AsyncEnrollmentsResourceWithRawResponse:
    def __init__(self, resource: AsyncEnrollmentsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.stop = async_to_raw_response_wrapper(resource.stop)
        self.list = to_raw_response_wrapper(resource.list)
