"""Prospecting Lists

Prospecting lists (spreadsheets of prospects).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Comment, Spreadsheet

__all__ = ["AsyncProspectingListsResource", "ProspectingListsResource"]

_LIST_PROSPECTING_LISTS = Endpoint(
    method="GET",
    path="/spreadsheets",
    params={
        "title": Param("title", "query"),
        "direction": Param("direction", "query"),
        "limit": Param("limit", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Spreadsheet]),
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
_CREATE_PROSPECTING_LIST = Endpoint(
    method="POST",
    path="/spreadsheets",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Spreadsheet),
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
_GET_PROSPECTING_LIST = Endpoint(
    method="GET",
    path="/spreadsheets/{spreadsheet_id}",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.Spreadsheet),
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
_ASSIGN_PROSPECTING_LIST = Endpoint(
    method="POST",
    path="/spreadsheets/{spreadsheet_id}/assign",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Spreadsheet),
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
_CREATE_PROSPECTING_LIST_COMMENT = Endpoint(
    method="POST",
    path="/spreadsheets/{spreadsheet_id}/comments",
    params={
        "spreadsheet_id": Param("spreadsheet_id", "path", required=True),
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


class ProspectingListsResource:
    """Prospecting Lists

    Prospecting lists (spreadsheets of prospects).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ProspectingListsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ProspectingListsResourceWithRawResponse(self)

    def list(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Spreadsheet]:
        """List the prospecting lists

        List the prospecting lists that the user can see, 100 by default (no offset is documented).

        `GET /spreadsheets`

        Args:
            title: Filter the prospecting lists by title (exact match).
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            limit: Limit the number of data returned.

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
            "builtins.list[Spreadsheet]",
            self._client.request(
                _LIST_PROSPECTING_LISTS,
                {"title": title, "direction": direction, "limit": limit},
                options=options,
            ),
        )

    def create(
        self,
        *,
        title: str,
        content: str | builtins.list[builtins.list[str]],
        description: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        privacy: Literal["off", "default"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Create a prospecting list

        Create a prospecting list. It belongs to the user of user_id with the API key (or, if no or an unknown user is given, to the first administrator of the account), or to the logged user with a USER token (user_id is then ignored). The privacy is computed from the account settings unless privacy is off (shared with everyone). At most 5000 rows and 26 columns per row.

        `POST /spreadsheets`

        Args:
            title: Prospecting file's title. It could be the origin of the prospecting file.
            content: Content of the prospecting file: array of rows; the first row is the column header. At most 5000 rows and 26 columns per row. Rows as an array of arrays of strings, or that array JSON-encoded as a string.
            description: Prospecting file's description.
            tags: An array of tags (created if missing; predefined tags can be used).
            user_id: A user's numeric id or email address (the API accepts either).
            privacy: 'off' shares the prospecting list with everyone on the account; otherwise the privacy is computed from the account settings and the creating user.

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
            "Spreadsheet",
            self._client.request(
                _CREATE_PROSPECTING_LIST,
                {},
                {
                    "title": title,
                    "content": content,
                    "description": description,
                    "tags": tags,
                    "user_id": user_id,
                    "privacy": privacy,
                },
                options=options,
            ),
        )

    def get(
        self,
        spreadsheet_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Retrieve a prospecting list

        Retrieve a prospecting list previously created, with its prospects, from its id.

        `GET /spreadsheets/{spreadsheet_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Spreadsheet",
            self._client.request(
                _GET_PROSPECTING_LIST,
                {"spreadsheet_id": spreadsheet_id},
                options=options,
            ),
        )

    def assign(
        self,
        spreadsheet_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Assign a prospecting list

        Assign a prospecting list to a collaborator. The user is notified by email of the assignment if their preference to receive notifications is checked.

        `POST /spreadsheets/{spreadsheet_id}/assign`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            user_id: A user's numeric id or email address (the API accepts either).

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
            "Spreadsheet",
            self._client.request(
                _ASSIGN_PROSPECTING_LIST,
                {"spreadsheet_id": spreadsheet_id},
                {"user_id": user_id},
                options=options,
            ),
        )

    def create_comment(
        self,
        spreadsheet_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a prospecting list

        Create a comment on a prospecting list. user_id is ignored with a USER token.

        `POST /spreadsheets/{spreadsheet_id}/comments`

        Args:
            spreadsheet_id: Prospecting list's identifier.
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
                _CREATE_PROSPECTING_LIST_COMMENT,
                {"spreadsheet_id": spreadsheet_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )


class ProspectingListsResourceWithRawResponse:
    def __init__(self, resource: ProspectingListsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.assign = to_raw_response_wrapper(resource.assign)
        self.create_comment = to_raw_response_wrapper(resource.create_comment)


class AsyncProspectingListsResource:
    """Prospecting Lists

    Prospecting lists (spreadsheets of prospects).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncProspectingListsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncProspectingListsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Spreadsheet]:
        """List the prospecting lists

        List the prospecting lists that the user can see, 100 by default (no offset is documented).

        `GET /spreadsheets`

        Args:
            title: Filter the prospecting lists by title (exact match).
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            limit: Limit the number of data returned.

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
            "builtins.list[Spreadsheet]",
            await self._client.request(
                _LIST_PROSPECTING_LISTS,
                {"title": title, "direction": direction, "limit": limit},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        title: str,
        content: str | builtins.list[builtins.list[str]],
        description: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        privacy: Literal["off", "default"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Create a prospecting list

        Create a prospecting list. It belongs to the user of user_id with the API key (or, if no or an unknown user is given, to the first administrator of the account), or to the logged user with a USER token (user_id is then ignored). The privacy is computed from the account settings unless privacy is off (shared with everyone). At most 5000 rows and 26 columns per row.

        `POST /spreadsheets`

        Args:
            title: Prospecting file's title. It could be the origin of the prospecting file.
            content: Content of the prospecting file: array of rows; the first row is the column header. At most 5000 rows and 26 columns per row. Rows as an array of arrays of strings, or that array JSON-encoded as a string.
            description: Prospecting file's description.
            tags: An array of tags (created if missing; predefined tags can be used).
            user_id: A user's numeric id or email address (the API accepts either).
            privacy: 'off' shares the prospecting list with everyone on the account; otherwise the privacy is computed from the account settings and the creating user.

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
            "Spreadsheet",
            await self._client.request(
                _CREATE_PROSPECTING_LIST,
                {},
                {
                    "title": title,
                    "content": content,
                    "description": description,
                    "tags": tags,
                    "user_id": user_id,
                    "privacy": privacy,
                },
                options=options,
            ),
        )

    async def get(
        self,
        spreadsheet_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Retrieve a prospecting list

        Retrieve a prospecting list previously created, with its prospects, from its id.

        `GET /spreadsheets/{spreadsheet_id}`

        Args:
            spreadsheet_id: Prospecting list's identifier.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Spreadsheet",
            await self._client.request(
                _GET_PROSPECTING_LIST,
                {"spreadsheet_id": spreadsheet_id},
                options=options,
            ),
        )

    async def assign(
        self,
        spreadsheet_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Spreadsheet:
        """Assign a prospecting list

        Assign a prospecting list to a collaborator. The user is notified by email of the assignment if their preference to receive notifications is checked.

        `POST /spreadsheets/{spreadsheet_id}/assign`

        Args:
            spreadsheet_id: Prospecting list's identifier.
            user_id: A user's numeric id or email address (the API accepts either).

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
            "Spreadsheet",
            await self._client.request(
                _ASSIGN_PROSPECTING_LIST,
                {"spreadsheet_id": spreadsheet_id},
                {"user_id": user_id},
                options=options,
            ),
        )

    async def create_comment(
        self,
        spreadsheet_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a prospecting list

        Create a comment on a prospecting list. user_id is ignored with a USER token.

        `POST /spreadsheets/{spreadsheet_id}/comments`

        Args:
            spreadsheet_id: Prospecting list's identifier.
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
                _CREATE_PROSPECTING_LIST_COMMENT,
                {"spreadsheet_id": spreadsheet_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )


class AsyncProspectingListsResourceWithRawResponse:
    def __init__(self, resource: AsyncProspectingListsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.assign = async_to_raw_response_wrapper(resource.assign)
        self.create_comment = async_to_raw_response_wrapper(resource.create_comment)
