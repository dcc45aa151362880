"""Webhook Events

Events sent to webhooks: delivery log and incoming payloads.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import WebhookEvent

__all__ = ["AsyncWebhookEventsResource", "WebhookEventsResource"]

_LIST_WEBHOOK_EVENTS = Endpoint(
    method="GET",
    path="/webhook_events",
    params={},
    security=(("ApiKey",),),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.WebhookEvent]),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_GET_WEBHOOK_EVENT = Endpoint(
    method="GET",
    path="/webhook_events/{webhook_event_id}",
    params={
        "webhook_event_id": Param("webhook_event_id", "path", required=True),
    },
    security=(("ApiKey",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.WebhookEvent),
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


class WebhookEventsResource:
    """Webhook Events

    Events sent to webhooks: delivery log and incoming payloads.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WebhookEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return WebhookEventsResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookEvent]:
        """List all webhook events

        Return the list of all events already sent, going back up to 10 days. Only available for admin users. Not paginated.

        `GET /webhook_events`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[WebhookEvent]",
            self._client.request(
                _LIST_WEBHOOK_EVENTS,
                {},
                options=options,
            ),
        )

    def get(
        self,
        webhook_event_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEvent:
        """Retrieve a webhook event

        Retrieve a specific webhook event from its id. Only available for admin users.

        `GET /webhook_events/{webhook_event_id}`

        Args:
            webhook_event_id: The id of the webhook event.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "WebhookEvent",
            self._client.request(
                _GET_WEBHOOK_EVENT,
                {"webhook_event_id": webhook_event_id},
                options=options,
            ),
        )


class WebhookEventsResourceWithRawResponse:
    def __init__(self, resource: WebhookEventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncWebhookEventsResource:
    """Webhook Events

    Events sent to webhooks: delivery log and incoming payloads.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWebhookEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncWebhookEventsResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookEvent]:
        """List all webhook events

        Return the list of all events already sent, going back up to 10 days. Only available for admin users. Not paginated.

        `GET /webhook_events`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[WebhookEvent]",
            await self._client.request(
                _LIST_WEBHOOK_EVENTS,
                {},
                options=options,
            ),
        )

    async def get(
        self,
        webhook_event_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEvent:
        """Retrieve a webhook event

        Retrieve a specific webhook event from its id. Only available for admin users.

        `GET /webhook_events/{webhook_event_id}`

        Args:
            webhook_event_id: The id of the webhook event.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "WebhookEvent",
            await self._client.request(
                _GET_WEBHOOK_EVENT,
                {"webhook_event_id": webhook_event_id},
                options=options,
            ),
        )


class AsyncWebhookEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncWebhookEventsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
