"""Sequence States

`sequenceState` resources at `/sequenceStates`.
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
    from ..models import SequenceState, SequenceStateDocument

__all__ = ["AsyncSequenceStatesResource", "SequenceStatesResource"]

_LIST_SEQUENCE_STATES = Endpoint(
    method="GET",
    path="/sequenceStates",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_sequence_state": Param("fields[sequenceState]", "query"),
        "filter_state": Param("filter[state]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_active_at": Param("filter[activeAt]", "query"),
        "filter_prospect_id": Param("filter[prospect][id]", "query"),
        "filter_sequence_id": Param("filter[sequence][id]", "query"),
        "filter_mailbox_id": Param("filter[mailbox][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateListDocument),
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
_CREATE_SEQUENCE_STATE = Endpoint(
    method="POST",
    path="/sequenceStates",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "409": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_SEQUENCE_STATE = Endpoint(
    method="GET",
    path="/sequenceStates/{sequence_state_id}",
    params={
        "sequence_state_id": Param("sequence_state_id", "path", required=True),
        "fields_sequence_state": Param("fields[sequenceState]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateDocument),
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
_DELETE_SEQUENCE_STATE = Endpoint(
    method="DELETE",
    path="/sequenceStates/{sequence_state_id}",
    params={
        "sequence_state_id": Param("sequence_state_id", "path", required=True),
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
_FINISH_SEQUENCE_STATE = Endpoint(
    method="POST",
    path="/sequenceStates/{sequence_state_id}/actions/finish",
    params={
        "sequence_state_id": Param("sequence_state_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateDocument),
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
_PAUSE_SEQUENCE_STATE = Endpoint(
    method="POST",
    path="/sequenceStates/{sequence_state_id}/actions/pause",
    params={
        "sequence_state_id": Param("sequence_state_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateDocument),
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
_RESUME_SEQUENCE_STATE = Endpoint(
    method="POST",
    path="/sequenceStates/{sequence_state_id}/actions/resume",
    params={
        "sequence_state_id": Param("sequence_state_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.SequenceStateDocument),
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


class SequenceStatesResource:
    """Sequence States

    `sequenceState` resources at `/sequenceStates`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SequenceStatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return SequenceStatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence_state: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_active_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        filter_sequence_id: str | NotGiven = NOT_GIVEN,
        filter_mailbox_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[SequenceState]:
        """List sequence states

        Get a list of sequence states in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List sequence states' links to https://api.outreach.io/api/v2/sequenceStates/12345, https://api.outreach.io/api/v2/sequenceStates/12346; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List sequence states', 'List sequence states (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequenceStates`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `activeAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence_state: Sparse fieldset: comma-separated sequenceState attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_active_at: Filter on `activeAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only sequenceStates whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_sequence_id: Only sequenceStates whose `sequence` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_mailbox_id: Only sequenceStates whose `mailbox` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[SequenceState]",
            self._client.request_page(
                _LIST_SEQUENCE_STATES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence_state": fields_sequence_state,
                    "filter_state": filter_state,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_active_at": filter_active_at,
                    "filter_prospect_id": filter_prospect_id,
                    "filter_sequence_id": filter_sequence_id,
                    "filter_mailbox_id": filter_mailbox_id,
                },
                _models.SequenceState,
                options,
            ),
        )

    def create(
        self,
        *,
        prospect_id: int | None,
        sequence_id: int | None,
        mailbox_id: int | None,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Create a sequence state (add a prospect to a sequence)

        Add a prospect to a sequence: create a sequence state with prospect, sequence and mailbox relationships. The connector offers this endpoint twice, as 'Add prospect to sequence' and 'Create sequence state'.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Add prospect to sequence', 'Create sequence state'.

        409 when the prospect is already active in the sequence.

        `POST /sequenceStates`

        Args:
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            sequence_id: To-one relationship to a sequence: linkage object {data: {type, id}} (data null when empty).
            mailbox_id: To-one relationship to a mailbox: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            ConflictError (409): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            self._client.request(
                _CREATE_SEQUENCE_STATE,
                {},
                _jsonapi.write_document(
                    "sequenceState",
                    {},
                    {
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "sequence": _jsonapi.to_one("sequence", sequence_id),
                        "mailbox": _jsonapi.to_one("mailbox", mailbox_id),
                    },
                ),
                options=options,
            ),
        )

    def get(
        self,
        sequence_state_id: int | str,
        *,
        fields_sequence_state: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Get a sequence state

        Gets a sequence state from your Outreach account, using the sequence state ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence state'.

        `GET /sequenceStates/{sequence_state_id}`

        Args:
            sequence_state_id: Id of the sequenceState.
            fields_sequence_state: Sparse fieldset: comma-separated sequenceState attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            self._client.request(
                _GET_SEQUENCE_STATE,
                {
                    "sequence_state_id": sequence_state_id,
                    "fields_sequence_state": fields_sequence_state,
                    "include": include,
                },
                options=options,
            ),
        )

    def delete(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a sequence state

        Delete a sequence state in your Outreach account, using it's unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete sequence state'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /sequenceStates/{sequence_state_id}`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    def finish(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Finish a sequence state

        Finish a sequence state: the prospect leaves the sequence. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/finish`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            self._client.request(
                _FINISH_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    def pause(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Pause a sequence state

        Pause an active sequence state: no further steps run until it is resumed. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/pause`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            self._client.request(
                _PAUSE_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    def resume(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Resume a sequence state

        Resume a paused sequence state. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/resume`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            self._client.request(
                _RESUME_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )


class SequenceStatesResourceWithRawResponse:
    def __init__(self, resource: SequenceStatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.finish = to_raw_response_wrapper(resource.finish)
        self.pause = to_raw_response_wrapper(resource.pause)
        self.resume = to_raw_response_wrapper(resource.resume)


class AsyncSequenceStatesResource:
    """Sequence States

    `sequenceState` resources at `/sequenceStates`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSequenceStatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncSequenceStatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_sequence_state: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_active_at: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        filter_sequence_id: str | NotGiven = NOT_GIVEN,
        filter_mailbox_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[SequenceState]:
        """List sequence states

        Get a list of sequence states in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List sequence states' links to https://api.outreach.io/api/v2/sequenceStates/12345, https://api.outreach.io/api/v2/sequenceStates/12346; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List sequence states', 'List sequence states (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /sequenceStates`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `createdAt`, `updatedAt`, `activeAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_sequence_state: Sparse fieldset: comma-separated sequenceState attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_active_at: Filter on `activeAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_prospect_id: Only sequenceStates whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_sequence_id: Only sequenceStates whose `sequence` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_mailbox_id: Only sequenceStates whose `mailbox` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[SequenceState]",
            self._client.request_page(
                _LIST_SEQUENCE_STATES,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_sequence_state": fields_sequence_state,
                    "filter_state": filter_state,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_active_at": filter_active_at,
                    "filter_prospect_id": filter_prospect_id,
                    "filter_sequence_id": filter_sequence_id,
                    "filter_mailbox_id": filter_mailbox_id,
                },
                _models.SequenceState,
                options,
            ),
        )

    async def create(
        self,
        *,
        prospect_id: int | None,
        sequence_id: int | None,
        mailbox_id: int | None,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Create a sequence state (add a prospect to a sequence)

        Add a prospect to a sequence: create a sequence state with prospect, sequence and mailbox relationships. The connector offers this endpoint twice, as 'Add prospect to sequence' and 'Create sequence state'.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Add prospect to sequence', 'Create sequence state'.

        409 when the prospect is already active in the sequence.

        `POST /sequenceStates`

        Args:
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            sequence_id: To-one relationship to a sequence: linkage object {data: {type, id}} (data null when empty).
            mailbox_id: To-one relationship to a mailbox: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            ConflictError (409): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            await self._client.request(
                _CREATE_SEQUENCE_STATE,
                {},
                _jsonapi.write_document(
                    "sequenceState",
                    {},
                    {
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "sequence": _jsonapi.to_one("sequence", sequence_id),
                        "mailbox": _jsonapi.to_one("mailbox", mailbox_id),
                    },
                ),
                options=options,
            ),
        )

    async def get(
        self,
        sequence_state_id: int | str,
        *,
        fields_sequence_state: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Get a sequence state

        Gets a sequence state from your Outreach account, using the sequence state ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get sequence state'.

        `GET /sequenceStates/{sequence_state_id}`

        Args:
            sequence_state_id: Id of the sequenceState.
            fields_sequence_state: Sparse fieldset: comma-separated sequenceState attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            await self._client.request(
                _GET_SEQUENCE_STATE,
                {
                    "sequence_state_id": sequence_state_id,
                    "fields_sequence_state": fields_sequence_state,
                    "include": include,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a sequence state

        Delete a sequence state in your Outreach account, using it's unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete sequence state'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /sequenceStates/{sequence_state_id}`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    async def finish(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Finish a sequence state

        Finish a sequence state: the prospect leaves the sequence. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/finish`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            await self._client.request(
                _FINISH_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    async def pause(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Pause a sequence state

        Pause an active sequence state: no further steps run until it is resumed. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/pause`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            await self._client.request(
                _PAUSE_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )

    async def resume(
        self,
        sequence_state_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SequenceStateDocument:
        """Resume a sequence state

        Resume a paused sequence state. POST with no request body; returns the updated sequence state.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set sequence state action'. The inventory maps it to `POST /sequenceStates/{sequence_state_id}/actions/{action}` with action one of pause, resume, finish; each action is its own operation here.

        `POST /sequenceStates/{sequence_state_id}/actions/resume`

        Args:
            sequence_state_id: Id of the sequenceState.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SequenceStateDocument",
            await self._client.request(
                _RESUME_SEQUENCE_STATE,
                {"sequence_state_id": sequence_state_id},
                options=options,
            ),
        )


class AsyncSequenceStatesResourceWithRawResponse:
    def __init__(self, resource: AsyncSequenceStatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.finish = async_to_raw_response_wrapper(resource.finish)
        self.pause = async_to_raw_response_wrapper(resource.pause)
        self.resume = async_to_raw_response_wrapper(resource.resume)
