"""Mock scaling with ``--workers N``: requests/s of our mock at 1 and 2 worker processes.

Both servers (``python -m generator mock ... --workers 1`` and ``--workers 2``) run side by
side for the whole measurement; the load generator of ``mock_throughput`` (``_loadgen.py``,
16 keep-alive connections, one request in flight each) runs as its own process against one
server at a time, the order alternating by round. The load generator shares the machine's
CPUs with the servers, so its own CPU use is measured too: on a 2-CPU machine the two
workers can use at most ``CPUs - load generator`` CPUs between them.
Run alone: ``.venv/bin/python bench/mock_workers.py`` (``BENCH_QUICK=1``: shorter).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

from _common import (
    PY,
    fmt_ratio,
    free_port,
    median,
    quick,
    stop_process,
    table,
    wait_for_port,
)
from mock_throughput import (
    AUTH,
    CONNECTIONS,
    ROUTE,
    SPEC,
    Tally,
    _status,
    commands,
    load,
    rounds,
    start,
)

WORKER_COUNTS = (1, 2)


@dataclass
class Served(Tally):
    workers: int
    argv: list[str]
    port: int


@dataclass
class WorkersResults:
    served: list[Served]
    rounds: int
    duration: float
    warmup: float
    cpus: int
    loadgen_command: str


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
        for index in range(rounds):
            order = served if index % 2 == 0 else served[::-1]
            for server in order:
                report, cpus, loadgen_command = load(server.port, warmup, duration)
                server.add(report, cpus)
                log(
                    f"  workers round {index + 1}/{rounds} --workers {server.workers} "
                    f"{report['rps']:8.0f} rps, load generator {cpus:.2f} CPU"
                )
        cpus = len(os.sched_getaffinity(0))
        return WorkersResults(served, rounds, duration, warmup, cpus, loadgen_command)
    finally:
        for process in processes:
            stop_process(process)


@dataclass(frozen=True)
class Verdict:
    """Issue 23's target: throughput near-linear to 2 workers. Measured as the per-round
    ratio 2 workers / 1 worker against what the machine leaves the servers: ``min(2, CPUs -
    the load generator's CPU)`` over ``min(1, ...)``. Met at 90 % of that bound or more."""

    ratio: float
    bound: float

    @property
    def efficiency(self) -> float:
        return self.ratio / self.bound

    @property
    def met(self) -> bool:
        return self.efficiency >= 0.9


def verdict(results: WorkersResults) -> Verdict:
    one, two = results.served
    ratio = median(b / a for a, b in zip(one.rps, two.rps, strict=True))
    left = results.cpus - median(two.loadgen_cpus)
    bound = min(2.0, left) / min(1.0, results.cpus - median(one.loadgen_cpus))
    return Verdict(ratio, max(bound, 1.0))


def render(results: WorkersResults) -> str:
    one = results.served[0]
    result = verdict(results)
    rows = []
    for server in results.served:
        ratio = median(b / a for a, b in zip(one.rps, server.rps, strict=True))
        statuses = ", ".join(f"{code}: {count}" for code, count in server.statuses.items())
        rows.append(
            [
                f"`--workers {server.workers}`",
                f"{median(server.rps):.0f}",
                f"{min(server.rps):.0f}-{max(server.rps):.0f}",
                fmt_ratio(ratio),
                f"{median(server.loadgen_cpus):.2f}",
                statuses,
                server.errors,
            ]
        )
    out = ["### Requests per second by worker processes (GET /api/crm/lead/{id})\n"]
    out.append(
        f"{results.rounds} rounds of {results.duration:g} s (after {results.warmup:g} s warm-up) "
        f"per server, {CONNECTIONS} keep-alive connections, {results.cpus} CPUs, the two "
        "servers alternating by round. Ratios are medians of the per-round ratio. The load "
        "generator runs on the same CPUs: its CPU use (CPU seconds per second) is what the "
        "servers cannot have.\n"
    )
    out.append(
        table(
            [
                "server",
                "median rps",
                "range",
                "/ 1 worker",
                "load generator CPUs",
                "statuses seen",
                "conn. errors",
            ],
            rows,
        )
    )
    out.append(
        f"\n**Target near-linear to 2 workers: {'met' if result.met else 'missed'}** "
        f"(2 workers / 1 = {fmt_ratio(result.ratio)}; the CPUs left beside the load generator "
        f"allow {fmt_ratio(result.bound)}: {100 * result.efficiency:.0f} % of it; met at 90 %).\n"
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
