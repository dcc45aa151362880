"""``specforge diff``: the command (exit status, --fail-on, the three formats, errors as one
located line, git revisions, --base, --changelog and the bump), the SDK surface of the real
packages, annotations, and the CI files users copy (docs/ci.md, .pre-commit-hooks.yaml)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import build_parser, main
from generator.diff.annotations import parse_annotation, relation
from generator.diff.rules import RULES
from generator.diff.sdk import sdk_changes
from generator.diff.sources import load_source
from generator.diff.surface import read_surface
from generator.diff.version import next_version
from generator.diff.wire import operations, wire_changes
from generator.generate import build, with_package_version
from tests.conftest import FIXTURES, ROOT, SPECS

PAIRS = FIXTURES / "diff"
BASE = PAIRS / "base.yaml"


def variant(name: str) -> Path:
    return PAIRS / f"variant-{name}.yaml"


def diff(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main(["diff", *(str(arg) for arg in args)])
    out, err = capsys.readouterr()
    return status, out, err


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding base.yaml as spec.yaml in its first commit; the current
    directory while the test runs."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "spec.yaml").write_text(BASE.read_text())
    git(tmp_path, "add", "spec.yaml")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the real specs -----------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_real_specs_against_themselves_report_nothing(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two loads and two readings of the package: nothing may differ by accident.
    assert wire_changes(load_source(str(spec)).spec, load_source(str(spec)).spec) == []
    _, files = build(spec, spec.stem)
    assert sdk_changes(read_surface(files), read_surface(files)) == []
    status, out, _ = diff(capsys, spec, spec, "--format", "json")
    report = json.loads(out)
    assert (status, report["changes"], report["bump"]) == (0, [], "none")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_operation_of_a_real_package_is_found_in_its_surface(spec: Path) -> None:
    """The surface finds each method's operation through its endpoint: if the templates
    change shape, this fails instead of diff quietly matching methods by name only."""
    package = ROOT / "generated" / spec.stem
    files = {
        str(path.relative_to(package)): path.read_text(encoding="utf-8")
        for path in package.rglob("*.py")
    }
    surface = read_surface(files)
    resource_methods = [m for m in surface.methods.values() if m.owner]
    assert resource_methods and all(m.operation for m in resource_methods)
    found = {m.operation for m in resource_methods}
    assert found == set(operations(load_source(str(spec)).spec))
    assert surface.client and surface.models and "Client" in surface.exports


def test_a_realistic_edit_of_a_real_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Overloop's prospect email made required: a breaking request change on the wire,
    located at the property, a field the SDK sends now required, and the `email` argument
    of the typed create and update now required."""
    text = (ROOT / "specs" / "overloop.yaml").read_text()
    marker = "    ProspectWriteAttributes:\n"
    start = text.index(marker)
    at = text.index("      properties:\n", start)
    edited = tmp_path / "overloop.yaml"
    edited.write_text(text[:at] + "      required: [email]\n" + text[at:])
    status, out, _ = diff(capsys, ROOT / "specs" / "overloop.yaml", edited, "--format", "json")
    report = json.loads(out)
    assert status == 1 and report["bump"] == "major"
    assert [(c["rule"], c["new"]["pointer"]) for c in report["changes"]] == [
        (
            "request-property-became-required",
            "/components/schemas/ProspectWriteAttributes/properties/email",
        ),
        ("sdk-field-became-required", "ProspectWriteAttributes.email"),
        # The typed JSON:API write arguments: `email` is now required, and the whole
        # document as `body=` is offered only where no argument is required.
        ("sdk-argument-removed", "ProspectsResource.create"),
        ("sdk-argument-became-required", "ProspectsResource.create"),
        ("sdk-argument-removed", "ProspectsResource.update"),
        ("sdk-argument-became-required", "ProspectsResource.update"),
    ]
    wire = report["changes"][0]
    assert wire["operations"] == ["POST /prospects", "PATCH /prospects/{prospect_id}"]
    line = edited.read_text().splitlines()[wire["new"]["line"] - 1]
    assert line.strip() == "email:"


# --- exit status and formats ---------------------------------------------------------------


