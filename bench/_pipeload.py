"""A cheap HTTP/1.1 load generator for scaling measurements: pipelined keep-alive connections.

``_loadgen.py`` (asyncio, one request in flight per connection) spends ~50 µs of CPU per
request, about half of what our mock spends answering it: on a machine whose CPUs it shares
with the server, it takes the CPU a second server worker would need. This one spends a few
µs: one epoll loop, non-blocking sockets, the request bytes built once, ``depth`` requests in
flight per connection (HTTP/1.1 pipelining), each ``recv`` answered by one ``send`` of as many
requests as responses arrived, and responses framed by ``Content-Length`` alone (a response
without it is an error, not a guess). With ``--interval`` it sleeps that long between its
rounds of reading and refilling, so each wake-up, whose system calls cost the same however
much they carry, handles many responses; ``depth`` must cover what the server answers in
that time, or the server waits for it.

Prints two JSON lines: ``{"ports": [...]}`` (each connection's local port) once all are
connected, so a caller can find which server process holds each connection, then the report:
responses completed in the measured window and requests/s, statuses, connection errors, this
process's CPU use in the window (CPU seconds per second), and per connection its port and all
responses it received (warm-up and the final drain included: every request sent is answered
before a connection closes, so a server's CPU use over the whole run divided by ``total``
is its CPU per request).

Usage: ``python bench/_pipeload.py --port N --path /x [--header 'K: V'] [--connections 16]
[--depth 256] [--interval 0.02] [--warmup 1] [--duration 5]``
"""

from __future__ import annotations

import argparse
import json
import resource
import select
import socket
import sys
import time

from _loadgen import arguments, request_bytes

_RECV = 256 * 1024
_DRAIN_LIMIT = 30.0  # seconds after the window for the last responses to arrive


class FramingError(Exception):
    pass


class Connection:
    __slots__ = ("buffer", "open", "outstanding", "pending", "port", "sock", "total")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.port: int = sock.getsockname()[1]
        self.buffer = b""
        self.pending = b""  # request bytes the socket did not take yet
        self.outstanding = 0  # requests sent, not yet answered
        self.total = 0
        self.open = True


def responses(buffer: bytes, statuses: dict[bytes, int]) -> tuple[int, int]:
    """How many complete responses ``buffer`` starts with and the bytes they take; their
    status codes are counted into ``statuses``."""
    count = position = 0
    while True:
        end = buffer.find(b"\r\n\r\n", position)
        if end < 0:
            return count, position
        field = buffer.find(b"\r\ncontent-length:", position, end)
        if field < 0:
            field = buffer.find(b"\r\nContent-Length:", position, end)
            if field < 0:
                head = buffer[position:end].decode("latin-1")
                raise FramingError(f"response without Content-Length: {head!r}")
        line_end = buffer.find(b"\r\n", field + 2, end + 2)
        finish = end + 4 + int(buffer[field + 17 : line_end])
        if finish > len(buffer):
            return count, position
        status = buffer[position + 9 : position + 12]
        statuses[status] = statuses.get(status, 0) + 1
        count += 1
        position = finish


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(args: argparse.Namespace) -> dict[str, object]:
    request = request_bytes(args)
    batches = [request * count for count in range(args.depth + 1)]
    poller = select.epoll()
    connections: dict[int, Connection] = {}
    for _ in range(args.connections):
        sock = socket.create_connection((args.host, args.port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        connections[sock.fileno()] = Connection(sock)
    print(json.dumps({"ports": [c.port for c in connections.values()]}), flush=True)

    statuses: dict[bytes, int] = {}
    window: dict[bytes, int] = {}
    errors = completed = 0
    start = time.monotonic()
    measure_from, stop_at = start + args.warmup, start + args.warmup + args.duration
    cpu_from = cpu_to = None

    def send(connection: Connection, data: bytes) -> None:
        waiting = bool(connection.pending)
        data = connection.pending + data if waiting else data
        sent = connection.sock.send(data) if data else 0
        connection.pending = data[sent:]
        if bool(connection.pending) != waiting:  # ask for EPOLLOUT only while bytes wait
            mask = select.EPOLLIN | (select.EPOLLOUT if connection.pending else 0)
            poller.modify(connection.sock.fileno(), mask)

    def close(connection: Connection) -> None:
        connection.open = False
        poller.unregister(connection.sock.fileno())
        connection.sock.close()

    for fd, connection in connections.items():
        poller.register(fd, select.EPOLLIN)
        connection.outstanding = args.depth
        send(connection, batches[args.depth])
    live = len(connections)
    while live:
        if args.interval:
            time.sleep(args.interval)
        events = poller.poll(1.0)
        now = time.monotonic()
        if cpu_from is None and now >= measure_from:
            cpu_from = _cpu()
        if cpu_to is None and now >= stop_at:
            cpu_to = _cpu()
        if now > stop_at + _DRAIN_LIMIT:
            raise TimeoutError(f"{live} connections still waiting {_DRAIN_LIMIT:g} s after the end")
        for fd, event in events:
            connection = connections[fd]
            if not connection.open:
                continue
            if event & select.EPOLLOUT and not event & select.EPOLLIN:
                send(connection, b"")
                continue
            try:
                data = connection.sock.recv(_RECV)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:
                errors += 1
                close(connection)
                live -= 1
                continue
            buffer = connection.buffer + data if connection.buffer else data
            tally = window if measure_from <= now < stop_at else statuses
            count, used = responses(buffer, tally)
            connection.buffer = buffer[used:]
            connection.outstanding -= count
            connection.total += count
            if measure_from <= now < stop_at:
                completed += count
            if now < stop_at:
                connection.outstanding += count
                send(connection, batches[count])
            elif connection.outstanding == 0:
                close(connection)
                live -= 1
    if cpu_from is None or cpu_to is None:
        raise RuntimeError("the run ended before its measured window did")
    for status, count in window.items():
        statuses[status] = statuses.get(status, 0) + count
    return {
        "completed": completed,
        "seconds": args.duration,
        "rps": completed / args.duration,
        "statuses": {code.decode(): count for code, count in sorted(window.items())},
        "errors": errors,
        "connections": args.connections,
        "depth": args.depth,
        "cpu": (cpu_to - cpu_from) / args.duration,
        "per_connection": [
            {"port": connection.port, "total": connection.total}
            for connection in connections.values()
        ],
        "total": sum(connection.total for connection in connections.values()),
        "all_statuses": {code.decode(): count for code, count in sorted(statuses.items())},
    }


def main() -> None:
    parser = arguments(__doc__)
    parser.add_argument("--depth", type=int, default=256, help="requests in flight per connection")
    parser.add_argument("--interval", type=float, default=0.02, help="seconds between rounds")
    try:
        report = run(parser.parse_args())
    except (FramingError, OSError, TimeoutError, RuntimeError) as error:
        print(f"_pipeload: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
