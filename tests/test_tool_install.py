"""specforge as a user installs it: the built wheel in a fresh virtual environment, run from a
folder outside this checkout, with nothing of the repository on ``sys.path``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.generate import build
from generator.write import MANIFEST
from tests.conftest import FIXTURES, ROOT, serve_mock

PIP = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
CONSTRAINTS = str(ROOT / "constraints.txt")


@pytest.fixture(scope="module")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin/ folder of a fresh venv with the wheel built from this checkout installed."""
    root = tmp_path_factory.mktemp("tool")
    # Built from a copy: setuptools builds in the source tree, and a build/ folder left there
    # by an earlier build would put files into the wheel that the checkout no longer has.
    source = root / "source"
    shutil.copytree(
        ROOT,
        source,
        symlinks=True,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "node_modules",
            "build",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".*_cache",
        ),
    )
    wheels = root / "wheels"
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
        cwd=root,
    )
    (wheel,) = wheels.glob("specforge-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin" / "python"), *PIP[1:], "install", "-c", CONSTRAINTS, str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    yield venv / "bin"


def _run(tool: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{tool}{os.pathsep}/usr/bin:/bin"
    return subprocess.run(
        [str(tool / "specforge"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=300,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A user's folder with their own copies of the specs, far from the checkout."""
    shutil.copy(ROOT / "specs" / "overplane.yaml", tmp_path / "overplane.yaml")
    shutil.copy(FIXTURES / "snapshot" / "petstore.yaml", tmp_path / "petstore.yaml")
    return tmp_path


def test_installed_package_is_the_wheel_not_the_checkout(tool: Path, workdir: Path) -> None:
    probe = subprocess.run(
        [str(tool / "python"), "-c", "import generator, jinja2; print(generator.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=workdir,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert Path(probe.stdout.strip()).is_relative_to(tool.parent)
    assert _run(tool, workdir, "--version").stdout.strip() == "specforge 0.1.0"


def test_installed_validate(tool: Path, workdir: Path) -> None:
    result = _run(tool, workdir, "validate", "overplane.yaml", "petstore.yaml")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["overplane.yaml: valid", "petstore.yaml: valid"]


@pytest.mark.parametrize(
    ("spec", "name"), [("overplane.yaml", "overplane"), ("petstore.yaml", "pet")]
)
def test_installed_generate_writes_what_the_checkout_writes(
    tool: Path, workdir: Path, spec: str, name: str
) -> None:
    result = _run(tool, workdir, "generate", spec, "--output", "out", "--name", name)
    assert result.returncode == 0, result.stderr
    _, expected = build(workdir / spec, name)
    written = {
        str(path.relative_to(workdir / "out")): path.read_text()
        for path in (workdir / "out").rglob("*")
        if path.is_file() and path.name != MANIFEST
    }
    assert written == expected


def test_optional_model_renderer_names_its_extra(tool: Path, workdir: Path) -> None:
    models = ("--models", "datamodel-code-generator")
    result = _run(tool, workdir, "generate", "petstore.yaml", "-o", "out", "-n", "pet", *models)
    assert result.returncode == 2
    assert "pip install 'specforge[datamodel-code-generator]'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (workdir / "out").exists()


def test_installed_mock_answers_a_request(tool: Path, workdir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    command = [str(tool / "specforge"), "mock", "overplane.yaml", "--port", "0"]
    process, port = serve_mock(command, workdir / "mock.log", cwd=workdir, env=env)
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/crm/lead?limit=2",
            headers={"Authorization": "Bearer sk_test_1"},
        )
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with direct.open(request, timeout=30) as response:
            assert response.status == 200
            body = json.loads(response.read())
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert isinstance(body, dict | list)


def test_installed_first_run_compiles_no_template(tool: Path, workdir: Path) -> None:
    """The wheel ships the templates compiled (templates/compiled) and byte-
    compiled by pip: a first run on a new machine loads them and caches no Jinja bytecode."""
    probe = subprocess.run(
        [
            str(tool / "python"),
            "-c",
            "from generator.render import template_environment as t; import jinja2, sys\n"
            "jinja2.Environment.compile = lambda *a, **k: sys.exit('compiled ' + str(a[2]))\n"
            "e = t()\n"
            "for name in e.list_templates(): e.get_template(name)\n"
            "print(len(e.list_templates()))",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=workdir,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(workdir / "cache")},
    )
    assert probe.returncode == 0, probe.stderr
    assert int(probe.stdout) >= 12
    assert not any((workdir / "cache" / "specforge" / "jinja").glob("*"))
