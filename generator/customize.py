"""Apply a config (``generator/config.py``) to one generation: which operations are kept,
the class, distribution and version names, and the post hooks run on the written package.

Everything the config names that the spec lacks (a tag, an operationId, a schema) and every
name it sets that the package already uses is refused here, at the config's line.
"""

from __future__ import annotations

import shlex
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.config import Config, ConfigError
from generator.ir import Api
from generator.reserved import RESERVED_MODEL_NAMES
from generator.wire import model as wire_model
from generator.write import MANIFEST, write_output

_HOOK_OUTPUT_LINES = 20


class HookError(Exception):
    """A post hook that could not run or exited with a failure status."""


def _tags(operation: wire_model.Operation) -> set[str]:
    tags = operation.raw.get("tags")
    return {t for t in tags if isinstance(t, str)} if isinstance(tags, list) else set()


def operation_filter(
    config: Config, operations: list[wire_model.Operation]
) -> Callable[[wire_model.Operation], bool] | None:
    """The config's ``include_tags``/``exclude_tags``/``exclude_operations`` as a predicate
    (None when it sets none). A tag or operationId the spec lacks is an error: a typo would
    otherwise silently generate a different subset."""
    if not config.filters_operations:
        return None
    tags = set().union(*(_tags(op) for op in operations))
    ids = {op.operation_id for op in operations}
    problems = [
        config.located((key, name), f"no operation of the spec has this {kind}")
        for key, names, known, kind in (
            ("include_tags", config.include_tags, tags, "tag"),
            ("exclude_tags", config.exclude_tags, tags, "tag"),
            ("exclude_operations", config.exclude_operations, ids, "operationId"),
        )
        for name in names
        if name not in known
    ]
    if problems:
        raise ConfigError(problems)
    include, exclude = set(config.include_tags), set(config.exclude_tags)
    excluded_ids = set(config.exclude_operations)

    def keep(operation: wire_model.Operation) -> bool:
        tags = _tags(operation)
        if include and not tags & include:
            return False
        return not (tags & exclude) and operation.operation_id not in excluded_ids

    if not any(keep(op) for op in operations):
        raise ConfigError([config.located(("include_tags",), "no operation is left to generate")])
    return keep


def check_class_overrides(config: Config, schemas: dict[str, Any]) -> None:
    """Each overridden schema exists, and the class names are distinct and free."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for schema, name in config.class_overrides.items():
        key = ("class_overrides", schema)
        if schema not in schemas:
            problems.append(config.located(key, "no schema of this name in components.schemas"))
        elif name in RESERVED_MODEL_NAMES:
            problems.append(config.located(key, f"{name!r} is a name the package already uses"))
        elif name in seen:
            problems.append(config.located(key, f"{name!r} is also the class of {seen[name]!r}"))
        seen.setdefault(name, schema)
    if problems:
        raise ConfigError(problems)


def apply_names(config: Config, api: Api) -> None:
    """The config's package name, version, client class and dependencies, onto the IR."""
    if config.package_name is not None:
        api.distribution = config.package_name
    if config.package_version is not None:
        api.package_version = config.package_version
    api.dependencies = config.dependencies
    api.model_modules = {
        config.class_overrides[schema]: module for schema, module in config.model_modules.items()
    }
    name = config.client_class
    if name is None:
        return
    # The package's __init__ imports the client, its Async twin, the models and the runtime's
    # names; _client.py imports the resource classes.
    taken = set(RESERVED_MODEL_NAMES) | set(api.model_names)
    taken |= {f"{prefix}{r.class_name}" for r in api.resources for prefix in ("", "Async")}
    clash = next((n for n in (name, f"Async{name}") if n in taken), None)
    if clash is not None:
        raise ConfigError(
            [config.located(("client_class",), f"{clash!r} is a name the package already uses")]
        )
    api.client_class = name


def run_post_hooks(config: Config, directory: Path) -> None:
    """Each hook in ``directory``, in order; the first that fails stops the run. Hooks are
    split into words with shlex and run without a shell (no pipes, globs or variables)."""
    for number, hook in enumerate(config.post_hooks, 1):
        where = config.located(("post_hooks",), f"hook {number} `{hook}`")
        try:
            result = subprocess.run(
                shlex.split(hook),
                cwd=directory,
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as error:
            raise HookError(f"{where}: cannot run it ({error.strerror or error})") from None
        if result.returncode != 0:
            output = (result.stderr or result.stdout).strip().splitlines()[-_HOOK_OUTPUT_LINES:]
            shown = "".join(f"\n  {line}" for line in output)
            raise HookError(f"{where}: exited with status {result.returncode}{shown}")


def read_back(directory: Path, files: dict[str, str]) -> dict[str, str]:
    """The generated files as the hooks left them (a file a hook removed is no longer one)."""
    after: dict[str, str] = {}
    for relative in files:
        try:
            after[relative] = (directory / relative).read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
    return after


def after_hooks(config: Config, files: dict[str, str]) -> dict[str, str]:
    """What the output holds once the hooks have run on ``files``: for ``--check``, the
    hooks run on a copy in a temporary folder, never on the output."""
    if not config.post_hooks:
        return files
    with tempfile.TemporaryDirectory(prefix="specforge-hooks-") as tmp:
        write_output(Path(tmp), files)
        run_post_hooks(config, Path(tmp))
        return read_back(Path(tmp), {k: v for k, v in files.items() if k != MANIFEST})
