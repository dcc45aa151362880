"""Opportunity Prospect Roles

`opportunityProspectRole` resources at `/opportunityProspectRoles`.
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
    from ..models import (
        OpportunityProspectRole,
        OpportunityProspectRoleDocument,
        OpportunityProspectRoleUpdate,
        OpportunityProspectRoleUpdateParam,
    )

__all__ = ["AsyncOpportunityProspectRolesResource", "OpportunityProspectRolesResource"]

_LIST_OPPORTUNITY_PROSPECT_ROLES = Endpoint(
    method="GET",
    path="/opportunityProspectRoles",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_opportunity_prospect_role": Param("fields[opportunityProspectRole]", "query"),
        "filter_role": Param("filter[role]", "query"),
        "filter_primary": Param("filter[primary]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_opportunity_id": Param("filter[opportunity][id]", "query"),
        "filter_prospect_id": Param("filter[prospect][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityProspectRoleListDocument),
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
_CREATE_OPPORTUNITY_PROSPECT_ROLE = Endpoint(
    method="POST",
    path="/opportunityProspectRoles",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityProspectRoleDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_OPPORTUNITY_PROSPECT_ROLE = Endpoint(
    method="GET",
    path="/opportunityProspectRoles/{opportunity_prospect_role_id}",
    params={
        "opportunity_prospect_role_id": Param(
            "opportunity_prospect_role_id", "path", required=True
        ),
        "fields_opportunity_prospect_role": Param("fields[opportunityProspectRole]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityProspectRoleDocument),
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
_DELETE_OPPORTUNITY_PROSPECT_ROLE = Endpoint(
    method="DELETE",
    path="/opportunityProspectRoles/{opportunity_prospect_role_id}",
    params={
        "opportunity_prospect_role_id": Param(
            "opportunity_prospect_role_id", "path", required=True
        ),
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
_UPDATE_OPPORTUNITY_PROSPECT_ROLE = Endpoint(
    method="PATCH",
    path="/opportunityProspectRoles/{opportunity_prospect_role_id}",
    params={
        "opportunity_prospect_role_id": Param(
            "opportunity_prospect_role_id", "path", required=True
        ),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityProspectRoleDocument),
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


class OpportunityProspectRolesResource:
    """Opportunity Prospect Roles

    `opportunityProspectRole` resources at `/opportunityProspectRoles`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OpportunityProspectRolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return OpportunityProspectRolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_opportunity_prospect_role: str | NotGiven = NOT_GIVEN,
        filter_role: str | NotGiven = NOT_GIVEN,
        filter_primary: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_opportunity_id: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[OpportunityProspectRole]:
        """List opportunity prospect roles

        Get a list of opportunity prospect roles in your Outreach account

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List opportunity prospect roles'.

        `GET /opportunityProspectRoles`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `role`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_opportunity_prospect_role: Sparse fieldset: comma-separated opportunityProspectRole attribute/relationship names to return (connector input `fields`).
            filter_role: Filter on `role`: exact match; comma-separated values match any (connector input `filters[{field: role, criteria}]`).
            filter_primary: Filter on `primary`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_opportunity_id: Only opportunityProspectRoles whose `opportunity` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_prospect_id: Only opportunityProspectRoles whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[OpportunityProspectRole]",
            self._client.request_page(
                _LIST_OPPORTUNITY_PROSPECT_ROLES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_opportunity_prospect_role": fields_opportunity_prospect_role,
                    "filter_role": filter_role,
                    "filter_primary": filter_primary,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_opportunity_id": filter_opportunity_id,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.OpportunityProspectRole,
                options,
            ),
        )

    def create(
        self,
        *,
        opportunity_id: int | None,
        prospect_id: int | None,
        role: str | NotGiven | None = NOT_GIVEN,
        primary: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Create an opportunity prospect role

        Create an opportunity prospect role in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create opportunity prospect role'.

        `POST /opportunityProspectRoles`

        Args:
            role: The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples).
            primary: Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            self._client.request(
                _CREATE_OPPORTUNITY_PROSPECT_ROLE,
                {},
                _jsonapi.write_document(
                    "opportunityProspectRole",
                    {"role": role, "primary": primary},
                    {
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                    },
                ),
                options=options,
            ),
        )

    def get(
        self,
        opportunity_prospect_role_id: int | str,
        *,
        fields_opportunity_prospect_role: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Get an opportunity prospect role

        Gets an opportunity prospect role from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get opportunity prospect role'.

        `GET /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.
            fields_opportunity_prospect_role: Sparse fieldset: comma-separated opportunityProspectRole attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            self._client.request(
                _GET_OPPORTUNITY_PROSPECT_ROLE,
                {
                    "opportunity_prospect_role_id": opportunity_prospect_role_id,
                    "fields_opportunity_prospect_role": fields_opportunity_prospect_role,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        opportunity_prospect_role_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an opportunity prospect role

        Delete an opportunity prospect role from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete opportunity prospect role'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_OPPORTUNITY_PROSPECT_ROLE,
                {"opportunity_prospect_role_id": opportunity_prospect_role_id},
                options=options,
            ),
        )

    def update(
        self,
        opportunity_prospect_role_id: int | str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        primary: bool | NotGiven | None = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        body: OpportunityProspectRoleUpdate
        | OpportunityProspectRoleUpdateParam
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Update an opportunity prospect role

        Update an opportunity prospect role by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update opportunity prospect role'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.
            role: The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples).
            primary: Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            self._client.request(
                _UPDATE_OPPORTUNITY_PROSPECT_ROLE,
                {"opportunity_prospect_role_id": opportunity_prospect_role_id},
                _jsonapi.write_document(
                    "opportunityProspectRole",
                    {"role": role, "primary": primary},
                    {
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                    },
                    id_=opportunity_prospect_role_id,
                    document=body,
                ),
                options=options,
            ),
        )


class OpportunityProspectRolesResourceWithRawResponse:
    def __init__(self, resource: OpportunityProspectRolesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncOpportunityProspectRolesResource:
    """Opportunity Prospect Roles

    `opportunityProspectRole` resources at `/opportunityProspectRoles`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOpportunityProspectRolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncOpportunityProspectRolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_opportunity_prospect_role: str | NotGiven = NOT_GIVEN,
        filter_role: str | NotGiven = NOT_GIVEN,
        filter_primary: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_opportunity_id: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OpportunityProspectRole]:
        """List opportunity prospect roles

        Get a list of opportunity prospect roles in your Outreach account

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List opportunity prospect roles'.

        `GET /opportunityProspectRoles`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `role`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_opportunity_prospect_role: Sparse fieldset: comma-separated opportunityProspectRole attribute/relationship names to return (connector input `fields`).
            filter_role: Filter on `role`: exact match; comma-separated values match any (connector input `filters[{field: role, criteria}]`).
            filter_primary: Filter on `primary`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_opportunity_id: Only opportunityProspectRoles whose `opportunity` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_prospect_id: Only opportunityProspectRoles whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[OpportunityProspectRole]",
            self._client.request_page(
                _LIST_OPPORTUNITY_PROSPECT_ROLES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_opportunity_prospect_role": fields_opportunity_prospect_role,
                    "filter_role": filter_role,
                    "filter_primary": filter_primary,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_opportunity_id": filter_opportunity_id,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.OpportunityProspectRole,
                options,
            ),
        )

    async def create(
        self,
        *,
        opportunity_id: int | None,
        prospect_id: int | None,
        role: str | NotGiven | None = NOT_GIVEN,
        primary: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Create an opportunity prospect role

        Create an opportunity prospect role in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create opportunity prospect role'.

        `POST /opportunityProspectRoles`

        Args:
            role: The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples).
            primary: Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            await self._client.request(
                _CREATE_OPPORTUNITY_PROSPECT_ROLE,
                {},
                _jsonapi.write_document(
                    "opportunityProspectRole",
                    {"role": role, "primary": primary},
                    {
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                    },
                ),
                options=options,
            ),
        )

    async def get(
        self,
        opportunity_prospect_role_id: int | str,
        *,
        fields_opportunity_prospect_role: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Get an opportunity prospect role

        Gets an opportunity prospect role from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get opportunity prospect role'.

        `GET /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.
            fields_opportunity_prospect_role: Sparse fieldset: comma-separated opportunityProspectRole attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            await self._client.request(
                _GET_OPPORTUNITY_PROSPECT_ROLE,
                {
                    "opportunity_prospect_role_id": opportunity_prospect_role_id,
                    "fields_opportunity_prospect_role": fields_opportunity_prospect_role,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        opportunity_prospect_role_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an opportunity prospect role

        Delete an opportunity prospect role from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete opportunity prospect role'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_OPPORTUNITY_PROSPECT_ROLE,
                {"opportunity_prospect_role_id": opportunity_prospect_role_id},
                options=options,
            ),
        )

    async def update(
        self,
        opportunity_prospect_role_id: int | str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        primary: bool | NotGiven | None = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        body: OpportunityProspectRoleUpdate
        | OpportunityProspectRoleUpdateParam
        | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityProspectRoleDocument:
        """Update an opportunity prospect role

        Update an opportunity prospect role by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update opportunity prospect role'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /opportunityProspectRoles/{opportunity_prospect_role_id}`

        Args:
            opportunity_prospect_role_id: Id of the opportunityProspectRole.
            role: The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples).
            primary: Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityProspectRoleDocument",
            await self._client.request(
                _UPDATE_OPPORTUNITY_PROSPECT_ROLE,
                {"opportunity_prospect_role_id": opportunity_prospect_role_id},
                _jsonapi.write_document(
                    "opportunityProspectRole",
                    {"role": role, "primary": primary},
                    {
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                    },
                    id_=opportunity_prospect_role_id,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncOpportunityProspectRolesResourceWithRawResponse:
    def __init__(self, resource: AsyncOpportunityProspectRolesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
