"""Admin endpoints: control a running mock over HTTP, under a prefix the spec cannot use.

Everything is under ``PREFIX`` (``/__specforge__``, beside the served spec at
``/__specforge__/openapi.json``); a spec with a path there is refused at start
(``check_prefix``), so no operation is ever shadowed. Bodies are JSON.

``POST /__specforge__/reset``                  empty the store, load the seed data again,
                                               drop scenarios and the request log
``GET|DELETE /__specforge__/requests``         the request log (method, path with
                                               credentials redacted, status, outcome), newest
                                               last, at most ``MAX_LOG``; DELETE empties it
``GET|POST|DELETE /__specforge__/scenarios``   ``{"operation": "listLeads", "fault":
                                               "status=503", "count": 2}``: the next 2
                                               requests of that operation get the fault
                                               (``X-Mock-Fault`` syntax, ``generator.mock.faults``)
``GET|POST /__specforge__/webhooks``           receivers (``{"url", "events"?, "secret"?}``)
``POST /__specforge__/webhooks/trigger``       ``{"event", "record"?}``: deliver now; answers
                                               with the outcome of each delivery
``GET /__specforge__/webhooks/deliveries``     every delivery attempt's outcome

The mock listens on 127.0.0.1 by default: whoever can reach the mock can use these.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.mock.faults import Fault, FaultSyntaxError, parse_fault
from generator.wire.model import WireApi

PREFIX = "/__specforge__"
MAX_LOG = 1000
MAX_SCENARIOS = 1000


def check_prefix(model: WireApi) -> tuple[str, str] | None:
    """(pointer, why) when the spec cannot be served beside the admin endpoints."""
    for operation in model.operations:
        path = model.base_path + operation.template
        if path == PREFIX or path.startswith(PREFIX + "/"):
            return (
                operation.pointer,
                f"{path} is under {PREFIX}, the prefix reserved for the mock's own endpoints "
                "(docs/mock.md)",
            )
    return None


@dataclass
class _Scenario:
    operation: str
    fault: Fault
    text: str
    left: int


class Scenarios:
    """Faults queued per operation: each request of the operation takes one."""

    def __init__(self) -> None:
        self._queued: list[_Scenario] = []
        self._lock = threading.Lock()

    def add(self, operation: str, fault: Fault, text: str, count: int) -> None:
        with self._lock:
            if len(self._queued) >= MAX_SCENARIOS:
                raise ValueError(f"at most {MAX_SCENARIOS} scenarios; DELETE them first")
            self._queued.append(_Scenario(operation, fault, text, count))

    def take(self, operation: str) -> Fault | None:
        with self._lock:
            for scenario in self._queued:
                if scenario.operation == operation:
                    scenario.left -= 1
                    if scenario.left <= 0:
                        self._queued.remove(scenario)
                    return scenario.fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()

    def as_json(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {"operation": s.operation, "fault": s.text, "count": s.left} for s in self._queued
            ]


class RequestLog:
    """The last ``MAX_LOG`` requests the mock answered."""

    def __init__(self) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=MAX_LOG)

    def add(self, method: str, path: str, status: int, outcome: str) -> None:
        self._entries.append({"method": method, "path": path, "status": status, "outcome": outcome})

    def clear(self) -> None:
        self._entries.clear()

    def as_json(self) -> list[dict[str, Any]]:
        return list(self._entries)


def _problem(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _json_object(request: Request) -> dict[str, Any] | JSONResponse:
    try:
        body = await request.json()
    except ValueError:
        return _problem(400, "the body is not JSON")
    if not isinstance(body, dict):
        return _problem(400, "the body is not a JSON object")
    return body


def admin_routes(core: Any) -> list[Route]:
    """The routes for ``core`` (a ``generator.mock.app.MockCore``; its ``reload_seed`` and
    ``webhooks`` are read per request, as modes are configured after the app is made)."""
    operations = {op.operation_id for op in core.model.operations}

    async def reset(request: Request) -> JSONResponse:
        if core.store is None:
            return _problem(409, "the mock is not stateful (--stateful): there is no store")
        core.store.reset()
        loaded = core.reload_seed() if core.reload_seed is not None else 0
        core.scenarios.clear()
        core.requests.clear()
        if core.rate_limiter is not None:
            core.rate_limiter.reset()
        return JSONResponse({"reset": True, "seeded": loaded})

    async def requests(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            core.requests.clear()
        return JSONResponse({"requests": core.requests.as_json()})

    async def scenarios(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            core.scenarios.clear()
        if request.method != "POST":
            return JSONResponse({"scenarios": core.scenarios.as_json()})
        body = await _json_object(request)
        if isinstance(body, JSONResponse):
            return body
        operation, text, count = body.get("operation"), body.get("fault"), body.get("count", 1)
        if operation not in operations:
            return _problem(422, f"operation: {operation!r} is not an operationId of this spec")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 10_000:
            return _problem(422, "count: expected a whole number from 1 to 10000")
        try:
            fault = parse_fault(text) if isinstance(text, str) else None
        except FaultSyntaxError as error:
            return _problem(422, f"fault: {error}")
        if fault is None:
            return _problem(
                422, "fault: expected e.g. status=503 or delay=2s (X-Mock-Fault syntax)"
            )
        try:
            core.scenarios.add(operation, fault, text, count)
        except ValueError as error:
            return _problem(409, str(error))
        return JSONResponse({"scenarios": core.scenarios.as_json()}, status_code=201)

    routes = [
        Route(f"{PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{PREFIX}/requests", requests, methods=["GET", "DELETE"]),
        Route(f"{PREFIX}/scenarios", scenarios, methods=["GET", "POST", "DELETE"]),
    ]
    return routes + _webhook_routes(core)


def _webhook_routes(core: Any) -> list[Route]:
    async def receivers(request: Request) -> JSONResponse:
        webhooks = core.webhooks
        if webhooks is None:
            return _problem(409, "webhook delivery needs --stateful and a spec with webhooks")
        if request.method == "POST":
            body = await _json_object(request)
            if isinstance(body, JSONResponse):
                return body
            url, events, secret = body.get("url"), body.get("events"), body.get("secret")
            if not isinstance(url, str):
                return _problem(422, "url: expected the receiver's URL")
            if events is not None and not (
                isinstance(events, list) and all(isinstance(e, str) for e in events)
            ):
                return _problem(422, "events: expected a list of webhook names")
            if secret is not None and not isinstance(secret, str):
                return _problem(422, "secret: expected a string")
            # Imported here: every mock has these routes, few deliver webhooks.
            from generator.mock.webhook_delivery import WebhookError

            try:
                webhooks.register(url, events, secret)
            except WebhookError as error:
                return _problem(422, str(error))
        found = [s.as_json() for s in webhooks.subscriptions]
        return JSONResponse(
            {"webhooks": found}, status_code=201 if request.method == "POST" else 200
        )

    async def trigger(request: Request) -> JSONResponse:
        webhooks = core.webhooks
        if webhooks is None:
            return _problem(409, "webhook delivery needs --stateful and a spec with webhooks")
        body = await _json_object(request)
        if isinstance(body, JSONResponse):
            return body
        event, record = body.get("event"), body.get("record")
        if not isinstance(event, str) or event not in webhooks.events:
            known = ", ".join(sorted(webhooks.events)) or "none"
            return _problem(422, f"event: expected one of this spec's webhooks ({known})")
        if record is not None and not isinstance(record, dict):
            return _problem(422, "record: expected an object")
        done: Awaitable[list[Any]] = webhooks.deliver(event, record)
        return JSONResponse({"deliveries": [d.as_json() for d in await done]})

    async def deliveries(request: Request) -> JSONResponse:
        webhooks = core.webhooks
        if webhooks is None:
            return _problem(409, "webhook delivery needs --stateful and a spec with webhooks")
        return JSONResponse({"deliveries": [d.as_json() for d in list(webhooks.log)]})

    return [
        Route(f"{PREFIX}/webhooks", receivers, methods=["GET", "POST"]),
        Route(f"{PREFIX}/webhooks/trigger", trigger, methods=["POST"]),
        Route(f"{PREFIX}/webhooks/deliveries", deliveries, methods=["GET"]),
    ]
