"""Mock scaling with ``--workers N``: requests/s, and requests per server CPU second, of our
mock at 1 and 2 worker processes, and how the kernel spread the connections over the workers.

Both servers (``python -m generator mock ... --workers 1`` and ``--workers 2``) run side by
side for the whole measurement; the load generator runs as its own process against one
server at a time, the order alternating by round. It shares the machine's CPUs with the
servers, so it is ``_pipeload.py`` (pipelined keep-alive connections, a few µs of CPU per
request) rather than ``mock_throughput``'s ``_loadgen.py`` (one request in flight per
connection, ~50 µs per request: a third of a CPU taken from the second worker).

Besides requests/s, each round reads from ``/proc`` (so Linux only): every server process's
CPU time over the run (``/proc/PID/stat``), which gives requests per server CPU second: a
figure of the server side alone, whatever the load generator and the rest of the machine
do; which worker holds each connection (the connection's socket inode in
``/proc/net/tcp`` found among the worker's file descriptors), which gives each worker's share
of the requests; and the whole machine's busy time (``/proc/stat``), less the servers' and
the load generator's, which shows what else ran.
Run alone: ``.venv/bin/python bench/mock_workers.py`` (``BENCH_QUICK=1``: shorter).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from _common import (
    PY,
    fmt_ratio,
    free_port,
    median,
    quick,
    shell,
    stop_process,
    table,
    wait_for_port,
)
from mock_throughput import AUTH, HERE, ROUTE, SPEC, Tally, _status, commands, rounds, start

WORKER_COUNTS = (1, 2)
CONNECTIONS = 16
# Requests in flight per connection, and the load generator's pause between its rounds of
# reading and refilling. Each wake-up costs it ~0.3 ms of CPU whatever it reads (a recv and a
# send per connection, and on loopback a send delivers to the server too), so it wakes only
# every 20 ms: at 5 ms it spent 20 µs per request at 3,400 requests/s, at 20 ms 7-9 µs. 16 x
# 256 requests outstanding keep both workers busy through the pause at any rate this machine
# reaches (~20,000/s drains 400 of 4,096).
DEPTH = 256
INTERVAL = 0.02
# The verdict's thresholds (``Verdict``): below SHOWABLE x of CPUs left to the servers,
# near-linear scaling cannot be told from the share the load generator and other processes
# took; above it, 2 workers must reach NEAR of what those CPUs allow, and of 1 worker's
# requests per server CPU second.
NEAR = 0.9
SHOWABLE = 1.8
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Round:
    """One load generator run against one server."""

    rps: float  # in the measured window
    total: int  # responses over the whole run (warm-up and drain too)
    wall: float  # seconds, load generator started to exited
    server_cpu: float  # CPU seconds of every server process over the run
    loadgen_cpu: float  # CPU seconds per second in the measured window
    others: float  # CPU seconds per second of everything else on the machine over the run
    # Per worker process: connections it held, responses over them, its CPU seconds.
    workers: list[tuple[int, int, float]]

    @property
    def per_cpu_second(self) -> float:
        return self.total / self.server_cpu if self.server_cpu else 0.0

    @property
    def server_cpus(self) -> float:
        return self.server_cpu / self.wall


@dataclass
class Served(Tally):
    workers: int
    argv: list[str]
    port: int
    runs: list[Round] = field(default_factory=list, kw_only=True)


@dataclass
class WorkersResults:
    served: list[Served]
    rounds: int
    duration: float
    warmup: float
    cpus: int
    loadgen_command: str


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent not idle (all CPUs)."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / _TICK  # less idle and iowait


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue  # exited meanwhile
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return sorted(found)


def _holders(server_port: int, pids: Iterable[int]) -> dict[int, int]:
    """Client port -> the pid holding the server side of that connection to ``server_port``."""
    inodes: dict[int, int] = {}  # server-side socket inode -> client port
    for table_path in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table_path) as lines:
            next(lines)
            for line in lines:
                parts = line.split()
                local, remote, state, inode = parts[1], parts[2], parts[3], int(parts[9])
                if state == "01" and int(local.rsplit(":", 1)[1], 16) == server_port:
                    inodes[inode] = int(remote.rsplit(":", 1)[1], 16)
    held: dict[int, int] = {}
    for pid in pids:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:[") and int(target[8:-1]) in inodes:
                held[inodes[int(target[8:-1])]] = pid
    return held


def load(
    port: int, server_pid: int, warmup: float, duration: float
) -> tuple[dict[str, object], Round, str]:
    """One load generator run against the server started as ``server_pid``: its report, the
    round's figures and its command line (port written as PORT)."""
    argv = [PY, str(HERE / "_pipeload.py"), "--port", str(port), "--path", ROUTE]
    argv += ["--header", AUTH, "--connections", str(CONNECTIONS), "--depth", str(DEPTH)]
    argv += ["--interval", str(INTERVAL), "--warmup", str(warmup), "--duration", str(duration)]
    workers = _children(server_pid) or [server_pid]
    processes = [server_pid, *(pid for pid in workers if pid != server_pid)]
    cpu_before = {pid: _cpu_seconds(pid) for pid in processes}
    busy_before = _busy_seconds()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline()
        ports = set(json.loads(first)["ports"]) if first else set()
        holders = _holders(port, workers)
        deadline = time.monotonic() + 10
        # Connected is not yet accepted: a connection waits in the listening socket's
        # queue until a worker takes it.
        while not ports <= holders.keys() and time.monotonic() < deadline:
            time.sleep(0.01)
            holders = _holders(port, workers)
        rest, errors = child.communicate(timeout=warmup + duration + 60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    wall = time.perf_counter() - started
    busy = _busy_seconds() - busy_before
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {pid: _cpu_seconds(pid) - cpu_before[pid] for pid in processes}
    if child.returncode != 0 or not rest.strip():
        message = errors.decode(errors="replace").strip().splitlines()
        raise RuntimeError(f"load generator failed: {message[-1] if message else child.returncode}")
    report = json.loads(rest.decode().strip().splitlines()[-1])
    loadgen_total = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    by_worker: dict[int, list[int]] = {pid: [0, 0] for pid in workers}
    for connection in report["per_connection"]:
        pid = holders.get(int(connection["port"]))
        if pid is None:
            raise RuntimeError(f"no --workers process holds the connection {connection}")
        by_worker[pid][0] += 1
        by_worker[pid][1] += int(connection["total"])
    server_cpu = sum(cpu.values())
    figures = Round(
        rps=float(report["rps"]),
        total=int(report["total"]),
        wall=wall,
        server_cpu=server_cpu,
        loadgen_cpu=float(report["cpu"]),
        others=max(0.0, busy - server_cpu - loadgen_total) / wall,
        workers=[(by_worker[pid][0], by_worker[pid][1], cpu[pid]) for pid in workers],
    )
    return report, figures, shell(argv).replace(str(port), "PORT")


def measure(
    rounds: int, duration: float, warmup: float, log: Callable[[str], None]
) -> WorkersResults:
    served = []
    for workers in WORKER_COUNTS:
        port = free_port()
        argv = [PY, "-m", "generator", "mock", str(SPEC), "--port", str(port)]
        served.append(Served(workers, [*argv, "--workers", str(workers)], port))
    processes: list[subprocess.Popen[bytes]] = []
    loadgen_command = ""
    try:
        processes += [start(server.argv) for server in served]
        for server in served:
            wait_for_port(server.port, timeout=120)
            status = _status(server.port, ROUTE, {"Authorization": AUTH.split(": ", 1)[1]})
            if status != 200:
                raise RuntimeError(f"--workers {server.workers}: GET {ROUTE} answered {status}")
        pids = {server.port: process.pid for server, process in zip(served, processes, strict=True)}
        for index in range(rounds):
            order = served if index % 2 == 0 else served[::-1]
            for server in order:
                report, figures, loadgen_command = load(
                    server.port, pids[server.port], warmup, duration
                )
                server.add(report, figures.loadgen_cpu)
                server.runs.append(figures)
                spread = "/".join(str(count) for count, _, _ in figures.workers)
                log(
                    f"  workers round {index + 1}/{rounds} --workers {server.workers} "
                    f"{figures.rps:8.0f} rps, {figures.per_cpu_second:6.0f} per server CPU s, "
                    f"server {figures.server_cpus:.2f} CPU, load generator "
                    f"{figures.loadgen_cpu:.2f} CPU, others {figures.others:.2f} CPU, "
                    f"connections {spread}"
                )
        cpus = len(os.sched_getaffinity(0))
        return WorkersResults(served, rounds, duration, warmup, cpus, loadgen_command)
    finally:
        for process in processes:
            stop_process(process)


@dataclass(frozen=True)
class Verdict:
    """Issue 23's target: throughput near-linear to 2 workers.

    ``ratio``: median of the per-round requests/s at 2 workers over 1 worker. ``bound``: what
    the CPUs allow, ``min(2, CPUs - load generator - others) / min(1, CPUs - ...)`` (medians
    of each server's rounds). ``efficiency``: median per-round ratio of requests per server
    CPU second, 2 workers over 1 (the server side alone: 1.0 is linear). Met when the
    machine left room to show near-linear scaling (``bound`` ≥ ``SHOWABLE``), the ratio
    reached ``NEAR`` of the bound and the efficiency ``NEAR``; "not shown" when the bound was
    too low to tell."""

    ratio: float
    bound: float
    efficiency: float

    @property
    def of_bound(self) -> float:
        return self.ratio / self.bound

    @property
    def shown(self) -> bool:
        return self.bound >= SHOWABLE

    @property
    def met(self) -> bool:
        return self.shown and self.of_bound >= NEAR and self.efficiency >= NEAR

    @property
    def word(self) -> str:
        return "met" if self.met else "missed" if self.shown else "not shown"


def _left(results: WorkersResults, server: Served) -> float:
    taken = median(run.loadgen_cpu + run.others for run in server.runs)
    return results.cpus - taken


def verdict(results: WorkersResults) -> Verdict:
    one, two = results.served
    pairs = list(zip(one.runs, two.runs, strict=True))
    ratio = median(b.rps / a.rps for a, b in pairs)
    efficiency = median(b.per_cpu_second / a.per_cpu_second for a, b in pairs)
    bound = min(2.0, _left(results, two)) / min(1.0, _left(results, one))
    return Verdict(ratio, max(bound, 1.0), efficiency)


def render(results: WorkersResults) -> str:
    one = results.served[0]
    result = verdict(results)
    rows = []
    for server in results.served:
        pairs = list(zip(one.runs, server.runs, strict=True))
        ratio = median(b.rps / a.rps for a, b in pairs)
        efficiency = median(b.per_cpu_second / a.per_cpu_second for a, b in pairs)
        statuses = ", ".join(f"{code}: {count}" for code, count in server.statuses.items())
        rows.append(
            [
                f"`--workers {server.workers}`",
                f"{median(server.rps):.0f}",
                f"{min(server.rps):.0f}-{max(server.rps):.0f}",
                fmt_ratio(ratio),
                f"{median(run.per_cpu_second for run in server.runs):.0f}",
                fmt_ratio(efficiency),
                f"{median(run.server_cpus for run in server.runs):.2f}",
                f"{median(server.loadgen_cpus):.2f}",
                f"{median(run.others for run in server.runs):.2f}",
                statuses,
                server.errors,
            ]
        )
    spread_rows = []
    for index, run in enumerate(results.served[-1].runs):
        shares = [total / max(1, run.total) for _, total, _ in run.workers]
        spread_rows.append(
            [
                index + 1,
                " / ".join(str(count) for count, _, _ in run.workers),
                " / ".join(f"{100 * share:.0f} %" for share in shares),
                " / ".join(f"{seconds / run.wall:.2f}" for _, _, seconds in run.workers),
            ]
        )
    out = ["### Requests per second by worker processes (GET /api/crm/lead/{id})\n"]
    out.append(
        f"{results.rounds} rounds of {results.duration:g} s (after {results.warmup:g} s warm-up) "
        f"per server, {CONNECTIONS} keep-alive connections with {DEPTH} pipelined requests in "
        f"flight each, {results.cpus} CPUs, the two servers alternating by round. Ratios are "
        "medians of the per-round ratio. *Per server CPU s*: responses over the CPU seconds "
        "of every server process (`/proc/PID/stat`), the server side's own efficiency. CPU "
        "columns are CPU seconds per second: the servers', the load generator's in the "
        "measured window, and everything else on the machine (`/proc/stat` busy time less "
        "both).\n"
    )
    out.append(
        table(
            [
                "server",
                "median rps",
                "range",
                "/ 1 worker",
                "per server CPU s",
                "/ 1 worker",
                "server CPUs",
                "load generator CPUs",
                "other CPUs",
                "statuses seen",
                "conn. errors",
            ],
            rows,
        )
    )
    out.append(
        "\nHow the kernel spread `--workers 2`'s connections (`SO_REUSEPORT` hashes each "
        "connection's addresses): per round, connections, share of responses and CPUs of "
        "worker 1 / worker 2.\n"
    )
    out.append(table(["round", "connections", "responses", "CPUs"], spread_rows))
    if result.shown:
        reason = (
            f"the CPUs left beside the load generator and other processes allow "
            f"{fmt_ratio(result.bound)}: {100 * result.of_bound:.0f} % of it; each server CPU "
            f"second served {fmt_ratio(result.efficiency)} as many requests at 2 workers as "
            f"at 1; met when both reach {100 * NEAR:.0f} %"
        )
    else:
        reason = (
            f"the CPUs left beside the load generator and other processes allow only "
            f"{fmt_ratio(result.bound)}, below the {fmt_ratio(SHOWABLE)} needed to show "
            f"near-linear scaling; per server CPU second: {fmt_ratio(result.efficiency)}"
        )
    out.append(
        f"\n**Target near-linear to 2 workers: {result.word}** "
        f"(2 workers / 1 = {fmt_ratio(result.ratio)} requests/s; {reason}).\n"
    )
    out += commands(
        [(server.argv, server.port) for server in results.served], results.loadgen_command
    )
    return "\n".join(out)


def main() -> None:
    results = measure(*rounds(quick()), log=print)
    print(render(results))


if __name__ == "__main__":
    main()
