"""The shipped compiled templates (templates/compiled) are what the templates
compile to now, a first run uses them instead of compiling, and anything they do not
match (an edited template, another Jinja) is compiled as before."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator import precompiled
from generator.render import template_environment


def test_the_compiled_templates_are_current() -> None:
    expected = precompiled.compiled_files(template_environment(compiled=False))
    shipped = {
        path.name: path.read_text(encoding="utf-8")
        for path in precompiled.FOLDER.iterdir()
        if path.suffix == ".py"
    }
    assert shipped == expected, "the templates changed: run `make templates`"


def _counting_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def compile(
        self: jinja2.Environment, source: str, name: str | None = None, *a: object, **k: object
    ) -> object:
        compiled.append(name or "")
        return real(self, source, name, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return compiled


def test_a_first_run_compiles_no_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # no Jinja bytecode cache either
    compiled = _counting_compiles(monkeypatch)
    environment = template_environment()
    for name in environment.list_templates():
        environment.get_template(name)
    assert compiled == []


def test_an_edited_template_is_compiled_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    compiled = _counting_compiles(monkeypatch)
    real_get_source = jinja2.PackageLoader.get_source

    def edited(self: jinja2.PackageLoader, environment: jinja2.Environment, name: str) -> object:
        source, filename, uptodate = real_get_source(self, environment, name)
        if name == "py.typed.j2":
            source = "edited since make templates\n"
        return source, filename, uptodate

    monkeypatch.setattr(jinja2.PackageLoader, "get_source", edited)
    environment = template_environment()
    assert environment.get_template("py.typed.j2").render() == "edited since make templates\n"
    assert compiled == ["py.typed.j2"]


def test_another_jinja_version_compiles_every_template(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    monkeypatch.setattr(jinja2, "__version__", "0.0-not-the-one-compiled-with")
    compiled = _counting_compiles(monkeypatch)
    environment = template_environment()
    environment.get_template("_errors.py.j2")
    assert compiled == ["_errors.py.j2"]


def test_two_environments_keep_their_own_globals() -> None:
    """A compiled template reads its environment (filters, undefined) from its module's
    globals: two environments (two generations in one process) must not share one."""
    first, second = template_environment(), template_environment()
    name = "models/__init__.py.j2"
    first_globals = first.get_template(name).root_render_func.__globals__
    second_globals = second.get_template(name).root_render_func.__globals__
    assert first_globals["environment"] is first
    assert second_globals["environment"] is second
