"""The validation proxy over real sockets, against a second mock standing in for the live API
(tests/fixtures/drift/live.yaml: documented.yaml with an extra field, an unknown enum
value, a null and an undocumented status), then drift -> overlay -> a spec that passes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from generator.cli import main
from generator.drift.overlay import JsonPathError, jsonpath_for, parse_jsonpath
from generator.drift.propose import infer_schema, or_null
from generator.load import load_spec
from generator.mock import MockServer, create_app
from generator.mock.cassette import exchange_from, read_lines
from generator.mock.conformance import Conformance
from generator.mock.modes import ModeError, Modes, configure
from generator.validate import validate_spec
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "drift"
DOCUMENTED = FIXTURES / "documented.yaml"
LIVE = FIXTURES / "live.yaml"
SECRET = "s3cret-key-value"
CALLS = [
    ("GET", "/api/pets?limit=2&api_key=" + SECRET),
    ("GET", "/api/pets/1"),
    ("POST", "/api/pets/1/adopt"),
]


@pytest.fixture(scope="module")
def traffic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """The calls made through the proxy and directly to the live mock, with the files."""
    out = tmp_path_factory.mktemp("proxy")
    report, cassette = out / "report.jsonl", out / "cassette.jsonl"
    with MockServer(create_app(LIVE)) as live:
        app = create_app(DOCUMENTED)
        configure(app, Modes(proxy=live.url + "/api", report=str(report), record=str(cassette)))
        with MockServer(app) as proxy:
            headers = {"X-Api-Key": SECRET, "Authorization": f"Bearer {SECRET}"}
            through, direct = [], []
            with httpx.Client(headers=headers) as client:
                for method, path in CALLS:
                    through.append(client.request(method, proxy.url + path))
                    direct.append(client.request(method, live.url + path))
            yield {
                "out": out,
                "report": report,
                "cassette": cassette,
                "through": through,
                "direct": direct,
            }


def test_proxy_returns_the_upstream_answer_unchanged(traffic: dict[str, object]) -> None:
    through = traffic["through"]
    direct = traffic["direct"]
    assert isinstance(through, list) and isinstance(direct, list)
    for proxied, live in zip(through, direct, strict=True):
        assert proxied.status_code == live.status_code
        assert proxied.content == live.content
        assert proxied.headers["content-type"] == live.headers["content-type"]
    assert [r.status_code for r in through] == [200, 200, 202]


def test_report_names_each_drift_with_its_request(traffic: dict[str, object]) -> None:
    report = traffic["report"]
    assert isinstance(report, Path)
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    kinds = {(line["kind"], line["operation"]) for line in lines}
    assert kinds == {
        ("field", "listPets"),
        ("enum", "listPets"),
        ("null", "listPets"),
        ("field", "getPet"),
        ("enum", "getPet"),
        ("null", "getPet"),
        ("status", "adoptPet"),
    }
    field = next(line for line in lines if line["kind"] == "field")
    assert field["observed"] == {"property": "nickname", "value": "Rex"}
    assert field["target"] == "/components/schemas/Pet"
    enum = next(line for line in lines if line["kind"] == "enum")
    assert enum["observed"] == {"value": "pending"}
    status = next(line for line in lines if line["kind"] == "status")
    assert status["status"] == 202 and status["request"]["method"] == "POST"
    # The credential in the query is redacted; the path and other parameters are kept.
    listed = next(line for line in lines if line["operation"] == "listPets")
    assert listed["request"] == {
        "method": "GET",
        "path": "/api/pets",
        "query": "limit=2&api_key=***",
    }


def test_report_and_cassette_hold_no_credential(traffic: dict[str, object]) -> None:
    for name in ("report", "cassette"):
        path = traffic[name]
        assert isinstance(path, Path)
        text = path.read_text()
        assert text and SECRET not in text
    cassette = traffic["cassette"]
    assert isinstance(cassette, Path)
    first = json.loads(cassette.read_text().splitlines()[0])
    assert first["request"]["headers"]["x-api-key"] == "***"
    assert first["request"]["headers"]["authorization"] == "***"


def test_drift_overlay_fixes_the_spec(traffic: dict[str, object]) -> None:
    out, report, cassette = traffic["out"], traffic["report"], traffic["cassette"]
    assert isinstance(out, Path) and isinstance(report, Path) and isinstance(cassette, Path)
    overlay_path = out / "overlay.yaml"
    assert main(["drift", str(report), str(DOCUMENTED), "-o", str(overlay_path)]) == 0
    overlay = yaml.safe_load(overlay_path.read_text())
    assert overlay["overlay"] == "1.0.0"
    by_target = {(a["target"], "remove" in a): a for a in overlay["actions"]}
    added = by_target[("$.components.schemas.Pet.properties", False)]
    assert "nickname" in added["update"] or "owner" in added["update"]
    updates = [a["update"] for a in overlay["actions"] if "update" in a]
    assert {"nickname": {"type": "string"}} in updates
    assert "pending" in updates
    assert {"owner": {"type": ["string", "null"]}} in updates
    status = by_target[("$.paths['/pets/{pet_id}/adopt'].post.responses", False)]
    assert set(status["update"]) == {"202"}
    assert status["x-specforge-evidence"] == {"count": 1, "requests": ["POST /api/pets/1/adopt"]}
    enum = by_target[("$.components.schemas.Pet.properties.status.enum", False)]
    assert enum["x-specforge-evidence"]["count"] == 2

    fixed = out / "fixed.yaml"
    assert main(["overlay", "apply", str(DOCUMENTED), str(overlay_path), "-o", str(fixed)]) == 0
    spec = load_spec(fixed)
    assert validate_spec(spec, house_rules=False, examples=False) == []
    # The recorded traffic, checked again under the corrected spec: nothing left.
    conformance = Conformance(create_app(spec).state.mock)
    exchanges = [exchange_from(line, where) for where, line in read_lines(cassette)]
    assert len(exchanges) == len(CALLS)
    for exchange in exchanges:
        assert conformance.check(exchange)[1] == []
    # ... and under the original one, all of it again.
    original = Conformance(create_app(DOCUMENTED).state.mock)
    assert sum(len(original.check(e)[1]) for e in exchanges) == 7


def test_drift_from_the_cassette_proposes_the_same(traffic: dict[str, object]) -> None:
    out, report, cassette = traffic["out"], traffic["report"], traffic["cassette"]
    assert isinstance(out, Path) and isinstance(report, Path) and isinstance(cassette, Path)
    assert main(["drift", str(report), str(DOCUMENTED), "-o", str(out / "a.json")]) == 0
    assert main(["drift", str(cassette), str(DOCUMENTED), "-o", str(out / "b.json")]) == 0

    def actions(name: str) -> list[object]:
        found = json.loads((out / name).read_text())["actions"]
        return [{k: v for k, v in a.items() if k != "x-specforge-evidence"} for a in found]

    assert actions("a.json") == actions("b.json") != []


def test_overlay_apply_never_overwrites_without_force(
    traffic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = traffic["report"]
    assert isinstance(report, Path)
    overlay = tmp_path / "overlay.yaml"
    assert main(["drift", str(report), str(DOCUMENTED), "-o", str(overlay)]) == 0
    target = tmp_path / "mine.yaml"
    target.write_text("keep me")
    assert main(["overlay", "apply", str(DOCUMENTED), str(overlay), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text() == "keep me"
    assert main(["drift", str(report), str(DOCUMENTED), "-o", str(overlay)]) == 2
    args = ["overlay", "apply", str(DOCUMENTED), str(overlay), "-o", str(target), "--force"]
    assert main(args) == 0
    assert "nickname" in target.read_text()


def test_overlay_refuses_unsupported_targets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "o.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.paths.*.get\n    update: {x-a: 1}\n"
        "  - target: $.components.schemas.Nope\n    update: {x-a: 1}\n"
    )
    assert main(["overlay", "apply", str(DOCUMENTED), str(overlay)]) == 1
    err = capsys.readouterr().err
    assert f"{overlay}:4: /actions/0/target: '$.paths.*.get': wildcards are not supported" in err
    assert f"{overlay}:6: /actions/1/target: '$.components.schemas.Nope' selects nothing" in err


def test_jsonpath_subset_round_trips() -> None:
    data = {"paths": {"/a/{id}": {"get": {"tags": ["x", "y"]}}}, "it's": {"b c": 1}}
    for pointer, parts in [
        ("/paths/~1a~1{id}/get/tags/1", ["paths", "/a/{id}", "get", "tags", 1]),
        ("/it's/b c", ["it's", "b c"]),
    ]:
        assert parse_jsonpath(jsonpath_for(data, pointer)) == parts
    for bad in ("$..get", "$[?(@.x)]", "$.a[0:2]", "paths.x", "$['a','b']"):
        with pytest.raises(JsonPathError):
            parse_jsonpath(bad)


def test_upstream_down_is_a_documented_502(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    report = tmp_path / "report.jsonl"
    app = create_app(DOCUMENTED)
    configure(app, Modes(proxy=f"http://127.0.0.1:{port}/api", report=str(report)))
    with MockServer(app) as proxy:
        response = httpx.post(proxy.url + "/api/pets/1/adopt", headers={"X-Api-Key": "k"})
    assert response.status_code == 502
    assert set(response.json()) <= {"message"}  # adoptPet's documented Error shape
    line = json.loads(report.read_text())
    assert line["kind"] == "upstream" and line["status"] == 502


def test_upstream_timeout_is_a_504(tmp_path: Path) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts connections, never answers
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def hold() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                continue

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    try:
        app = create_app(DOCUMENTED)
        upstream = f"http://127.0.0.1:{silent.getsockname()[1]}"
        configure(app, Modes(proxy=upstream, upstream_timeout=0.5))
        with MockServer(app) as proxy:
            response = httpx.get(proxy.url + "/api/pets/1", headers={"X-Api-Key": "k"}, timeout=10)
        assert response.status_code == 504
        assert "did not answer in time" in response.text
    finally:
        stop.set()
        holder.join()
        for connection in accepted:
            connection.close()
        silent.close()


def test_mode_options_are_checked() -> None:
    with pytest.raises(ModeError, match="--report and --record need --proxy"):
        configure(create_app(DOCUMENTED), Modes(report="r.jsonl"))
    with pytest.raises(ModeError, match="--proxy: 'ftp://x': expected"):
        configure(create_app(DOCUMENTED), Modes(proxy="ftp://x"))
    with pytest.raises(ModeError, match="need --stateful"):
        configure(create_app(DOCUMENTED), Modes(data="seed.yaml"))


def test_mock_command_proxies_and_records(tmp_path: Path) -> None:
    """The options as the command line passes them: a proxy started by `mock --proxy`."""
    report, cassette = tmp_path / "report.jsonl", tmp_path / "cassette.jsonl"
    with MockServer(create_app(LIVE)) as live:
        command = [sys.executable, "-m", "generator", "mock", str(DOCUMENTED), "--port", "0"]
        command += ["--proxy", live.url + "/api", "--report", str(report)]
        command += ["--record", str(cassette), "--upstream-timeout", "5"]
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            assert f"proxy to {live.url}/api" in banner, banner
            base = banner.split("serving on ", 1)[1].split(" ", 1)[0]
            response = httpx.post(base + "/pets/1/adopt", headers={"X-Api-Key": SECRET})
            assert response.status_code == 202
            line = process.stdout.readline()
            assert "POST /api/pets/1/adopt 202" in line and "violations=1" in line, line
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert json.loads(report.read_text())["kind"] == "status"
    assert len(cassette.read_text().splitlines()) == 1


def test_mock_command_refuses_bad_combinations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", str(DOCUMENTED), "--port", "0", "--report", "r.jsonl"]) == 2
    assert "--report and --record need --proxy" in capsys.readouterr().err
    assert main(["mock", str(DOCUMENTED), "--port", "0", "--data", "seed.yaml"]) == 2
    assert "--data and --webhook need --stateful" in capsys.readouterr().err


def test_drift_refuses_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "field", "request": {}}\nnot json\n')
    assert main(["drift", str(bad), str(DOCUMENTED)]) == 1
    assert f"{bad}:2: not a JSON object" in capsys.readouterr().err


def test_drift_on_an_openapi_30_spec_uses_nullable(
    traffic: dict[str, object], tmp_path: Path
) -> None:
    """The same traffic against the spec written as OpenAPI 3.0: null is `nullable`."""
    cassette = traffic["cassette"]
    assert isinstance(cassette, Path)
    spec30 = tmp_path / "documented30.yaml"
    spec30.write_text(DOCUMENTED.read_text().replace("openapi: 3.1.0", "openapi: 3.0.3"))
    overlay = tmp_path / "overlay.json"
    assert main(["drift", str(cassette), str(spec30), "-o", str(overlay)]) == 0
    updates = [a["update"] for a in json.loads(overlay.read_text())["actions"] if "update" in a]
    assert {"owner": {"type": "string", "nullable": True}} in updates
    fixed = tmp_path / "fixed.yaml"
    assert main(["overlay", "apply", str(spec30), str(overlay), "-o", str(fixed)]) == 0
    conformance = Conformance(create_app(fixed).state.mock)
    for where, line in read_lines(cassette):
        assert conformance.check(exchange_from(line, where))[1] == []


def test_inferred_schemas() -> None:
    assert infer_schema([1, 2.5], "3.1.0") == {"type": "number"}
    assert infer_schema(["a", None], "3.1.0") == {"type": ["string", "null"]}
    assert infer_schema(["a", None], "3.0.3") == {"type": "string", "nullable": True}
    assert infer_schema([{"a": [1]}], "3.1.0") == {
        "type": "object",
        "properties": {"a": {"type": "array", "items": {"type": "integer"}}},
    }
    assert infer_schema(["a", 1], "3.1.0") == {}
    ref = {"$ref": "#/components/schemas/Owner"}
    assert or_null(ref, "3.1.0") == {"anyOf": [ref, {"type": "null"}]}
    assert or_null(ref, "3.0.3") == {"allOf": [ref], "nullable": True}
    assert or_null({"type": "string", "enum": ["a"]}, "3.1.0") == {
        "type": ["string", "null"],
        "enum": ["a", None],
    }
