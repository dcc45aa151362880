"""Webhook delivery: the stateful mock sends the spec's ``webhooks`` events, signed, to
registered receivers.

Receivers are registered only by the person running the mock: ``--webhook URL`` or
``POST /__specforge__/webhooks`` (``generator.mock.admin``); never a URL from the spec or a
record. By default only ``127.0.0.1``, ``::1`` and ``localhost`` are accepted as hosts
(a mock must not become a way to make requests to other machines); ``allowed_hosts``
(``--webhook-allow-host``) adds others.

Events are sent when the store changes a record (``Store.on_change``) and on demand. A
change of a record in collection ``/leads`` sends each webhook named
``lead.<verb>`` (the collection's last segment, singular) whose verb says the change:
created (``creation``, ``created``, ``create``), updated (``updated``, ``update``,
``changed``, ``content_has_changed``) or deleted (``deleted``, ``deletion``, ``delete``).
The payload is the webhook's request body (its example, else generated), with the record as
its ``data`` when the schema takes it there (else its ``data.id`` set to the record's id),
and the event name in ``event``/``type`` when the payload has that field. When the webhook
declares ``x-webhook-signature``, the signature is computed as the generated client's
``webhooks.unwrap`` verifies it (``templates/runtime/_webhooks.py``) with the secret, and
put in the declared body field or header.

A delivery is a JSON POST; anything but a 2xx answer, or no answer within ``timeout``, is
retried ``retries`` times with a doubling pause. Every attempt's outcome is kept (the last
``MAX_LOG``) for ``GET /__specforge__/webhooks/deliveries``.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from generator.mock.responses import ResponseFactory, put_at
from generator.spec.operations import iter_webhooks
from generator.spec.pointer import escape_pointer_token
from generator.wire.model import Media, WireApi

LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_LOG = 1000
MAX_SUBSCRIPTIONS = 100
_VERBS = {
    "created": {"creation", "created", "create"},
    "updated": {"updated", "update", "changed", "content_has_changed"},
    "deleted": {"deleted", "deletion", "delete"},
}


class WebhookError(ValueError):
    """A registration or trigger the mock refuses (the message says why)."""


@dataclass(frozen=True)
class Event:
    name: str
    media: Media | None
    signature: dict[str, Any] | None


@dataclass
class Subscription:
    url: str
    events: frozenset[str] | None  # None: every event
    secret: str

    def as_json(self) -> dict[str, Any]:
        events = sorted(self.events) if self.events is not None else None
        return {"url": self.url, "events": events}  # never the secret


@dataclass
class Delivery:
    event: str
    url: str
    attempts: list[str] = field(default_factory=list)  # each attempt's outcome
    delivered: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "url": self.url,
            "attempts": self.attempts,
            "delivered": self.delivered,
        }


def webhook_events(model: WireApi) -> dict[str, Event]:
    found: dict[str, Event] = {}
    for name, method, operation, item, _pointer in iter_webhooks(
        model.data, model.spec.refs.deref_at
    ):
        if method != "post" or name in found:
            continue
        body, body_pointer = model.spec.refs.deref_at(operation.get("requestBody"), "")
        media: Media | None = None
        content = body.get("content") if isinstance(body, dict) else None
        if isinstance(content, dict):
            for content_type, entry in content.items():
                if "json" in str(content_type).lower() and isinstance(entry, dict):
                    pointer = f"{body_pointer}/content/{escape_pointer_token(str(content_type))}"
                    schema = entry.get("schema")
                    media = Media(
                        content_type=str(content_type),
                        media_type=str(content_type).split(";")[0].strip().lower(),
                        schema=schema,
                        schema_pointer=f"{pointer}/schema" if schema is not None else None,
                        pointer=pointer,
                        encoding={},
                    )
                    break
        signature = item.get("x-webhook-signature")
        found[name] = Event(name, media, signature if isinstance(signature, dict) else None)
    return found


def sign(signature: dict[str, Any], document: Any, body: bytes, secret: str) -> str:
    """The signature ``unwrap`` expects for ``document`` (the runtime's message template:
    ``{secret}``, ``{body}`` and dotted payload fields).

    This mirrors ``_render_message`` and ``_digest`` of ``templates/runtime/_webhooks.py``:
    the runtime is copied into generated packages, not importable from here. The webhook
    tests verify events signed here with a generated package's ``unwrap``, so the two
    cannot part unnoticed."""
    template = str(signature.get("message", ""))
    out = bytearray()
    index = 0
    while index < len(template):
        start = template.find("{", index)
        end = template.find("}", start) if start >= 0 else -1
        if start < 0 or end < 0:
            out += template[index:].encode()
            break
        out += template[index:start].encode()
        key = template[start + 1 : end]
        if key == "secret":
            out += secret.encode()
        elif key == "body":
            out += body
        else:
            value: Any = document
            for part in key.split("."):
                if isinstance(value, dict):
                    value = value.get(part)
                elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                    value = value[int(part)]
                else:
                    value = None
            out += (value if isinstance(value, str) else json.dumps(value)).encode()
        index = end + 1
    algorithm = str(signature.get("algorithm", "")).lower()
    if algorithm.startswith("hmac-"):
        return hmac.new(secret.encode(), bytes(out), algorithm[5:]).hexdigest()
    return hashlib.new(algorithm, bytes(out)).hexdigest()


class Webhooks:
    """Registered receivers and the deliveries to them."""

    def __init__(
        self,
        model: WireApi,
        responses: ResponseFactory,
        *,
        secret: str = "",
        allowed_hosts: frozenset[str] = frozenset(),
        retries: int = 3,
        backoff: float = 0.2,
        timeout: float = 5.0,
    ) -> None:
        self.responses = responses
        self.events = webhook_events(model)
        self.secret = secret
        self.allowed_hosts = LOCAL_HOSTS | {h.lower() for h in allowed_hosts}
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.subscriptions: list[Subscription] = []
        self.log: deque[Delivery] = deque(maxlen=MAX_LOG)
        self._lock = threading.Lock()
        self._tasks: set[asyncio.Task[list[Delivery]]] = set()

    def register(
        self, url: str, events: list[str] | None = None, secret: str | None = None
    ) -> Subscription:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise WebhookError(f"{url!r}: expected an http(s) URL")
        if parts.hostname.lower() not in self.allowed_hosts:
            raise WebhookError(
                f"{url!r}: webhooks are delivered only to {', '.join(sorted(self.allowed_hosts))} "
                "(start the mock with --webhook-allow-host HOST to add one)"
            )
        unknown = sorted(set(events or ()) - set(self.events))
        if unknown:
            raise WebhookError(f"not webhooks of this spec: {', '.join(unknown)}")
        with self._lock:
            if len(self.subscriptions) >= MAX_SUBSCRIPTIONS:
                raise WebhookError(f"at most {MAX_SUBSCRIPTIONS} webhook receivers")
            subscription = Subscription(
                url,
                frozenset(events) if events else None,
                self.secret if secret is None else secret,
            )
            self.subscriptions.append(subscription)
        return subscription

    def events_for(self, change: str, key: str) -> list[str]:
        segments = [s for s in key.split("/") if s and not s.isdigit()]
        if not segments:
            return []
        resource = segments[-1].lower()
        names = {resource, resource[:-1] if resource.endswith("s") else resource}
        return [
            name
            for name in self.events
            if len(parts := name.split(".")) == 2
            and parts[0].lower() in names
            and parts[1].lower() in _VERBS[change]
        ]

    def on_change(self, change: str, key: str, record: dict[str, Any]) -> None:
        """``Store.on_change``: schedule the deliveries (called inside a request)."""
        if not self.subscriptions:
            return
        for name in self.events_for(change, key):
            self._schedule(name, record)

    def _schedule(self, name: str, record: dict[str, Any] | None) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # the store used outside a served request: nobody to deliver
            return
        task = loop.create_task(self.deliver(name, record))
        self._tasks.add(task)  # held until done: the loop keeps only weak references
        task.add_done_callback(self._tasks.discard)

    def payload(
        self, name: str, record: dict[str, Any] | None, secret: str | None = None
    ) -> tuple[bytes, dict[str, str]]:
        event = self.events.get(name)
        if event is None:
            raise WebhookError(f"{name!r} is not a webhook of this spec")
        document: Any = {}
        if event.media is not None:
            document = copy.deepcopy(self.responses.body_for(event.media, f"webhook:{name}"))
        if isinstance(document, dict):
            for field_name in ("event", "type"):
                if isinstance(document.get(field_name), str):
                    document[field_name] = name
            if record is not None and isinstance(document.get("data"), dict):
                placed = put_at(copy.deepcopy(document), "/data", copy.deepcopy(record))
                if event.media is None or self.responses.is_valid(event.media, placed):
                    document = placed
                elif "id" in record:
                    document["data"]["id"] = record["id"]
        headers = {"content-type": "application/json"}
        signature = event.signature
        if signature is not None:
            secret = self.secret if secret is None else secret
            location, field_name = signature.get("in"), str(signature.get("name", ""))
            if location == "body" and isinstance(document, dict):
                document[field_name] = sign(signature, document, b"", secret)
            body = json.dumps(document).encode()
            if location == "header":
                headers[field_name.lower()] = sign(signature, document, body, secret)
            return body, headers
        return json.dumps(document).encode(), headers

    async def deliver(self, name: str, record: dict[str, Any] | None) -> list[Delivery]:
        """Send event ``name`` to every receiver subscribed to it; the outcomes."""
        with self._lock:
            receivers = [s for s in self.subscriptions if s.events is None or name in s.events]
        deliveries: list[Delivery] = []
        for subscription in receivers:
            body, headers = self.payload(name, record, subscription.secret)
            delivery = Delivery(name, subscription.url)
            self.log.append(delivery)
            deliveries.append(delivery)
            await self._send(delivery, body, headers)
        return deliveries

    async def _send(self, delivery: Delivery, body: bytes, headers: dict[str, str]) -> None:
        pause = self.backoff
        async with httpx.AsyncClient(timeout=self.timeout, trust_env=False) as client:
            for attempt in range(self.retries + 1):
                if attempt:
                    await asyncio.sleep(pause)
                    pause *= 2
                try:
                    response = await client.post(delivery.url, content=body, headers=headers)
                except httpx.HTTPError as error:
                    delivery.attempts.append(f"failed: {type(error).__name__}")
                    continue
                delivery.attempts.append(str(response.status_code))
                if 200 <= response.status_code < 300:
                    delivery.delivered = True
                    return
