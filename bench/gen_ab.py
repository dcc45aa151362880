"""Before/after of our generator: two checkouts' ``generate`` alternating on one spec.

Each round runs both trees twice, the order swapped every round: once with an empty cache
directory (the first run on a machine) and once with a cache each tree warmed before the
rounds. Every run writes into a fresh folder; the medians of wall and CPU time (the process
and its children: ruff, a prefetch child) are printed with the change.
Usage: ``.venv/bin/python bench/gen_ab.py BEFORE_TREE SPEC NAME [ROUNDS]`` (the after tree
is this checkout; BEFORE_TREE e.g. ``git worktree add --detach /tmp/before REV``, then
``.venv/bin/python -m compileall -q generator`` there).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PY, ROOT


def _run(tree: Path, spec: Path, name: str, cache: str) -> tuple[float, float]:
    out = tempfile.mkdtemp(prefix="bench-ab-")
    env = {**os.environ, "XDG_CACHE_HOME": cache}
    argv = [PY, "-m", "generator", "generate", str(spec), "--output", f"{out}/pkg"]
    started = time.perf_counter()
    child = subprocess.Popen([*argv, "--name", name], cwd=tree, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{tree}: generate failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    before, spec, name = Path(sys.argv[1]), Path(sys.argv[2]).resolve(), sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 9
    trees = {"before": before, "after": ROOT}
    warm = {key: tempfile.mkdtemp(prefix="bench-ab-cache-") for key in trees}
    for key, tree in trees.items():
        _run(tree, spec, name, warm[key])
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for index in range(rounds):
        order = list(trees.items()) if index % 2 == 0 else list(trees.items())[::-1]
        for key, tree in order:
            cold = tempfile.mkdtemp(prefix="bench-ab-cache-")
            runs.setdefault((key, "first run"), []).append(_run(tree, spec, name, cold))
            shutil.rmtree(cold, ignore_errors=True)
            runs.setdefault((key, "warm"), []).append(_run(tree, spec, name, warm[key]))
    for mode in ("first run", "warm"):
        medians = {
            key: [statistics.median(run[i] for run in runs[(key, mode)]) for i in (0, 1)]
            for key in trees
        }
        (wall_b, cpu_b), (wall_a, cpu_a) = medians["before"], medians["after"]
        print(
            f"{name} {mode}: wall {wall_b * 1000:.0f} → {wall_a * 1000:.0f} ms "
            f"({wall_a / wall_b - 1:+.0%}), CPU {cpu_b * 1000:.0f} → {cpu_a * 1000:.0f} ms "
            f"({cpu_a / cpu_b - 1:+.0%}), median of {rounds}"
        )


if __name__ == "__main__":
    main()
