"""Organizations

Organizations (companies). Support custom fields (`c_*`).
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
        DeletedResource,
        Organization,
        OrganizationCreate,
        OrganizationCreateParam,
        OrganizationDocument,
        OrganizationUpdate,
        OrganizationUpdateParam,
    )

__all__ = ["AsyncOrganizationsResource", "OrganizationsResource"]

_LIST_ORGANIZATIONS = Endpoint(
    method="GET",
    path="/organizations",
    params={
        "page_number": Param("page[number]", "query"),
        "page_size": Param("page[size]", "query"),
        "sort": Param("sort", "query", style="form", explode=False),
        "filter": Param("filter", "query"),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OrganizationCollection),
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
_CREATE_ORGANIZATION = Endpoint(
    method="POST",
    path="/organizations",
    params={
        "return_existing": Param("return_existing", "query"),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OrganizationDocument),
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
_GET_ORGANIZATION = Endpoint(
    method="GET",
    path="/organizations/{organization_id}",
    params={
        "organization_id": Param("organization_id", "path", required=True),
        "include": Param("include", "query", style="form", explode=False),
    },
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OrganizationDocument),
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
_DELETE_ORGANIZATION = Endpoint(
    method="DELETE",
    path="/organizations/{organization_id}",
    params={
        "organization_id": Param("organization_id", "path", required=True),
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
_UPDATE_ORGANIZATION = Endpoint(
    method="PATCH",
    path="/organizations/{organization_id}",
    params={
        "organization_id": Param("organization_id", "path", required=True),
    },
    security=(("ApiKeyAuth",),),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OrganizationDocument),
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


class OrganizationsResource:
    """Organizations

    Organizations (companies). Support custom fields (`c_*`).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrganizationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return OrganizationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["creator", "updater", "owner"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Organization]:
        """List organizations

        Returns a list of organizations. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /organizations`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=name:value`. Filterable attributes: `name`, `id`, `website`, `description`, `email`, `phone`, `country`, `city`, `state`, `address`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`. `owner` appears only as a relationship in the list example.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Organization]",
            self._client.request_page(
                _LIST_ORGANIZATIONS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Organization,
                options,
            ),
        )

    def create(
        self,
        *,
        return_existing: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        address: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: OrganizationCreate | OrganizationCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Create an organization

        Creates a new organization. If you don't set the `owner_id` parameter then the user who performed the action will be assigned as the owner. Custom fields are set with their identifier as attribute key.

        `POST /organizations`

        Args:
            return_existing: When true, and a matching record already exists, the existing record is returned with HTTP 200 instead of failing; when false (default) a duplicate is rejected with 422. For organizations the match is on the name.
            name: The name of the organization.
            website: The organization's website.
            description: The organization's description.
            email: The organization's prospect email.
            phone: The organization's prospect phone number.
            country: The organization's country.
            city: The organization's city.
            state: The organization's state.
            address: The organization's full address.
            lists: Name of the lists of the organization.
            owner_id: The ID of the user owning this organization. Defaults (on create) to the user who performed the action.
            created_at: ISO 8601 format with timezone offset.
            updated_at: ISO 8601 format with timezone offset.
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
            "OrganizationDocument",
            self._client.request(
                _CREATE_ORGANIZATION,
                {"return_existing": return_existing},
                _jsonapi.write_document(
                    "organizations",
                    {
                        "name": name,
                        "website": website,
                        "description": description,
                        "email": email,
                        "phone": phone,
                        "country": country,
                        "city": city,
                        "state": state,
                        "address": address,
                        "lists": lists,
                        "owner_id": owner_id,
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

    def get(
        self,
        organization_id: int | str,
        *,
        include: builtins.list[Literal["creator", "updater", "owner"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Retrieve an organization

        Retrieves the organization with the given ID.

        `GET /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`. `owner` appears only as a relationship in the list example.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OrganizationDocument",
            self._client.request(
                _GET_ORGANIZATION,
                {"organization_id": organization_id, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        organization_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete an organization

        Permanently deletes an organization. It cannot be undone.

        `DELETE /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.

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
                _DELETE_ORGANIZATION,
                {"organization_id": organization_id},
                options=options,
            ),
        )

    def update(
        self,
        organization_id: int | str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        address: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: OrganizationUpdate | OrganizationUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Update an organization

        Updates the specified organization by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.
            name: The name of the organization.
            website: The organization's website.
            description: The organization's description.
            email: The organization's prospect email.
            phone: The organization's prospect phone number.
            country: The organization's country.
            city: The organization's city.
            state: The organization's state.
            address: The organization's full address.
            lists: Name of the lists of the organization.
            owner_id: The ID of the user owning this organization. Defaults (on create) to the user who performed the action.
            created_at: ISO 8601 format with timezone offset.
            updated_at: ISO 8601 format with timezone offset.
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
            "OrganizationDocument",
            self._client.request(
                _UPDATE_ORGANIZATION,
                {"organization_id": organization_id},
                _jsonapi.write_document(
                    "organizations",
                    {
                        "name": name,
                        "website": website,
                        "description": description,
                        "email": email,
                        "phone": phone,
                        "country": country,
                        "city": city,
                        "state": state,
                        "address": address,
                        "lists": lists,
                        "owner_id": owner_id,
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


class OrganizationsResourceWithRawResponse:
    def __init__(self, resource: OrganizationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncOrganizationsResource:
    """Organizations

    Organizations (companies). Support custom fields (`c_*`).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrganizationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncOrganizationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort: builtins.list[str] | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["creator", "updater", "owner"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Organization]:
        """List organizations

        Returns a list of organizations. This list is paginated by 100 records and can also be sorted or filtered.

        `GET /organizations`

        Args:
            page_number: Page to return (1-based). URL-encoded as `page%5Bnumber%5D`. Prefer following `links.next`.
            page_size: Records per page. Collections are paginated by 100 records (the maximum is not documented).
            sort: Comma-separated object attributes to sort by, applied in order. Ascending by default; prefix an attribute with `-` for descending (e.g. `sort=-created_at` for most recent first).
            filter: Filter the collection with a comma-separated list of `attribute:value` pairs, e.g. `filter=name:value`. Filterable attributes: `name`, `id`, `website`, `description`, `email`, `phone`, `country`, `city`, `state`, `address`.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`. `owner` appears only as a relationship in the list example.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Organization]",
            self._client.request_page(
                _LIST_ORGANIZATIONS,
                {
                    "page_number": page_number,
                    "page_size": page_size,
                    "sort": sort,
                    "filter": filter,
                    "include": include,
                },
                _models.Organization,
                options,
            ),
        )

    async def create(
        self,
        *,
        return_existing: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        address: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: OrganizationCreate | OrganizationCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Create an organization

        Creates a new organization. If you don't set the `owner_id` parameter then the user who performed the action will be assigned as the owner. Custom fields are set with their identifier as attribute key.

        `POST /organizations`

        Args:
            return_existing: When true, and a matching record already exists, the existing record is returned with HTTP 200 instead of failing; when false (default) a duplicate is rejected with 422. For organizations the match is on the name.
            name: The name of the organization.
            website: The organization's website.
            description: The organization's description.
            email: The organization's prospect email.
            phone: The organization's prospect phone number.
            country: The organization's country.
            city: The organization's city.
            state: The organization's state.
            address: The organization's full address.
            lists: Name of the lists of the organization.
            owner_id: The ID of the user owning this organization. Defaults (on create) to the user who performed the action.
            created_at: ISO 8601 format with timezone offset.
            updated_at: ISO 8601 format with timezone offset.
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
            "OrganizationDocument",
            await self._client.request(
                _CREATE_ORGANIZATION,
                {"return_existing": return_existing},
                _jsonapi.write_document(
                    "organizations",
                    {
                        "name": name,
                        "website": website,
                        "description": description,
                        "email": email,
                        "phone": phone,
                        "country": country,
                        "city": city,
                        "state": state,
                        "address": address,
                        "lists": lists,
                        "owner_id": owner_id,
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

    async def get(
        self,
        organization_id: int | str,
        *,
        include: builtins.list[Literal["creator", "updater", "owner"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Retrieve an organization

        Retrieves the organization with the given ID.

        `GET /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.
            include: Comma-separated relationships whose full records are side-loaded into the top-level `included` array. Allowed: `creator`, `updater`, `owner`. `owner` appears only as a relationship in the list example.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            APIStatusError (406, 410): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OrganizationDocument",
            await self._client.request(
                _GET_ORGANIZATION,
                {"organization_id": organization_id, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        organization_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedResource:
        """Delete an organization

        Permanently deletes an organization. It cannot be undone.

        `DELETE /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.

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
                _DELETE_ORGANIZATION,
                {"organization_id": organization_id},
                options=options,
            ),
        )

    async def update(
        self,
        organization_id: int | str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone: str | NotGiven | None = NOT_GIVEN,
        country: str | NotGiven | None = NOT_GIVEN,
        city: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        address: str | NotGiven | None = NOT_GIVEN,
        lists: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        created_at: datetime | str | NotGiven | None = NOT_GIVEN,
        updated_at: datetime | str | NotGiven | None = NOT_GIVEN,
        extra_attributes: dict[str, str | float | bool | builtins.list[str] | None]
        | NotGiven = NOT_GIVEN,
        body: OrganizationUpdate | OrganizationUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OrganizationDocument:
        """Update an organization

        Updates the specified organization by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

        `PATCH /organizations/{organization_id}`

        Args:
            organization_id: The ID of the organization.
            name: The name of the organization.
            website: The organization's website.
            description: The organization's description.
            email: The organization's prospect email.
            phone: The organization's prospect phone number.
            country: The organization's country.
            city: The organization's city.
            state: The organization's state.
            address: The organization's full address.
            lists: Name of the lists of the organization.
            owner_id: The ID of the user owning this organization. Defaults (on create) to the user who performed the action.
            created_at: ISO 8601 format with timezone offset.
            updated_at: ISO 8601 format with timezone offset.
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
            "OrganizationDocument",
            await self._client.request(
                _UPDATE_ORGANIZATION,
                {"organization_id": organization_id},
                _jsonapi.write_document(
                    "organizations",
                    {
                        "name": name,
                        "website": website,
                        "description": description,
                        "email": email,
                        "phone": phone,
                        "country": country,
                        "city": city,
                        "state": state,
                        "address": address,
                        "lists": lists,
                        "owner_id": owner_id,
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


class AsyncOrganizationsResourceWithRawResponse:
    def __init__(self, resource: AsyncOrganizationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