def test_exit_status_follows_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    breaking = (BASE, variant("operation-removed"))
    addition = (variant("operation-removed"), BASE)
    cases = [
        (breaking, [], 1),
        (breaking, ["--fail-on", "breaking"], 1),
        (breaking, ["--fail-on", "any"], 1),
        (breaking, ["--fail-on", "none"], 0),
        (addition, [], 0),
        (addition, ["--fail-on", "any"], 1),
        ((BASE, BASE), ["--fail-on", "any"], 0),
    ]
    for (old, new), options, expected in cases:
        status, _, _ = diff(capsys, old, new, "--no-sdk", *options)
        assert status == expected, (old.name, new.name, options)


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = diff(capsys, BASE, variant("operation-removed"), "--name", "pets")
    assert status == 1 and err == ""
    removed_at = BASE.read_text().splitlines().index("    delete:") + 1
    # Where the generated method stands (the line the SDK change is located at).
    _, files = build(BASE, "pets")
    method_at = files["pets_client/resources/pets.py"].splitlines().index("    def delete(") + 1
    assert out.splitlines() == [
        f"{BASE} → {variant('operation-removed')}",
        "wire: 1 breaking, 0 non-breaking",
        f"  {BASE}:{removed_at}: /paths/~1pets~1{{petId}}/delete: breaking: "
        "DELETE /pets/{petId} removed [operation-removed] (DELETE /pets/{petId})",
        "SDK: 1 breaking, 0 non-breaking",
        f"  pets_client/resources/pets.py:{method_at}: PetsResource.delete: breaking: "
        "`pets.delete()` removed [sdk-method-removed] (DELETE /pets/{petId})",
        "required bump: major (1.0.0 → 2.0.0)",
    ]


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = diff(capsys, BASE, variant("request-property-became-required"), "--format", "json")
    report = json.loads(out)
    assert set(report) == {
        "old", "new", "compatible", "bump", "version", "summary", "changes", "prove", "changelog",
    }  # fmt: skip
    assert report["compatible"] is False and report["bump"] == "major"
    assert report["version"] == {"current": "1.0.0", "next": "2.0.0"}
    assert report["summary"] == {
        "wire": {"breaking": 1, "non-breaking": 0},
        "sdk": {"breaking": 2, "non-breaking": 0},
    }
    first = report["changes"][0]
    assert set(first) == {
        "layer", "rule", "level", "bump", "message", "old", "new", "operations", "reproduction",
    }  # fmt: skip
    assert first["new"]["file"] == str(variant("request-property-became-required"))
    assert report["prove"] is None and report["changelog"].startswith("## 2.0.0\n")
    _, out, _ = diff(capsys, variant("operation-removed"), BASE, "--format", "json", "--no-sdk")
    assert json.loads(out)["summary"]["sdk"] is None


def test_markdown_output_is_the_changelog_entry(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = diff(capsys, variant("operation-removed"), BASE, "--format", "markdown")
    assert out.startswith("## 1.1.0\n")
    assert "A **minor** release" in out
    assert "### Added\n\n- API: DELETE /pets/{petId} added (`operation-added`)" in out
    assert "- SDK: `pets.delete()` added (`sdk-method-added`; DELETE /pets/{petId})" in out
    assert "### Breaking changes" not in out


def test_only_descriptions_changed_is_a_patch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "spec.yaml"
    edited.write_text(BASE.read_text().replace("The pet.", "The pet, as stored."))
    status, out, _ = diff(capsys, BASE, edited)
    assert status == 0
    assert "required bump: patch (1.0.0 → 1.0.1)" in out


# --- errors -------------------------------------------------------------------------------


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _cli(str(tmp_path / "nope.yaml"), str(BASE))
    assert result.returncode == 2
    assert result.stderr == f"{tmp_path / 'nope.yaml'}: /: no such file\n"
    assert result.stdout == ""


def test_an_invalid_spec_is_located_lines_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = diff(capsys, BASE, FIXTURES / "broken" / "dangling_ref.yaml")
    assert status == 2 and out == ""
    lines = err.splitlines()
    assert lines and all(re.match(r"^\S+dangling_ref\.yaml:\d+: /\S*: ", line) for line in lines)


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("nope:spec.yaml", "nope:spec.yaml: /: invalid object name 'nope'."),
        ("HEAD:other.yaml", "HEAD:other.yaml: /: path 'other.yaml' does not exist in 'HEAD'"),
        ("HEAD:", "HEAD:: /: / is a tree in HEAD, not a file"),
    ],
)
def test_a_bad_revision_or_path_is_one_line_and_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str], old: str, message: str
) -> None:
    status, out, err = diff(capsys, old, "spec.yaml")
    assert (status, out, err) == (2, "", message + "\n")


