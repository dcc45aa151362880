"""Prospects

Prospects: the rows of a prospecting list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Comment, DeletedObject, Lead, SpreadsheetRow

__all__ = ["AsyncProspectsResource", "ProspectsResource"]

_ADD_PROSPECTS = Endpoint(
    method="POST",
    path="/spreadsheets/{spreadsheet_id}/rows",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: list[_models.SpreadsheetRow]),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=False,
)
_UPDATE_PROSPECT = Endpoint(
    method="PUT",
    path="/spreadsheets/{spreadsheet_id}/rows/{row_id}",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
        "row_id": Param("row_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.SpreadsheetRow),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_DELETE_PROSPECT = Endpoint(
    method="DELETE",
    path="/spreadsheets/{spreadsheet_id}/rows/{row_id}",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
        "row_id": Param("row_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.DeletedObject),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_CREATE_PROSPECT_COMMENT = Endpoint(
    method="POST",
    path="/spreadsheets/{spreadsheet_id}/rows/{row_id}/comments",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
        "row_id": Param("row_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Comment),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=False,
)
_CREATE_LEAD_FROM_PROSPECT = Endpoint(
    method="POST",
    path="/spreadsheets/{spreadsheet_id}/rows/{row_id}/create_lead",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
        "row_id": Param("row_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=False,
)
_LIST_CALLED_PROSPECTS = Endpoint(
    method="GET",
    path="/rows/called_from",
    params={
        "phone_number": Param("phone_number", "query", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.SpreadsheetRow]),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)


class ProspectsResource:
    """Prospects

    Prospects: the rows of a prospecting list.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ProspectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ProspectsResourceWithRawResponse(self)

    def add(
        self,
        spreadsheet_id: int | str,
        *,
        content: str | list[list[str]],
        **options: Unpack[RequestOptions],
    ) -> list[SpreadsheetRow]:
        """Add prospects to a prospecting list

        Add the prospects (new rows) at the end of the prospecting list. At most 100 rows per request.

        `POST /spreadsheets/{spreadsheet_id}/rows`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            content: The prospects to append (at most 100 rows). Rows as an array of arrays of strings, or that array JSON-encoded as a string.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "list[SpreadsheetRow]",
            self._client.request(
                _ADD_PROSPECTS,
                {"spreadsheet_id": spreadsheet_id},
                {"content": content},
                options=options,
            ),
        )

    def update(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        *,
        content: str | list[str],
        **options: Unpack[RequestOptions],
    ) -> SpreadsheetRow:
        """Update a prospect in a prospecting list

        Update a prospect (the cells of a row) in a prospecting list.

        `PUT /spreadsheets/{spreadsheet_id}/rows/{row_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).
            content: The cells of the prospect: an array of strings, or that array JSON-encoded as a string.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SpreadsheetRow",
            self._client.request(
                _UPDATE_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                {"content": content},
                options=options,
            ),
        )

    def delete(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a prospect in a prospecting list

        Delete a prospect in a prospecting list.

        `DELETE /spreadsheets/{spreadsheet_id}/rows/{row_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            self._client.request(
                _DELETE_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                options=options,
            ),
        )

    def create_comment(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a prospect

        Create a comment on a prospect. user_id is ignored with a USER token.

        `POST /spreadsheets/{spreadsheet_id}/rows/{row_id}/comments`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).
            content: Content of the comment.
            user_id: A user's numeric id or email address (the API accepts either).
            attachments: Attachment to add on the comment. The format is not documented.
            activity_id: Activity's id to set on the comment (see List the activities).

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Comment",
            self._client.request(
                _CREATE_PROSPECT_COMMENT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )

    def create_lead(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead from a prospect

        Create a lead from a prospect and associate the new lead to the prospect in the prospecting list. No request body.

        `POST /spreadsheets/{spreadsheet_id}/rows/{row_id}/create_lead`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Lead",
            self._client.request(
                _CREATE_LEAD_FROM_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                options=options,
            ),
        )

    def list_called_from(
        self,
        *,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> list[SpreadsheetRow]:
        """List all prospects called

        List all prospects called with the specified phone number from the Pro Pipe Lines application. Prospects called outside of Pro Pipe Lines are not retrieved. Not paginated.

        `GET /rows/called_from`

        Args:
            phone_number: The phone number which has been called from a prospect.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "list[SpreadsheetRow]",
            self._client.request(
                _LIST_CALLED_PROSPECTS,
                {"phone_number": phone_number},
                options=options,
            ),
        )


class ProspectsResourceWithRawResponse:
    def __init__(self, resource: ProspectsResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.create_comment = to_raw_response_wrapper(resource.create_comment)
        self.create_lead = to_raw_response_wrapper(resource.create_lead)
        self.list_called_from = to_raw_response_wrapper(resource.list_called_from)


class AsyncProspectsResource:
    """Prospects

    Prospects: the rows of a prospecting list.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncProspectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncProspectsResourceWithRawResponse(self)

    async def add(
        self,
        spreadsheet_id: int | str,
        *,
        content: str | list[list[str]],
        **options: Unpack[RequestOptions],
    ) -> list[SpreadsheetRow]:
        """Add prospects to a prospecting list

        Add the prospects (new rows) at the end of the prospecting list. At most 100 rows per request.

        `POST /spreadsheets/{spreadsheet_id}/rows`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            content: The prospects to append (at most 100 rows). Rows as an array of arrays of strings, or that array JSON-encoded as a string.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "list[SpreadsheetRow]",
            await self._client.request(
                _ADD_PROSPECTS,
                {"spreadsheet_id": spreadsheet_id},
                {"content": content},
                options=options,
            ),
        )

    async def update(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        *,
        content: str | list[str],
        **options: Unpack[RequestOptions],
    ) -> SpreadsheetRow:
        """Update a prospect in a prospecting list

        Update a prospect (the cells of a row) in a prospecting list.

        `PUT /spreadsheets/{spreadsheet_id}/rows/{row_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).
            content: The cells of the prospect: an array of strings, or that array JSON-encoded as a string.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SpreadsheetRow",
            await self._client.request(
                _UPDATE_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                {"content": content},
                options=options,
            ),
        )

    async def delete(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a prospect in a prospecting list

        Delete a prospect in a prospecting list.

        `DELETE /spreadsheets/{spreadsheet_id}/rows/{row_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            await self._client.request(
                _DELETE_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                options=options,
            ),
        )

    async def create_comment(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a prospect

        Create a comment on a prospect. user_id is ignored with a USER token.

        `POST /spreadsheets/{spreadsheet_id}/rows/{row_id}/comments`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).
            content: Content of the comment.
            user_id: A user's numeric id or email address (the API accepts either).
            attachments: Attachment to add on the comment. The format is not documented.
            activity_id: Activity's id to set on the comment (see List the activities).

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Comment",
            await self._client.request(
                _CREATE_PROSPECT_COMMENT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )

    async def create_lead(
        self,
        spreadsheet_id: int | str,
        row_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead from a prospect

        Create a lead from a prospect and associate the new lead to the prospect in the prospecting list. No request body.

        `POST /spreadsheets/{spreadsheet_id}/rows/{row_id}/create_lead`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            row_id: Prospect's identifier (spreadsheet row id).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Lead",
            await self._client.request(
                _CREATE_LEAD_FROM_PROSPECT,
                {"spreadsheet_id": spreadsheet_id, "row_id": row_id},
                options=options,
            ),
        )

    async def list_called_from(
        self,
        *,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> list[SpreadsheetRow]:
        """List all prospects called

        List all prospects called with the specified phone number from the Pro Pipe Lines application. Prospects called outside of Pro Pipe Lines are not retrieved. Not paginated.

        `GET /rows/called_from`

        Args:
            phone_number: The phone number which has been called from a prospect.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "list[SpreadsheetRow]",
            await self._client.request(
                _LIST_CALLED_PROSPECTS,
                {"phone_number": phone_number},
                options=options,
            ),
        )


class AsyncProspectsResourceWithRawResponse:
    def __init__(self, resource: AsyncProspectsResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.create_comment = async_to_raw_response_wrapper(resource.create_comment)
        self.create_lead = async_to_raw_response_wrapper(resource.create_lead)
        self.list_called_from = async_to_raw_response_wrapper(resource.list_called_from)
