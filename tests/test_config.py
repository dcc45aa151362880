"""``generate --config``: every key shapes the package, the package still installs and passes
ruff and mypy --strict, and a broken config or template gets one located error."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import ConfigError, load_config
from generator.templates_cli import PURPOSES, builtin_templates
from generator.write import MANIFEST
from tests.conftest import FIXTURES, ROOT, install_wheel, run_installed

CONFIG_DIR = FIXTURES / "config"
SHOP = CONFIG_DIR / "shop.yaml"
BIN = Path(sys.executable).parent


def _generate(output: Path, *extra: str, spec: Path = SHOP) -> int:
    return main(["generate", str(spec), "--output", str(output), "--name", "shop", *extra])


def _config(tmp_path: Path, text: str, name: str = "specforge.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("shop") / "out"
    assert _generate(output, "--config", str(CONFIG_DIR / "shop.toml")) == 0
    return output


def test_config_shapes_the_package(shop: Path) -> None:
    pyproject = (shop / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "acme-shop"' in pyproject
    assert 'version = "3.1.4"' in pyproject
    assert '"typing-extensions>=4.7"]' in pyproject
    readme = (shop / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# acme-shop (Acme's build)")
    assert "client = AcmeShop()" in readme
    models = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((shop / "shop_client" / "models").glob("*.py"))
    )
    assert "class Animal(BaseModel):" in models and "class Shop(BaseModel):" in models
    assert "class Pet(" not in models and "store: Shop | None" in models
    # The class_overrides module: Shop is in models/stores.py, which the Animal's imports.
    stores = (shop / "shop_client" / "models" / "stores.py").read_text(encoding="utf-8")
    assert "class Shop(BaseModel):" in stores and "class Animal(" not in stores
    assert "from ..models.stores import Shop" in models
    assert models.count("def describe(self) -> str:") == 2
    # include_tags = ["Pets"] drops the Stores resource; exclude_operations drops deletePet.
    assert sorted(p.name for p in (shop / "shop_client" / "resources").iterdir()) == [
        "__init__.py",
        "pets.py",
    ]
    pets = (shop / "shop_client" / "resources" / "pets.py").read_text(encoding="utf-8")
    assert "def list(" in pets and "def get(" in pets and "def delete(" not in pets
    manifest = json.loads((shop / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["config"] == load_config(CONFIG_DIR / "shop.toml").digest


def test_configured_package_passes_ruff_and_mypy_strict(shop: Path) -> None:
    package = str(shop / "shop_client")
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", package], capture_output=True, text=True
    )
    assert ruff.returncode == 0, ruff.stdout
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", package],
        capture_output=True,
        text=True,
        cwd=shop,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_configured_package_installs_and_imports_under_its_new_names(
    shop: Path, tmp_path: Path
) -> None:
    wheel, target = install_wheel(shop, tmp_path)
    assert wheel.name.startswith("acme_shop-3.1.4-")
    probe = (
        "import importlib.metadata as m, shop_client as p; c = p.AcmeShop(); "
        "a = p.Animal(id='1', name='Rex', store=p.Shop(id='s')); "
        "print(m.version('acme-shop'), type(c).__name__, p.AsyncAcmeShop.__name__, "
        "c.pets.list.__name__, hasattr(c, 'stores'), "
        "p.Shop is __import__('shop_client.models.stores').models.stores.Shop); "
        "print(a.describe())"
    )
    first, second = run_installed(target, probe, tmp_path).splitlines()
    assert first.split() == ["3.1.4", "AcmeShop", "AsyncAcmeShop", "list", "False", "True"]
    assert second == 'Animal: {"id":"1","name":"Rex","store":{"id":"s","city":null}}'


def test_check_compares_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A config edit that changes no rendered file (here a comment) still fails --check."""
    config = _config(tmp_path, 'package_version = "1.0"\n')
    output = tmp_path / "out"
    assert _generate(output, "--config", str(config)) == 0
    assert _generate(output, "--config", str(config), "--check") == 0
    config.write_text('# pinned\npackage_version = "1.0"\n', encoding="utf-8")
    capsys.readouterr()
    assert _generate(output, "--config", str(config), "--check") == 1
    assert f"{MANIFEST}: differs" in capsys.readouterr().err
    # Without the config the manifest has no config digest: that differs as well.
    assert _generate(output, "--config", str(config)) == 0
    assert _generate(output, "--check") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('package_name = "x"\n\nclient_klass = "A"\n', ":3: client_klass: unknown key"),
        ('package_version = "one"\n', ":1: package_version: 'one' is not a PEP 440 version"),
        ("package_name = 3\n", ":1: package_name: must be a string, not an integer"),
        ('\n\ninclude_tags = "Pets"\n', ":3: include_tags: must be an array of strings"),
        ('[class_overrides]\n\nPet = "lower"\n', ":3: class_overrides.Pet: 'lower' is not a"),
        ('[class_overrides]\nPet = { package = "m" }\n', ":2: class_overrides.Pet: unknown"),
        ('client_class = "None"\n', ":1: client_class: 'None' is a Python keyword"),
        ('templates = "nowhere"\n', ":1: templates: "),
        ('dependencies = ["not a requirement!"]\n', ":1: dependencies: 'not a requirement!'"),
        ("post_hooks = ['unterminated \"quote']\n", ":1: post_hooks: "),
        ('package_name = "a"\npackage_name = "b"\n', ":2: Cannot overwrite a value"),
        ('package_version = "1.0\n', ":1: "),
        # Found only against the spec: still at the key's line.
        ('\ninclude_tags = ["Pets", "Petz"]\n', ":2: include_tags.Petz: no operation of the spec"),
        ('exclude_operations = ["nope"]\n', ":1: exclude_operations.nope: no operation"),
        ('\n[class_overrides]\nPets = "Animal"\n', ":3: class_overrides.Pets: no schema"),
        ('[class_overrides]\nPet = "BaseModel"\n', ":2: class_overrides.Pet: 'BaseModel' is"),
        ('[class_overrides]\nPet = "A"\nStore = "A"\n', ":3: class_overrides.Store: 'A' is also"),
        ('client_class = "Animal"\n[class_overrides]\nPet = "Animal"\n', ":1: client_class:"),
        ('exclude_tags = ["Pets", "Stores"]\n', ":1: include_tags: no operation is left"),
        # A table's key is found inline, dotted, or below its header, not in another table.
        ('class_overrides = { Store = "S", Pet = "lower" }\n', ":1: class_overrides.Pet: "),
        ('class_overrides.Store = "S"\nclass_overrides.Pet = "x"\n', ":2: class_overrides.Pet"),
        (
            '[class_overrides]\nStore = "S"\n\n"Pet" = "lower"\n',
            ":4: class_overrides.Pet: 'lower'",
        ),
        (
            'class_overrides.Pet = { class_name = "A", module = "Zoo" }\n',
            ":1: class_overrides.Pet: 'Zoo' is not a module name",
        ),
        (
            'class_overrides.Pet = { class_name = "A", module = "_zoo" }\n',
            ":1: class_overrides.Pet: '_zoo' is not a module name",
        ),
        (
            'class_overrides.Pet = { class_name = "A", module = "class" }\n',
            ":1: class_overrides.Pet: 'class' is a Python keyword",
        ),
        (
            'class_overrides.Pet = { class_name = "A", module = "con" }\n',
            ":1: class_overrides.Pet: 'con' cannot be a file name everywhere",
        ),
        (
            'class_overrides.Pet = { class_name = "A", module = "a", module_name = "b" }\n',
            ":1: class_overrides.Pet: give module or module_name, not both",
        ),
        (
            'class_overrides.Pet = { module = "zoo" }\n',
            ":1: class_overrides.Pet:",
        ),
    ],
)
def test_a_broken_config_gets_one_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    config = _config(tmp_path, text)
    assert _generate(tmp_path / "out", "--config", str(config)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"{config}{expected}"), err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_every_problem_of_a_config_is_reported(tmp_path: Path) -> None:
    config = _config(tmp_path, 'package_name = 1\nclient_class = "x"\ncolour = "red"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    assert [p.split(": ")[0].rsplit(":", 1)[1] for p in raised.value.problems] == ["1", "2", "3"]


def test_a_missing_config_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _generate(tmp_path / "out", "--config", str(tmp_path / "none.toml")) == 2
    assert "none.toml: cannot read the config" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("template", "line", "message"),
    [
        ("{% for x in api.resources %}\n{{ x }\n{% endfor %}\n", 2, "unexpected '}'"),
        ("# {{ api.title }}\n\n{{ api.no_such_field }}\n", 3, "no_such_field"),
        ("{% include 'missing.j2' %}\n", 1, "missing.j2"),
    ],
)
def test_a_broken_template_names_its_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str, line: int, message: str
) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "README.md.j2").write_text(template, encoding="utf-8")
    config = _config(tmp_path, 'templates = "tpl"\n')
    assert _generate(tmp_path / "out", "--config", str(config)) == 1
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'tpl' / 'README.md.j2'}:{line}: "), err
    assert message in first
    assert "Traceback" not in err


