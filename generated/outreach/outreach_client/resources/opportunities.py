"""Opportunities

`opportunity` resources at `/opportunities`.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Opportunity, OpportunityDocument, OpportunityUpdate, OpportunityUpdateParam

__all__ = ["AsyncOpportunitiesResource", "OpportunitiesResource"]

_LIST_OPPORTUNITIES = Endpoint(
    method="GET",
    path="/opportunities",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_opportunity": Param("fields[opportunity]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_close_date": Param("filter[closeDate]", "query"),
        "filter_probability": Param("filter[probability]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_account_id": Param("filter[account][id]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
        "filter_stage_id": Param("filter[stage][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityListDocument),
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
_CREATE_OPPORTUNITY = Endpoint(
    method="POST",
    path="/opportunities",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_OPPORTUNITY = Endpoint(
    method="GET",
    path="/opportunities/{opportunity_id}",
    params={
        "opportunity_id": Param("opportunity_id", "path", required=True),
        "fields_opportunity": Param("fields[opportunity]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityDocument),
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
_DELETE_OPPORTUNITY = Endpoint(
    method="DELETE",
    path="/opportunities/{opportunity_id}",
    params={
        "opportunity_id": Param("opportunity_id", "path", required=True),
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
_UPDATE_OPPORTUNITY = Endpoint(
    method="PATCH",
    path="/opportunities/{opportunity_id}",
    params={
        "opportunity_id": Param("opportunity_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.OpportunityDocument),
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


class OpportunitiesResource:
    """Opportunities

    `opportunity` resources at `/opportunities`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return OpportunitiesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_opportunity: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_close_date: str | NotGiven = NOT_GIVEN,
        filter_probability: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_account_id: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_stage_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Opportunity]:
        """List opportunities

        Get a list of opportunities in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List opportunities', 'List opportunities (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /opportunities`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `amount`, `closeDate`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_opportunity: Sparse fieldset: comma-separated opportunity attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_close_date: Filter on `closeDate`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_probability: Filter on `probability`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_account_id: Only opportunities whose `account` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_owner_id: Only opportunities whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_stage_id: Only opportunities whose `stage` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Opportunity]",
            self._client.request_page(
                _LIST_OPPORTUNITIES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_opportunity": fields_opportunity,
                    "filter_name": filter_name,
                    "filter_close_date": filter_close_date,
                    "filter_probability": filter_probability,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_account_id": filter_account_id,
                    "filter_owner_id": filter_owner_id,
                    "filter_stage_id": filter_stage_id,
                },
                _models.Opportunity,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        amount: float | NotGiven | None = NOT_GIVEN,
        probability: int | NotGiven | None = NOT_GIVEN,
        close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        next_step: str | NotGiven | None = NOT_GIVEN,
        opportunity_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        prospect_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Create an opportunity

        Create an opportunity in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create opportunity'.

        `POST /opportunities`

        Args:
            name: The opportunity's name. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            amount: The amount the opportunity is worth. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            probability: Chance of winning, in percent. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            close_date: Expected close date. The API returns a date-time; the connector DDL shows a bare date ("2023-12-31"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A description of the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            next_step: The next step to take. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_type: The type of opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty).
            prospect_ids: To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            self._client.request(
                _CREATE_OPPORTUNITY,
                {},
                _jsonapi.write_document(
                    "opportunity",
                    {
                        "name": name,
                        "amount": amount,
                        "probability": probability,
                        "closeDate": close_date,
                        "description": description,
                        "nextStep": next_step,
                        "opportunityType": opportunity_type,
                        "tags": tags,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("opportunityStage", stage_id),
                        "prospects": _jsonapi.to_many("prospect", prospect_ids),
                    },
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        opportunity_id: int | str,
        *,
        fields_opportunity: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Get an opportunity

        Gets an opportunity from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get opportunity'.

        `GET /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.
            fields_opportunity: Sparse fieldset: comma-separated opportunity attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            self._client.request(
                _GET_OPPORTUNITY,
                {
                    "opportunity_id": opportunity_id,
                    "fields_opportunity": fields_opportunity,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        opportunity_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an opportunity

        Delete an opportunity from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete opportunity'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_OPPORTUNITY,
                {"opportunity_id": opportunity_id},
                options=options,
            ),
        )

    def update(
        self,
        opportunity_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven | None = NOT_GIVEN,
        probability: int | NotGiven | None = NOT_GIVEN,
        close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        next_step: str | NotGiven | None = NOT_GIVEN,
        opportunity_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        prospect_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        body: OpportunityUpdate | OpportunityUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Update an opportunity

        Update an opportunity by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update opportunity'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.
            name: The opportunity's name. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            amount: The amount the opportunity is worth. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            probability: Chance of winning, in percent. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            close_date: Expected close date. The API returns a date-time; the connector DDL shows a bare date ("2023-12-31"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A description of the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            next_step: The next step to take. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_type: The type of opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty).
            prospect_ids: To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related.
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            self._client.request(
                _UPDATE_OPPORTUNITY,
                {"opportunity_id": opportunity_id},
                _jsonapi.write_document(
                    "opportunity",
                    {
                        "name": name,
                        "amount": amount,
                        "probability": probability,
                        "closeDate": close_date,
                        "description": description,
                        "nextStep": next_step,
                        "opportunityType": opportunity_type,
                        "tags": tags,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("opportunityStage", stage_id),
                        "prospects": _jsonapi.to_many("prospect", prospect_ids),
                    },
                    id_=opportunity_id,
                    document=body,
                ),
                options=options,
            ),
        )


class OpportunitiesResourceWithRawResponse:
    def __init__(self, resource: OpportunitiesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncOpportunitiesResource:
    """Opportunities

    `opportunity` resources at `/opportunities`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncOpportunitiesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_opportunity: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_close_date: str | NotGiven = NOT_GIVEN,
        filter_probability: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_account_id: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_stage_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Opportunity]:
        """List opportunities

        Get a list of opportunities in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List opportunities', 'List opportunities (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /opportunities`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `amount`, `closeDate`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_opportunity: Sparse fieldset: comma-separated opportunity attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_close_date: Filter on `closeDate`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_probability: Filter on `probability`: exact value, comma-separated values or a range `<from>..<to>`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_account_id: Only opportunities whose `account` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_owner_id: Only opportunities whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_stage_id: Only opportunities whose `stage` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Opportunity]",
            self._client.request_page(
                _LIST_OPPORTUNITIES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_opportunity": fields_opportunity,
                    "filter_name": filter_name,
                    "filter_close_date": filter_close_date,
                    "filter_probability": filter_probability,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_account_id": filter_account_id,
                    "filter_owner_id": filter_owner_id,
                    "filter_stage_id": filter_stage_id,
                },
                _models.Opportunity,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        amount: float | NotGiven | None = NOT_GIVEN,
        probability: int | NotGiven | None = NOT_GIVEN,
        close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        next_step: str | NotGiven | None = NOT_GIVEN,
        opportunity_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        prospect_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Create an opportunity

        Create an opportunity in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create opportunity'.

        `POST /opportunities`

        Args:
            name: The opportunity's name. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            amount: The amount the opportunity is worth. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            probability: Chance of winning, in percent. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            close_date: Expected close date. The API returns a date-time; the connector DDL shows a bare date ("2023-12-31"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A description of the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            next_step: The next step to take. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_type: The type of opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty).
            prospect_ids: To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            await self._client.request(
                _CREATE_OPPORTUNITY,
                {},
                _jsonapi.write_document(
                    "opportunity",
                    {
                        "name": name,
                        "amount": amount,
                        "probability": probability,
                        "closeDate": close_date,
                        "description": description,
                        "nextStep": next_step,
                        "opportunityType": opportunity_type,
                        "tags": tags,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("opportunityStage", stage_id),
                        "prospects": _jsonapi.to_many("prospect", prospect_ids),
                    },
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        opportunity_id: int | str,
        *,
        fields_opportunity: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Get an opportunity

        Gets an opportunity from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get opportunity'.

        `GET /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.
            fields_opportunity: Sparse fieldset: comma-separated opportunity attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            await self._client.request(
                _GET_OPPORTUNITY,
                {
                    "opportunity_id": opportunity_id,
                    "fields_opportunity": fields_opportunity,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        opportunity_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an opportunity

        Delete an opportunity from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete opportunity'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_OPPORTUNITY,
                {"opportunity_id": opportunity_id},
                options=options,
            ),
        )

    async def update(
        self,
        opportunity_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven | None = NOT_GIVEN,
        probability: int | NotGiven | None = NOT_GIVEN,
        close_date: datetime | str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        next_step: str | NotGiven | None = NOT_GIVEN,
        opportunity_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        prospect_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        body: OpportunityUpdate | OpportunityUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> OpportunityDocument:
        """Update an opportunity

        Update an opportunity by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update opportunity'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /opportunities/{opportunity_id}`

        Args:
            opportunity_id: Id of the opportunity.
            name: The opportunity's name. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            amount: The amount the opportunity is worth. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            probability: Chance of winning, in percent. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            close_date: Expected close date. The API returns a date-time; the connector DDL shows a bare date ("2023-12-31"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A description of the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            next_step: The next step to take. From knowledge of the public Outreach API v2 (not in the connector samples).
            opportunity_type: The type of opportunity. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty).
            prospect_ids: To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related.
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "OpportunityDocument",
            await self._client.request(
                _UPDATE_OPPORTUNITY,
                {"opportunity_id": opportunity_id},
                _jsonapi.write_document(
                    "opportunity",
                    {
                        "name": name,
                        "amount": amount,
                        "probability": probability,
                        "closeDate": close_date,
                        "description": description,
                        "nextStep": next_step,
                        "opportunityType": opportunity_type,
                        "tags": tags,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("opportunityStage", stage_id),
                        "prospects": _jsonapi.to_many("prospect", prospect_ids),
                    },
                    id_=opportunity_id,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncOpportunitiesResourceWithRawResponse:
    def __init__(self, resource: AsyncOpportunitiesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
