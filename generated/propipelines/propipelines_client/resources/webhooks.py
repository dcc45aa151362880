"""Webhooks

Webhook and email notification subscriptions (API key only).
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
    from ..models import DeletedObject, WebhookModel

__all__ = ["AsyncWebhooksResource", "WebhooksResource"]

_LIST_WEBHOOKS = Endpoint(
    method="GET",
    path="/webhooks",
    params={},
    security=(("ApiKey",),),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.WebhookModel]),
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
_CREATE_WEBHOOK = Endpoint(
    method="POST",
    path="/webhooks",
    params={},
    security=(("ApiKey",),),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.WebhookModel),
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
_DELETE_WEBHOOK = Endpoint(
    method="DELETE",
    path="/webhooks/{webhook_id}",
    params={
        "webhook_id": Param("webhook_id", "path", required=True),
    },
    security=(("ApiKey",),),
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


class WebhooksResource:
    """Webhooks

    Webhook and email notification subscriptions (API key only).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return WebhooksResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookModel]:
        """List the webhooks

        Retrieve all the webhooks and notifications created in the account. Not applicable with a USER token.

        `GET /webhooks`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[WebhookModel]",
            self._client.request(
                _LIST_WEBHOOKS,
                {},
                options=options,
            ),
        )

    def create(
        self,
        *,
        event: str,
        target_type: Literal["url", "email"],
        target: str,
        name: str | NotGiven = NOT_GIVEN,
        add_to_lead_action_menu: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookModel:
        """Create a webhook

        Create a webhook (target_type url) or a notification (target_type email) in the account. Not applicable with a USER token. Some events are only available in advanced editions.

        `POST /webhooks`

        Args:
            event: Event name. Standard events: lead.creation, lead.status.changed, lead.status.changed.to.cancelled, lead.status.changed.to.lost, lead.status.changed.to.standby, lead.status.changed.to.todo, lead.status.changed.to.won. Advanced events (depending on the edition): lead.assigned, lead.commented, lead.content_has_changed, lead.deleted, lead.manual.trigger, lead.step.changed, lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP, lead.unassigned, prospect.created, task.status.changed, task.status.changed.to.done, task.status.changed.to.standby, task.status.changed.to.todo. For lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP the placeholder is replaced by the pipeline and step names, so values outside this list exist.
            target_type: Kind of webhook: url (webhook) or email (notification).
            target: A url in case of webhook or an email address in case of notification.
            name: Name of the webhook.
            add_to_lead_action_menu: Only for the event lead.manual.trigger: add the webhook to the lead's action menu automatically.

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
            "WebhookModel",
            self._client.request(
                _CREATE_WEBHOOK,
                {},
                {
                    "event": event,
                    "target_type": target_type,
                    "target": target,
                    "name": name,
                    "add_to_lead_action_menu": add_to_lead_action_menu,
                },
                options=options,
            ),
        )

    def delete(
        self,
        webhook_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a webhook

        Delete the webhook specified by its id. Not applicable with a USER token.

        `DELETE /webhooks/{webhook_id}`

        Args:
            webhook_id: The id of the webhook.

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
                _DELETE_WEBHOOK,
                {"webhook_id": webhook_id},
                options=options,
            ),
        )


class WebhooksResourceWithRawResponse:
    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncWebhooksResource:
    """Webhooks

    Webhook and email notification subscriptions (API key only).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncWebhooksResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookModel]:
        """List the webhooks

        Retrieve all the webhooks and notifications created in the account. Not applicable with a USER token.

        `GET /webhooks`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[WebhookModel]",
            await self._client.request(
                _LIST_WEBHOOKS,
                {},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        event: str,
        target_type: Literal["url", "email"],
        target: str,
        name: str | NotGiven = NOT_GIVEN,
        add_to_lead_action_menu: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookModel:
        """Create a webhook

        Create a webhook (target_type url) or a notification (target_type email) in the account. Not applicable with a USER token. Some events are only available in advanced editions.

        `POST /webhooks`

        Args:
            event: Event name. Standard events: lead.creation, lead.status.changed, lead.status.changed.to.cancelled, lead.status.changed.to.lost, lead.status.changed.to.standby, lead.status.changed.to.todo, lead.status.changed.to.won. Advanced events (depending on the edition): lead.assigned, lead.commented, lead.content_has_changed, lead.deleted, lead.manual.trigger, lead.step.changed, lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP, lead.unassigned, prospect.created, task.status.changed, task.status.changed.to.done, task.status.changed.to.standby, task.status.changed.to.todo. For lead.step.changed.to.PIPE.NAME_OF_YOUR_STEP the placeholder is replaced by the pipeline and step names, so values outside this list exist.
            target_type: Kind of webhook: url (webhook) or email (notification).
            target: A url in case of webhook or an email address in case of notification.
            name: Name of the webhook.
            add_to_lead_action_menu: Only for the event lead.manual.trigger: add the webhook to the lead's action menu automatically.

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
            "WebhookModel",
            await self._client.request(
                _CREATE_WEBHOOK,
                {},
                {
                    "event": event,
                    "target_type": target_type,
                    "target": target,
                    "name": name,
                    "add_to_lead_action_menu": add_to_lead_action_menu,
                },
                options=options,
            ),
        )

    async def delete(
        self,
        webhook_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a webhook

        Delete the webhook specified by its id. Not applicable with a USER token.

        `DELETE /webhooks/{webhook_id}`

        Args:
            webhook_id: The id of the webhook.

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
                _DELETE_WEBHOOK,
                {"webhook_id": webhook_id},
                options=options,
            ),
        )


class AsyncWebhooksResourceWithRawResponse:
    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
