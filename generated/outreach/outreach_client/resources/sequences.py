"""Sequences

`sequence` resources at `/sequences`.
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
    from ..models import Sequence, SequenceDocument

__all__ = ["AsyncSequencesResource", "SequencesResource"]

_LIST_SEQUENCES = Endpoint(
    method="GET",
    path="/sequences",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_sequence": Param("fields[sequence]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_enabled": Param("filter[enabled]", "query"),
        "filter_sequence_type": Param("filter[sequenceType]", "query"),
        "filter_share_type": Param("filter[shareType]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceListDocument),
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
_CREATE_SEQUENCE = Endpoint(
    method="POST",
    path="/sequences",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_SEQUENCE = Endpoint(
    method="GET",
    path="/sequences/{sequence_id}",
    params={
        "sequence_id": Param("sequence_id", "path", required=True),
        "fields_sequence": Param("fields[sequence]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceDocument),
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
_DELETE_SEQUENCE = Endpoint(
    method="DELETE",
    path="/sequences/{sequence_id}",
    params={
        "sequence_id": Param("sequence_id", "path", required=True),
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


class SequencesResource:
    """Sequences

    `sequence` resources at `/sequences`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SequencesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return SequencesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_enabled: str | NotGiven = NOT_GIVEN,
        filter_sequence_type: str | NotGiven = NOT_GIVEN,
        filter_share_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Sequence]:
        """List sequences

        Get a list of sequences in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List sequences', 'List sequences (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequences`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `createdAt`, `updatedAt`, `enabledAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence: Sparse fieldset: comma-separated sequence attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_enabled: Filter on `enabled`: `true` or `false`.
            filter_sequence_type: Filter on `sequenceType`: exact match; comma-separated values match any (connector input `filters[{field: sequenceType, criteria}]`).
            filter_share_type: Filter on `shareType`: exact match; comma-separated values match any (connector input `filters[{field: shareType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only sequences whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Sequence]",
            self._client.request_page(
                _LIST_SEQUENCES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence": fields_sequence,
                    "filter_name": filter_name,
                    "filter_enabled": filter_enabled,
                    "filter_sequence_type": filter_sequence_type,
                    "filter_share_type": filter_share_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Sequence,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        enabled: bool | NotGiven | None = NOT_GIVEN,
        locked: bool | NotGiven | None = NOT_GIVEN,
        sequence_type: str | NotGiven | None = NOT_GIVEN,
        share_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceDocument:
        """Create a sequence

        Create a sequence in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create sequence'.

        `POST /sequences`

        Args:
            name: The sequence's name. Seen as a connector input field.
            description: A description of the sequence. Seen as a connector input field.
            enabled: Whether the sequence is enabled. Seen as a connector input field.
            locked: Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples).
            sequence_type: How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples).
            share_type: Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. Seen as a connector input field.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceDocument",
            self._client.request(
                _CREATE_SEQUENCE,
                {},
                _jsonapi.write_document(
                    "sequence",
                    {
                        "name": name,
                        "description": description,
                        "enabled": enabled,
                        "locked": locked,
                        "sequenceType": sequence_type,
                        "shareType": share_type,
                        "tags": tags,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        sequence_id: int | str,
        *,
        fields_sequence: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceDocument:
        """Get a sequence

        Gets a sequence from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence'.

        `GET /sequences/{sequence_id}`

        Args:
            sequence_id: Id of the sequence.
            fields_sequence: Sparse fieldset: comma-separated sequence attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceDocument",
            self._client.request(
                _GET_SEQUENCE,
                {
                    "sequence_id": sequence_id,
                    "fields_sequence": fields_sequence,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        sequence_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a sequence

        Delete a sequence in your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete sequence'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /sequences/{sequence_id}`

        Args:
            sequence_id: Id of the sequence.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_SEQUENCE,
                {"sequence_id": sequence_id},
                options=options,
            ),
        )


class SequencesResourceWithRawResponse:
    def __init__(self, resource: SequencesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncSequencesResource:
    """Sequences

    `sequence` resources at `/sequences`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSequencesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncSequencesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_enabled: str | NotGiven = NOT_GIVEN,
        filter_sequence_type: str | NotGiven = NOT_GIVEN,
        filter_share_type: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Sequence]:
        """List sequences

        Get a list of sequences in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List sequences', 'List sequences (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequences`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `createdAt`, `updatedAt`, `enabledAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence: Sparse fieldset: comma-separated sequence attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_enabled: Filter on `enabled`: `true` or `false`.
            filter_sequence_type: Filter on `sequenceType`: exact match; comma-separated values match any (connector input `filters[{field: sequenceType, criteria}]`).
            filter_share_type: Filter on `shareType`: exact match; comma-separated values match any (connector input `filters[{field: shareType, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only sequences whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Sequence]",
            self._client.request_page(
                _LIST_SEQUENCES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence": fields_sequence,
                    "filter_name": filter_name,
                    "filter_enabled": filter_enabled,
                    "filter_sequence_type": filter_sequence_type,
                    "filter_share_type": filter_share_type,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Sequence,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        enabled: bool | NotGiven | None = NOT_GIVEN,
        locked: bool | NotGiven | None = NOT_GIVEN,
        sequence_type: str | NotGiven | None = NOT_GIVEN,
        share_type: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceDocument:
        """Create a sequence

        Create a sequence in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create sequence'.

        `POST /sequences`

        Args:
            name: The sequence's name. Seen as a connector input field.
            description: A description of the sequence. Seen as a connector input field.
            enabled: Whether the sequence is enabled. Seen as a connector input field.
            locked: Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples).
            sequence_type: How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples).
            share_type: Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values. Seen as a connector input field.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceDocument",
            await self._client.request(
                _CREATE_SEQUENCE,
                {},
                _jsonapi.write_document(
                    "sequence",
                    {
                        "name": name,
                        "description": description,
                        "enabled": enabled,
                        "locked": locked,
                        "sequenceType": sequence_type,
                        "shareType": share_type,
                        "tags": tags,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        sequence_id: int | str,
        *,
        fields_sequence: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceDocument:
        """Get a sequence

        Gets a sequence from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence'.

        `GET /sequences/{sequence_id}`

        Args:
            sequence_id: Id of the sequence.
            fields_sequence: Sparse fieldset: comma-separated sequence attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceDocument",
            await self._client.request(
                _GET_SEQUENCE,
                {
                    "sequence_id": sequence_id,
                    "fields_sequence": fields_sequence,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        sequence_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a sequence

        Delete a sequence in your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete sequence'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /sequences/{sequence_id}`

        Args:
            sequence_id: Id of the sequence.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_SEQUENCE,
                {"sequence_id": sequence_id},
                options=options,
            ),
        )


class AsyncSequencesResourceWithRawResponse:
    def __init__(self, resource: AsyncSequencesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
