"""Calls

`call` resources at `/calls`.
"""

from __future__ import annotations

from typing import Any, Unpack, cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models import CallDocument, ErrorDocument

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
    response_type=CallDocument,
    response_kind="json",
    error_types={
        "401": ErrorDocument,
        "403": ErrorDocument,
        "422": ErrorDocument,
        "429": ErrorDocument,
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
    response_type=CallDocument,
    response_kind="json",
    error_types={
        "400": ErrorDocument,
        "401": ErrorDocument,
        "403": ErrorDocument,
        "404": ErrorDocument,
        "429": ErrorDocument,
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
        "401": ErrorDocument,
        "403": ErrorDocument,
        "404": ErrorDocument,
        "429": ErrorDocument,
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
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Create a call

        Create a new call in your outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create call'.

        `POST /calls`
        """
        return cast(
            "CallDocument",
            self._client.request(
                _CREATE_CALL,
                {},
                {"data": data},
                options=options,
            ),
        )

    def get(
        self,
        call_id: int,
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
        call_id: int,
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
        data: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CallDocument:
        """Create a call

        Create a new call in your outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'Create call' links to https://api.outreach.io/api/v2/calls/12345; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'Create call'.

        `POST /calls`
        """
        return cast(
            "CallDocument",
            await self._client.request(
                _CREATE_CALL,
                {},
                {"data": data},
                options=options,
            ),
        )

    async def get(
        self,
        call_id: int,
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
        call_id: int,
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
