"""Generation at scale: wall time and peak memory of ``generate`` on synthetic specs of
1,000 to 10,000 operations (the largest about 30 MB of YAML), to show cost grows linearly.

The specs are synthesised deterministically (same bytes every run) into a temporary
directory, never committed: each resource has five operations (list, create, get, update,
delete), a model with a dozen fields, a create and an update body and a described list
response, about 3 kB of YAML per operation. Every size is generated into a fresh output
directory with an empty cache directory: the first run on a machine (parse, ruff, template
compilation), then the warm run (parse cache and formatted modules reused) WARM_RUNS times,
the run of median CPU time reported. CPU time is shown split into user (the generator's
own work) and system time (mostly creating the package's files): on ext4 without a
journal, as here, each new inode skips the free inodes of its group that any process
deleted in the last minute, or five while their inode table block is unwritten (the
kernel's ``find_inode_bit``/``recently_deleted``), so system time follows the machine's
file churn, not the spec.
Run alone: ``.venv/bin/python bench/gen_scale.py`` (``BENCH_QUICK=1``: 300 to 3,000
operations).
"""

from __future__ import annotations

import itertools
import resource
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _common import PY, ROOT, ChildRun, child_env, log, quick, run_child, table

FULL_SIZES = (1_000, 3_000, 10_000)
QUICK_SIZES = (300, 1_000, 3_000)
OPERATIONS_PER_RESOURCE = 5
# Cost per operation at the largest size within this factor of the smallest: linear.
LINEAR_TOLERANCE = 1.5
# Warm runs per size; the median (by CPU time) is reported: one run's system time varies
# by 2x with what the rest of the machine deletes.
WARM_RUNS = 3

_WORDS = [
    "account",
    "balance",
    "charge",
    "customer",
    "dispute",
    "event",
    "invoice",
    "payment",
    "payout",
    "price",
    "product",
    "refund",
    "schedule",
    "session",
    "subscription",
    "tax",
    "transfer",
    "usage",
    "webhook",
    "record",
    "period",
    "amount",
    "currency",
    "status",
    "created",
    "updated",
    "metadata",
    "reference",
    "summary",
    "settlement",
    "ledger",
    "entry",
]


def _prose(seed: int, words: int) -> str:
    """Deterministic filler text (a linear congruential walk over a word list)."""
    state = seed * 2_654_435_761 % 2**32
    chosen = []
    for _ in range(words):
        state = (state * 1_103_515_245 + 12_345) % 2**31
        chosen.append(_WORDS[state % len(_WORDS)])
    return " ".join(chosen).capitalize() + "."


