"""The package templates compiled to Python ahead of time, so a first run compiles none.

Compiling the twelve templates of ``templates/package`` costs more than rendering a small
API (~0.1 s of a 0.27 s first run on the 5-operation spec; bench/HISTORY.md). Jinja's own
bytecode cache only helps from the second run on a machine, and its files are specific to
one Python version, so they cannot ship. What ships instead is Jinja's ``compile_templates``
output (plain Python modules, byte-compiled by pip like any other file of the wheel) in
``templates/compiled/``, with an index of the template source each was compiled from.
``CompiledLoader`` uses a module only while its template's source and the Jinja version
still match that index; otherwise, as for a user's template overrides, Jinja compiles.
They live beside the templates, not in ``generator/``: they are the Jinja compiler's output,
neither linted nor type-checked as ours.

``python -m generator.precompiled`` rewrites the compiled modules when a template changed
(``make templates``, which ``make generate`` runs; tests/test_precompiled.py checks it is
current).
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sys
import tempfile
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2

FOLDER = Path(__file__).resolve().parent / "templates" / "compiled"
INDEX_MODULE = "index.py"


def source_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _index() -> tuple[str, dict[str, tuple[str, str]]]:
    """(Jinja version, {template name: (source digest, module name)}) of the shipped modules."""
    namespace = _module_namespace(INDEX_MODULE.removesuffix(".py"))
    if namespace is None:
        return "", {}
    return namespace["JINJA_VERSION"], namespace["INDEX"]


class CompiledLoader(jinja2.BaseLoader):
    """``loader``'s templates, from their compiled modules when those are current."""

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader
        version, self.index = _index()
        if version != jinja2.__version__:
            self.index = {}

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        return self.loader.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        entry = self.index.get(name)
        if entry is not None:
            source, _, _ = self.get_source(environment, name)
            if source_digest(source) == entry[0]:
                namespace = _module_namespace(entry[1])
                if namespace is not None:
                    return environment.template_class.from_module_dict(
                        environment, namespace, globals if globals is not None else {}
                    )
        return super().load(environment, name, globals)


def _module_namespace(module: str) -> dict[str, Any] | None:
    """A fresh namespace of a compiled module (its code from ``__pycache__`` when pip or
    compileall wrote it there): a template binds its environment into the module's globals,
    so two environments must never share one (``jinja2.ModuleLoader`` drops each module
    from ``sys.modules`` for the same reason)."""
    path = FOLDER / f"{module}.py"
    spec = importlib.util.spec_from_file_location(f"_specforge_compiled_{module}", path)
    if spec is None or spec.loader is None or not path.is_file():
        return None
    code = spec.loader.get_code(spec.name)  # type: ignore[attr-defined]
    if code is None:
        return None
    namespace: dict[str, Any] = {"__name__": spec.name, "__file__": str(path)}
    exec(code, namespace)
    return namespace


def compiled_files(environment: jinja2.Environment) -> dict[str, str]:
    """The compiled package's files, by name: one module per template and the index."""
    loader = environment.loader
    assert loader is not None
    with tempfile.TemporaryDirectory() as folder:
        environment.compile_templates(folder, zip=None, ignore_errors=False)
        files = {path.name: path.read_text(encoding="utf-8") for path in Path(folder).iterdir()}
    entries = []
    for name in sorted(loader.list_templates()):
        source, _, _ = loader.get_source(environment, name)
        module = jinja2.ModuleLoader.get_module_filename(name).removesuffix(".py")
        entries.append(f"    {name!r}: ({source_digest(source)!r}, {module!r}),\n")
    files[INDEX_MODULE] = (
        '"""Written by ``python -m generator.precompiled`` (``make templates``): the package\n'
        'templates compiled by Jinja, and the template source each module was compiled from."""\n'
        "\n"
        f"JINJA_VERSION = {jinja2.__version__!r}\n"
        "INDEX: dict[str, tuple[str, str]] = {\n" + "".join(entries) + "}\n"
    )
    return files


def main() -> None:
    from generator.render import template_environment

    files = compiled_files(template_environment(compiled=False))
    if FOLDER.is_dir() and files == {
        path.name: path.read_text(encoding="utf-8") for path in FOLDER.glob("*.py")
    }:
        return  # current: left untouched, so make sees nothing new
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir()
    for name, content in sorted(files.items()):
        (FOLDER / name).write_text(content, encoding="utf-8")
    print(f"{FOLDER}: {len(files) - 1} compiled templates", file=sys.stderr)


if __name__ == "__main__":
    main()
