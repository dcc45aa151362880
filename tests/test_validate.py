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


# --- the extensions level: what validate passes, generate does not refuse -----------------

_PAGED = """openapi: 3.1.0
info: {{title: T, version: "1"}}
paths:
  /items/{{item_id}}:
    get:
      operationId: listItems
      parameters:
        - {{name: item_id, in: query, schema: {{type: string}}}}
        - {{name: cursor, in: query, schema: {{type: string}}}}
      x-pagination: {pagination}
      responses:
        "200": {{description: ok}}
"""


@pytest.mark.parametrize(
    ("pagination", "pointer"),
    [
        ("{style: telepathy, items: /data}", "/paths/~1items~1{item_id}/get/x-pagination/style"),
        # `item_id` is the path's variable: generate sends it in the path, so it is not a
        # query parameter a paginator can set.
        (
            "{style: cursor, items: /data, page_param: item_id}",
            "/paths/~1items~1{item_id}/get/x-pagination/page_param",
        ),
        (
            "{style: cursor, items: /data, limit_param: [cursor]}",
            "/paths/~1items~1{item_id}/get/x-pagination/limit_param",
        ),
        ("{style: cursor, items: 3}", "/paths/~1items~1{item_id}/get/x-pagination/items"),
        ("[cursor]", "/paths/~1items~1{item_id}/get/x-pagination"),
        # Style link: keys that mean nothing for it (its next page is the Link header's).
        ("{style: link, next_url: /next}", "/paths/~1items~1{item_id}/get/x-pagination/next_url"),
        (
            "{style: link, page_param: cursor}",
            "/paths/~1items~1{item_id}/get/x-pagination/page_param",
        ),
        (
            "{style: link, limit_param: cursor}",
            "/paths/~1items~1{item_id}/get/x-pagination/limit_param",
        ),
        (
            "{style: link, size_param: per_page}",
            "/paths/~1items~1{item_id}/get/x-pagination/size_param",
        ),
    ],
)
def test_bad_pagination_is_refused_by_validate_where_generate_refuses_it(
    tmp_path: Path, pagination: str, pointer: str
) -> None:
    from generator.generate import build

    spec = tmp_path / "spec.yaml"
    spec.write_text(_PAGED.format(pagination=pagination))
    validated = [d for d in validate_spec(load_spec(spec)) if "x-pagination" in d.pointer]
    with pytest.raises(SpecError) as refused:
        build(spec, "t")
    assert [(d.pointer, d.line) for d in validated] == [(pointer, 10)]
    assert [(d.pointer, d.line, d.message) for d in refused.value.diagnostics] == [
        (d.pointer, d.line, d.message) for d in validated
    ]


def test_good_pagination_passes_validate(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_PAGED.format(pagination="{style: cursor, items: /data, page_param: cursor}"))
    assert [d for d in validate_spec(load_spec(spec)) if "x-" in d.pointer] == []


_EXTENDED = """openapi: 3.1.0
info: {title: T, version: "1", x-sdk-client-name: 42}
x-webhook-signature: {in: query, algorithm: md55}
paths:
  /items:
    post:
      operationId: createItem
      x-retry: "false"
      x-sdk-method: ""
      x-idempotency-key: [Idempotency-Key]
      responses:
        "201": {description: ok}
webhooks:
  itemCreated:
    post:
      x-webhook-signature: {algorithm: shake_128, name: 7}
      responses:
        "200": {description: ok}
x-idempotency-key: Idempotency Key
"""


def test_each_extension_the_generator_reads_is_checked(tmp_path: Path) -> None:
    from generator.generate import build

    spec = tmp_path / "spec.yaml"
    spec.write_text(_EXTENDED)
    found = {d.pointer: d.line for d in validate_spec(load_spec(spec)) if "/x-" in d.pointer}
    assert found == {
        "/info/x-sdk-client-name": 2,
        "/x-webhook-signature/in": 3,
        "/x-webhook-signature/algorithm": 3,
        "/paths/~1items/post/x-retry": 8,
        "/paths/~1items/post/x-sdk-method": 9,
        "/paths/~1items/post/x-idempotency-key": 10,
        "/webhooks/itemCreated/post/x-webhook-signature/algorithm": 16,
        "/webhooks/itemCreated/post/x-webhook-signature/name": 16,
        "/x-idempotency-key": 19,
    }
    # generate runs the same level: refused, located the same way.
    with pytest.raises(SpecError) as refused:
        build(spec, "t")
    assert {d.pointer for d in refused.value.diagnostics} == set(found)


def test_generate_skips_only_house_rules_examples_and_semantics() -> None:
    from generator.validate import ALL_LEVELS, GENERATE_LEVELS, Level

    assert {Level.HOUSE_RULES, Level.EXAMPLES, Level.SEMANTICS} == ALL_LEVELS - GENERATE_LEVELS
    # The mock's call (flags) selects the same levels as generate's.
    spec = parse_spec_text(_EXTENDED, "spec.yaml")
    assert validate_spec(spec, house_rules=False, examples=False, thorough=False) == (
        validate_spec(spec, levels=GENERATE_LEVELS)
    )
