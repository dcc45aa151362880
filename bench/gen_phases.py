"""Where our generator's time goes: one ``generate`` timed phase by phase.

Runs in a fresh process: times ``import generator.generate``, then wraps every function that
``generator.generate.build`` calls through its module globals (load, validate, prepare,
models, IR, render, ruff formatting, …) with a timer, builds the package, and writes it.
Whatever the generator's pipeline looks like at the time, the phases are its own functions.
Usage: ``python bench/gen_phases.py SPEC NAME [OUT]`` → one JSON object on stdout.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    spec, name = sys.argv[1], sys.argv[2]
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    module = importlib.import_module("generator.generate")
    imported = time.perf_counter() - started
    phases: dict[str, float] = {}

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            begin = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                phases[label] = phases.get(label, 0.0) + time.perf_counter() - begin

        return wrapper

    def ours(value: object) -> bool:
        return (
            inspect.isfunction(value)
            and value.__module__.startswith("generator.")
            and value.__module__ != module.__name__
        )

    def label(value: Any) -> str:
        return f"{value.__module__.removeprefix('generator.')}.{value.__name__}"

    for attribute, value in list(vars(module).items()):
        if ours(value):
            setattr(module, attribute, timed(label(value), value))
        elif isinstance(value, dict):
            # Pluggable back ends held in a table (e.g. the model renderers).
            for key, item in list(value.items()):
                if ours(item):
                    value[key] = timed(label(item), item)
    build = module.build
    began = time.perf_counter()
    api, files = build(spec, name)
    built = time.perf_counter() - began
    unattributed = built - sum(phases.values())
    # OUT (third argument): a folder the caller deletes later, so this run does not follow
    # a deletion of the previous one's files (bench/gen_speed.py says why that matters).
    keep = len(sys.argv) > 3
    out = Path(sys.argv[3]) if keep else Path(tempfile.mkdtemp(prefix="bench-phases-"))
    try:
        writer = getattr(module, "write_output", None)
        if writer is not None:
            writer(out / "pkg", files)
    finally:
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
    print(
        json.dumps(
            {
                "import": imported,
                "build": built,
                "total": time.perf_counter() - started,
                "phases": {**phases, "(rest of build, unattributed)": unattributed},
                "operations": len(getattr(api, "operations", ())),
                "files": len(files),
            }
        )
    )


if __name__ == "__main__":
    main()
