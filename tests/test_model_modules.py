"""The models package's layout (generator/model_modules.py) and the lazy loading of the
generated packages: importing the client builds no model class and imports no resource;
reaching a resource imports its module; a model is imported with only what it references."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.diff.surface import read_surface
from generator.model_modules import LayoutError, layout_models, ordered_components
from tests.conftest import FIXTURES, ROOT

# A → B ⇄ C (a cycle), C → D; E → D; F → G (G has one referrer: F); H alone.
REFERENCES = {
    "A": {"B"},
    "B": {"C"},
    "C": {"B", "D"},
    "D": set(),
    "E": {"D"},
    "F": {"G"},
    "G": set(),
    "H": set(),
}
CLASSES = list(REFERENCES)


def test_components_are_tarjans_in_reverse_topological_order() -> None:
    found = ordered_components(CLASSES, REFERENCES)
    assert ["B", "C"] in found
    assert sorted(map(len, found)) == [1, 1, 1, 1, 1, 1, 2]
    position = {name: i for i, members in enumerate(found) for name in members}
    for name, targets in REFERENCES.items():
        for target in targets:
            assert position[target] <= position[name]


def test_deep_chains_need_no_recursion() -> None:
    names = [f"N{i}" for i in range(5000)]
    chain = {name: {after} for name, after in itertools.pairwise(names)}
    assert len(ordered_components(names, chain)) == 5000


def test_layout_keeps_cycles_together_and_merges_single_referrers() -> None:
    layout = layout_models(CLASSES, REFERENCES, {})
    where = layout.module_of
    # B and C reference each other, and only A references them: they join A's module.
    assert where["A"] == where["B"] == where["C"] == "_a"
    assert where["F"] == where["G"] == "_f"  # G is only ever needed with F
    assert where["D"] == "_d"  # two referrers (C and E): a module of its own
    assert where["E"] == "_e" and where["H"] == "_h"
    assert [m.name for m in layout.modules] == ["_a", "_d", "_e", "_f", "_h"]
    assert layout.modules[0].classes == ("A", "B", "C")


def test_modules_import_each_other_along_a_dag() -> None:
    layout = layout_models(CLASSES, REFERENCES, {})
    imports = {
        (layout.module_of[name], layout.module_of[target])
        for name, targets in REFERENCES.items()
        for target in targets
        if layout.module_of[name] != layout.module_of[target]
    }
    modules = [m.name for m in layout.modules]
    graph = {m: {t for s, t in imports if s == m} for m in modules}
    assert all(len(c) == 1 for c in ordered_components(modules, graph))


def test_an_override_takes_its_class_and_its_cycle() -> None:
    layout = layout_models(CLASSES, REFERENCES, {"C": "graph", "G": "leaf"})
    assert layout.module_of["B"] == layout.module_of["C"] == "graph"
    assert layout.module_of["A"] == "_a" and layout.module_of["G"] == "leaf"
    assert layout.placed({(".models", "C"), (".x", "C")}) == {
        (".models.graph", "C"),
        (".x", "C"),
    }


def test_splitting_a_cycle_is_refused() -> None:
    with pytest.raises(LayoutError) as raised:
        layout_models(CLASSES, REFERENCES, {"B": "one", "C": "two"})
    assert raised.value.problems[0][0] == "C"
    assert "reference each other (a cycle)" in raised.value.problems[0][1]


def test_a_module_whose_classes_import_each_other_through_another_is_refused() -> None:
    # A and D in one module: A's module imports B's (where C is), which imports D's.
    refs = {"A": {"B"}, "B": {"D"}, "X": {"B"}, "D": set()}
    with pytest.raises(LayoutError) as raised:
        layout_models(list(refs), refs, {"A": "shared", "D": "shared"})
    assert "import each other" in raised.value.problems[0][1]


def test_names_are_unique_case_insensitively_and_deterministic() -> None:
    refs: dict[str, set[str]] = {"FooBar": set(), "Foo_bar": set(), "Foobar": set()}
    first = layout_models(list(refs), refs, {})
    assert [m.name for m in first.modules] == ["_foo_bar", "_foo_bar_2", "_foobar"]
    assert first.module_of == layout_models(list(refs), refs, {}).module_of


def test_a_module_override_needs_the_native_models(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "c.toml"
    config.write_text('class_overrides.Pet = { class_name = "A", module = "zoo" }\n')
    spec = FIXTURES / "config" / "shop.yaml"
    argv = ["generate", str(spec), "--output", str(tmp_path / "out"), "--config", str(config)]
    assert main([*argv, "--models", "datamodel-code-generator"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{config}:1: class_overrides.Pet: a module needs the native"), err


_PROBE = """
import json, sys
import outreach_client as p

