"""``specforge diff --prove``: breaking changes come with a failing call, compatible ones with
none, against the mock on 127.0.0.1."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff import prove
from tests.conftest import FIXTURES

PAIRS = FIXTURES / "diff"
BASE = PAIRS / "base.yaml"


def proved(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> tuple[int, Any]:
    status = main(["diff", str(old), str(new), "--prove", "--name", "pets", "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def by_rule(report: Any) -> dict[str, Any]:
    return {change["rule"]: change for change in report["changes"]}


def test_a_removed_required_field_fails_the_old_client(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, report = proved(capsys, BASE, PAIRS / "variant-response-required-property-removed.yaml")
    assert status == 1
    changes = by_rule(report)
    assert set(changes) == {"response-property-removed", "sdk-field-removed"}
    for change in changes.values():
        reproduction = change["reproduction"]
        assert reproduction["suite"] == prove.BACKWARD
        assert reproduction["operation"] in change["operations"]
        assert reproduction["call"].startswith("client.pets.")
        assert reproduction["request"].startswith(
            ("GET http://127.0.0.1:", "POST http://127.0.0.1:")
        )
        assert reproduction["failure"].startswith("APIResponseValidationError")
        assert "species: Field required" in reproduction["failure"]
    assert report["prove"]["unexplained"] == []


def test_a_renamed_argument_fails_old_code_on_the_new_package(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, report = proved(capsys, BASE, PAIRS / "variant-sdk-argument-renamed.yaml")
    assert status == 1
    renamed = [c for c in report["changes"] if c["rule"] == "sdk-argument-renamed"]
    assert len(renamed) == 2
    for change in renamed:
        reproduction = change["reproduction"]
        assert reproduction["suite"] == prove.UPGRADE
        assert reproduction["request"] == "(no request was sent)"
        assert reproduction["failure"].startswith("TypeError: ")
    suites = {suite["name"]: suite for suite in report["prove"]["suites"]}
    assert suites[prove.BACKWARD]["failures"] == []  # the wire is the same


def test_a_moved_base_path_fails_every_old_call(capsys: pytest.CaptureFixture[str]) -> None:
    status, report = proved(capsys, BASE, PAIRS / "variant-base-path-changed.yaml")
    assert status == 1
    reproduction = by_rule(report)["base-path-changed"]["reproduction"]
    assert reproduction["suite"] == prove.BACKWARD
    assert "http://127.0.0.1:" in reproduction["request"] and "/v1/" in reproduction["request"]
    assert reproduction["failure"].startswith("404 NotFoundError")


def test_a_compatible_change_fails_no_call(capsys: pytest.CaptureFixture[str]) -> None:
    status, report = proved(capsys, BASE, PAIRS / "variant-operation-deprecated.yaml")
    assert status == 0
    suites = report["prove"]["suites"]
    assert [suite["name"] for suite in suites] == [prove.BACKWARD, prove.UPGRADE, prove.FORWARD]
    assert all(suite["calls"] > 0 and suite["failures"] == [] for suite in suites)
    assert report["prove"]["skipped"] == []


def test_text_output_shows_the_reproduction(capsys: pytest.CaptureFixture[str]) -> None:
    new = PAIRS / "variant-response-required-property-removed.yaml"
    assert main(["diff", str(BASE), str(new), "--prove", "--no-sdk"]) == 1
    out = capsys.readouterr().out
    assert "    reproduced (old client → new mock): client.pets." in out
    assert "      failed: APIResponseValidationError: " in out
    assert f"  {prove.BACKWARD}: " in out


def test_missing_dependencies_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "schemathesis" else found(name, *args),
    )
    with pytest.raises(prove.MissingDependencyError, match=r"pip install 'specforge\[prove\]'"):
        prove.require()


def test_a_failure_is_attributed_only_where_it_can_come_from() -> None:
    """A failure reproduces a change on its operation (or, for a new base path, on any);
    a change no method reaches (a model used nowhere) takes none."""
    from generator.diff.rules import Reproduction, change

    def failure(operation: str, kind: str) -> Any:
        call = prove._Call(operation, "pets", "get", {})
        return prove._Failure(call, kind, Reproduction(prove.BACKWARD, operation, "c", "r", kind))

    on_get = failure("GET /pets/{petId}", "refused")
    unused = change("sdk-field-became-required", "`Unused.x` became required")
    moved = change("base-path-changed", "base path /v1 → /v2")
    param = change("parameter-added-required", "x", operations=["GET /pets/{id}"])
    elsewhere = change("parameter-added-required", "y", operations=["POST /pets"])
    unexplained = prove._attribute([unused, moved, param, elsewhere], [on_get], [])
    assert unused.reproduction is None and elsewhere.reproduction is None
    assert moved.reproduction is on_get.reproduction
    assert param.reproduction is on_get.reproduction  # the same operation, renamed variable
    assert unexplained == []