def synthetic_spec(operations: int) -> str:
    """An OpenAPI 3.1 document (YAML) with ``operations`` operations, the same every call."""
    resources = max(1, operations // OPERATIONS_PER_RESOURCE)
    out = [
        "openapi: 3.1.0",
        "info:",
        f"  title: Synthetic {operations}",
        "  version: 1.0.0",
        "servers:",
        "  - url: https://api.example.com/v1",
        "security:",
        "  - bearer: []",
        "paths:",
    ]
    schemas: list[str] = []
    for index in range(resources):
        name = f"Thing{index}"
        tag = f"things{index}"
        for path, methods in (
            (f"/{tag}", (("get", "list"), ("post", "create"))),
            (f"/{tag}/{{id}}", (("get", "get"), ("patch", "update"), ("delete", "delete"))),
        ):
            out.append(f"  {path}:")
            for method, verb in methods:
                # Long prose, as real specs have: bytes that cost parsing but few nodes.
                about = _prose(index * 8 + len(out) % 7, 260)
                out += [
                    f"    {method}:",
                    f"      operationId: {verb}{name}",
                    f"      summary: {verb.capitalize()} a {name}",
                    f"      description: {about}",
                    f"      tags: [{tag}]",
                ]
                if "{id}" in path:
                    out += [
                        "      parameters:",
                        "        - {name: id, in: path, required: true, schema: {type: string}}",
                    ]
                elif verb == "list":
                    out += [
                        "      parameters:",
                        "        - {name: limit, in: query, schema: {type: integer, maximum: 100}}",
                        "        - {name: cursor, in: query, schema: {type: string}}",
                    ]
                if verb in ("create", "update"):
                    body = f"{name}{verb.capitalize()}"
                    out += [
                        "      requestBody:",
                        "        required: true",
                        "        content:",
                        "          application/json:",
                        f"            schema: {{$ref: '#/components/schemas/{body}'}}",
                    ]
                out += ["      responses:"]
                if verb == "delete":
                    out += ["        '204': {description: Deleted}"]
                else:
                    target = f"{name}List" if verb == "list" else name
                    out += [
                        "        '200':",
                        "          description: OK",
                        "          content:",
                        "            application/json:",
                        f"              schema: {{$ref: '#/components/schemas/{target}'}}",
                    ]
                out += ["        '404': {description: Not found}"]
        fields = [
            ("id", "{type: string}"),
            ("name", "{type: string, maxLength: 200}"),
            ("amount", "{type: integer, minimum: 0}"),
            ("ratio", "{type: number}"),
            ("active", "{type: boolean}"),
            ("created", "{type: string, format: date-time}"),
            ("status", "{type: string, enum: [draft, open, paid, void]}"),
            ("tags", "{type: array, items: {type: string}}"),
            ("metadata", "{type: object, additionalProperties: {type: string}}"),
            ("parent", f"{{$ref: '#/components/schemas/Thing{index // 10}'}}"),
        ]
        schemas += [
            f"    {name}:",
            "      type: object",
            f"      description: {_prose(index + 7, 130)}",
            "      required: [id, name, status]",
            "      properties:",
            *(f"        {field}: {schema}" for field, schema in fields),
            f"    {name}Create:",
            "      type: object",
            "      required: [name]",
            "      properties:",
            *(f"        {field}: {schema}" for field, schema in fields[1:8]),
            f"    {name}Update:",
            "      type: object",
            "      properties:",
            *(f"        {field}: {schema}" for field, schema in fields[1:8]),
            f"    {name}List:",
            "      type: object",
            "      required: [data, has_more]",
            "      properties:",
            f"        data: {{type: array, items: {{$ref: '#/components/schemas/{name}'}}}}",
            "        has_more: {type: boolean}",
        ]
    out += [
        "components:",
        "  securitySchemes:",
        "    bearer: {type: http, scheme: bearer}",
        "  schemas:",
        *schemas,
    ]
    return "\n".join(out) + "\n"


@dataclass
class Run:
    """One generation: the child process, and its CPU time (user + system)."""

    child: ChildRun
    user: float
    system: float

    @property
    def cpu(self) -> float:
        return self.user + self.system


@dataclass
class SizeResult:
    operations: int
    megabytes: float
    first: Run
    warm: Run  # the median of the warm runs
    generated: int | None  # operations the package reports
    warm_ok: bool = True  # every warm run succeeded


def _generated_operations(run: ChildRun) -> int | None:
    # "...: wrote DIR (NAME-client, 468 operations, ...)"
    for word, following in zip(run.stdout.split(), run.stdout.split()[1:], strict=False):
        if following.startswith("operations") and word.isdigit():
            return int(word)
    return None


def measure(sizes: tuple[int, ...], log: Callable[[str], None]) -> list[SizeResult]:
    work = Path(tempfile.mkdtemp(prefix="bench-gen-scale-"))
    results = []
    try:
        run_child([PY, "-m", "compileall", "-q", "generator", "templates/compiled"], cwd=ROOT)
        for operations in sizes:
            spec = work / f"synthetic-{operations}.yaml"
            spec.write_text(synthetic_spec(operations), encoding="utf-8")
            env = {**child_env(), "XDG_CACHE_HOME": str(work / f"cache-{operations}")}
            runs = []
            for attempt in ("first", *["warm"] * WARM_RUNS):
                out = work / f"out-{operations}-{attempt}"
                argv = [PY, "-m", "generator", "generate", str(spec), "-o", str(out)]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                run = run_child([*argv, "--name", "synthetic"], cwd=ROOT, env=env)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                user = after.ru_utime - before.ru_utime
                system = after.ru_stime - before.ru_stime
                shutil.rmtree(out, ignore_errors=True)
                status = "ok" if run.ok else f"exit {run.returncode}: {run.first_error_line()}"
                log(
                    f"  scale {operations:>6} ops {attempt:<5} {run.wall:7.2f} s wall "
                    f"{user + system:7.2f} s CPU ({user:.2f} user) {run.max_rss_mb:7.0f} MB  "
                    f"{status}"
                )
                runs.append(Run(run, user, system))
            warm = sorted(runs[1:], key=lambda run: run.cpu)
            results.append(
                SizeResult(
                    operations,
                    spec.stat().st_size / 2**20,
                    runs[0],
                    warm[len(warm) // 2],
                    _generated_operations(runs[0].child),
                    all(run.child.ok for run in warm),
                )
            )
            spec.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _slopes(results: list[SizeResult], cost: Callable[[SizeResult], float]) -> list[float]:
    """The marginal cost per operation between consecutive sizes: fixed costs cancel, so
    superlinear growth shows as a rising slope."""
    return [
        (cost(large) - cost(small)) / (large.operations - small.operations)
        for small, large in itertools.pairwise(results)
    ]


def verdict(results: list[SizeResult]) -> str:
    """Linear when the marginal CPU time per operation of the last step (the largest sizes)
    is within LINEAR_TOLERANCE of the first step's, for the first run and the warm run, and
    every size generated every operation. CPU time, not wall time: on a shared machine the
    wall time of a long run is mostly other processes'."""
    if any(not (r.first.child.ok and r.warm_ok) or r.generated != r.operations for r in results):
        return "**not met**: a size failed or did not generate every operation"
    growth = {}
    for label, pick in (("first run", "first"), ("warm", "warm")):
        slopes = _slopes(results, lambda r, pick=pick: float(getattr(r, pick).cpu))
        growth[label] = slopes[-1] / slopes[0]
    user = _slopes(results, lambda r: r.warm.user)
    memory = _slopes(results, lambda r: r.first.child.max_rss_mb)
    small, large = results[0], results[-1]
    shown = ", ".join(f"{label} {value:.2f}x" for label, value in growth.items())
    met = "met" if max(growth.values()) <= LINEAR_TOLERANCE else "**not met**"
    return (
        f"{met}: the CPU time each further operation costs, from the step "
        f"{small.operations:,}→{results[1].operations:,} to the step "
        f"{results[-2].operations:,}→{large.operations:,}, changes by {shown} (linear: at "
        f"most {LINEAR_TOLERANCE}x; warm user time alone {user[-1] / user[0]:.2f}x); peak "
        f"memory per further operation {memory[0] * 1024:.0f} kB then "
        f"{memory[-1] * 1024:.0f} kB (first run)"
    )


def render(results: list[SizeResult]) -> str:
    rows = [
        [
            f"{r.operations:,}",
            f"{r.megabytes:.1f} MB",
            "yes" if r.generated == r.operations else f"no ({r.generated})",
            f"{r.first.child.wall:.2f} s / {r.first.cpu:.2f} s",
            f"{r.first.child.max_rss_mb:.0f} MB",
            f"{r.warm.child.wall:.2f} s / {r.warm.cpu:.2f} s ({r.warm.user:.2f} + "
            f"{r.warm.system:.2f})",
            f"{r.warm.child.max_rss_mb:.0f} MB",
        ]
        for r in results
    ]
    headers = [
        "operations",
        "spec (YAML)",
        "all generated",
        "first run (wall / CPU)",
        "peak RSS",
        f"warm run, median of {WARM_RUNS} (wall / CPU (user + system))",
        "peak RSS",
    ]
    return "\n".join(
        [
            "Synthetic specs (`bench/gen_scale.py`, written to a temporary directory): five "
            "operations and four schemas per resource, about 3 kB of YAML per operation. "
            "`python -m generator generate` in a fresh process; first run with an empty "
            f"cache directory, then {WARM_RUNS} warm runs (the median shown); CPU time is "
            "user + system of the process and its children (ruff), peak RSS that of the "
            "generator process (`/usr/bin/time`). System time is mostly creating the "
            "package's files: on ext4 without a journal each new inode skips the inodes "
            "deleted in the last minutes, so it follows the machine's file churn.",
            "",
            table(headers, rows),
            "",
            f"Verdict (cost grows linearly): {verdict(results)}.",
        ]
    )


def main() -> None:
    print(render(measure(QUICK_SIZES if quick() else FULL_SIZES, log)))


if __name__ == "__main__":
    main()