def loaded(prefix):
    return sorted(m for m in sys.modules if m.startswith(prefix))

client = p.Client(access_token="t")
report = {"import": loaded("outreach_client.models.") + loaded("outreach_client.resources.")}
accounts = client.accounts
report["resource"] = loaded("outreach_client.resources.")
report["resource_models"] = loaded("outreach_client.models.")
report["same"] = client.accounts is accounts
from outreach_client.models import Account
report["account"] = loaded("outreach_client.models.")
report["exported"] = p.Account is Account and "Account" in dir(p.models)
try:
    p.models.NoSuchModel
except AttributeError as error:
    report["missing"] = str(error)
report["submodules"] = [p.models.__name__, p.resources.calls.__name__]
print(json.dumps(report))
"""


def test_generated_package_loads_lazily() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "outreach")}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["import"] == []
    assert report["resource"] == ["outreach_client.resources.accounts"]
    assert report["resource_models"] == []  # the endpoints' types are Deferred
    assert report["same"]
    # Account and what it references, not the other 160-odd classes.
    assert 0 < len(report["account"]) < 10
    assert report["exported"]
    assert report["missing"] == "module 'outreach_client.models' has no attribute 'NoSuchModel'"
    # Read as attributes, as when the package imported them eagerly.
    assert report["submodules"] == ["outreach_client.models", "outreach_client.resources.calls"]


def test_sdk_surface_reads_the_lazy_layout() -> None:
    """``specforge diff`` reads the package with ast: the models in ``models/_*.py``, the
    resources behind ``cached_property``s and the ``Deferred`` error types all count."""
    package = ROOT / "generated" / "outreach"
    files = {
        str(path.relative_to(package)): path.read_text(encoding="utf-8")
        for path in package.rglob("*.py")
    }
    surface = read_surface(files)
    assert "Account" in surface.models
    assert surface.models["Account"].location.file.startswith("outreach_client/models/_")
    listing = surface.methods[("accounts", "list")]
    assert listing.operation_label == "GET /accounts"
    assert {str(kind) for kind in listing.errors.values()} == {"ErrorDocument"}


def test_a_spec_without_models_or_resources_is_still_clean(tmp_path: Path) -> None:
    spec = tmp_path / "empty.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: Empty, version: '1'}\npaths: {}\n")
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--output", str(out), "--name", "empty"]) == 0
    ruff = subprocess.run(
        [str(Path(sys.executable).with_name("ruff")), "check", "--no-cache", "empty_client"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout
    probe = "import empty_client as p, empty_client.models as m; p.Client(); print(m.__all__)"
    env = {**os.environ, "PYTHONPATH": str(out)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_long_names_are_bounded_with_a_hash_in_letters() -> None:
    long = ["X" * 80 + "Alpha", "X" * 80 + "Beta"]
    layout = layout_models(long, {name: set() for name in long}, {})
    names = [module.name for module in layout.modules]
    assert len(set(names)) == 2 and all(len(name) <= 64 for name in names)
    # isort orders a digit run by a rule of its own; the hash holds none.
    assert not any(char.isdigit() for name in names for char in name[-8:])