def test_outside_a_repository_a_revision_is_an_error(tmp_path: Path) -> None:
    result = _cli("HEAD:spec.yaml", str(BASE), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("HEAD:spec.yaml: /: not a git repository")
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert diff(capsys, BASE)[0] == 2
    assert diff(capsys, BASE, BASE, BASE)[0] == 2
    status, _, err = diff(capsys, "--base", "HEAD", BASE, BASE, "--changelog", "x.md")
    assert status == 2 and err == "diff: --changelog takes one SPEC\n"


# --- git revisions and --base ----------------------------------------------------------------


def test_a_git_revision_against_the_working_tree(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "spec.yaml").write_text(variant("response-removed").read_text())
    status, out, _ = diff(capsys, "HEAD:spec.yaml", "spec.yaml", "--no-sdk", "--format", "json")
    report = json.loads(out)
    assert status == 1 and report["old"] == "HEAD:spec.yaml"
    [removed] = report["changes"]
    assert removed["rule"] == "response-removed"
    assert removed["old"]["file"] == "HEAD:spec.yaml" and removed["old"]["line"] > 0
    # `:path` is the staged file.
    git(repo, "add", "spec.yaml")
    status, out, _ = diff(capsys, ":spec.yaml", "spec.yaml", "--no-sdk")
    assert status == 0 and "wire: no changes" in out


def test_base_compares_each_spec_and_skips_new_ones(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "spec.yaml").write_text(variant("operation-removed").read_text())
    (repo / "new.yaml").write_text(BASE.read_text())
    status, out, err = diff(
        capsys, "--base", "HEAD", "spec.yaml", "new.yaml", "--no-sdk", "--format", "json"
    )
    assert status == 1
    assert err == "new.yaml: not in HEAD: a new spec, nothing to compare\n"
    [report] = json.loads(out)
    assert report["old"] == "HEAD:./spec.yaml"
    assert [c["rule"] for c in report["changes"]] == ["operation-removed"]


# --- the bump and the changelog -------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("1", "minor", "1.1.0"),
        ("0.3.1", "major", "0.4.0"),
        ("2.0rc1", "patch", "2.0.1"),
        ("v3", "major", "4.0.0"),
    ],
)
def test_next_version(current: str, bump: str, expected: str) -> None:
    assert next_version(current, bump) == expected  # type: ignore[arg-type]


def test_next_version_refuses_what_is_not_pep_440() -> None:
    with pytest.raises(ValueError, match="not a PEP 440 version"):
        next_version("latest", "major")


def test_changelog_is_written_once_per_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    removed = variant("operation-removed")
    for _ in range(2):  # the same comparison again rewrites its entry
        diff(capsys, BASE, removed, "--no-sdk", "--changelog", changelog)
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\n## 2.0.0\n")
    assert re.findall(r"^## (\S+)", text, re.MULTILINE) == ["2.0.0"]
    # Another comparison bumps from the newest version recorded.
    status, out, _ = diff(capsys, removed, BASE, "--no-sdk", "--changelog", changelog)
    assert status == 0 and "required bump: minor (2.0.0 → 2.1.0)" in out
    assert re.findall(r"^## (\S+)", changelog.read_text(), re.MULTILINE) == ["2.1.0", "2.0.0"]