def test_an_override_that_renders_bad_python_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tpl").mkdir()
    partial = builtin_templates()["_model_class.py.j2"].read_text(encoding="utf-8")
    bad = partial + "\n    def broken(self:\n        pass\n"
    (tmp_path / "tpl" / "_model_class.py.j2").write_text(bad, encoding="utf-8")
    config = _config(tmp_path, 'templates = "tpl"\n')
    assert _generate(tmp_path / "out", "--config", str(config)) == 1
    err = capsys.readouterr().err
    assert re.search(r"generated code does not parse: shop_client/models/_\w+\.py:", err)
    assert f"(rendered from the templates in {tmp_path / 'tpl'})" in err
    assert "Traceback" not in err


def test_post_hooks_run_in_the_output_and_check_sees_their_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The hook changes a generated file: the manifest records it as the hook left it, so the
    # next run is not refused as an edit and --check (running the hook on a copy) passes.
    hook = "import pathlib; p = pathlib.Path('README.md'); p.write_text(p.read_text() + 'hooked')"
    config = _config(tmp_path, f"post_hooks = [{json.dumps(f'{sys.executable} -c {hook!r}')}]\n")
    output = tmp_path / "out"
    assert _generate(output, "--config", str(config)) == 0
    assert (output / "README.md").read_text(encoding="utf-8").endswith("hooked")
    assert _generate(output, "--config", str(config), "--check") == 0
    assert _generate(output, "--config", str(config)) == 0
    assert (output / "README.md").read_text(encoding="utf-8").count("hooked") == 1
    capsys.readouterr()
    failing = _config(
        tmp_path,
        f'post_hooks = ["{sys.executable} -c pass", "{sys.executable} -c \'exit(3)\'"]\n',
        "failing.toml",
    )
    assert _generate(tmp_path / "other", "--config", str(failing)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{failing}:1: post_hooks: hook 2 `"), err
    assert "exited with status 3" in err
    # A hook that edits a file and then fails: the next run reports the hook again, and does
    # not refuse the file as the user's edit.
    edit_then_fail = f"{hook}; raise SystemExit(4)"
    halfway = _config(
        tmp_path,
        f"post_hooks = [{json.dumps(f'{sys.executable} -c {edit_then_fail!r}')}]\n",
        "halfway.toml",
    )
    for _ in range(2):
        assert _generate(tmp_path / "fourth", "--config", str(halfway)) == 1
        err = capsys.readouterr().err
        assert "exited with status 4" in err and "refusing" not in err, err
    missing = _config(tmp_path, 'post_hooks = ["no-such-command-xyz"]\n', "missing.toml")
    assert _generate(tmp_path / "third", "--config", str(missing)) == 1
    assert "hook 1 `no-such-command-xyz`: cannot run it" in capsys.readouterr().err


def test_every_builtin_template_has_a_purpose() -> None:
    assert set(PURPOSES) == set(builtin_templates())
    assert all(purpose.strip() and "\n" not in purpose for purpose in PURPOSES.values())


def test_templates_list_prints_each_with_its_purpose(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(builtin_templates())
    assert all(PURPOSES[line.split()[0]] in line for line in lines)


def test_templates_copy_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tpl"
    assert main(["templates", "copy", str(target), "resources/resource.py.j2"]) == 0
    copied = target / "resources" / "resource.py.j2"
    assert copied.read_text() == builtin_templates()["resources/resource.py.j2"].read_text()
    assert main(["templates", "copy", str(target)]) == 0
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*.j2")) == sorted(PURPOSES)
    copied.write_text("mine\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["templates", "copy", str(target), "resources/resource.py.j2"]) == 1
    assert "resource.py.j2: exists with other content" in capsys.readouterr().err
    assert copied.read_text() == "mine\n"
    assert main(["templates", "copy", "--force", str(target), "resources/resource.py.j2"]) == 0
    assert copied.read_text() != "mine\n"
    assert main(["templates", "copy", str(target), "nope.j2"]) == 2


def test_copied_templates_generate_what_the_builtin_ones_do(tmp_path: Path) -> None:
    """A folder holding every template unchanged is no change: overrides replace by path."""
    assert main(["templates", "copy", str(tmp_path / "tpl")]) == 0
    config = _config(tmp_path, 'templates = "tpl"\n')
    assert _generate(tmp_path / "plain") == 0
    assert _generate(tmp_path / "copied", "--config", str(config)) == 0
    for path in (tmp_path / "plain").rglob("*"):
        if path.is_file() and path.name != MANIFEST:
            twin = tmp_path / "copied" / path.relative_to(tmp_path / "plain")
            assert twin.read_bytes() == path.read_bytes(), path


def test_makefile_reads_a_spec_config_and_one_spec_has_one() -> None:
    configs = sorted((ROOT / "specs").glob("*.toml"))
    assert configs, "no specs/<api>.toml"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "specs/$$api.toml" in makefile
    for config in configs:
        loaded = load_config(config)
        api = config.stem
        manifest = json.loads((ROOT / "generated" / api / MANIFEST).read_text(encoding="utf-8"))
        assert manifest["config"] == loaded.digest
        if loaded.package_version is not None:
            pyproject = (ROOT / "generated" / api / "pyproject.toml").read_text(encoding="utf-8")
            assert f'version = "{loaded.package_version}"' in pyproject


def test_no_name_defaults_to_the_spec_files_name(tmp_path: Path) -> None:
    shutil.copy(SHOP, tmp_path / "pet-store.yaml")
    assert main(["generate", str(tmp_path / "pet-store.yaml"), "-o", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "pet_store_client" / "__init__.py").exists()
