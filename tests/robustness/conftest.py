"""Shared machinery for the robustness suite: generating packages from hostile specs and
checking them in batches, raw-socket servers, and the client/mock under test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import SpecError
from generator.generate import build
from generator.write import write_output

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
VENV_BIN = Path(sys.executable).parent

# Text that would run or render if spec text ever reached code or a template unescaped.
CANARY_PAYLOADS = (
    '"""; import os; os.system("touch CANARY") #',
    "'''; import os; os.system('touch CANARY') #",
    '\n"""\nimport os; os.system("touch CANARY")\n"""\n',
    '\\"""; __import__("os").system("touch CANARY") #',
    "{{ 7*7 }} {% raw %} {% if True %}x{% endif %} {# c #}",
    "</script><script>alert(1)</script>",
    "NUL\x00byte and\r\nCRLF\u2028LS \\ trailing backslash\\",
)
JINJA_LITERAL = "{{ 7*7 }}"


@dataclass
class Generated:
    """What generating one spec produced: a package on disk, or located diagnostics."""

    spec: Path
    name: str
    package_dir: Path | None = None
    diagnostics: list[str] = field(default_factory=list)
    crash: str | None = None  # a traceback: generation failed some other way (a bug)

    @property
    def package(self) -> str:
        return f"{self.name}_client"


def generate(spec: Path, name: str, out_root: Path) -> Generated:
    """Generate ``spec`` in-process as the CLI does. A ``SpecError`` is an acceptable
    outcome only if every diagnostic is located; any other exception is recorded in
    ``crash`` (a bug: the CLI would print a traceback or a "generator bug" message)."""
    try:
        _api, files = build(spec, name)
    except SpecError as error:
        assert error.diagnostics, "SpecError without diagnostics"
        for diagnostic in error.diagnostics:
            assert diagnostic.file, f"unlocated diagnostic: {diagnostic}"
            assert diagnostic.pointer or diagnostic.line or "/" in str(diagnostic), diagnostic
            assert diagnostic.message.strip(), diagnostic
        return Generated(spec, name, diagnostics=[str(d) for d in error.diagnostics])
    except Exception:
        return Generated(spec, name, crash=traceback.format_exc())
    target = out_root / name
    write_output(target, files)
    return Generated(spec, name, package_dir=target)


_IMPORT_CHECK = r"""
import importlib, json, pkgutil, sys, traceback
results = {}
for directory, package in json.loads(sys.argv[1]):
    sys.path.insert(0, directory)
    try:
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)
        client = module.Client()
        repr(client)
        results[package] = {"ok": True, "doc": (module.Client.__doc__ or "")}
    except BaseException:
        results[package] = {"ok": False, "error": traceback.format_exc()}
print(json.dumps(results))
"""


def check_packages(generated: list[Generated], workdir: Path) -> dict[str, str]:
    """Import every generated package (in a subprocess whose cwd is ``workdir``, so a
    payload that ran would leave ``workdir/CANARY``), then one ``mypy --strict`` over all of
    them. Returns problems by package name; empty means all is well."""
    packages = [g for g in generated if g.package_dir is not None]
    problems: dict[str, str] = {}
    if not packages:
        return problems
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for variable in [k for k in env if k.endswith("_API_KEY") or k.endswith("_TOKEN")]:
        del env[variable]
    listing = json.dumps([[str(g.package_dir), g.package] for g in packages])
    imported = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHECK, listing],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    try:
        results = json.loads(imported.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"*": f"import subprocess failed: {imported.stderr[-3000:]}"}
    for g in packages:
        result = results.get(g.package, {"ok": False, "error": "not reported"})
        if not result["ok"]:
            problems[g.package] = "import failed:\n" + result["error"]
    for place in (workdir, ROOT, *(g.package_dir for g in packages if g.package_dir)):
        if (place / "CANARY").exists():
            problems["CANARY"] = f"spec text was executed: {place / 'CANARY'} exists"
    mypy = subprocess.run(
        [
            str(VENV_BIN / "mypy"),
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(workdir.parent / ".mypy_cache_robustness"),
            *[str(g.package_dir / g.package) for g in packages if g.package_dir],
        ],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if mypy.returncode != 0:
        _blame(problems, packages, "mypy --strict:", mypy.stdout.splitlines() or [mypy.stderr])
    # The generated code is lint-clean too (a docstring line ending in spec text must not
    # keep a trailing space, W291), whatever the spec's names and text.
    ruff = subprocess.run(
        [
            str(VENV_BIN / "ruff"),
            "check",
            "--no-cache",  # each package's own pyproject.toml holds its rules
            "--output-format",
            "concise",
            *[str(g.package_dir / g.package) for g in packages if g.package_dir],
        ],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    if ruff.returncode != 0:
        _blame(problems, packages, "ruff check:", ruff.stdout.splitlines() or [ruff.stderr])
    return problems


def _blame(
    problems: dict[str, str], packages: list[Generated], tool: str, lines: list[str]
) -> None:
    """Each line of a tool's report added to the problems of the package it names."""
    for line in lines:
        owner = next((g.package for g in packages if f"{g.package}/" in line), "*")
        problems[owner] = problems.get(owner, tool) + "\n" + line


@pytest.fixture(scope="session")
def generated_client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A client package generated now from specs/overplane.yaml (so the current runtime
    templates are what is tested), imported as ``hostileplane_client``."""
    out = tmp_path_factory.mktemp("client")
    result = generate(ROOT / "specs" / "overplane.yaml", "hostileplane", out)
    assert result.package_dir is not None, result.diagnostics
    sys.path.insert(0, str(result.package_dir))
    import importlib

    return importlib.import_module("hostileplane_client")


# --- a raw-socket HTTP server -------------------------------------------------------------

Handler = Callable[[socket.socket, bytes, "RawServer"], None]


def read_request(conn: socket.socket, limit: float = 5.0) -> bytes:
    """Read one request (head plus Content-Length body) from ``conn``, bounded in time."""
    conn.settimeout(limit)
    data = b""
    deadline = time.monotonic() + limit
    while b"\r\n\r\n" not in data and time.monotonic() < deadline:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    while len(body) < length and time.monotonic() < deadline:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class RawServer:
    """A threaded TCP server on a loopback address answering with a hand-written handler.

    Every request's raw bytes are recorded (``requests``) so tests can search them for
    credentials. Connections are bounded: each handler thread gives up after ``limit``
    seconds, and ``stop`` closes everything.
    """

    def __init__(self, handler: Handler, host: str = "127.0.0.1", limit: float = 10.0) -> None:
        self.handler = handler
        self.host = host
        self.limit = limit
        self.requests: list[bytes] = []
        self.connections = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(32)
        self._sock.settimeout(0.2)
        self.port = int(self._sock.getsockname()[1])
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                while not self._stop.is_set():
                    request = read_request(conn, self.limit)
                    if not request.strip():
                        return
                    self.requests.append(request)
                    self.handler(conn, request, self)
                    return  # one request per connection: every response closes
            except OSError:
                return

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()
        self._accept.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)


def http_response(
    status: int,
    body: bytes = b"",
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    reason: str = "X",
) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}"]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    started: list[RawServer] = []

    def start(handler: Handler, host: str = "127.0.0.1") -> RawServer:
        server = RawServer(handler, host)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
