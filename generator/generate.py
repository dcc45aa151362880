"""``generate``: spec → installable client package (load → validate → IR → render → write)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.analyze import build_api, prepare
from generator.diagnostics import SpecError
from generator.format import FormatError, format_sources
from generator.ir import Api, Models
from generator.load import load_spec
from generator.model_modules import LayoutError
from generator.models_native import build_models
from generator.naming import MAX_MODULE_NAME, snake_case
from generator.render import TemplateError, render_package, runtime_paths
from generator.validate import GENERATE_LEVELS, validate_spec
from generator.wire.build import build_wire
from generator.write import WriteError, check_output, write_output

if TYPE_CHECKING:
    from generator.config import Config

# generator.config and generator.customize (tomllib, packaging's requirement parser, difflib)
# are imported only when a run has a config: most runs have none, and those imports cost
# more than generating a small spec.


class MissingExtraError(Exception):
    """An option needs an optional dependency that is not installed."""


def _datamodel_code_generator(data: dict[str, Any], source: str) -> Models:
    # Imported on demand: the library alone takes longer to import than a small spec
    # takes to generate with the native renderer.
    if importlib.util.find_spec("datamodel_code_generator") is None:
        raise MissingExtraError(
            "--models datamodel-code-generator needs the optional dependency: "
            "pip install 'specforge[datamodel-code-generator]' "
            "(or pipx inject specforge datamodel-code-generator)"
        )
    from generator.models import generate_models

    code, classes = generate_models(data, source)
    return Models(external=code, external_names=frozenset(classes))


MODEL_BACKENDS: dict[str, Callable[[dict[str, Any], str], Models]] = {
    # Our own models are the default: datamodel-code-generator costs 70-140x more time
    # (bench/RESULTS.md), which alone would exceed the generation-speed budget.
    "native": build_models,
    "datamodel-code-generator": _datamodel_code_generator,
}


def render(
    spec_path: str | Path, name: str, *, models: str = "native", config: Config | None = None
) -> tuple[Api, dict[str, str]]:
    """The IR and every file of the package as rendered, before formatting. Raises SpecError,
    and for a ``config`` ConfigError and TemplateError."""
    spec = load_spec(spec_path)
    diagnostics = validate_spec(spec, levels=GENERATE_LEVELS)
    if diagnostics:
        raise SpecError(diagnostics)
    keep = None
    if config is not None:
        from generator.config import ConfigError
        from generator.customize import check_class_overrides, operation_filter

        schemas = (spec.data.get("components") or {}).get("schemas") or {}
        check_class_overrides(config, schemas if isinstance(schemas, dict) else {})
        if config.model_modules and models != "native":
            schema = next(iter(config.model_modules))
            message = f"a module needs the native models backend, not --models {models}"
            raise ConfigError([config.located(("class_overrides", schema), message)])
        if config.filters_operations:
            keep = operation_filter(config, build_wire(spec).operations)
    context = prepare(spec, config.class_overrides if config else None)
    built = MODEL_BACKENDS[models](context.data, spec.name)
    context.model_classes = built.names & set(context.class_names)
    api = build_api(spec, name, built, context, keep)
    if config is not None:
        from generator.customize import apply_names

        apply_names(config, api)
    try:
        return api, render_package(api, config.templates if config else None)
    except LayoutError as error:
        assert config is not None  # only a config's modules can be refused
        from generator.config import ConfigError

        schema_of = {name: schema for schema, name in config.class_overrides.items()}
        raise ConfigError(
            [config.located(("class_overrides", schema_of[c]), m) for c, m in error.problems]
        ) from None


def build(
    spec_path: str | Path, name: str, *, models: str = "native", config: Config | None = None
) -> tuple[Api, dict[str, str]]:
    """The IR and every formatted file of the package. Raises what ``render`` raises."""
    api, files = render(spec_path, name, models=models, config=config)
    return api, format_sources(files, preformatted=runtime_paths(api))


_VERSION_LINE = re.compile(r'^version = "[^"\n]*"$', re.MULTILINE)
_VERSION_SECTION = re.compile(r"^## Version\n\n.*?\n(?=## )", re.MULTILINE | re.DOTALL)


def with_package_version(files: dict[str, str], version: str) -> dict[str, str]:
    """The package's files with ``version`` as its version in place of the one its spec's
    ``info.version`` gives (``generate --package-version``: a version the changelog keeps,
    see ``generator.diff.version``). ValueError if ``version`` is not PEP 440."""
    from packaging.version import InvalidVersion, Version

    try:
        normalized = str(Version(version))
    except InvalidVersion:
        raise ValueError(f"--package-version {version[:80]!r} is not a PEP 440 version") from None
    changed = dict(files)
    changed["pyproject.toml"], found = _VERSION_LINE.subn(
        f'version = "{normalized}"', files["pyproject.toml"], count=1
    )
    changed["README.md"], said = _VERSION_SECTION.subn(
        f"## Version\n\nThis package's version, `{normalized}`, was given when it was generated "
        "(`--package-version`; `make generate` takes the newest in `CHANGELOG.md`, which "
        "`specforge diff --changelog` keeps): each version there is the bump its changes need "
        "over the one before.\n\n",
        files["README.md"],
        count=1,
    )
    if not (found and said):
        # The templates changed shape: better no package than one whose README is wrong.
        raise ValueError(
            "--package-version: the rendered pyproject.toml or README.md has no version to replace"
        )
    return changed


def run_generate(
    spec: str,
    output: str,
    name: str,
    *,
    check: bool = False,
    models: str = "native",
    force: bool = False,
    package_version: str | None = None,
    config_path: str | None = None,
) -> int:
    if (
        not snake_case(name)
        or snake_case(name) != name.replace("-", "_").lower()
        or len(name) > MAX_MODULE_NAME
    ):
        print(
            f"generate: --name {name[:80]!r} must be a lowercase word (letters, digits, _) of "
            f"at most {MAX_MODULE_NAME} characters",
            file=sys.stderr,
        )
        return 2
    if config_path is None:
        return _generate(spec, output, name, None, check, models, force, package_version)
    from generator.config import ConfigError, load_config
    from generator.customize import HookError

    try:
        config = load_config(config_path)
        return _generate(spec, output, name, config, check, models, force, package_version)
    except ConfigError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    except HookError as error:
        print(f"{error}", file=sys.stderr)
        return 1


def _generate(
    spec: str,
    output: str,
    name: str,
    config: Config | None,
    check: bool,
    models: str,
    force: bool,
    package_version: str | None,
) -> int:
    """``run_generate`` once the name is checked and the config read; a config's errors
    (ConfigError, HookError) propagate to it."""
    try:
        api, files = build(spec, name, models=models, config=config)
    except TemplateError as error:
        print(f"{error}", file=sys.stderr)
        print(f"{spec}: not generated", file=sys.stderr)
        return 1
    except SpecError as error:
        error.print()
        print(f"{spec}: not generated", file=sys.stderr)
        return 1
    except FormatError as error:
        cause = (
            f"rendered from the templates in {config.templates}"
            if config is not None and config.templates is not None
            else "a generator bug"
        )
        print(f"{spec}: {error} ({cause})", file=sys.stderr)
        return 1
    except MissingExtraError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 2
    if package_version is not None:
        try:
            files = with_package_version(files, package_version)
        except ValueError as error:
            print(f"generate: {error}", file=sys.stderr)
            return 2
    for warning in api.warnings:
        print(f"{spec}: warning: {warning}", file=sys.stderr)
    target = Path(output)
    digest = None if config is None else config.digest
    try:
        if check:
            if config is not None:
                from generator.customize import after_hooks

                files = after_hooks(config, files)
            differences = check_output(target, files, digest)
            for line in differences:
                print(f"{target}: {line}", file=sys.stderr)
            if differences:
                print(f"{target}: out of date; run `make generate`", file=sys.stderr)
                return 1
            return 0
        plan = write_output(target, files, force=force, config=digest)
        if config is not None and config.post_hooks:
            from generator.customize import read_back, run_post_hooks

            try:
                run_post_hooks(config, target)
            finally:
                # The manifest records the files as the hooks left them (also when one
                # failed midway): they are what the next run may replace without calling
                # them edits, and what --check (running the hooks on a copy) compares.
                write_output(target, read_back(target, files), config=digest)
    except WriteError as error:
        print(f"{target}: {error}", file=sys.stderr)
        return 1
    operations = len(api.operations)
    changes = f"{len(plan.write)} file(s) written, {len(plan.delete)} removed"
    print(
        f"{spec}: wrote {target} ({api.distribution}, {operations} operations, "
        f"{len(api.resources)} resources, {len(api.model_names)} models; {changes})"
    )
    return 0
