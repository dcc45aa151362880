"""`validate` reports every problem with file, line and JSON pointer, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec, parse_spec_text
from generator.validate import validate_spec
from tests.conftest import FIXTURES, ROOT, SPECS

BROKEN = FIXTURES / "broken"


def diagnostics_for(path: Path) -> list[Diagnostic]:
    try:
        return validate_spec(load_spec(path))
    except SpecError as error:
        return error.diagnostics


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_spec_in_repo_is_valid(spec: Path) -> None:
    assert diagnostics_for(spec) == []


@pytest.mark.parametrize(
    ("fixture", "line", "pointer", "fragment"),
    [
        ("bad_yaml.yaml", 8, "", "not valid YAML"),
        (
            "dangling_ref.yaml",
            17,
            "/paths/~1items/get/responses/200/content/application~1json/schema/$ref",
            "unresolved reference '#/components/schemas/Missing'",
        ),
        (
            "bad_example.yaml",
            19,
            "/paths/~1items/get/responses/200/content/application~1json/example/id",
            "7 is not of type 'string'",
        ),
        (
            "bad_example.yaml",
            20,
            "/paths/~1items/get/responses/200/content/application~1json/example/created_at",
            "is not a 'date-time'",
        ),
        (
            "duplicate_operation_id.yaml",
            16,
            "/paths/~1things/get/operationId",
            "duplicate operationId 'getThing' (also at /paths/~1items/get)",
        ),
        (
            "missing_path_parameter.yaml",
            7,
            "/paths/~1items~1{item_id}/get",
            "path parameter 'item_id' in '/items/{item_id}' is not declared",
        ),
        ("house_rules.yaml", 7, "/paths/~1items/post", "operation has no summary"),
        ("house_rules.yaml", 7, "/paths/~1items/post", "operation has no tag"),
        ("house_rules.yaml", 11, "/paths/~1items/post/responses", "no 2xx response"),
        (
            "house_rules.yaml",
            10,
            "/paths/~1items/post/security/0",
            "security scheme 'nope' is not defined",
        ),
        ("structural.yaml", 2, "/info", "'version' is a required property"),
        ("structural.yaml", 11, "/paths/~1items/get/responses/200", "'description' is a required"),
        ("duplicate_key.yaml", 5, "/info/title", "duplicate key 'title'"),
        ("not_openapi.yaml", 1, "/openapi", "not an OpenAPI 3.0/3.1 document"),
        ("list.yaml", 1, "", "not an OpenAPI document"),
        ("binary.yaml", 0, "", "not UTF-8"),
    ],
)
def test_broken_spec_is_located(fixture: str, line: int, pointer: str, fragment: str) -> None:
    found = diagnostics_for(BROKEN / fixture)
    matching = [d for d in found if d.pointer == pointer and fragment in d.message]
    assert matching, f"no diagnostic at {pointer!r} containing {fragment!r}; got {found}"
    assert matching[0].line == line
    assert matching[0].file == str(BROKEN / fixture)


def test_each_house_rule_is_reported_once() -> None:
    found = diagnostics_for(BROKEN / "duplicate_operation_id.yaml")
    assert len(found) == 1
    found = diagnostics_for(BROKEN / "missing_path_parameter.yaml")
    assert len(found) == 1


def test_all_problems_reported_in_one_run() -> None:
    assert len(diagnostics_for(BROKEN / "house_rules.yaml")) == 4


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    (found,) = diagnostics_for(tmp_path / "nope.yaml")
    assert found.message == "no such file"


def test_yaml_12_semantics_keep_dates_and_yes_as_strings() -> None:
    spec = parse_spec_text("openapi: 3.1.0\nwhen: 2024-01-15\nanswer: yes\n200: ok\n", "x.yaml")
    assert spec.data == {"openapi": "3.1.0", "when": "2024-01-15", "answer": "yes", "200": "ok"}


def test_line_of_falls_back_to_nearest_ancestor() -> None:
    spec = parse_spec_text("openapi: 3.1.0\ninfo:\n  title: t\n", "x.yaml")
    assert spec.line_of("/info/version") == 2
    assert spec.line_of("/info/title") == 3


def test_example_refs_and_schema_examples_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        """openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Count:
      type: integer
      examples: [1, "two"]
"""
    )
    (found,) = diagnostics_for(path)
    assert found.pointer == "/components/schemas/Count/examples/1"
    assert found.line == 8


@pytest.mark.parametrize("fixture", sorted(BROKEN.glob("*.yaml")), ids=lambda p: p.name)
def test_cli_exit_status_and_no_traceback(fixture: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(fixture)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{fixture}:")


def test_cli_valid_specs_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *map(str, SPECS)]) == 0
    assert "valid" in capsys.readouterr().out


def test_a_closed_output_pipe_is_not_a_traceback() -> None:
    """``python -m generator validate specs/*.yaml | head -0``: the reader is gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "generator", "validate", *map(str, SPECS)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
