"""Import-to-first-call: a fresh process imports a generated client, constructs it, reaches
one resource and makes one call against a local server (issue 23's first target).

The floor is a fresh process that imports ``httpx`` and ``pydantic`` and makes the same
request with a plain ``httpx.Client``. Each round runs every variant once, alternating (the
order rotates), so machine load hits all of them; the table shows medians and the median of
the per-round ratios to the floor. The server is our mock of the spec (started once, outside
the timing); each package is byte-compiled first, as ``pip install`` leaves it.

Run alone: ``.venv/bin/python bench/import_time.py [--packages DIR]`` (``BENCH_QUICK=1``:
fewer rounds, no Stripe). ``--packages DIR`` measures the packages in ``DIR/<api>/`` instead
of ``generated/`` and a Stripe client generated now (for a before/after from another
checkout's output: ``DIR/stripe/`` is used when it exists); ``--api NAME`` (repeatable)
measures only those APIs; ``--before DIR`` also measures the packages in ``DIR/<api>/``
(``DIR/stripe/`` too) in the same rounds, for a before/after.
"""

from __future__ import annotations

import argparse
import compileall
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from _common import (
    PY,
    ROOT,
    STRIPE,
    child_env,
    fmt_ratio,
    fmt_s,
    free_port,
    log,
    median,
    quick,
    run_child,
    stop_process,
    table,
    wait_for_port,
)

TARGET = 2.0  # at most 2x the floor (issue 23)
ROUNDS = 7
_CREDENTIAL = re.compile(r"^        (\w+): str \| None = None,$", re.MULTILINE)


@dataclass(frozen=True)
class Call:
    """One first call: ``client.<resource>.<method>()`` on the API's package."""

    api: str
    spec: Path
    resource: str
    method: str
    note: str = ""


CALLS = (
    Call("overplane", ROOT / "specs" / "overplane.yaml", "leads", "list"),
    Call("overloop", ROOT / "specs" / "overloop.yaml", "automations", "list"),
    Call("outreach", ROOT / "specs" / "outreach.yaml", "accounts", "list"),
    Call("propipelines", ROOT / "specs" / "propipelines.yaml", "activities", "list"),
)
STRIPE_CALLS = (
    Call("stripe", STRIPE, "balance", "list", "`GET /v1/balance`: a small response model"),
    Call(
        "stripe",
        STRIPE,
        "customers",
        "list",
        "`Customer` reaches 524 classes: the first call builds what its data holds",
    ),
)

_CHILD = """
import {package}
client = {package}.Client(base_url={url!r}, {credentials})
getattr(getattr(client, {resource!r}), {method!r})()
"""
_FLOOR = """
import httpx, pydantic
httpx.Client().get({url!r}, headers={{"Authorization": "Bearer bench"}})
"""


@dataclass
class Row:
    call: Call
    # variant ("ours", "floor", "before") → its wall time per round
    walls: dict[str, list[float]] = field(default_factory=dict)
    error: str = ""

    def wall(self, key: str = "ours") -> float:
        return median(self.walls.get(key, []))

    def ratio(self, key: str = "ours") -> float:
        pairs = zip(self.walls.get(key, []), self.walls.get("floor", []), strict=False)
        return median(variant / floor for variant, floor in pairs)


def _credentials(package_dir: Path) -> str:
    """Every credential the client takes, as keyword arguments (the mock checks presence)."""
    source = (package_dir / "_client.py").read_text(encoding="utf-8")
    names = dict.fromkeys(_CREDENTIAL.findall(source.split("base_url: str | None")[0]))
    return ", ".join(f"{name}='bench'" for name in names)


def _base_path(package_dir: Path) -> str:
    """The path of the client's server URL (``/api/v2``), which the mock serves under."""
    source = (package_dir / "_client.py").read_text(encoding="utf-8")
    found = re.search(r'^BASE_URL = "[a-z]+://[^/"]*([^"]*)"', source, re.MULTILINE)
    return found.group(1).rstrip("/") if found else ""


def _first_path(package_dir: Path, call: Call) -> str:
    """The wire path of the call, for the floor's request (the first Endpoint whose name
    ends in the method's, which is how the renderer names them)."""
    source = (package_dir / "resources" / f"{call.resource}.py").read_text(encoding="utf-8")
    found = re.search(r'^_\w+ = Endpoint\(\n    method="GET",\n    path="([^"{]*)"', source, re.M)
    return found.group(1) if found else "/"


