"""Fixtures of the property suite: mock and Prism servers on 127.0.0.1 (its summary is printed
by ``tests/conftest.py``, which the xdist controller loads too)."""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.mock import MockServer, create_app
from tests.property import _harness as h

PRISM = h.ROOT / "node_modules" / ".bin" / "prism"
LIVE = bool(os.environ.get("SPECFORGE_LIVE_API"))
KEEP_IDLE = 60.0

# The live suite talks to whatever SPECFORGE_LIVE_BASE_URL names; it is only collected when
# `make test-live` (or test_live_mode.py) asks for it.
collect_ignore = [] if LIVE else ["live_suite.py"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes] | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


class PrismServer:
    """``prism mock`` of one spec as a subprocess on 127.0.0.1."""

    def __init__(self, spec: Path, log: Path) -> None:
        self.log = log
        # Prism cannot be given port 0, so a probed port may be taken by another test process
        # before Prism binds it: then Prism exits and is started again on another port.
        for attempt in range(3):
            self.port = free_port()
            self._log_file = log.open("wb")
            self.process = subprocess.Popen(
                [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(spec)],
                stdout=self._log_file,
                stderr=subprocess.STDOUT,
                cwd=h.ROOT,
            )
            try:
                wait_for_port(self.port, self.process, timeout=60)
                return
            except RuntimeError:
                self.stop()
                if "EADDRINUSE" in log.read_text(errors="replace") and attempt < 2:
                    continue
                raise RuntimeError(
                    f"prism did not start; see {log}:\n{log.read_text()[-2000:]}"
                ) from None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


def prism_spec(api: str) -> dict[str, Any]:
    """The spec as Prism is given it: ``specs/<api>.yaml`` with two Prism faults routed around.

    1. Prism 5.16 cannot see query parameters whose names contain brackets
       (``actionParams[ownerId]``, ``filter[name]``): it parses ``a[b]=1`` into a nested
       object, then looks for the declared name lower-cased and percent-encoded
       (``actionparams%5bownerid%5d``), so a *required* one is always "missing" (422 with
       the documented example). In Prism's copy such parameters are not required.
    2. Prism validates parameters with type coercion and without ``format`` checks, so a
       numeric text matches both branches of ``oneOf: [integer, string]`` (``UserIdentifier``
       with ``format: email``, ``StepIdentifier``, ``TeamIdentifier`` in propipelines) and
       ``oneOf`` fails. In Prism's copy, parameter schemas use ``anyOf`` instead. (For the
       two identifiers without a format the spec itself is ambiguous on the wire; see
       test_spec_findings.py.)

    Our mock and Schemathesis always get the unmodified spec.
    """
    data = copy.deepcopy(h.raw_spec(api))
    parameters: list[dict[str, Any]] = list(
        (data.get("components") or {}).get("parameters", {}).values()
    )
    for item in (data.get("paths") or {}).values():
        parameters.extend(p for p in item.get("parameters", []) if "$ref" not in p)
        for method in ("get", "put", "post", "delete", "patch", "head", "options"):
            operation = item.get(method) or {}
            parameters.extend(p for p in operation.get("parameters", []) if "$ref" not in p)
    for parameter in parameters:
        if parameter.get("in") == "query" and "[" in str(parameter.get("name", "")):
            parameter["required"] = False
        _one_of_to_any_of(data, parameter.get("schema"))
    return data


def _one_of_to_any_of(data: dict[str, Any], schema: Any, depth: int = 0) -> None:
    if not isinstance(schema, dict) or depth > 8:
        return
    if "$ref" in schema:
        target: Any = data
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            target = target.get(part) if isinstance(target, dict) else None
        _one_of_to_any_of(data, target, depth + 1)
        return
    if "oneOf" in schema:
        schema["anyOf"] = schema.pop("oneOf")
    for key in ("anyOf", "allOf"):
        for branch in schema.get(key) or []:
            _one_of_to_any_of(data, branch, depth + 1)
    _one_of_to_any_of(data, schema.get("items"), depth + 1)


class Servers:
    """Servers started on first use and stopped at the end of the session."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.mocks: dict[tuple[str, bool, bool], MockServer] = {}
        self.prisms: dict[str, PrismServer] = {}

    def mock(self, api: str, *, stateful: bool = False, forward_compat: bool = False) -> MockServer:
        key = (api, stateful, forward_compat)
        if key not in self.mocks:
            app = create_app(
                h.SPECS_DIR / f"{api}.yaml", stateful=stateful, forward_compat=forward_compat
            )
            # Idle connections are kept past the clients' keep-alive expiry (httpx: 5 s, the
            # mock's default too): otherwise the mock may close one just as a client, slowed
            # down by a busy machine, sends on it ("Server disconnected without sending a
            # response", a PATCH that no client may retry).
            self.mocks[key] = MockServer(app, idle_timeout=KEEP_IDLE).start()
        return self.mocks[key]

    def prism(self, api: str) -> PrismServer:
        server = self.prisms.get(api)
        if server is None or not server.alive():
            if not PRISM.exists():
                raise RuntimeError(f"{PRISM} is missing: run `npm ci` (make install)")
            spec = self.tmp / f"prism-{api}.json"
            spec.write_text(json.dumps(prism_spec(api)))
            server = PrismServer(spec, self.tmp / f"prism-{api}.log")
            self.prisms[api] = server
        return server

    def close(self) -> None:
        for mock in self.mocks.values():
            mock.stop()
        for prism in self.prisms.values():
            prism.stop()


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    running = Servers(tmp_path_factory.mktemp("servers"))
    try:
        yield running
    finally:
        running.close()
