"""Mock throughput: requests/s with request validation on, 16 keep-alive connections.

Our mock, Prism (static mode) and a bare uvicorn app (the ceiling: fixed bytes, no
validation) run side by side for the whole measurement; the load generator
(``_loadgen.py``, raw asyncio sockets, pipelining off) runs as its own process against one
server at a time, servers alternating by round.
Run alone: ``.venv/bin/python bench/mock_throughput.py`` (``BENCH_QUICK=1``: shorter).
"""

from __future__ import annotations

import http.client
import json
import resource
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    PRISM,
    PY,
    ROOT,
    fmt_ratio,
    free_port,
    median,
    quick,
    run_child,
    shell,
    stop_process,
    table,
    wait_for_port,
)
from _fixtures import LEAD_ID, LEADS_PATH, TOKEN

HERE = Path(__file__).resolve().parent
SPEC = ROOT / "specs" / "overplane.yaml"
ROUTE = f"{LEADS_PATH}/{LEAD_ID}"
AUTH = f"Authorization: Bearer {TOKEN}"
CONNECTIONS = 16


@dataclass
class Tally:
    """What the load generator's rounds against one server added up to."""

    rps: list[float] = field(default_factory=list, kw_only=True)
    statuses: dict[str, int] = field(default_factory=dict, kw_only=True)
    errors: int = field(default=0, kw_only=True)
    loadgen_cpus: list[float] = field(default_factory=list, kw_only=True)  # CPU s per s

    def add(self, report: dict[str, Any], loadgen_cpus: float) -> None:
        self.rps.append(float(report["rps"]))
        self.loadgen_cpus.append(loadgen_cpus)
        self.errors += int(report["errors"])
        for code, count in report["statuses"].items():
            self.statuses[code] = self.statuses.get(code, 0) + int(count)


@dataclass
class Server(Tally):
    key: str
    label: str
    argv: list[str]
    port: int
    validates: bool
    without_auth: int | None = None
    bad_query: int | None = None
    process: subprocess.Popen[bytes] | None = None


def _servers() -> list[Server]:
    ours_port, prism_port, quiet_port, bare_port = (free_port() for _ in range(4))
    return [
        Server(
            "ours",
            "ours (`python -m generator mock`)",
            [PY, "-m", "generator", "mock", str(SPEC), "--port", str(ours_port)],
            ours_port,
            True,
        ),
        Server(
            "prism",
            "Prism (`prism mock`, static)",
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(prism_port), str(SPEC)],
            prism_port,
            True,
        ),
        Server(
            "prism-quiet",
            "Prism, `-v warn` (no per-request log lines)",
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(quiet_port), "-v", "warn", str(SPEC)],
            quiet_port,
            True,
        ),
        Server(
            "bare",
            "bare uvicorn + httptools app (fixed bytes, no validation; ceiling)",
            [PY, str(HERE / "_fixed_server.py"), str(bare_port)],
            bare_port,
            False,
        ),
    ]