def _measure(call: Call, roots: dict[str, Path], rounds: int) -> Row:
    """``roots``: variant ("ours", or "before" for a comparison) → the folder holding its
    package ``<api>_client``."""
    package = f"{call.api}_client"
    row = Row(call)
    port = free_port()
    server = subprocess.Popen(
        [PY, "-m", "generator", "mock", str(call.spec), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(),
    )
    try:
        wait_for_port(port, timeout=180)
        ours = roots["ours"] / package
        base = f"http://127.0.0.1:{port}{_base_path(ours)}"
        child = _CHILD.format(
            package=package,
            url=base,
            credentials=_credentials(ours),
            resource=call.resource,
            method=call.method,
        )
        floor = _FLOOR.format(url=base + _first_path(ours, call))
        variants = [(key, [PY, "-c", child], root) for key, root in roots.items()]
        variants.append(("floor", [PY, "-c", floor], roots["ours"]))
        for index in range(rounds + 1):  # round 0 warms the page cache, not counted
            shift = index % len(variants)
            for key, argv, root in variants[shift:] + variants[:shift]:
                env = child_env()
                env["PYTHONPATH"] = str(root)
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                done = run_child(argv, cwd=root, env=env)
                if not done.ok:
                    row.error = f"{key}: {done.first_error_line()}"
                    return row
                if index:
                    row.walls.setdefault(key, []).append(done.wall)
    finally:
        stop_process(server)
    return row


def _stripe_root(packages: Path, scratch: Path) -> Path | None:
    """``packages/stripe/`` when there is one, else a Stripe client generated now."""
    if (packages / "stripe").is_dir():
        return packages / "stripe"
    out = scratch / "stripe"
    done = run_child(
        [PY, "-m", "generator", "generate", str(STRIPE), "--output", str(out), "--name", "stripe"],
        cwd=ROOT,
    )
    if not done.ok:
        log(f"  import time: generating Stripe failed: {done.first_error_line()}")
        return None
    return out


def measure(
    packages: Path | None = None, apis: frozenset[str] = frozenset(), before: Path | None = None
) -> list[Row]:
    """``packages``: where the measured packages are (``generated/`` and a Stripe client
    generated now); ``before``: a folder of the same ``<api>/`` packages from another
    checkout, measured alternately with them in the same rounds; ``apis``: only these."""
    rounds = 3 if quick() else ROUNDS
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        calls = [call for call in CALLS if not apis or call.api in apis]
        if not quick() and STRIPE.exists() and (not apis or "stripe" in apis):
            calls += STRIPE_CALLS
        folders = {"ours": packages or ROOT / "generated"}
        if before is not None:
            folders["before"] = before
        stripe = {
            key: _stripe_root(folder, Path(tmp) / key)
            for key, folder in folders.items()
            if any(call.api == "stripe" for call in calls)
        }
        for call in calls:
            roots = {
                key: stripe[key] if call.api == "stripe" else folder / call.api
                for key, folder in folders.items()
            }
            if None in roots.values():
                continue
            found = {key: root for key, root in roots.items() if root is not None}
            for root in found.values():
                compileall.compile_dir(str(root), quiet=1, workers=1)
            row = _measure(call, found, rounds)
            shown = row.error or f"{row.wall():.3f} s, {row.ratio():.2f}x the floor"
            if before is not None and not row.error:
                shown += f"; before {row.wall('before'):.3f} s, {row.ratio('before'):.2f}x"
            log(f"  import time {call.api} {call.resource}.{call.method}: {shown}")
            rows.append(row)
    return rows


def render(rows: list[Row]) -> str:
    compared = any("before" in row.walls for row in rows)
    headers = ["API", "first call", "ours", "floor", "ratio", "verdict"]
    if compared:
        headers += ["before", "before's ratio"]
    body = []
    for row in rows:
        cells = [
            row.call.api,
            f"`client.{row.call.resource}.{row.call.method}()`",
            f"failed: {row.error}" if row.error else fmt_s(row.wall()),
            fmt_s(row.wall("floor")),
            fmt_ratio(row.ratio()),
            "—" if row.error else ("met" if row.ratio() <= TARGET else "missed"),
        ]
        if compared:
            cells += [fmt_s(row.wall("before")), fmt_ratio(row.ratio("before"))]
        body.append([*cells, row.call.note])
    return "\n".join(
        [
            "Fresh process: `import <api>_client`, construct the client, reach one resource, "
            "make one call against our mock of the spec. Floor: `import httpx, pydantic` and "
            f"one `httpx.Client().get` of the same path. Target: at most {TARGET:.0f}x the "
            f"floor. Medians of {ROUNDS} rounds (variants alternate, the order rotating), "
            "ratio = median of the per-round ratios to the floor.",
            "",
            table([*headers, "note"], body),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=Path, help="folder of <api>/ packages to measure")
    parser.add_argument("--api", action="append", default=[], help="only this API (repeatable)")
    parser.add_argument("--before", type=Path, help="folder of <api>/ packages to compare with")
    args = parser.parse_args()
    print(render(measure(args.packages, frozenset(args.api), args.before)))


if __name__ == "__main__":
    sys.exit(main())
