"""Calls

`call` resources at `/calls`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import CallCreate, CallCreateParam, CallDocument

__all__ = ["AsyncCallsResource", "CallsResource"]

_CREATE_CALL = Endpoint(
    method="POST",
    path="/calls",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_CALL = Endpoint(
    method="GET",
    path="/calls/{call_id}",
    params={
        "call_id": Param("call_id", "path", required=True),
        "fields_call": Param("fields[call]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CallDocument),
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
_DELETE_CALL = Endpoint(
    method="DELETE",
    path="/calls/{call_id}",
    params={
        "call_id": Param("call_id", "path", required=True),
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


class CallsResource:
    """Calls

    `call` resources at `/calls`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CallsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return CallsResourceWithRawResponse(self)

    def create(
        self,
        *,
        direction: Literal["inbound", "outbound"] | NotGiven | None = NOT_GIVEN,
        from_: str | NotGiven | None = NOT_GIVEN,
        to: str | NotGiven | None = NOT_GIVEN,
        note: str | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        answered_at: datetime | str | NotGiven | None = NOT_GIVEN,
        completed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        dialed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        recording_url: str | NotGiven | None = NOT_GIVEN,
        sequence_action: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        tags: list[str] | NotGiven | None = NOT_GIVEN,
        user_call_type: str | NotGiven | None = NOT_GIVEN,
        voicemail_recording_url: str | NotGiven | None = NOT_GIVEN,
        should_record_call: bool | NotGiven | None = NOT_GIVEN,
        external_vendor: str | NotGiven | None = NOT_GIVEN,
        call_disposition_id: int | NotGiven | None = NOT_GIVEN,
        call_purpose_id: int | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        user_id: int | NotGiven | None = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        phone_number_id: int | NotGiven | None = NOT_GIVEN,
        task_id: int | NotGiven | None = NOT_GIVEN,
        body: CallCreate | CallCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Create a call

        Create a new call in your outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create call'.

        `POST /calls`

        Args:
            direction: Call direction. Seen in the connector samples.
            from_: The phone number that placed the call. Seen in the connector samples.
            to: The phone number that was called. Seen in the connector samples.
            note: A custom note about the call. Seen in the connector samples.
            outcome: The call's outcome (samples: "completed", "connected"; the API reference lists "Answered" and "Not Answered"). Seen in the connector samples.
            answered_at: When the call was answered. Seen in the connector samples.
            completed_at: When the call was completed. Seen in the connector samples.
            dialed_at: When the call was dialed. Seen in the connector samples.
            recording_url: URL of the call recording. Seen in the connector samples.
            sequence_action: The action to take on the associated sequence (sample: "advance"). Seen in the connector samples.
            state: The call's current state (sample: "completed"). Seen in the connector samples.
            tags: Tags for the call. Seen in the connector samples.
            user_call_type: The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples.
            voicemail_recording_url: URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples).
            should_record_call: Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples).
            external_vendor: The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples).
            call_disposition_id: To-one relationship to a callDisposition: linkage object {data: {type, id}} (data null when empty).
            call_purpose_id: To-one relationship to a callPurpose: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            user_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            phone_number_id: To-one relationship to a phoneNumber: linkage object {data: {type, id}} (data null when empty).
            task_id: To-one relationship to a task: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDocument",
            self._client.request(
                _CREATE_CALL,
                {},
                _jsonapi.write_document(
                    "call",
                    {
                        "direction": direction,
                        "from": from_,
                        "to": to,
                        "note": note,
                        "outcome": outcome,
                        "answeredAt": answered_at,
                        "completedAt": completed_at,
                        "dialedAt": dialed_at,
                        "recordingUrl": recording_url,
                        "sequenceAction": sequence_action,
                        "state": state,
                        "tags": tags,
                        "userCallType": user_call_type,
                        "voicemailRecordingUrl": voicemail_recording_url,
                        "shouldRecordCall": should_record_call,
                        "externalVendor": external_vendor,
                    },
                    {
                        "callDisposition": _jsonapi.to_one("callDisposition", call_disposition_id),
                        "callPurpose": _jsonapi.to_one("callPurpose", call_purpose_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "user": _jsonapi.to_one("user", user_id),
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "phoneNumber": _jsonapi.to_one("phoneNumber", phone_number_id),
                        "task": _jsonapi.to_one("task", task_id),
                    },
                    document=body,
                ),
                options=options,
            ),
        )

    def get(
        self,
        call_id: int | str,
        *,
        fields_call: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Get a call

        Gets a call from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get call'.

        `GET /calls/{call_id}`

        Args:
            call_id: Id of the call.
            fields_call: Sparse fieldset: comma-separated call attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDocument",
            self._client.request(
                _GET_CALL,
                {"call_id": call_id, "fields_call": fields_call, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        call_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a call

        Deletes a call from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete call'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /calls/{call_id}`

        Args:
            call_id: Id of the call.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_CALL,
                {"call_id": call_id},
                options=options,
            ),
        )


class CallsResourceWithRawResponse:
    def __init__(self, resource: CallsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCallsResource:
    """Calls

    `call` resources at `/calls`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCallsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncCallsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        direction: Literal["inbound", "outbound"] | NotGiven | None = NOT_GIVEN,
        from_: str | NotGiven | None = NOT_GIVEN,
        to: str | NotGiven | None = NOT_GIVEN,
        note: str | NotGiven | None = NOT_GIVEN,
        outcome: str | NotGiven | None = NOT_GIVEN,
        answered_at: datetime | str | NotGiven | None = NOT_GIVEN,
        completed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        dialed_at: datetime | str | NotGiven | None = NOT_GIVEN,
        recording_url: str | NotGiven | None = NOT_GIVEN,
        sequence_action: str | NotGiven | None = NOT_GIVEN,
        state: str | NotGiven | None = NOT_GIVEN,
        tags: list[str] | NotGiven | None = NOT_GIVEN,
        user_call_type: str | NotGiven | None = NOT_GIVEN,
        voicemail_recording_url: str | NotGiven | None = NOT_GIVEN,
        should_record_call: bool | NotGiven | None = NOT_GIVEN,
        external_vendor: str | NotGiven | None = NOT_GIVEN,
        call_disposition_id: int | NotGiven | None = NOT_GIVEN,
        call_purpose_id: int | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        user_id: int | NotGiven | None = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        phone_number_id: int | NotGiven | None = NOT_GIVEN,
        task_id: int | NotGiven | None = NOT_GIVEN,
        body: CallCreate | CallCreateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Create a call

        Create a new call in your outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create call'.

        `POST /calls`

        Args:
            direction: Call direction. Seen in the connector samples.
            from_: The phone number that placed the call. Seen in the connector samples.
            to: The phone number that was called. Seen in the connector samples.
            note: A custom note about the call. Seen in the connector samples.
            outcome: The call's outcome (samples: "completed", "connected"; the API reference lists "Answered" and "Not Answered"). Seen in the connector samples.
            answered_at: When the call was answered. Seen in the connector samples.
            completed_at: When the call was completed. Seen in the connector samples.
            dialed_at: When the call was dialed. Seen in the connector samples.
            recording_url: URL of the call recording. Seen in the connector samples.
            sequence_action: The action to take on the associated sequence (sample: "advance"). Seen in the connector samples.
            state: The call's current state (sample: "completed"). Seen in the connector samples.
            tags: Tags for the call. Seen in the connector samples.
            user_call_type: The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples.
            voicemail_recording_url: URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples).
            should_record_call: Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples).
            external_vendor: The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples).
            call_disposition_id: To-one relationship to a callDisposition: linkage object {data: {type, id}} (data null when empty).
            call_purpose_id: To-one relationship to a callPurpose: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            user_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            phone_number_id: To-one relationship to a phoneNumber: linkage object {data: {type, id}} (data null when empty).
            task_id: To-one relationship to a task: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDocument",
            await self._client.request(
                _CREATE_CALL,
                {},
                _jsonapi.write_document(
                    "call",
                    {
                        "direction": direction,
                        "from": from_,
                        "to": to,
                        "note": note,
                        "outcome": outcome,
                        "answeredAt": answered_at,
                        "completedAt": completed_at,
                        "dialedAt": dialed_at,
                        "recordingUrl": recording_url,
                        "sequenceAction": sequence_action,
                        "state": state,
                        "tags": tags,
                        "userCallType": user_call_type,
                        "voicemailRecordingUrl": voicemail_recording_url,
                        "shouldRecordCall": should_record_call,
                        "externalVendor": external_vendor,
                    },
                    {
                        "callDisposition": _jsonapi.to_one("callDisposition", call_disposition_id),
                        "callPurpose": _jsonapi.to_one("callPurpose", call_purpose_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "user": _jsonapi.to_one("user", user_id),
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "phoneNumber": _jsonapi.to_one("phoneNumber", phone_number_id),
                        "task": _jsonapi.to_one("task", task_id),
                    },
                    document=body,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        call_id: int | str,
        *,
        fields_call: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Get a call

        Gets a call from your Outreach account, using their unique ID.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Get call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Get call'.

        `GET /calls/{call_id}`

        Args:
            call_id: Id of the call.
            fields_call: Sparse fieldset: comma-separated call attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CallDocument",
            await self._client.request(
                _GET_CALL,
                {"call_id": call_id, "fields_call": fields_call, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        call_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a call

        Deletes a call from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete call'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /calls/{call_id}`

        Args:
            call_id: Id of the call.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_CALL,
                {"call_id": call_id},
                options=options,
            ),
        )


class AsyncCallsResourceWithRawResponse:
    def __init__(self, resource: AsyncCallsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
