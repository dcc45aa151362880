"""Test-suite cost: wall time of each pytest file group, so CI stays inside its budget.

Each group (every ``tests/test_*.py`` file, every ``tests/<dir>/`` package, and every file of
``tests/property/`` — the Schemathesis suite — on its own) runs once in a fresh pytest
process. These are budget figures, not comparisons: a CI runner differs from this machine.
Run alone: ``.venv/bin/python bench/suite_cost.py``.
"""

from __future__ import annotations

import os
import re
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
        if self.run is None:
            return "not run"
        for line in reversed(self.run.stdout.strip().splitlines()):
            match = _SUMMARY.match(line.strip())
            if match:
                return match.group(1)
        return f"exit {self.run.returncode}: {self.run.first_error_line()}"


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


def main() -> None:
    chosen, whole = measure(os.environ.get("BENCH_SUITE_WHOLE") == "1", log=print)
    print(render(chosen, whole))


if __name__ == "__main__":
    main()
