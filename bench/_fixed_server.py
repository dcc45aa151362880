"""A bare uvicorn + httptools ASGI app answering with fixed, pre-encoded bytes.

``GET /api/crm/lead`` → 100 leads; ``GET /api/crm/lead/{id}`` → one lead. No routing
framework, no validation: the floor for the client benchmark and the ceiling for the mock
benchmark. Usage: ``python bench/_fixed_server.py PORT``.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn
from _fixtures import LEADS_PATH, lead_bytes, lead_list_bytes

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

LIST_BODY = lead_list_bytes(100)
ITEM_BODY = lead_bytes()


def _start(body: bytes, status: int = 200) -> dict[str, Any]:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }


RESPONSES = {
    "list": (_start(LIST_BODY), {"type": "http.response.body", "body": LIST_BODY}),
    "item": (_start(ITEM_BODY), {"type": "http.response.body", "body": ITEM_BODY}),
    "missing": (_start(b"{}", 404), {"type": "http.response.body", "body": b"{}"}),
}


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    path: str = scope["path"]
    if path == LEADS_PATH:
        start, body = RESPONSES["list"]
    elif path.startswith(LEADS_PATH + "/"):
        start, body = RESPONSES["item"]
    else:
        start, body = RESPONSES["missing"]
    await send(start)
    await send(body)


def main() -> None:
    port = int(sys.argv[1])
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        http="httptools",
        loop="asyncio",  # as the mock (generator/mock/server.py)
        access_log=False,
        log_level="warning",
        lifespan="off",
    )


if __name__ == "__main__":
    main()
