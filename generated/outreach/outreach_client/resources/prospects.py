"""Prospects

`prospect` resources at `/prospects`.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Prospect, ProspectCreate, ProspectCreateParam, ProspectDocument

__all__ = ["AsyncProspectsResource", "ProspectsResource"]

_LIST_PROSPECTS = Endpoint(
    method="GET",
    path="/prospects",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_prospect": Param("fields[prospect]", "query"),
        "filter_first_name": Param("filter[firstName]", "query"),
        "filter_last_name": Param("filter[lastName]", "query"),
        "filter_emails": Param("filter[emails]", "query"),
        "filter_company": Param("filter[company]", "query"),
        "filter_title": Param("filter[title]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_account_id": Param("filter[account][id]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
        "filter_stage_id": Param("filter[stage][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectListDocument),
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
_CREATE_PROSPECT = Endpoint(
    method="POST",
    path="/prospects",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_PROSPECT = Endpoint(
    method="GET",
    path="/prospects/{prospect_id}",
    params={
        "prospect_id": Param("prospect_id", "path", required=True),
        "fields_prospect": Param("fields[prospect]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.ProspectDocument),
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
_DELETE_PROSPECT = Endpoint(
    method="DELETE",
    path="/prospects/{prospect_id}",
    params={
        "prospect_id": Param("prospect_id", "path", required=True),
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


class ProspectsResource:
    """Prospects

    `prospect` resources at `/prospects`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_prospect: str | NotGiven = NOT_GIVEN,
        filter_first_name: str | NotGiven = NOT_GIVEN,
        filter_last_name: str | NotGiven = NOT_GIVEN,
        filter_emails: str | NotGiven = NOT_GIVEN,
        filter_company: str | NotGiven = NOT_GIVEN,
        filter_title: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_account_id: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_stage_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Prospect]:
        """List prospects

        Get a list of recent prospects in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List prospects', 'List prospects (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /prospects`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `firstName`, `lastName`, `createdAt`, `updatedAt`, `engagedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_prospect: Sparse fieldset: comma-separated prospect attribute/relationship names to return (connector input `fields`).
            filter_first_name: Filter on `firstName`: exact match; comma-separated values match any (connector input `filters[{field: firstName, criteria}]`).
            filter_last_name: Filter on `lastName`: exact match; comma-separated values match any (connector input `filters[{field: lastName, criteria}]`).
            filter_emails: Filter on `emails`: exact match; comma-separated values match any (connector input `filters[{field: emails, criteria}]`).
            filter_company: Filter on `company`: exact match; comma-separated values match any (connector input `filters[{field: company, criteria}]`).
            filter_title: Filter on `title`: exact match; comma-separated values match any (connector input `filters[{field: title, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_account_id: Only prospects whose `account` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_owner_id: Only prospects whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_stage_id: Only prospects whose `stage` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Prospect]",
            self._client.request_page(
                _LIST_PROSPECTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_prospect": fields_prospect,
                    "filter_first_name": filter_first_name,
                    "filter_last_name": filter_last_name,
                    "filter_emails": filter_emails,
                    "filter_company": filter_company,
                    "filter_title": filter_title,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_account_id": filter_account_id,
                    "filter_owner_id": filter_owner_id,
                    "filter_stage_id": filter_stage_id,
                },
                _models.Prospect,
                options,
            ),
        )

    def create(
        self,
        *,
        first_name: str | NotGiven | None = NOT_GIVEN,
        middle_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        emails: builtins.list[str] | NotGiven = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        company: str | NotGiven | None = NOT_GIVEN,
        occupation: str | NotGiven | None = NOT_GIVEN,
        work_phones: builtins.list[str] | NotGiven = NOT_GIVEN,
        mobile_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        home_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        other_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        voip_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        time_zone: str | NotGiven | None = NOT_GIVEN,
        address_city: str | NotGiven | None = NOT_GIVEN,
        address_state: str | NotGiven | None = NOT_GIVEN,
        address_country: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        source: str | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        body: ProspectCreate | ProspectCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Create a prospect

        Create a prospect in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create prospect'.

        `POST /prospects`

        Args:
            first_name: First name. Seen in the connector samples.
            middle_name: Middle name. From knowledge of the public Outreach API v2 (not in the connector samples).
            last_name: Last name. Seen in the connector samples.
            nickname: Nickname. From knowledge of the public Outreach API v2 (not in the connector samples).
            emails: Email addresses, first one preferred. Seen in the connector samples.
            title: Job title. Seen in the connector samples.
            company: Company name. Seen in the connector samples.
            occupation: Occupation. From knowledge of the public Outreach API v2 (not in the connector samples).
            work_phones: Work phone numbers. Seen in the connector samples.
            mobile_phones: Mobile phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            home_phones: Home phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            other_phones: Other phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            voip_phones: VoIP phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            time_zone: IANA time zone (e.g. "America/Los_Angeles"). From knowledge of the public Outreach API v2 (not in the connector samples).
            address_city: City. From knowledge of the public Outreach API v2 (not in the connector samples).
            address_state: State or region. From knowledge of the public Outreach API v2 (not in the connector samples).
            address_country: Country. From knowledge of the public Outreach API v2 (not in the connector samples).
            linked_in_url: LinkedIn profile URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            source: Where the prospect came from. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a stage: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            self._client.request(
                _CREATE_PROSPECT,
                {},
                _jsonapi.write_document(
                    "prospect",
                    {
                        "firstName": first_name,
                        "middleName": middle_name,
                        "lastName": last_name,
                        "nickname": nickname,
                        "emails": emails,
                        "title": title,
                        "company": company,
                        "occupation": occupation,
                        "workPhones": work_phones,
                        "mobilePhones": mobile_phones,
                        "homePhones": home_phones,
                        "otherPhones": other_phones,
                        "voipPhones": voip_phones,
                        "tags": tags,
                        "timeZone": time_zone,
                        "addressCity": address_city,
                        "addressState": address_state,
                        "addressCountry": address_country,
                        "linkedInUrl": linked_in_url,
                        "source": source,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("stage", stage_id),
                    },
                    document=body,
                ),
                options=options,
            ),
        )

    def get(
        self,
        prospect_id: int | str,
        *,
        fields_prospect: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Get a prospect

        Gets a prospect from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get prospect' links to https://api.outreach.io/api/v2/prospects/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get prospect'.

        `GET /prospects/{prospect_id}`

        Args:
            prospect_id: Id of the prospect.
            fields_prospect: Sparse fieldset: comma-separated prospect attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            self._client.request(
                _GET_PROSPECT,
                {
                    "prospect_id": prospect_id,
                    "fields_prospect": fields_prospect,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        prospect_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a prospect

        Deletes a prospect from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete prospect'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /prospects/{prospect_id}`

        Args:
            prospect_id: Id of the prospect.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_PROSPECT,
                {"prospect_id": prospect_id},
                options=options,
            ),
        )


class ProspectsResourceWithRawResponse:
    def __init__(self, resource: ProspectsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncProspectsResource:
    """Prospects

    `prospect` resources at `/prospects`.
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
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_prospect: str | NotGiven = NOT_GIVEN,
        filter_first_name: str | NotGiven = NOT_GIVEN,
        filter_last_name: str | NotGiven = NOT_GIVEN,
        filter_emails: str | NotGiven = NOT_GIVEN,
        filter_company: str | NotGiven = NOT_GIVEN,
        filter_title: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_account_id: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_stage_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Prospect]:
        """List prospects

        Get a list of recent prospects in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List prospects', 'List prospects (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /prospects`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `firstName`, `lastName`, `createdAt`, `updatedAt`, `engagedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_prospect: Sparse fieldset: comma-separated prospect attribute/relationship names to return (connector input `fields`).
            filter_first_name: Filter on `firstName`: exact match; comma-separated values match any (connector input `filters[{field: firstName, criteria}]`).
            filter_last_name: Filter on `lastName`: exact match; comma-separated values match any (connector input `filters[{field: lastName, criteria}]`).
            filter_emails: Filter on `emails`: exact match; comma-separated values match any (connector input `filters[{field: emails, criteria}]`).
            filter_company: Filter on `company`: exact match; comma-separated values match any (connector input `filters[{field: company, criteria}]`).
            filter_title: Filter on `title`: exact match; comma-separated values match any (connector input `filters[{field: title, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_account_id: Only prospects whose `account` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_owner_id: Only prospects whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_stage_id: Only prospects whose `stage` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Prospect]",
            self._client.request_page(
                _LIST_PROSPECTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_prospect": fields_prospect,
                    "filter_first_name": filter_first_name,
                    "filter_last_name": filter_last_name,
                    "filter_emails": filter_emails,
                    "filter_company": filter_company,
                    "filter_title": filter_title,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_account_id": filter_account_id,
                    "filter_owner_id": filter_owner_id,
                    "filter_stage_id": filter_stage_id,
                },
                _models.Prospect,
                options,
            ),
        )

    async def create(
        self,
        *,
        first_name: str | NotGiven | None = NOT_GIVEN,
        middle_name: str | NotGiven | None = NOT_GIVEN,
        last_name: str | NotGiven | None = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        emails: builtins.list[str] | NotGiven = NOT_GIVEN,
        title: str | NotGiven | None = NOT_GIVEN,
        company: str | NotGiven | None = NOT_GIVEN,
        occupation: str | NotGiven | None = NOT_GIVEN,
        work_phones: builtins.list[str] | NotGiven = NOT_GIVEN,
        mobile_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        home_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        other_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        voip_phones: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        time_zone: str | NotGiven | None = NOT_GIVEN,
        address_city: str | NotGiven | None = NOT_GIVEN,
        address_state: str | NotGiven | None = NOT_GIVEN,
        address_country: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        source: str | NotGiven | None = NOT_GIVEN,
        account_id: int | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        stage_id: int | NotGiven | None = NOT_GIVEN,
        body: ProspectCreate | ProspectCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Create a prospect

        Create a prospect in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create prospect'.

        `POST /prospects`

        Args:
            first_name: First name. Seen in the connector samples.
            middle_name: Middle name. From knowledge of the public Outreach API v2 (not in the connector samples).
            last_name: Last name. Seen in the connector samples.
            nickname: Nickname. From knowledge of the public Outreach API v2 (not in the connector samples).
            emails: Email addresses, first one preferred. Seen in the connector samples.
            title: Job title. Seen in the connector samples.
            company: Company name. Seen in the connector samples.
            occupation: Occupation. From knowledge of the public Outreach API v2 (not in the connector samples).
            work_phones: Work phone numbers. Seen in the connector samples.
            mobile_phones: Mobile phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            home_phones: Home phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            other_phones: Other phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            voip_phones: VoIP phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. From knowledge of the public Outreach API v2 (not in the connector samples).
            time_zone: IANA time zone (e.g. "America/Los_Angeles"). From knowledge of the public Outreach API v2 (not in the connector samples).
            address_city: City. From knowledge of the public Outreach API v2 (not in the connector samples).
            address_state: State or region. From knowledge of the public Outreach API v2 (not in the connector samples).
            address_country: Country. From knowledge of the public Outreach API v2 (not in the connector samples).
            linked_in_url: LinkedIn profile URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            source: Where the prospect came from. From knowledge of the public Outreach API v2 (not in the connector samples).
            account_id: To-one relationship to a account: linkage object {data: {type, id}} (data null when empty).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            stage_id: To-one relationship to a stage: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            await self._client.request(
                _CREATE_PROSPECT,
                {},
                _jsonapi.write_document(
                    "prospect",
                    {
                        "firstName": first_name,
                        "middleName": middle_name,
                        "lastName": last_name,
                        "nickname": nickname,
                        "emails": emails,
                        "title": title,
                        "company": company,
                        "occupation": occupation,
                        "workPhones": work_phones,
                        "mobilePhones": mobile_phones,
                        "homePhones": home_phones,
                        "otherPhones": other_phones,
                        "voipPhones": voip_phones,
                        "tags": tags,
                        "timeZone": time_zone,
                        "addressCity": address_city,
                        "addressState": address_state,
                        "addressCountry": address_country,
                        "linkedInUrl": linked_in_url,
                        "source": source,
                    },
                    {
                        "account": _jsonapi.to_one("account", account_id),
                        "owner": _jsonapi.to_one("user", owner_id),
                        "stage": _jsonapi.to_one("stage", stage_id),
                    },
                    document=body,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        prospect_id: int | str,
        *,
        fields_prospect: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ProspectDocument:
        """Get a prospect

        Gets a prospect from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get prospect' links to https://api.outreach.io/api/v2/prospects/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get prospect'.

        `GET /prospects/{prospect_id}`

        Args:
            prospect_id: Id of the prospect.
            fields_prospect: Sparse fieldset: comma-separated prospect attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "ProspectDocument",
            await self._client.request(
                _GET_PROSPECT,
                {
                    "prospect_id": prospect_id,
                    "fields_prospect": fields_prospect,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        prospect_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a prospect

        Deletes a prospect from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete prospect'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /prospects/{prospect_id}`

        Args:
            prospect_id: Id of the prospect.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_PROSPECT,
                {"prospect_id": prospect_id},
                options=options,
            ),
        )


class AsyncProspectsResourceWithRawResponse:
    def __init__(self, resource: AsyncProspectsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
