"""Shared helpers: child-process measurement, statistics, machine facts, markdown tables."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import platform
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PY = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STRIPE = ROOT.parent / "shared" / "bench-specs" / "stripe-spec3.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def quick() -> bool:
    """``BENCH_QUICK=1`` selects a fast subset (fewer rounds, no Stripe)."""
    return os.environ.get("BENCH_QUICK", "") not in ("", "0")


T = TypeVar("T")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def isolated(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` in a fresh interpreter, as pyperf runs each benchmark in a worker
    process of its own. In-process timings must not depend on what earlier sections left in
    this process: the 100-lead list call measured 1.02-1.05x of the floor alone but
    1.07-1.10x after the generation section in the same process (same code, opc's ratio rose
    with it), so the client section runs isolated."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


@contextmanager
def pinned_apart(server_pid: int) -> Iterator[str]:
    """Pin a server process to the last CPU and this process to the others, as pyperf's
    ``--affinity`` does, for the duration of the block; yields how, for the report.

    A client and the local server it calls otherwise share both CPUs with each other and
    with the scheduler's whims: on this 2-CPU machine the per-round ratio of the 100-lead
    list call spread 0.79-1.31 unpinned and 0.97-1.10 pinned. With one CPU nothing is
    pinned."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        yield "not pinned (one CPU)"
        return
    os.sched_setaffinity(server_pid, {cpus[-1]})
    os.sched_setaffinity(0, set(cpus[:-1]))
    try:
        yield f"server pinned to CPU {cpus[-1]}, client to CPU {','.join(map(str, cpus[:-1]))}"
    finally:
        os.sched_setaffinity(0, set(cpus))


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate a server process, killing it if it does not exit within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def child_env() -> dict[str, str]:
    """The environment for peer tools: ``.venv/bin`` first so they find ``ruff``."""
    env = dict(os.environ)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    return env


@dataclass(frozen=True)
class ChildRun:
    """One measured child process."""

    argv: tuple[str, ...]
    returncode: int
    wall: float
    max_rss_mb: float
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def first_error_line(self) -> str:
        """The exception line of a traceback, else the first line mentioning an error."""
        text = self.stderr + "\n" + self.stdout
        lines = [line.strip() for line in text.splitlines()]
        # Rich tracebacks frame the stack in box-drawing characters; skip those lines.
        lines = [line for line in lines if line and line[0] not in "│╭╰┃┏┗─"]
        for index, line in enumerate(lines):
            if _EXCEPTION.match(line):
                # Wrapped messages continue on the next line.
                tail = lines[index + 1] if index + 1 < len(lines) else ""
                joined = f"{line} {tail}" if tail and not _EXCEPTION.match(tail) else line
                return joined[:240]
        for line in lines:
            lowered = line.lower()
            if "error" in lowered or "exception" in lowered or "failed" in lowered:
                return line[:240]
        return lines[-1][:240] if lines else ""


_EXCEPTION = re.compile(r"^[\w.]*(Error|Exception|Exit)\b.*:")


TIME = Path("/usr/bin/time")


def run_child(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 900.0,
) -> ChildRun:
    """Run ``argv`` to completion: wall time and the peak RSS of the tool itself.

    Linux carries a process's RSS high-water mark across ``fork`` and ``exec``, so a child
    forked straight from this (large) Python process would report at least our own peak.
    The tool is therefore started through ``/usr/bin/time`` (a few MB), which forks it and
    reports its peak RSS from ``wait4``; without ``/usr/bin/time`` we fall back to our own
    ``wait4`` figure, an upper bound.
    """
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile(suffix=".rss") as rss_file,
    ):
        command = list(argv)
        if TIME.exists():
            command = [str(TIME), "-f", "%M", "-o", rss_file.name, *command]
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
        # A blocking wait returns the moment the child exits; polling every 5 ms added up
        # to 5 ms to each run, a bias against the shortest runs (ours) in every ratio.
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        max_rss_kb = float(usage.ru_maxrss)  # Linux reports KiB
        if TIME.exists():
            lines = Path(rss_file.name).read_text().split()
            # /usr/bin/time adds "Command exited with non-zero status N" before the figure.
            if lines and lines[-1].isdigit():
                max_rss_kb = float(lines[-1])
        out.seek(0)
        err.seek(0)
        return ChildRun(
            argv=tuple(argv),
            returncode=proc.returncode,
            wall=wall,
            max_rss_mb=max_rss_kb / 1024.0,
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace"),
        )


def median(values: Iterable[float]) -> float:
    data = list(values)
    return statistics.median(data) if data else float("nan")


def fmt_s(seconds: float) -> str:
    return "—" if seconds != seconds else f"{seconds:.2f} s"


def fmt_ratio(ratio: float) -> str:
    return "—" if ratio != ratio else f"{ratio:.2f}x"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    return "\n".join(lines)


def shell(argv: Sequence[str]) -> str:
    """``argv`` as a copy-pasteable command, relative to the repository root."""
    parts = []
    for arg in argv:
        text = str(arg)
        if text.startswith(str(ROOT) + os.sep):
            text = os.path.relpath(text, ROOT)
        parts.append(text)
    return shlex.join(parts)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout:.0f}s")


def spec_facts(path: Path) -> tuple[int, bool]:
    """Operations declared in an OpenAPI document, and whether a schema name has a dot."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    operations = sum(
        1
        for item in (document.get("paths") or {}).values()
        for method in (item or {})
        if method in HTTP_METHODS
    )
    schemas = (document.get("components") or {}).get("schemas") or {}
    return operations, any("." in str(name) for name in schemas)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _output(argv: Sequence[str]) -> str:
    try:
        done = subprocess.run(
            list(argv), capture_output=True, text=True, timeout=120, env=child_env(), cwd=ROOT
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"unavailable ({error})"
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[-1] if text else f"exit {done.returncode}"


def _dist_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_facts() -> list[tuple[str, str]]:
    # Read-only: the working tree may hold other engineers' uncommitted edits.
    commit = _output(["git", "rev-parse", "--short", "HEAD"])
    return [
        ("commit (`git rev-parse --short HEAD`)", f"{commit} + the working tree as it was"),
        ("nproc", str(os.cpu_count())),
        ("CPU model (/proc/cpuinfo)", _cpu_model()),
        ("memory", _memory()),
        ("kernel", platform.release()),
        ("python", sys.version.split()[0]),
        ("node", _output(["node", "--version"])),
        ("openapi-python-client", _dist_version("openapi-python-client")),
        ("datamodel-code-generator", _dist_version("datamodel-code-generator")),
        ("prism", _output([str(PRISM), "--version"])),
        (
            "pydantic / pydantic-core",
            f"{_dist_version('pydantic')} / {_dist_version('pydantic-core')}",
        ),
        ("httpx", _dist_version("httpx")),
        ("uvicorn / httptools", f"{_dist_version('uvicorn')} / {_dist_version('httptools')}"),
        ("starlette", _dist_version("starlette")),
        ("ruff", _dist_version("ruff")),
        ("pytest / schemathesis", f"{_dist_version('pytest')} / {_dist_version('schemathesis')}"),
    ]
