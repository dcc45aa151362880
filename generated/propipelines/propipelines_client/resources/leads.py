"""Leads

Leads, their assignment, duplicates and emails.
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import DeletedObject, Lead, LeadDuplicate, Message, SignedUrl

__all__ = ["AsyncLeadsResource", "LeadsResource"]

_LIST_LEADS = Endpoint(
    method="GET",
    path="/leads",
    params={
        "direction": Param("direction", "query"),
        "order": Param("order", "query"),
        "limit": Param("limit", "query"),
        "offset": Param("offset", "query"),
        "status": Param("status", "query", style="form", explode=False),
        "step": Param("step", "query", style="form", explode=False),
        "starred": Param("starred", "query"),
        "user_id": Param("user_id", "query"),
        "email": Param("email", "query"),
        "field_key": Param("field_key", "query"),
        "field_value": Param("field_value", "query"),
        "tags": Param("tags", "query", style="form", explode=False),
        "updated_after": Param("updated_after", "query"),
        "start_date": Param("start_date", "query"),
        "end_date": Param("end_date", "query"),
        "date_range_type": Param("date_range_type", "query"),
        "include_unassigned": Param("include_unassigned", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Lead]),
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
    pagination=Pagination(
        style="offset",
        items="",
        limit_param="limit",
        offset_param="offset",
    ),
)
_CREATE_LEAD = Endpoint(
    method="POST",
    path="/leads",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
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
_LIST_UNASSIGNED_LEADS = Endpoint(
    method="GET",
    path="/leads/unassigned",
    params={
        "limit": Param("limit", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Lead]),
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
_DELETE_MULTIPLE_LEADS = Endpoint(
    method="DELETE",
    path="/leads/delete_multiple",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=list[int],
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
_GET_LEAD = Endpoint(
    method="GET",
    path="/leads/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
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
    retryable=True,
)
_UPDATE_LEAD = Endpoint(
    method="PUT",
    path="/leads/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
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
_DELETE_LEAD = Endpoint(
    method="DELETE",
    path="/leads/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
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
_ASSIGN_LEAD = Endpoint(
    method="POST",
    path="/leads/{lead_id}/assign",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
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
_ADD_LEAD_TO_CLIENT_FOLDER = Endpoint(
    method="POST",
    path="/leads/{lead_id}/add_to_client",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
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
_GET_LEAD_BUSINESS_CARD = Endpoint(
    method="GET",
    path="/leads/{lead_id}/business_card",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.SignedUrl),
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
_LIST_LEAD_DUPLICATES = Endpoint(
    method="GET",
    path="/leads/{lead_id}/duplicates",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.LeadDuplicate]),
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
_SEND_LEAD_EMAIL_FROM_TEMPLATE = Endpoint(
    method="POST",
    path="/leads/{lead_id}/emails/send_email_from_template",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Message),
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


class LeadsResource:
    """Leads

    Leads, their assignment, duplicates and emails.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> LeadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return LeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order: Literal[
            "id",
            "creation_date",
            "last_update",
            "next_action",
            "sale_step",
            "amount",
            "probability",
            "probalized_amount",
            "alphabetically",
        ]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        status: builtins.list[Literal["todo", "standby", "won", "lost", "cancelled"]]
        | NotGiven = NOT_GIVEN,
        step: builtins.list[str] | NotGiven = NOT_GIVEN,
        starred: bool | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        field_key: str | NotGiven = NOT_GIVEN,
        field_value: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        updated_after: str | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        date_range_type: Literal["creation", "update", "next_action", "closed"]
        | NotGiven = NOT_GIVEN,
        include_unassigned: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Lead]:
        """List the leads

        Return a list of leads previously created in your account, 100 by default. Use limit and offset to paginate (no total count or links are returned: stop when a page has fewer than limit items). Items are returned without extended_info.

        `GET /leads`

        Args:
            direction: Direction for ordering the data returned, ascending or descending.
            order: Attribute to order the data returned by. ('probalized_amount' is spelled as in the docs.)
            limit: Maximum count of data returned by request.
            offset: Shift the returned data by the offset value. Used with limit to paginate (no default is documented; omitting it starts at the first lead).
            status: Comma-separated list of statuses: return the leads with the specified statuses.
            step: Comma-separated list of step names (exact names as entered in the application): return the leads in these steps.
            starred: If set to true, return all starred leads.
            user_id: User id or email: return the leads belonging to this user only.
            email: Email address entered in the lead's description or in a comment: return the leads containing it.
            field_key: Name of a field of the lead's description set as a key to detect duplicates. Use with field_value. Expert accounts only.
            field_value: Value of the field_key field: return the leads containing this value in field_key. Use with field_key. Expert accounts only.
            tags: Array of tags: return the leads having ALL these tags (predefined tags included).
            updated_after: Date from which leads are retrieved according to their last update (can conflict with date_range_type). The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            start_date: Date from which leads are retrieved according to date_range_type. The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            end_date: Date until which leads are retrieved according to date_range_type. The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            date_range_type: Type of date range when using start_date and/or end_date.
            include_unassigned: Include the unassigned leads when listing or searching. With a USER token the user must be allowed to see the unassigned leads.

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
            "SyncPage[Lead]",
            self._client.request_page(
                _LIST_LEADS,
                {
                    "direction": direction,
                    "order": order,
                    "limit": limit,
                    "offset": offset,
                    "status": status,
                    "step": step,
                    "starred": starred,
                    "user_id": user_id,
                    "email": email,
                    "field_key": field_key,
                    "field_value": field_value,
                    "tags": tags,
                    "updated_after": updated_after,
                    "start_date": start_date,
                    "end_date": end_date,
                    "date_range_type": date_range_type,
                    "include_unassigned": include_unassigned,
                },
                _models.Lead,
                options,
            ),
        )

    def create(
        self,
        *,
        title: str,
        description: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead

        Create a new lead. With only the required parameters, the lead belongs to nobody when using the API key (it is unassigned and appears in the Unassigned leads tab) or to the logged user when using a USER token. With the API key, pass user_id (id or email) to assign the lead directly; an unknown user returns an error. Direct assignment does not notify the user: to notify, create the lead unassigned and use Assign a lead. user_id returns an error with a USER token.

        `POST /leads`

        Args:
            title: Lead's title. Usually it corresponds to the company name.
            description: Lead's description. Usually it contains the information of the contact in the company, as 'Label: value' lines (e.g. 'Email: john@doe.com') that are parsed into the lead fields.
            user_id: A user's numeric id or email address (the API accepts either).
            tags: An array of tags describing the lead. Tags that don't exist are created; predefined tags can be used.
            created_at: Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone (24h), or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'. Omit to use the current time.

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
            "Lead",
            self._client.request(
                _CREATE_LEAD,
                {},
                {
                    "title": title,
                    "description": description,
                    "user_id": user_id,
                    "tags": tags,
                    "created_at": created_at,
                },
                options=options,
            ),
        )

    def list_unassigned(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Lead]:
        """List the unassigned leads

        Return the list of unassigned leads, 100 by default (limit can be changed; no offset is documented). This literal route sits alongside /leads/{lead_id}.

        `GET /leads/unassigned`

        Args:
            limit: Maximum count of data returned by the request.

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
            "builtins.list[Lead]",
            self._client.request(
                _LIST_UNASSIGNED_LEADS,
                {"limit": limit},
                options=options,
            ),
        )

    def delete_multiple(
        self,
        *,
        ids: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[int]:
        """Delete multiple leads at once

        Delete multiple leads at once from their ids (DELETE with a JSON body). Returns the list of lead ids that couldn't be deleted (not existing anymore, no rights to delete, ...); the list is empty if all the leads were deleted. This literal route sits alongside /leads/{lead_id}.

        `DELETE /leads/delete_multiple`

        Args:
            ids: Comma separated lead's ids (a string, not an array).

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
            "builtins.list[int]",
            self._client.request(
                _DELETE_MULTIPLE_LEADS,
                {},
                {"ids": ids},
                options=options,
            ),
        )

    def get(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieve a lead

        Retrieve a lead previously created, from its id.

        `GET /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.

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
                _GET_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def update(
        self,
        lead_id: int | str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        status: Literal["todo", "standby", "won", "lost", "cancelled"] | NotGiven = NOT_GIVEN,
        remind_date: date | str | NotGiven = NOT_GIVEN,
        remind_time: str | NotGiven = NOT_GIVEN,
        reminder_duration: Literal[0, 15, 30, 45, 60, 90, 120, 150, 180, 240, 480, 720]
        | NotGiven = NOT_GIVEN,
        reminder_activity_id: int | NotGiven = NOT_GIVEN,
        reminder_note: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        probability: int | NotGiven = NOT_GIVEN,
        starred: bool | NotGiven = NOT_GIVEN,
        step: int | str | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        estimated_closing_date: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Update a lead

        Update a lead previously created. PUT with partial-update semantics: only the parameters sent are changed. status, step, starred, amount and probability cannot be updated on an unassigned lead (400). Changing the status to standby requires remind_date (400). A probability cannot be set without an amount (400). An unknown step returns 404.

        `PUT /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            title: The new title of the lead.
            description: The new description of the lead.
            status: Status of a lead, as sent in requests and filters.
            remind_date: Date of the reminder, YYYY-MM-DD in the account time zone. Mandatory when the status is changed to standby (400 otherwise).
            remind_time: Time of the reminder, HH:MM 24h, in steps of 15 minutes. Optional.
            reminder_duration: Duration of the reminder in minutes. Defaults to the lead owner's default duration.
            reminder_activity_id: Activity of the reminder (see List the activities).
            reminder_note: Note added to the reminder.
            amount: The new amount of the lead.
            probability: The new probability of the lead. Cannot be set without an amount (400).
            starred: true if the lead is starred, false otherwise.
            step: A step's numeric id or its exact name. When several pipelines have steps with the same name, prefer the id.
            user_id: A user's numeric id or email address (the API accepts either).
            tags: An array of tags describing the lead (created if missing; predefined tags can be used).
            created_at: Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone, or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'.
            estimated_closing_date: Estimated closing date, in the account time zone.

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
            "Lead",
            self._client.request(
                _UPDATE_LEAD,
                {"lead_id": lead_id},
                {
                    "title": title,
                    "description": description,
                    "status": status,
                    "remind_date": remind_date,
                    "remind_time": remind_time,
                    "reminder_duration": reminder_duration,
                    "reminder_activity_id": reminder_activity_id,
                    "reminder_note": reminder_note,
                    "amount": amount,
                    "probability": probability,
                    "starred": starred,
                    "step": step,
                    "user_id": user_id,
                    "tags": tags,
                    "created_at": created_at,
                    "estimated_closing_date": estimated_closing_date,
                },
                options=options,
            ),
        )

    def delete(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a lead

        Delete a lead previously created, from its id.

        `DELETE /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.

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
                _DELETE_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def assign(
        self,
        lead_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Assign a lead

        Assign a lead to a collaborator. The user is notified by email of the assignment if their preference to receive notifications is checked.

        `POST /leads/{lead_id}/assign`

        Args:
            lead_id: Lead's id. The identifier of the lead.
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
            "Lead",
            self._client.request(
                _ASSIGN_LEAD,
                {"lead_id": lead_id},
                {"user_id": user_id},
                options=options,
            ),
        )

    def add_to_client_folder(
        self,
        lead_id: int | str,
        *,
        client_id: int,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Add a lead to a client folder

        Add a lead to an existing client folder.

        `POST /leads/{lead_id}/add_to_client`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            client_id: Client folder's id.

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
            "Lead",
            self._client.request(
                _ADD_LEAD_TO_CLIENT_FOLDER,
                {"lead_id": lead_id},
                {"client_id": client_id},
                options=options,
            ),
        )

    def get_business_card(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SignedUrl:
        """Retrieve the business card of a lead

        Retrieve the picture of the business card of a lead created from a business card: a short-lived download URL.

        `GET /leads/{lead_id}/business_card`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SignedUrl",
            self._client.request(
                _GET_LEAD_BUSINESS_CARD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def list_duplicates(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[LeadDuplicate]:
        """Retrieve all duplicates of a lead

        Retrieve all duplicates of a lead. Duplicates are found from the lead titles and the default fields set as key.

        `GET /leads/{lead_id}/duplicates`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[LeadDuplicate]",
            self._client.request(
                _LIST_LEAD_DUPLICATES,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def send_email_from_template(
        self,
        lead_id: int | str,
        *,
        email_template_id: int,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Send an email from a template

        Send an email to the lead from an email template. Only available in the Dreamteam Edition. The email is not sent if the user cannot access the email template, if some variables of the template are not found in the lead, or if no email address can be found in the lead.

        `POST /leads/{lead_id}/emails/send_email_from_template`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            email_template_id: The identifier of the email template.

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
            "Message",
            self._client.request(
                _SEND_LEAD_EMAIL_FROM_TEMPLATE,
                {"lead_id": lead_id},
                {"email_template_id": email_template_id},
                options=options,
            ),
        )


class LeadsResourceWithRawResponse:
    def __init__(self, resource: LeadsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.list_unassigned = to_raw_response_wrapper(resource.list_unassigned)
        self.delete_multiple = to_raw_response_wrapper(resource.delete_multiple)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.assign = to_raw_response_wrapper(resource.assign)
        self.add_to_client_folder = to_raw_response_wrapper(resource.add_to_client_folder)
        self.get_business_card = to_raw_response_wrapper(resource.get_business_card)
        self.list_duplicates = to_raw_response_wrapper(resource.list_duplicates)
        self.send_email_from_template = to_raw_response_wrapper(resource.send_email_from_template)


class AsyncLeadsResource:
    """Leads

    Leads, their assignment, duplicates and emails.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncLeadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncLeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order: Literal[
            "id",
            "creation_date",
            "last_update",
            "next_action",
            "sale_step",
            "amount",
            "probability",
            "probalized_amount",
            "alphabetically",
        ]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        status: builtins.list[Literal["todo", "standby", "won", "lost", "cancelled"]]
        | NotGiven = NOT_GIVEN,
        step: builtins.list[str] | NotGiven = NOT_GIVEN,
        starred: bool | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        field_key: str | NotGiven = NOT_GIVEN,
        field_value: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        updated_after: str | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        date_range_type: Literal["creation", "update", "next_action", "closed"]
        | NotGiven = NOT_GIVEN,
        include_unassigned: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Lead]:
        """List the leads

        Return a list of leads previously created in your account, 100 by default. Use limit and offset to paginate (no total count or links are returned: stop when a page has fewer than limit items). Items are returned without extended_info.

        `GET /leads`

        Args:
            direction: Direction for ordering the data returned, ascending or descending.
            order: Attribute to order the data returned by. ('probalized_amount' is spelled as in the docs.)
            limit: Maximum count of data returned by request.
            offset: Shift the returned data by the offset value. Used with limit to paginate (no default is documented; omitting it starts at the first lead).
            status: Comma-separated list of statuses: return the leads with the specified statuses.
            step: Comma-separated list of step names (exact names as entered in the application): return the leads in these steps.
            starred: If set to true, return all starred leads.
            user_id: User id or email: return the leads belonging to this user only.
            email: Email address entered in the lead's description or in a comment: return the leads containing it.
            field_key: Name of a field of the lead's description set as a key to detect duplicates. Use with field_value. Expert accounts only.
            field_value: Value of the field_key field: return the leads containing this value in field_key. Use with field_key. Expert accounts only.
            tags: Array of tags: return the leads having ALL these tags (predefined tags included).
            updated_after: Date from which leads are retrieved according to their last update (can conflict with date_range_type). The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            start_date: Date from which leads are retrieved according to date_range_type. The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            end_date: Date until which leads are retrieved according to date_range_type. The format is not documented (a badly formatted date is answered with 400); the value is sent as given.
            date_range_type: Type of date range when using start_date and/or end_date.
            include_unassigned: Include the unassigned leads when listing or searching. With a USER token the user must be allowed to see the unassigned leads.

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
            "AsyncPaginator[Lead]",
            self._client.request_page(
                _LIST_LEADS,
                {
                    "direction": direction,
                    "order": order,
                    "limit": limit,
                    "offset": offset,
                    "status": status,
                    "step": step,
                    "starred": starred,
                    "user_id": user_id,
                    "email": email,
                    "field_key": field_key,
                    "field_value": field_value,
                    "tags": tags,
                    "updated_after": updated_after,
                    "start_date": start_date,
                    "end_date": end_date,
                    "date_range_type": date_range_type,
                    "include_unassigned": include_unassigned,
                },
                _models.Lead,
                options,
            ),
        )

    async def create(
        self,
        *,
        title: str,
        description: str,
        user_id: int | str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead

        Create a new lead. With only the required parameters, the lead belongs to nobody when using the API key (it is unassigned and appears in the Unassigned leads tab) or to the logged user when using a USER token. With the API key, pass user_id (id or email) to assign the lead directly; an unknown user returns an error. Direct assignment does not notify the user: to notify, create the lead unassigned and use Assign a lead. user_id returns an error with a USER token.

        `POST /leads`

        Args:
            title: Lead's title. Usually it corresponds to the company name.
            description: Lead's description. Usually it contains the information of the contact in the company, as 'Label: value' lines (e.g. 'Email: john@doe.com') that are parsed into the lead fields.
            user_id: A user's numeric id or email address (the API accepts either).
            tags: An array of tags describing the lead. Tags that don't exist are created; predefined tags can be used.
            created_at: Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone (24h), or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'. Omit to use the current time.

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
            "Lead",
            await self._client.request(
                _CREATE_LEAD,
                {},
                {
                    "title": title,
                    "description": description,
                    "user_id": user_id,
                    "tags": tags,
                    "created_at": created_at,
                },
                options=options,
            ),
        )

    async def list_unassigned(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Lead]:
        """List the unassigned leads

        Return the list of unassigned leads, 100 by default (limit can be changed; no offset is documented). This literal route sits alongside /leads/{lead_id}.

        `GET /leads/unassigned`

        Args:
            limit: Maximum count of data returned by the request.

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
            "builtins.list[Lead]",
            await self._client.request(
                _LIST_UNASSIGNED_LEADS,
                {"limit": limit},
                options=options,
            ),
        )

    async def delete_multiple(
        self,
        *,
        ids: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[int]:
        """Delete multiple leads at once

        Delete multiple leads at once from their ids (DELETE with a JSON body). Returns the list of lead ids that couldn't be deleted (not existing anymore, no rights to delete, ...); the list is empty if all the leads were deleted. This literal route sits alongside /leads/{lead_id}.

        `DELETE /leads/delete_multiple`

        Args:
            ids: Comma separated lead's ids (a string, not an array).

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
            "builtins.list[int]",
            await self._client.request(
                _DELETE_MULTIPLE_LEADS,
                {},
                {"ids": ids},
                options=options,
            ),
        )

    async def get(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieve a lead

        Retrieve a lead previously created, from its id.

        `GET /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.

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
                _GET_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def update(
        self,
        lead_id: int | str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        status: Literal["todo", "standby", "won", "lost", "cancelled"] | NotGiven = NOT_GIVEN,
        remind_date: date | str | NotGiven = NOT_GIVEN,
        remind_time: str | NotGiven = NOT_GIVEN,
        reminder_duration: Literal[0, 15, 30, 45, 60, 90, 120, 150, 180, 240, 480, 720]
        | NotGiven = NOT_GIVEN,
        reminder_activity_id: int | NotGiven = NOT_GIVEN,
        reminder_note: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        probability: int | NotGiven = NOT_GIVEN,
        starred: bool | NotGiven = NOT_GIVEN,
        step: int | str | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        estimated_closing_date: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Update a lead

        Update a lead previously created. PUT with partial-update semantics: only the parameters sent are changed. status, step, starred, amount and probability cannot be updated on an unassigned lead (400). Changing the status to standby requires remind_date (400). A probability cannot be set without an amount (400). An unknown step returns 404.

        `PUT /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            title: The new title of the lead.
            description: The new description of the lead.
            status: Status of a lead, as sent in requests and filters.
            remind_date: Date of the reminder, YYYY-MM-DD in the account time zone. Mandatory when the status is changed to standby (400 otherwise).
            remind_time: Time of the reminder, HH:MM 24h, in steps of 15 minutes. Optional.
            reminder_duration: Duration of the reminder in minutes. Defaults to the lead owner's default duration.
            reminder_activity_id: Activity of the reminder (see List the activities).
            reminder_note: Note added to the reminder.
            amount: The new amount of the lead.
            probability: The new probability of the lead. Cannot be set without an amount (400).
            starred: true if the lead is starred, false otherwise.
            step: A step's numeric id or its exact name. When several pipelines have steps with the same name, prefer the id.
            user_id: A user's numeric id or email address (the API accepts either).
            tags: An array of tags describing the lead (created if missing; predefined tags can be used).
            created_at: Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone, or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'.
            estimated_closing_date: Estimated closing date, in the account time zone.

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
            "Lead",
            await self._client.request(
                _UPDATE_LEAD,
                {"lead_id": lead_id},
                {
                    "title": title,
                    "description": description,
                    "status": status,
                    "remind_date": remind_date,
                    "remind_time": remind_time,
                    "reminder_duration": reminder_duration,
                    "reminder_activity_id": reminder_activity_id,
                    "reminder_note": reminder_note,
                    "amount": amount,
                    "probability": probability,
                    "starred": starred,
                    "step": step,
                    "user_id": user_id,
                    "tags": tags,
                    "created_at": created_at,
                    "estimated_closing_date": estimated_closing_date,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a lead

        Delete a lead previously created, from its id.

        `DELETE /leads/{lead_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.

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
                _DELETE_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def assign(
        self,
        lead_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Assign a lead

        Assign a lead to a collaborator. The user is notified by email of the assignment if their preference to receive notifications is checked.

        `POST /leads/{lead_id}/assign`

        Args:
            lead_id: Lead's id. The identifier of the lead.
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
            "Lead",
            await self._client.request(
                _ASSIGN_LEAD,
                {"lead_id": lead_id},
                {"user_id": user_id},
                options=options,
            ),
        )

    async def add_to_client_folder(
        self,
        lead_id: int | str,
        *,
        client_id: int,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Add a lead to a client folder

        Add a lead to an existing client folder.

        `POST /leads/{lead_id}/add_to_client`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            client_id: Client folder's id.

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
            "Lead",
            await self._client.request(
                _ADD_LEAD_TO_CLIENT_FOLDER,
                {"lead_id": lead_id},
                {"client_id": client_id},
                options=options,
            ),
        )

    async def get_business_card(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SignedUrl:
        """Retrieve the business card of a lead

        Retrieve the picture of the business card of a lead created from a business card: a short-lived download URL.

        `GET /leads/{lead_id}/business_card`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SignedUrl",
            await self._client.request(
                _GET_LEAD_BUSINESS_CARD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def list_duplicates(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[LeadDuplicate]:
        """Retrieve all duplicates of a lead

        Retrieve all duplicates of a lead. Duplicates are found from the lead titles and the default fields set as key.

        `GET /leads/{lead_id}/duplicates`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[LeadDuplicate]",
            await self._client.request(
                _LIST_LEAD_DUPLICATES,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def send_email_from_template(
        self,
        lead_id: int | str,
        *,
        email_template_id: int,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Send an email from a template

        Send an email to the lead from an email template. Only available in the Dreamteam Edition. The email is not sent if the user cannot access the email template, if some variables of the template are not found in the lead, or if no email address can be found in the lead.

        `POST /leads/{lead_id}/emails/send_email_from_template`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            email_template_id: The identifier of the email template.

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
            "Message",
            await self._client.request(
                _SEND_LEAD_EMAIL_FROM_TEMPLATE,
                {"lead_id": lead_id},
                {"email_template_id": email_template_id},
                options=options,
            ),
        )


class AsyncLeadsResourceWithRawResponse:
    def __init__(self, resource: AsyncLeadsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_unassigned = async_to_raw_response_wrapper(resource.list_unassigned)
        self.delete_multiple = async_to_raw_response_wrapper(resource.delete_multiple)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.assign = async_to_raw_response_wrapper(resource.assign)
        self.add_to_client_folder = async_to_raw_response_wrapper(resource.add_to_client_folder)
        self.get_business_card = async_to_raw_response_wrapper(resource.get_business_card)
        self.list_duplicates = async_to_raw_response_wrapper(resource.list_duplicates)
        self.send_email_from_template = async_to_raw_response_wrapper(
            resource.send_email_from_template
        )
