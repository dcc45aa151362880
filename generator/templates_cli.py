"""``templates list`` and ``templates copy``: the built-in package templates, for overriding.

A config's ``templates`` folder overrides a built-in template by holding a file of the same
relative path (``generator/render.py``); ``copy`` puts the built-in ones there to edit.
"""

from __future__ import annotations

import sys
from importlib.abc import Traversable
from pathlib import Path, PurePosixPath

from generator.render import TEMPLATES
from generator.write import WriteError, _replace_file

PACKAGE_TEMPLATES = TEMPLATES / "package"

# Each built-in template's one-line purpose (tests/test_config.py checks that every template
# has one and that none is listed that does not exist).
PURPOSES = {
    "README.md.j2": "the package's README: install, authenticate, one example per resource",
    "__init__.py.j2": "the package's __init__: the clients, exceptions and (lazily) models",
    "_client.py.j2": "the Client and AsyncClient classes: credentials, servers, resources",
    "_errors.py.j2": "the status errors whose declared body is typed (typed_body)",
    "_model_class.py.j2": "one model class (a partial, included by models.py.j2 per class)",
    "models.py.j2": "one module of the models package: its imports, then its model classes",
    "models/__init__.py.j2": "the models package: every model, imported from its module on use",
    "py.typed.j2": "the PEP 561 marker that the package ships type hints",
    "pyproject.toml.j2": "the package's pyproject.toml: name, version, dependencies, ruff",
    "resources/__init__.py.j2": "the resources package: every resource class, imported on use",
    "resources/resource.py.j2": "one resource module: sync, async and raw-response methods",
    "webhooks.py.j2": "the webhooks module (only for specs with webhooks): event verification",
}


def builtin_templates() -> dict[str, Traversable]:
    """Every built-in template by its relative path, e.g. ``resources/resource.py.j2``."""
    found: dict[str, Traversable] = {}

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in folder.iterdir():
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".j2"):
                found[prefix + entry.name] = entry

    walk(PACKAGE_TEMPLATES, "")
    return dict(sorted(found.items()))


def list_templates() -> int:
    templates = builtin_templates()
    width = max(len(name) for name in templates)
    for name in templates:
        print(f"{name:<{width}}  {PURPOSES.get(name, '')}")
    return 0


def copy_templates(directory: str, names: list[str], *, force: bool = False) -> int:
    """Copy the named templates (all when none are named) into ``directory``, keeping their
    relative paths. A file already there with other content is the user's: nothing is
    copied, and each such file is named, unless ``force``."""
    templates = builtin_templates()
    unknown = [name for name in names if name not in templates]
    if unknown:
        print(
            f"templates copy: no built-in template {unknown[0]!r}; `templates list` names them all",
            file=sys.stderr,
        )
        return 2
    target = Path(directory)
    chosen = {name: templates[name].read_text(encoding="utf-8") for name in names or templates}
    writes: dict[Path, str] = {}
    conflicts: list[str] = []
    try:
        for name, content in chosen.items():
            parts = PurePosixPath(name).parts
            path = target.joinpath(*parts)
            folders = [target.joinpath(*parts[:depth]) for depth in range(len(parts))]
            if any(p.is_symlink() for p in (path, *folders)):
                raise WriteError(f"{path}: a symbolic link is on the way; not writing through it")
            if path.exists() and not path.is_file():
                raise WriteError(f"{path}: exists and is not a file")
            if path.exists() and path.read_text(encoding="utf-8") == content:
                continue
            if path.exists():
                conflicts.append(f"{path}: exists with other content")
            writes[path] = content
        if conflicts and not force:
            listed = "\n  ".join(conflicts)
            raise WriteError(
                f"refusing to overwrite files:\n  {listed}\nmove them away, or pass --force"
            )
        for path, content in writes.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace_file(path, content)
    except WriteError as error:
        print(f"templates copy: {error}", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError) as error:
        print(f"templates copy: {target}: {error}", file=sys.stderr)
        return 1
    print(f"{target}: {len(writes)} template(s) copied, {len(chosen) - len(writes)} unchanged")
    return 0
