"""Prospects

Prospects (contacts). Support custom fields (`c_*`).
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
    from ..models import (
        DeletedResource,
        Prospect,
        ProspectCreate,
        ProspectCreateParam,
        ProspectDocument,
        ProspectUpdate,
        ProspectUpdateParam,
    )

__all__ = ["AsyncProspectsResource", "ProspectsResource"]

_LIST_PROSPECTS = Endpoint(
    method="GET",
    path="/prospects",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectCollection),
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
_CREATE_PROSPECT = Endpoint(
    method="POST",
    path="/prospects",
    params={
        "return_existing": Param("return_existing", "query"),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectDocument),
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
_GET_PROSPECT = Endpoint(
    method="GET",
    path="/prospects/{prospect_id}",
    params={
        "prospect_id": Param("prospect_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectDocument),
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
_DELETE_PROSPECT = Endpoint(
    method="DELETE",
    path="/prospects/{prospect_id}",
    params={
        "prospect_id": Param("prospect_id", "path", required=True),
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
_UPDATE_PROSPECT = Endpoint(
    method="PATCH",
    path="/prospects/{prospect_id}",
    params={
        "prospect_id": Param("prospect_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectDocument),
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


class ProspectsResource:
    """Prospects

    Prospects (contacts). Support custom fields (`c_*`).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ProspectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ProspectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["organization", "creator", "owner", "enrollments"]]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Prospect]:
        """List prospects

        Returns a list of prospects. This list is paginated by 100 records. It can also be sorted (e.g. `sort=-created_at`) or filtered (e.g. `filter=first_name:john,last_name:doe`), and related records can be side-loaded (e.g. `include=organization,creator`).

        `GET /prospects`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=first_name:value`. Filterable attributes: `first_name`, `last_name`, `id`, `email`, `jobtitle`, `phone`, `title`, `country`, `state`, `city`, `industry`, `excluded`, `opened`, `clicked`, `replied`, `bounced`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `organization`, `creator`, `owner`, `enrollments`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Prospect]",
            self._client.request_page(
                _LIST_PROSPECTS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Prospect,
                options,
            ),
        )

    def create(
        self,
        *,
        return_existing: bool | NotGiven = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        first_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        jobtitle: str | NotGiven | None = NOT_GIVEN,
        linkedin_profile: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        organization_id: int | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: ProspectCreate | ProspectCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Create a prospect

        Creates a new prospect. If you don't set the `owner_id` parameter then the user who performed the action will be assigned as the owner. Custom fields are set with their identifier as attribute key (e.g. `c_custom_field_a`).

        `POST /prospects`

        Args:
            return_existing: When true, and a matching record already exists, the existing record is returned with HTTP 200 instead of failing; when false (default) a duplicate is rejected with 422. For prospects the match is on the email address.
            email: The prospect's email.
            first_name: The prospect's first name.
            last_name: The prospect's last name.
            description: A text description of the prospect.
            jobtitle: The prospect's job title.
            linkedin_profile: A link to the prospect's LinkedIn profile.
            phone: The prospect's phone number.
            title: The prospect's title of civility.
            country: The prospect's country.
            state: The prospect's state or region.
            city: The prospect's city.
            industry: The prospect's industry.
            lists: Name of the lists where to save the prospect (the lists are created if they don't exist).
            owner_id: The ID of the user owning this prospect. Defaults (on create) to the user who performed the action.
            organization_id: ID of the organization this prospect belongs to (see create an organization).
            extra_attributes: Attributes beyond the named ones, by their wire name.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            self._client.request(
                _CREATE_PROSPECT,
                {"return_existing": return_existing},
                _jsonapi.write_document(
                    "prospects",
                    {
                        "email": email,
                        "first_name": first_name,
                        "last_name": last_name,
                        "description": description,
                        "jobtitle": jobtitle,
                        "linkedin_profile": linkedin_profile,
                        "phone": phone,
                        "title": title,
                        "country": country,
                        "state": state,
                        "city": city,
                        "industry": industry,
                        "lists": lists,
                        "owner_id": owner_id,
                        "organization_id": organization_id,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    def get(
        self,
        prospect_id: int | str,
        *,
        include: builtins.list[Literal["organization", "creator", "owner", "enrollments"]]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Retrieve a prospect

        Retrieves the prospect with the given ID.

        `GET /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `organization`, `creator`, `owner`, `enrollments`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            self._client.request(
                _GET_PROSPECT,
                {"prospect_id": prospect_id, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        prospect_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a prospect

        Permanently deletes a prospect. It cannot be undone.

        `DELETE /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.

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
                _DELETE_PROSPECT,
                {"prospect_id": prospect_id},
                options=options,
            ),
        )

    def update(
        self,
        prospect_id: int | str,
        *,
        email: str | NotGiven | None = NOT_GIVEN,
        first_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        jobtitle: str | NotGiven | None = NOT_GIVEN,
        linkedin_profile: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        organization_id: int | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: ProspectUpdate | ProspectUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Update a prospect

        Updates the specified prospect by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.
            email: The prospect's email.
            first_name: The prospect's first name.
            last_name: The prospect's last name.
            description: A text description of the prospect.
            jobtitle: The prospect's job title.
            linkedin_profile: A link to the prospect's LinkedIn profile.
            phone: The prospect's phone number.
            title: The prospect's title of civility.
            country: The prospect's country.
            state: The prospect's state or region.
            city: The prospect's city.
            industry: The prospect's industry.
            lists: Name of the lists where to save the prospect (the lists are created if they don't exist).
            owner_id: The ID of the user owning this prospect. Defaults (on create) to the user who performed the action.
            organization_id: ID of the organization this prospect belongs to (see create an organization).
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
            "ProspectDocument",
            self._client.request(
                _UPDATE_PROSPECT,
                {"prospect_id": prospect_id},
                _jsonapi.write_document(
                    "prospects",
                    {
                        "email": email,
                        "first_name": first_name,
                        "last_name": last_name,
                        "description": description,
                        "jobtitle": jobtitle,
                        "linkedin_profile": linkedin_profile,
                        "phone": phone,
                        "title": title,
                        "country": country,
                        "state": state,
                        "city": city,
                        "industry": industry,
                        "lists": lists,
                        "owner_id": owner_id,
                        "organization_id": organization_id,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class ProspectsResourceWithRawResponse:
    def __init__(self, resource: ProspectsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProspectsResource:
    """Prospects

    Prospects (contacts). Support custom fields (`c_*`).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncProspectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncProspectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["organization", "creator", "owner", "enrollments"]]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Prospect]:
        """List prospects

        Returns a list of prospects. This list is paginated by 100 records. It can also be sorted (e.g. `sort=-created_at`) or filtered (e.g. `filter=first_name:john,last_name:doe`), and related records can be side-loaded (e.g. `include=organization,creator`).

        `GET /prospects`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=first_name:value`. Filterable attributes: `first_name`, `last_name`, `id`, `email`, `jobtitle`, `phone`, `title`, `country`, `state`, `city`, `industry`, `excluded`, `opened`, `clicked`, `replied`, `bounced`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `organization`, `creator`, `owner`, `enrollments`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Prospect]",
            self._client.request_page(
                _LIST_PROSPECTS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Prospect,
                options,
            ),
        )

    async def create(
        self,
        *,
        return_existing: bool | NotGiven = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        first_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        jobtitle: str | NotGiven | None = NOT_GIVEN,
        linkedin_profile: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        organization_id: int | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: ProspectCreate | ProspectCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Create a prospect

        Creates a new prospect. If you don't set the `owner_id` parameter then the user who performed the action will be assigned as the owner. Custom fields are set with their identifier as attribute key (e.g. `c_custom_field_a`).

        `POST /prospects`

        Args:
            return_existing: When true, and a matching record already exists, the existing record is returned with HTTP 200 instead of failing; when false (default) a duplicate is rejected with 422. For prospects the match is on the email address.
            email: The prospect's email.
            first_name: The prospect's first name.
            last_name: The prospect's last name.
            description: A text description of the prospect.
            jobtitle: The prospect's job title.
            linkedin_profile: A link to the prospect's LinkedIn profile.
            phone: The prospect's phone number.
            title: The prospect's title of civility.
            country: The prospect's country.
            state: The prospect's state or region.
            city: The prospect's city.
            industry: The prospect's industry.
            lists: Name of the lists where to save the prospect (the lists are created if they don't exist).
            owner_id: The ID of the user owning this prospect. Defaults (on create) to the user who performed the action.
            organization_id: ID of the organization this prospect belongs to (see create an organization).
            extra_attributes: Attributes beyond the named ones, by their wire name.
            body: The whole request document instead of the arguments above.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            await self._client.request(
                _CREATE_PROSPECT,
                {"return_existing": return_existing},
                _jsonapi.write_document(
                    "prospects",
                    {
                        "email": email,
                        "first_name": first_name,
                        "last_name": last_name,
                        "description": description,
                        "jobtitle": jobtitle,
                        "linkedin_profile": linkedin_profile,
                        "phone": phone,
                        "title": title,
                        "country": country,
                        "state": state,
                        "city": city,
                        "industry": industry,
                        "lists": lists,
                        "owner_id": owner_id,
                        "organization_id": organization_id,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        prospect_id: int | str,
        *,
        include: builtins.list[Literal["organization", "creator", "owner", "enrollments"]]
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Retrieve a prospect

        Retrieves the prospect with the given ID.

        `GET /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `organization`, `creator`, `owner`, `enrollments`.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            await self._client.request(
                _GET_PROSPECT,
                {"prospect_id": prospect_id, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        prospect_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete a prospect

        Permanently deletes a prospect. It cannot be undone.

        `DELETE /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.

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
                _DELETE_PROSPECT,
                {"prospect_id": prospect_id},
                options=options,
            ),
        )

    async def update(
        self,
        prospect_id: int | str,
        *,
        email: str | NotGiven | None = NOT_GIVEN,
        first_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        jobtitle: str | NotGiven | None = NOT_GIVEN,
        linkedin_profile: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        organization_id: int | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: ProspectUpdate | ProspectUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Update a prospect

        Updates the specified prospect by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /prospects/{prospect_id}`

        Args:
            prospect_id: The ID of the prospect.
            email: The prospect's email.
            first_name: The prospect's first name.
            last_name: The prospect's last name.
            description: A text description of the prospect.
            jobtitle: The prospect's job title.
            linkedin_profile: A link to the prospect's LinkedIn profile.
            phone: The prospect's phone number.
            title: The prospect's title of civility.
            country: The prospect's country.
            state: The prospect's state or region.
            city: The prospect's city.
            industry: The prospect's industry.
            lists: Name of the lists where to save the prospect (the lists are created if they don't exist).
            owner_id: The ID of the user owning this prospect. Defaults (on create) to the user who performed the action.
            organization_id: ID of the organization this prospect belongs to (see create an organization).
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
            "ProspectDocument",
            await self._client.request(
                _UPDATE_PROSPECT,
                {"prospect_id": prospect_id},
                _jsonapi.write_document(
                    "prospects",
                    {
                        "email": email,
                        "first_name": first_name,
                        "last_name": last_name,
                        "description": description,
                        "jobtitle": jobtitle,
                        "linkedin_profile": linkedin_profile,
                        "phone": phone,
                        "title": title,
                        "country": country,
                        "state": state,
                        "city": city,
                        "industry": industry,
                        "lists": lists,
                        "owner_id": owner_id,
                        "organization_id": organization_id,
                    },
                    {},
                    extra=extra_attributes,
                    attributes_required=True,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncProspectsResourceWithRawResponse:
    def __init__(self, resource: AsyncProspectsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
