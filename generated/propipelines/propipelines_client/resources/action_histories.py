"""Action Histories

History of the actions on a lead.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import ActionHistory

__all__ = ["ActionHistoriesResource", "AsyncActionHistoriesResource"]

_LIST_LEAD_ACTION_HISTORIES = Endpoint(
    method="GET",
    path="/leads/{lead_id}/action_histories",
    params={
        "lead_id": Param("lead_id", "path", required=True),
        "from_": Param("from", "query"),
        "to": Param("to", "query"),
        "action_type": Param("action_type", "query"),
        "action_value": Param("action_value", "query"),
        "user_ids": Param("user_ids", "query", style="form", explode=False),
        "direction": Param("direction", "query"),
        "limit": Param("limit", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.ActionHistory]),
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


class ActionHistoriesResource:
    """Action Histories

    History of the actions on a lead.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ActionHistoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ActionHistoriesResourceWithRawResponse(self)

    def list(
        self,
        lead_id: int | str,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        action_type: Literal[
            "client_assigned",
            "step_changed",
            "status_changed",
            "amount_set",
            "user_assigned",
            "lead_created",
            "comment_added",
            "email_sent",
        ]
        | NotGiven = NOT_GIVEN,
        action_value: str | NotGiven = NOT_GIVEN,
        user_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ActionHistory]:
        """List the action histories on a lead

        Retrieve the action histories of a lead, filtered. At most 100 items are returned per request (limit); no offset is documented.

        `GET /leads/{lead_id}/action_histories`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            from_: Start date to retrieve the action histories. The format is not documented; the value is sent as given.
            to: End date. With from, action histories are retrieved in the range; alone, all the action histories until this date.
            action_type: Filter on the action's type.
            action_value: Filter on the value of step_changed (a step name) and status_changed (todo, standby, won, lost, cancelled) actions. An unrecognised value is ignored.
            user_ids: Filter on the users who made the actions: comma-separated user ids or emails.
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            limit: Number of items returned, between 1 and 100.

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
            "builtins.list[ActionHistory]",
            self._client.request(
                _LIST_LEAD_ACTION_HISTORIES,
                {
                    "lead_id": lead_id,
                    "from_": from_,
                    "to": to,
                    "action_type": action_type,
                    "action_value": action_value,
                    "user_ids": user_ids,
                    "direction": direction,
                    "limit": limit,
                },
                options=options,
            ),
        )


class ActionHistoriesResourceWithRawResponse:
    def __init__(self, resource: ActionHistoriesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncActionHistoriesResource:
    """Action Histories

    History of the actions on a lead.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncActionHistoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncActionHistoriesResourceWithRawResponse(self)

    async def list(
        self,
        lead_id: int | str,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        action_type: Literal[
            "client_assigned",
            "step_changed",
            "status_changed",
            "amount_set",
            "user_assigned",
            "lead_created",
            "comment_added",
            "email_sent",
        ]
        | NotGiven = NOT_GIVEN,
        action_value: str | NotGiven = NOT_GIVEN,
        user_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ActionHistory]:
        """List the action histories on a lead

        Retrieve the action histories of a lead, filtered. At most 100 items are returned per request (limit); no offset is documented.

        `GET /leads/{lead_id}/action_histories`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            from_: Start date to retrieve the action histories. The format is not documented; the value is sent as given.
            to: End date. With from, action histories are retrieved in the range; alone, all the action histories until this date.
            action_type: Filter on the action's type.
            action_value: Filter on the value of step_changed (a step name) and status_changed (todo, standby, won, lost, cancelled) actions. An unrecognised value is ignored.
            user_ids: Filter on the users who made the actions: comma-separated user ids or emails.
            direction: Return data ordered by id in ascending or descending order (asc or desc).
            limit: Number of items returned, between 1 and 100.

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
            "builtins.list[ActionHistory]",
            await self._client.request(
                _LIST_LEAD_ACTION_HISTORIES,
                {
                    "lead_id": lead_id,
                    "from_": from_,
                    "to": to,
                    "action_type": action_type,
                    "action_value": action_value,
                    "user_ids": user_ids,
                    "direction": direction,
                    "limit": limit,
                },
                options=options,
            ),
        )


class AsyncActionHistoriesResourceWithRawResponse:
    def __init__(self, resource: AsyncActionHistoriesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
