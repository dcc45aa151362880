"""``mock --workers N``: serve one port from N forked server processes.

The app is built once (spec loaded, validators compiled) in the supervising process, which
then binds N listening sockets to the port in one ``SO_REUSEPORT`` group and forks one worker
per socket; each worker runs its own uvicorn server. The kernel spreads new connections over
the group by a hash of their addresses. (One socket shared by every worker would not spread
them: asyncio accepts every pending connection on a wake-up, so one worker took 15 of 16
keep-alive connections. The price of the group: a worker that hangs keeps its share of
new connections waiting.) The port is first bound without ``SO_REUSEPORT``, so a port in use
by anyone, another mock included, is refused as for one worker.

The supervisor serves nothing: it waits for its workers, passes SIGINT and SIGTERM on to
them as SIGTERM (uvicorn's graceful shutdown), and if one worker exits on its own it stops the
others and reports it.

Every worker has its own memory: whatever the mock keeps between requests (the
``--stateful`` store, a ``--replay`` cassette's position, the ``--record``/``--report``
files, scenarios and the request log of ``/__specforge__``) would differ per worker, so the
command line refuses the first four with ``--workers`` above 1 (``refusal``), and the admin
endpoints answer for the worker that took the connection.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import sys
import traceback
from collections.abc import Callable, Mapping
from types import FrameType

MAX_WORKERS = 64
# prctl(PR_SET_PDEATHSIG): Linux sends a worker this signal when its supervisor dies, even
# by SIGKILL, so no worker is left serving the port on its own.
_PR_SET_PDEATHSIG = 1
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def refusal(workers: int, stateful: bool, kept: Mapping[str, object]) -> str | None:
    """Why ``workers`` cannot serve with these options, or None. ``kept`` maps the options
    whose state lives in one process (``--replay``, ``--record``, ``--report``) to their
    values."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        return f"--workers: expected a whole number from 1 to {MAX_WORKERS}, got {workers!r}"
    if workers > MAX_WORKERS:
        return f"--workers: at most {MAX_WORKERS}, got {workers}"
    if workers == 1:
        return None
    if not hasattr(os, "fork") or not hasattr(socket, "SO_REUSEPORT"):
        return "--workers: needs fork() and SO_REUSEPORT, which this system lacks; use 1"
    chosen = (["--stateful"] if stateful else []) + [name for name, value in kept.items() if value]
    if chosen:
        return (
            f"--workers {workers}: {', '.join(chosen)} keep state in one process (each worker "
            "would have its own store, cassette position or open file); use --workers 1"
        )
    return None


def bind_workers(listening: socket.socket, workers: int) -> list[socket.socket]:
    """``workers`` listening sockets, one ``SO_REUSEPORT`` group, on the address
    ``listening`` (bound without that option, so nobody else held the port) had; it is
    closed first, as the group cannot form around it."""
    family, address = listening.family, listening.getsockname()
    listening.close()
    sockets: list[socket.socket] = []
    try:
        for _ in range(workers):
            # The protocol named, not 0: asyncio sets TCP_NODELAY only on sockets whose
            # proto is IPPROTO_TCP (without it, Nagle's delay cost 40 ms per response).
            sockets.append(socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP))
            sockets[-1].setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sockets[-1].setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sockets[-1].bind(address)
            sockets[-1].listen(2048)
            sockets[-1].setblocking(False)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def _die_with_parent(parent: int) -> None:
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the supervisor died before prctl took effect
        os._exit(1)


def _worker(
    serve: Callable[[socket.socket], bool], sockets: list[socket.socket], index: int, parent: int
) -> None:
    """The forked child's whole life (serving ``sockets[index]``); never returns."""
    code = 1
    try:
        for number in _STOP_SIGNALS:
            signal.signal(number, signal.SIG_DFL)  # uvicorn installs its own while serving
        _die_with_parent(parent)
        for other, sock in enumerate(sockets):
            if other != index:
                sock.close()
        code = 0 if serve(sockets[index]) else 3
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def supervise(serve: Callable[[socket.socket], bool], sockets: list[socket.socket]) -> int:
    """Fork a worker per socket that calls ``serve(its socket)`` (True if the server
    started and stopped normally) and wait for them: 0 once all stopped after SIGINT/SIGTERM,
    1 if one stopped on its own (the others are then stopped too)."""
    parent = os.getpid()
    children: dict[int, int] = {}  # pid -> worker number
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        # A second signal while the workers shut down gracefully ends them at once.
        forwarded = signal.SIGKILL if stopping else signal.SIGTERM
        stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, forwarded)

    previous = {number: signal.signal(number, stop) for number in _STOP_SIGNALS}
    # Output buffered now would otherwise be written once per process.
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        for index in range(len(sockets)):
            pid = os.fork()
            if pid == 0:
                _worker(serve, sockets, index, parent)
            children[pid] = index + 1
        for sock in sockets:
            sock.close()  # the workers hold them; the supervisor accepts nothing
        failed = False
        while children:
            pid, status = os.waitpid(-1, 0)
            number = children.pop(pid, 0)
            if not number or stopping:
                continue
            failed = True
            print(
                f"mock: worker {number} (pid {pid}) stopped on its own ({_describe(status)}); "
                "stopping the others",
                file=sys.stderr,
                flush=True,
            )
            stop(signal.SIGTERM, None)
        return 1 if failed else 0
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit code {os.waitstatus_to_exitcode(status)}"
