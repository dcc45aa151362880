"""Test-suite cost: ``make test`` on one core against ``make test`` on every core (issue 23:
on a 2-core machine the wall time drops by at least a third), and, on request, the wall
time of each pytest file group, so CI stays inside its budget.

``make test`` runs the static checks (``make -j`` one job per core) and then pytest over
pytest-xdist workers (one per core). Its one-core form is ``make test JOBS=1
PYTEST_WORKERS=0``: the same checks one after another and one pytest process. Both run the
same tree (the Schemathesis suites derandomized: the same cases either way), one after the
other. Each group (every ``tests/test_*.py`` file, every ``tests/<dir>/`` package, and every
file of ``tests/property/`` on its own) runs once in a fresh pytest process with
``--groups``. Run alone: ``.venv/bin/python bench/suite_cost.py [--groups]``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from _common import ROOT, VENV_BIN, ChildRun, child_env, run_child, shell, table

_SUMMARY = re.compile(r"=*\s*(.*?\b(passed|failed|error|errors|skipped|deselected)\b.*?)\s*=*$")


@dataclass
class Group:
    label: str
    target: str
    run: ChildRun | None = None

    def summary(self) -> str:
        return "not run" if self.run is None else _summary_of(self.run)


def groups() -> list[Group]:
    tests = ROOT / "tests"
    found: list[Group] = []
    property_dir = tests / "property"
    if property_dir.is_dir():
        for path in sorted(property_dir.glob("test_*.py")):
            found.append(Group(f"tests/property/{path.name}", str(path.relative_to(ROOT))))
    for path in sorted(tests.iterdir()):
        if path.is_dir() and path.name not in ("property", "fixtures", "__pycache__"):
            if any(path.glob("test_*.py")):
                found.append(Group(f"tests/{path.name}/", str(path.relative_to(ROOT))))
        elif path.is_file() and path.name.startswith("test_") and path.suffix == ".py":
            found.append(Group(f"tests/{path.name}", str(path.relative_to(ROOT))))
    return found


def command(target: str) -> list[str]:
    # pyproject's addopts already has -q; a second -q would hide the summary line.
    return [str(VENV_BIN / "pytest"), target, "-p", "no:cacheprovider"]


def measure(include_whole: bool, log: Callable[[str], None]) -> tuple[list[Group], Group | None]:
    env = child_env()
    chosen = groups()
    for group in chosen:
        group.run = run_child(command(group.target), cwd=ROOT, env=env, timeout=600)
        log(f"  suite {group.label:<40} {group.run.wall:7.1f} s  {group.summary()}")
    whole = None
    if include_whole:
        whole = Group("`pytest tests -q` (everything, one process)", "tests")
        whole.run = run_child(command("tests"), cwd=ROOT, env=env, timeout=3600)
        log(f"  suite whole {whole.run.wall:7.1f} s  {whole.summary()}")
    return chosen, whole


def render(chosen: list[Group], whole: Group | None) -> str:
    rows = []
    for group in [*chosen, *([whole] if whole else [])]:
        assert group.run is not None
        rows.append(
            [group.label, f"{group.run.wall:.1f} s", f"{group.run.max_rss_mb:.0f}", group.summary()]
        )
    total = sum(group.run.wall for group in chosen if group.run is not None)
    out = [table(["group", "wall", "peak RSS MB", "pytest summary"], rows)]
    out.append(
        f"\nSum over the per-file groups (each pays pytest start-up): {total:.0f} s. "
        "The Schemathesis suite is `tests/property/`"
        + (
            " (present)."
            if any(g.label.startswith("tests/property") for g in chosen)
            else " (not present in this tree yet)."
        )
    )
    out.append(
        "\nCommand per group: `" + shell(command("GROUP")) + "`; the suite is run in the "
        "working tree as it was (other engineers' edits included), so failures here are "
        "reported, not judged."
    )
    return "\n".join(out)


# make test, one core and every core: (label, make arguments).
MAKE_TEST = (
    ("one core: `make test JOBS=1 PYTEST_WORKERS=0`", ["JOBS=1", "PYTEST_WORKERS=0"]),
    ("every core: `make test`", []),
)
TARGET_DROP = 1 / 3


@dataclass
class Cores:
    """``make test`` on one core and on every core."""

    runs: dict[str, ChildRun]
    cpus: int

    @property
    def drop(self) -> float:
        one, every = (self.runs[label].wall for label, _ in MAKE_TEST)
        return 1 - every / one

    @property
    def ok(self) -> bool:
        return all(run.ok for run in self.runs.values())

    @property
    def met(self) -> bool:
        return self.ok and self.drop >= TARGET_DROP


def measure_cores(log: Callable[[str], None]) -> Cores:
    runs = {}
    for label, arguments in MAKE_TEST:
        # Each run starts cold: the first must not warm mypy's, ruff's or specforge's caches
        # for the second.
        for cache in (".mypy_cache", ".ruff_cache"):
            shutil.rmtree(ROOT / cache, ignore_errors=True)
        env = {**child_env(), "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="bench-suite-cache-")}
        runs[label] = run_child(["make", "test", *arguments], cwd=ROOT, env=env, timeout=3600)
        log(f"  suite {label:<50} {runs[label].wall:7.1f} s  exit {runs[label].returncode}")
    return Cores(runs, os.cpu_count() or 1)


def verdict_line(cores: Cores) -> str:
    one, every = (cores.runs[label].wall for label, _ in MAKE_TEST)
    met = "met" if cores.met else "**not met**"
    status = "" if cores.ok else " (a run failed: see its summary)"
    return (
        f"{met}: `make test` on {cores.cpus} cores took {every:.0f} s against {one:.0f} s on "
        f"one core, {cores.drop:.0%} less (target: at least {TARGET_DROP:.0%} less){status}"
    )


def render_cores(cores: Cores) -> str:
    rows = [
        [label, f"{run.wall:.0f} s", f"{run.max_rss_mb:.0f}", _summary_of(run)]
        for label, run in cores.runs.items()
    ]
    return "\n".join(
        [
            table(["make test", "wall", "peak RSS MB", "pytest summary"], rows),
            "",
            f"Verdict (issue 23): {verdict_line(cores)}.",
        ]
    )


def _summary_of(run: ChildRun) -> str:
    for line in reversed(run.stdout.strip().splitlines()):
        match = _SUMMARY.match(line.strip())
        if match:
            return match.group(1)
    return f"exit {run.returncode}: {run.first_error_line()}"


def main() -> None:
    if "--groups" in sys.argv[1:]:
        chosen, whole = measure(os.environ.get("BENCH_SUITE_WHOLE") == "1", log=print)
        print(render(chosen, whole))
    else:
        print(render_cores(measure_cores(log=print)))


if __name__ == "__main__":
    main()
