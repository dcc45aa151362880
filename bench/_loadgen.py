"""A small HTTP/1.1 load generator: N keep-alive connections, one request in flight each.

Raw asyncio protocols, no HTTP library, pipelining off: each connection sends its next
request only after the previous response has fully arrived (``Content-Length`` or chunked).
Prints one JSON object: completed requests in the measured window, requests/s, statuses.

Usage: ``python bench/_loadgen.py --port N --path /x [--header 'K: V'] [--connections 16]
[--warmup 1] [--duration 5]``
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import time
from collections import Counter


class Stats:
    def __init__(self, measure_from: float, stop_at: float) -> None:
        self.measure_from = measure_from
        self.stop_at = stop_at
        self.completed = 0
        self.statuses: Counter[int] = Counter()
        self.errors = 0


class Connection(asyncio.Protocol):
    def __init__(self, request: bytes, stats: Stats, done: asyncio.Future[None]) -> None:
        self.request = request
        self.stats = stats
        self.done = done
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            consumed, status = self._response_length()
            if consumed == 0:
                return
            del self.buffer[:consumed]
            now = time.monotonic()
            if now >= self.stats.measure_from:
                self.stats.completed += 1
                self.stats.statuses[status] += 1
            if now >= self.stats.stop_at:
                self._finish()
                return
            assert self.transport is not None
            self.transport.write(self.request)

    def _response_length(self) -> tuple[int, int]:
        """Bytes of the first complete response in the buffer (0 if incomplete), status."""
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return 0, 0
        head = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        length = 0
        chunked = False
        for line in head[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value.strip())
            elif name == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
        body_start = end + 4
        if chunked:
            terminator = self.buffer.find(b"\r\n0\r\n\r\n", body_start - 2)
            if terminator < 0:
                return 0, 0
            return terminator + 7, status
        if len(self.buffer) < body_start + length:
            return 0, 0
        return body_start + length, status

    def _finish(self) -> None:
        if self.transport is not None:
            self.transport.close()
        if not self.done.done():
            self.done.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        if time.monotonic() < self.stats.stop_at:
            self.stats.errors += 1
        if not self.done.done():
            self.done.set_result(None)


async def run(args: argparse.Namespace) -> dict[str, object]:
    loop = asyncio.get_running_loop()
    request = request_bytes(args)
    start = time.monotonic()
    stats = Stats(start + args.warmup, start + args.warmup + args.duration)
    waits = []
    for _ in range(args.connections):
        done: asyncio.Future[None] = loop.create_future()
        await loop.create_connection(
            functools.partial(Connection, request, stats, done), args.host, args.port
        )
        waits.append(done)
    await asyncio.wait_for(asyncio.gather(*waits), args.warmup + args.duration + 30)
    return {
        "completed": stats.completed,
        "seconds": args.duration,
        "rps": stats.completed / args.duration,
        "statuses": {str(code): count for code, count in sorted(stats.statuses.items())},
        "errors": stats.errors,
        "connections": args.connections,
    }


def arguments(description: str | None) -> argparse.ArgumentParser:
    """The options every load generator here takes (``_pipeload.py`` adds its own)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--duration", type=float, default=5.0)
    return parser


def request_bytes(args: argparse.Namespace) -> bytes:
    """The one request every connection sends, as bytes on the wire."""
    headers = "".join(f"{header}\r\n" for header in args.header)
    return (
        f"GET {args.path} HTTP/1.1\r\nHost: {args.host}:{args.port}\r\n"
        f"Accept: application/json\r\n{headers}\r\n"
    ).encode()


def main() -> None:
    print(json.dumps(asyncio.run(run(arguments(__doc__).parse_args()))))


if __name__ == "__main__":
    main()
