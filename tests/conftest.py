from __future__ import annotations

import contextlib
import importlib
import os
import re
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest

from generator.config import Config, load_config

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RUNTIME_DIR = ROOT / "templates" / "runtime"

# Every hypothesis test is deterministic unless `make fuzz` asks for random seeds: the seed is
# derived from the test itself, so a test draws the same examples whichever xdist worker runs
# it and in whatever order, and re-running its node id alone reproduces a failure. Tests that
# pass their own ``@settings`` inherit what they leave out from this profile.
hypothesis.settings.register_profile(
    "specforge", derandomize=os.environ.get("SPECFORGE_PROPERTY_PROFILE") != "fuzz"
)
hypothesis.settings.load_profile("specforge")

# ``templates/runtime`` importable as the package ``specforge_runtime`` for the runtime and
# robustness tests. The runtime modules import each other relatively, exactly as inside a
# generated ``NAME_client`` package, so they are loaded as a package whose ``__path__`` is the
# template directory (edits to the templates are picked up without copying). Registered here
# because pytest imports this conftest before any test module.
if "specforge_runtime" not in sys.modules:
    _runtime_package = types.ModuleType("specforge_runtime")
    _runtime_package.__path__ = [str(RUNTIME_DIR)]
    sys.modules["specforge_runtime"] = _runtime_package


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The generator's caches (templates, formatted modules) kept out of the user's home, so
    no test depends on what an earlier run left there. The xdist workers of one run share
    it (the folder above each worker's own temporary folder is the run's): its entries are
    keyed by content and written whole (``generator.cache``), so a worker can use what
    another one formatted."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        cache = tmp_path_factory.getbasetemp().parent / "xdg-cache"
        cache.mkdir(exist_ok=True)
    else:
        cache = tmp_path_factory.mktemp("xdg-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        patch.delenv("SPECFORGE_NO_CACHE", raising=False)
        yield cache


# --- handing tests to xdist workers --------------------------------------------------------

# The longest modules (`pytest --durations`), handed out first: one of them starting last
# would keep a worker busy long after the others ran out of tests.
_SLOW_FIRST = (
    "tests/test_schemathesis_cli.py",
    "tests/robustness/test_hostile_specs.py",
    "tests/test_tool_install.py",
    "tests/property/test_client_models_backend.py",
    "tests/test_models_native.py",
    "tests/test_realworld.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist (``make test``) the longest modules come first. Tests are handed out by
    position (``--dist load``), not grouped by node id: Schemathesis gives every operation's
    case of one test the same node id, and xdist's grouping modes (``loadscope``,
    ``loadgroup``) key tests by node id, so they would run one case per test and drop the
    rest without a word (205 cases of tests/property/test_spec_mock.py)."""
    if config.getoption("dist", "no") == "no":
        return
    rank = {module: index for index, module in enumerate(_SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


# --- the property suite's summary ----------------------------------------------------------
# Here rather than in tests/property/conftest.py: under xdist the controller process, which
# prints the summary, collects nothing and so never loads that conftest.

_SUMMARY_KEY = "specforge_property_summary"
_HARNESS = "tests.property._harness"


def pytest_sessionfinish(session: pytest.Session) -> None:
    # In an xdist worker: what it ran goes to the controller with the worker's other output.
    workeroutput = getattr(session.config, "workeroutput", None)
    harness = sys.modules.get(_HARNESS)
    if workeroutput is not None and harness is not None:
        workeroutput[_SUMMARY_KEY] = harness.SUMMARY.dump()


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown when xdist is not loaded
def pytest_testnodedown(node: Any, error: Any) -> None:
    part = getattr(node, "workeroutput", {}).get(_SUMMARY_KEY)
    if part:
        importlib.import_module(_HARNESS).SUMMARY.merge(part)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    harness = sys.modules.get(_HARNESS)
    lines = harness.SUMMARY.lines() if harness is not None else []
    if harness is None or not lines:
        return
    seeds = "random seeds (fuzz)" if harness.PROFILE == "fuzz" else "fixed seeds"
    terminalreporter.section(f"specforge property summary ({harness.PROFILE} profile, {seeds})")
    for line in lines:
        terminalreporter.write_line(line)


def install_wheel(source: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Build the package in ``source`` into a wheel and install it, without dependencies,
    into a folder of its own: the wheel and that folder."""
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return wheel, target


def run_installed(site: Path, probe: str, cwd: Path) -> str:
    """What ``probe`` prints, run with only ``site`` added to the interpreter's path."""
    return subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    ).stdout


def spec_config(spec: Path) -> Config | None:
    """The generation config ``make generate`` reads for a spec: ``specs/<api>.toml``."""
    path = spec.with_suffix(".toml")
    return load_config(path) if path.exists() else None


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def load_generated(api: str) -> Any:
    """Import the committed generated package ``generated/<api>/<api>_client``."""
    path = str(ROOT / "generated" / api)
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module(f"{api}_client")


@contextlib.contextmanager
def generated_package(out: Path, spec: Path, name: str) -> Iterator[tuple[Any, Any]]:
    """``(IR, imported package)`` of the client generated from ``spec`` into ``out``; the
    package is importable only inside the block."""
    from generator.generate import build
    from generator.write import write_output

    api, files = build(spec, name)
    write_output(out, files)
    sys.path.insert(0, str(out))
    try:
        yield api, importlib.import_module(api.package)
    finally:
        sys.path.remove(str(out))


def banner_port(text: str) -> int | None:
    """The port a mock's start line names (``serving on http://127.0.0.1:PORT...``)."""
    found = re.search(r"serving on http://127\.0\.0\.1:(\d+)", text)
    return int(found.group(1)) if found else None


def serve_mock(
    argv: list[str], log: Path, *, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    """Start a ``mock`` command given ``--port 0`` with its output in ``log``: the process
    and the port its start line names. The OS picks the port, so test processes running in
    parallel never race for one (a port probed free can be taken before the mock binds it)."""
    assert "0" in argv and argv[argv.index("0") - 1] == "--port", argv
    with log.open("wb") as output:
        process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        text = log.read_text(errors="replace")
        port = banner_port(text)
        if port is not None:
            return process, port
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise RuntimeError(f"the mock did not start ({argv}):\n{text[-2000:]}")
        time.sleep(0.05)