def _status(port: int, path: str, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@dataclass
class MockResults:
    servers: list[Server]
    rounds: int
    duration: float
    warmup: float
    loadgen_command: str


def start(argv: list[str]) -> subprocess.Popen[bytes]:
    """A server process, in a session of its own, its output dropped."""
    return subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def load(port: int, warmup: float, duration: float) -> tuple[dict[str, Any], float, str]:
    """One load generator run against ``port``: its report, the CPUs it used (CPU seconds
    per second) and its command line (port written as PORT)."""
    argv = [PY, str(HERE / "_loadgen.py"), "--port", str(port), "--path", ROUTE]
    argv += ["--header", AUTH, "--connections", str(CONNECTIONS)]
    argv += ["--warmup", str(warmup), "--duration", str(duration)]
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = run_child(argv, cwd=HERE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not done.ok:
        raise RuntimeError(f"load generator failed: {done.first_error_line()}")
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    command = shell(argv).replace(str(port), "PORT")
    return json.loads(done.stdout), cpu / (warmup + duration), command


def measure(rounds: int, duration: float, warmup: float, log: Callable[[str], None]) -> MockResults:
    servers = _servers()
    loadgen_command = ""
    try:
        for server in servers:
            server.process = start(server.argv)
        for server in servers:
            wait_for_port(server.port, timeout=120)
            auth = {"Authorization": f"Bearer {TOKEN}"}
            status = _status(server.port, ROUTE, auth)
            if status != 200:
                raise RuntimeError(f"{server.key}: GET {ROUTE} answered {status}, not 200")
            # Validation is on: a request without credentials, and a bad query, are refused.
            server.without_auth = _status(server.port, ROUTE, {})
            server.bad_query = _status(server.port, f"{LEADS_PATH}?limit=abc", auth)
        for index in range(rounds):
            shift = index % len(servers)
            for server in servers[shift:] + servers[:shift]:
                report, cpus, loadgen_command = load(server.port, warmup, duration)
                server.add(report, cpus)
                log(
                    f"  mock round {index + 1}/{rounds} {server.key:<6} {report['rps']:8.0f} rps "
                    f"{report['statuses']}"
                )
        return MockResults(servers, rounds, duration, warmup, loadgen_command)
    finally:
        for server in servers:
            if server.process is not None:
                stop_process(server.process)


@dataclass(frozen=True)
class Verdict:
    """Issue 9's mock target: ours ≥ 1.5x the faster Prism configuration, same rounds."""

    prism: Server
    ratio: float  # ours / prism
    bare: float  # ours / the bare uvicorn app (the ceiling)

    @property
    def met(self) -> bool:
        return self.ratio >= 1.5


def verdict(results: MockResults) -> Verdict:
    by_key = {server.key: server for server in results.servers}
    ours = by_key["ours"]
    prism = max((by_key["prism"], by_key["prism-quiet"]), key=lambda server: median(server.rps))
    return Verdict(
        prism=prism,
        ratio=median(a / b for a, b in zip(ours.rps, prism.rps, strict=True)),
        bare=median(a / b for a, b in zip(ours.rps, by_key["bare"].rps, strict=True)),
    )


def render(results: MockResults) -> str:
    ours = next(server for server in results.servers if server.key == "ours")
    result = verdict(results)
    prism = result.prism
    rows = []
    for server in results.servers:
        ratio_prism = median(a / b for a, b in zip(server.rps, prism.rps, strict=True))
        ratio_ours = median(a / b for a, b in zip(server.rps, ours.rps, strict=True))
        statuses = ", ".join(f"{code}: {count}" for code, count in server.statuses.items())
        rows.append(
            [
                server.label,
                f"{median(server.rps):.0f}",
                f"{min(server.rps):.0f}-{max(server.rps):.0f}",
                fmt_ratio(ratio_prism),
                fmt_ratio(ratio_ours),
                statuses,
                server.errors,
                f"{server.without_auth} / {server.bad_query}",
            ]
        )
    out = ["### Requests per second (GET /api/crm/lead/{id}, Authorization header)\n"]
    out.append(
        f"{results.rounds} rounds of {results.duration:g} s (after {results.warmup:g} s warm-up) "
        f"per server, {CONNECTIONS} keep-alive connections, servers alternating by round. "
        "Ratios are medians over rounds of the per-round ratio. The last column shows that "
        "validation is on: the status for the same request without credentials / for "
        "`GET /api/crm/lead?limit=abc`.\n"
    )
    out.append(
        table(
            [
                "server",
                "median rps",
                "range",
                f"/ {prism.key}",
                "/ ours",
                "statuses seen",
                "conn. errors",
                "no auth / bad query",
            ],
            rows,
        )
    )
    out.append(
        f"\n**Target ≥ 1.5x Prism: {'met' if result.met else 'missed'}** "
        f"(ours / {prism.label} = {fmt_ratio(result.ratio)}, the faster Prism configuration).\n"
    )
    out += commands(
        [(server.argv, server.port) for server in results.servers], results.loadgen_command
    )
    return "\n".join(out)


def commands(served: list[tuple[list[str], int]], loadgen_command: str) -> list[str]:
    """The report's closing block: each server's command and the load generator's, the
    ports written as PORT."""
    lines = ["Commands:\n\n```"]
    lines += [shell(argv).replace(str(port), "PORT") for argv, port in served]
    return [*lines, loadgen_command, "```"]


def rounds(fast: bool) -> tuple[int, float, float]:
    """Rounds, seconds measured per round and warm-up seconds, as ``make bench`` runs them."""
    return (2, 3.0, 1.0) if fast else (5, 5.0, 1.0)


def main() -> None:
    results = measure(*rounds(quick()), log=print)
    print(render(results))


if __name__ == "__main__":
    main()