def test_package_version_is_what_is_bumped(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = diff(
        capsys, BASE, variant("operation-removed"), "--no-sdk", "--package-version", "0.3.1"
    )
    assert "required bump: major (0.3.1 → 0.4.0)" in out
    status, _, err = diff(capsys, BASE, BASE, "--package-version", "latest")
    assert status == 2 and "not a PEP 440 version" in err


def test_generate_package_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "pets"
    assert (
        main(["generate", str(BASE), "-o", str(output), "-n", "pets", "--package-version", "2.1"])
        == 0
    )
    assert 'version = "2.1"' in (output / "pyproject.toml").read_text()
    assert "This package's version, `2.1`, was given" in (output / "README.md").read_text()
    assert (
        main(["generate", str(BASE), "-o", str(output), "-n", "pets", "--package-version", "x"])
        == 2
    )
    assert "is not a PEP 440 version" in capsys.readouterr().err
    _, files = build(BASE, "pets")
    with pytest.raises(ValueError, match="no version to replace"):
        with_package_version({**files, "README.md": "# pets\n"}, "2.1")


# --- surfaces written by hand: what no spec edit makes ---------------------------------------

_CLIENT = """
from .resources.things import ThingsResource
class Api:
    things: ThingsResource
    def __init__(self, *, api_key: str | None = None) -> None: ...
"""
_RESOURCE = """
from .._endpoint import Endpoint, Param
_GET = Endpoint(method="GET", path="/a/{a}/b/{b}", params={
    "a": Param("a", "path"), "b": Param("b", "path")})
class ThingsResource:
    def get(self, ARGS) -> None:
        return self._client.request(_GET, {"a": a, "b": b})
"""


def _package(exports: list[str], args: str) -> dict[str, str]:
    return {
        "p/__init__.py": f"from ._client import Api\nClient = Api\n__all__ = {exports!r}\n",
        "p/_client.py": _CLIENT,
        "p/resources/things.py": _RESOURCE.replace("ARGS", args),
    }


def test_arguments_moved_and_exports() -> None:
    old = read_surface(_package(["Api", "Client", "Helper"], "a: str, b: str"))
    new = read_surface(_package(["Api", "Client", "Other"], "b: str, a: str"))
    found = sorted((c.rule.id, c.message) for c in sdk_changes(old, new))
    assert found == [
        ("sdk-argument-moved", "`things.get()`: argument `a` positional #1 → positional #2"),
        ("sdk-argument-moved", "`things.get()`: argument `b` positional #2 → positional #1"),
        ("sdk-export-added", "`Other` exported"),
        ("sdk-export-removed", "`Helper` no longer exported"),
    ]


# --- annotations ----------------------------------------------------------------------------


def _type(text: str):  # type: ignore[no-untyped-def]
    return parse_annotation(ast.parse(text, mode="eval").body)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("str", "str | None", "wider"),
        ("Optional[str]", "str | None", "same"),
        ("builtins.list[str] | NotGiven", "list[str]", "same"),
        ("Annotated[str, Field(alias='type')]", "str", "same"),
        ("'Pet'", "Pet", "same"),
        ("Literal['a', 'b']", "Literal['a']", "narrower"),
        ("Literal['a']", "str", "wider"),
        ("int", "float", "wider"),
        ("list[int]", "list[float]", "wider"),
        ("A | B", "B | A", "reordered"),
        ("str", "int", "other"),
        ("dict[str, Any]", "dict[str, int]", "narrower"),
    ],
)
def test_annotation_relation(old: str, new: str, expected: str) -> None:
    assert relation(_type(old), _type(new)) == expected


# --- the files users copy ----------------------------------------------------------------------


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)


def _make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([A-Za-z][\w-]*):", makefile, re.MULTILINE))


def test_the_workflow_in_docs_is_valid_and_runs_make_targets() -> None:
    [workflow] = [
        yaml.safe_load(block) for block in _yaml_blocks((ROOT / "docs" / "ci.md").read_text())
        if "jobs:" in block
    ]  # fmt: skip
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    commands = [line.split() for s in steps if "run" in s for line in s["run"].splitlines()]
    assert commands and all(command[0] == "make" for command in commands)
    targets = {command[1] for command in commands}
    assert targets == {"validate", "check-generated", "check-compat"}
    assert targets <= _make_targets()
    assert any(s.get("with", {}).get("fetch-depth") == 0 for s in steps)


def test_pre_commit_hooks_run_commands_that_exist() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    examples = {"validate": ["spec.yaml"], "diff": ["spec.yaml"]}
    examples["generate"] = ["spec.yaml", "--output", "out", "--name", "api"]
    for hook in hooks:
        program, *arguments = hook["entry"].split()
        assert program == "specforge" and hook["language"] == "python"
        build_parser().parse_args(arguments + examples[arguments[0]])  # SystemExit if not
    documented = [b for b in _yaml_blocks((ROOT / "docs" / "ci.md").read_text()) if "repos:" in b]
    used = {hook["id"] for repo in yaml.safe_load(documented[0])["repos"] for hook in repo["hooks"]}
    assert used == {hook["id"] for hook in hooks}


def test_docs_list_every_rule_with_its_level() -> None:
    text = (ROOT / "docs" / "ci.md").read_text()
    rows = dict(
        (rule, (level, bump))
        for rule, level, bump in re.findall(
            r"^\| `([a-z-]+)` \| ([a-z-]+) \| ([a-z]+) \|", text, re.MULTILINE
        )
    )
    assert rows == {rule.id: (rule.level, rule.bump) for rule in RULES.values()}
