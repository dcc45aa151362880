"""Lead Comments

Comments on leads.
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
    from ..models import Comment, DeletedObject

__all__ = ["AsyncLeadCommentsResource", "LeadCommentsResource"]

_LIST_LEAD_COMMENTS = Endpoint(
    method="GET",
    path="/leads/{lead_id}/comments",
    params={
        "lead_id": Param("lead_id", "path", required=True),
        "direction": Param("direction", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Comment]),
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
_CREATE_LEAD_COMMENT = Endpoint(
    method="POST",
    path="/leads/{lead_id}/comments",
    params={
        "lead_id": Param("lead_id", "path", required=True),
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
_DELETE_LEAD_COMMENT = Endpoint(
    method="DELETE",
    path="/leads/{lead_id}/comments/{comment_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
        "comment_id": Param("comment_id", "path", required=True),
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


class LeadCommentsResource:
    """Lead Comments

    Comments on leads.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> LeadCommentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return LeadCommentsResourceWithRawResponse(self)

    def list(
        self,
        lead_id: int | str,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Comment]:
        """Retrieve all comments from a lead

        Retrieve all comments of a lead. Not paginated.

        `GET /leads/{lead_id}/comments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            direction: Return data ordered by creation in ascending or descending order (asc or desc).

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
            "builtins.list[Comment]",
            self._client.request(
                _LIST_LEAD_COMMENTS,
                {"lead_id": lead_id, "direction": direction},
                options=options,
            ),
        )

    def create(
        self,
        lead_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a lead

        Create a comment on a lead. user_id is ignored with a USER token.

        `POST /leads/{lead_id}/comments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
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
                _CREATE_LEAD_COMMENT,
                {"lead_id": lead_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )

    def delete(
        self,
        lead_id: int | str,
        comment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a comment on a lead

        Delete a comment on a lead.

        `DELETE /leads/{lead_id}/comments/{comment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            comment_id: Comment's id.

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
                _DELETE_LEAD_COMMENT,
                {"lead_id": lead_id, "comment_id": comment_id},
                options=options,
            ),
        )


class LeadCommentsResourceWithRawResponse:
    def __init__(self, resource: LeadCommentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLeadCommentsResource:
    """Lead Comments

    Comments on leads.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncLeadCommentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncLeadCommentsResourceWithRawResponse(self)

    async def list(
        self,
        lead_id: int | str,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Comment]:
        """Retrieve all comments from a lead

        Retrieve all comments of a lead. Not paginated.

        `GET /leads/{lead_id}/comments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            direction: Return data ordered by creation in ascending or descending order (asc or desc).

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
            "builtins.list[Comment]",
            await self._client.request(
                _LIST_LEAD_COMMENTS,
                {"lead_id": lead_id, "direction": direction},
                options=options,
            ),
        )

    async def create(
        self,
        lead_id: int | str,
        *,
        content: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        attachments: Any | NotGiven = NOT_GIVEN,
        activity_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        """Create a comment on a lead

        Create a comment on a lead. user_id is ignored with a USER token.

        `POST /leads/{lead_id}/comments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
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
                _CREATE_LEAD_COMMENT,
                {"lead_id": lead_id},
                {
                    "content": content,
                    "user_id": user_id,
                    "attachments": attachments,
                    "activity_id": activity_id,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        lead_id: int | str,
        comment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a comment on a lead

        Delete a comment on a lead.

        `DELETE /leads/{lead_id}/comments/{comment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            comment_id: Comment's id.

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
                _DELETE_LEAD_COMMENT,
                {"lead_id": lead_id, "comment_id": comment_id},
                options=options,
            ),
        )


class AsyncLeadCommentsResourceWithRawResponse:
    def __init__(self, resource: AsyncLeadCommentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
