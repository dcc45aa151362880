"""The generator: deterministic, complete, up to date, located errors, never a traceback."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.generate import build, with_package_version
from generator.render import export_order, import_order
from generator.write import check_output, write_output
from tests.conftest import FIXTURES, ROOT, SPECS, spec_config

STRIPE = ROOT.parent / "shared" / "bench-specs" / "stripe-spec3.yaml"


@pytest.fixture(scope="module")
def built() -> dict[str, tuple[object, dict[str, str]]]:
    return {spec.stem: _as_make_generates(spec) for spec in SPECS}


def _as_make_generates(spec: Path) -> tuple[object, dict[str, str]]:
    """What `make generate` writes: with the newest version in the package's CHANGELOG.md
    (kept by `make generate BUMP=1`) once there is one, as the Makefile reads it."""
    api, files = build(spec, spec.stem, config=spec_config(spec))
    changelog = ROOT / "generated" / spec.stem / "CHANGELOG.md"
    if changelog.exists():
        found = re.search(r"^## *(\S+)", changelog.read_text(encoding="utf-8"), re.MULTILINE)
        if found:
            files = with_package_version(files, found.group(1))
    return api, files


@pytest.fixture(scope="module")
def built_stripe() -> tuple[object, dict[str, str]]:
    """The 468-operation Stripe spec, built once for the tests that need it (~3 s)."""
    if not STRIPE.exists():
        pytest.skip("needs ../shared/bench-specs")
    return build(STRIPE, "stripe")


def test_same_spec_same_bytes(built: dict[str, tuple[object, dict[str, str]]]) -> None:
    spec = ROOT / "specs" / "overplane.yaml"
    _, again = build(spec, "overplane")
    assert again == built["overplane"][1]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_generated_dir_is_current(
    spec: Path, built: dict[str, tuple[object, dict[str, str]]]
) -> None:
    _, files = built[spec.stem]
    config = spec_config(spec)
    digest = None if config is None else config.digest
    assert check_output(ROOT / "generated" / spec.stem, files, digest) == []


RUFF = Path(sys.executable).with_name("ruff")
# Names that tell isort's ordering apart from a plain sort: case groups, digit runs,
# underscores, an `Async` prefix that sorts after the name it wraps.
TRICKY_NAMES = [
    "Page10", "Page2", "page", "PAGE", "A", "a", "AB", "Ab", "aB", "a_b", "DeleteX",
    "DeletedY", "_private", "X1y", "X10y", "AccountsResource", "AsyncAccountsResource",
    "NOT_GIVEN", "NotGiven", "DEFAULT_TIMEOUT", "cast", "Unpack", "V1", "v1_2", "v1_10",
]  # fmt: skip


def _ruff_sort_violations(directory: Path) -> str:
    """What ruff's import sorting (I001) and ``__all__`` sorting (RUF022) find there."""
    result = subprocess.run(
        [RUFF, "check", "--isolated", "--no-cache", "--select", "I,RUF022", "--line-length",
         "100", "--output-format", "concise", "."],
        cwd=directory, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return result.stdout if result.returncode else ""


def test_import_and_export_order_match_ruff(tmp_path: Path) -> None:
    names = list(reversed(TRICKY_NAMES))
    module = tmp_path / "ordering.py"
    module.write_text(
        f"from somewhere import {', '.join(names)}\n\n__all__ = {names!r}\n", encoding="utf-8"
    )
    subprocess.run(
        [RUFF, "check", "--isolated", "--no-cache", "--select", "I,RUF022", "--fix-only",
         "--line-length", "10000", "--quiet", str(module)],
        check=False,
    )  # fmt: skip
    imported, exported = module.read_text(encoding="utf-8").split("\n\n")
    assert imported.removeprefix("from somewhere import ").split(", ") == import_order(names)
    assert ast.literal_eval(exported.removeprefix("__all__ = ")) == export_order(names)


def _assert_in_ruff_order(files: dict[str, str], directory: Path) -> None:
    """Formatting is one `ruff format` run, no lint fix: the renderer must sort imports and
    ``__all__`` itself."""
    for relative, content in files.items():
        if relative.endswith(".py"):
            path = directory / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    assert _ruff_sort_violations(directory) == ""


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_rendered_imports_are_already_in_ruff_order(
    spec: Path, built: dict[str, tuple[object, dict[str, str]]], tmp_path: Path
) -> None:
    _assert_in_ruff_order(built[spec.stem][1], tmp_path)


def test_stripe_imports_are_already_in_ruff_order(
    built_stripe: tuple[object, dict[str, str]], tmp_path: Path
) -> None:
    _assert_in_ruff_order(built_stripe[1], tmp_path)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_operation_is_generated(
    spec: Path, built: dict[str, tuple[object, dict[str, str]]]
) -> None:
    import yaml

    document = yaml.safe_load(spec.read_text())
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    declared = {
        op["operationId"]
        for item in document["paths"].values()
        for method, op in item.items()
        if method in methods
    }
    api, _ = built[spec.stem]
    assert {op.operation_id for op in api.operations} == declared  # type: ignore[attr-defined]


def test_broken_spec_is_a_located_error_not_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(FIXTURES / "broken" / "dangling_ref.yaml"),
            "--output",
            str(tmp_path / "x"),
            "--name",
            "x",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "dangling_ref.yaml:17: /paths/~1items/get/responses/200" in result.stderr


def test_unsupported_pagination_style_is_located(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        """openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      x-pagination: {style: telepathy, items: /data}
      responses:
        "200": {description: ok}
"""
    )
    with pytest.raises(SpecError) as caught:
        build(spec, "t")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.pointer == "/paths/~1items/get/x-pagination/style"
    assert diagnostic.line == 7


def test_stripe_generates_and_imports(
    built_stripe: tuple[object, dict[str, str]], tmp_path: Path
) -> None:
    api, files = built_stripe
    assert len(api.operations) == 468  # type: ignore[attr-defined]
    assert api.warnings == []  # type: ignore[attr-defined]
    write_output(tmp_path / "stripe", files)
    sys.path.insert(0, str(tmp_path / "stripe"))
    try:
        package = importlib.import_module("stripe_client")
        client = package.Client(api_key="sk_test_123")
        assert client.customers.list is not None
        client.close()
    finally:
        sys.path.remove(str(tmp_path / "stripe"))
        for name in [m for m in sys.modules if m.startswith("stripe_client")]:
            del sys.modules[name]


def test_runtime_exceptions_match_the_runtime_module() -> None:
    """The generator's list of runtime exceptions (re-exported, reserved as model names) is
    the runtime module's ``__all__``."""
    from generator.ir import RUNTIME_EXCEPTIONS

    source = (ROOT / "templates" / "runtime" / "_exceptions.py").read_text(encoding="utf-8")
    exported = next(
        node.value
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    )
    assert sorted(RUNTIME_EXCEPTIONS) == sorted(ast.literal_eval(exported))
