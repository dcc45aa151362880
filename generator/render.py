"""IR → source files, through the Jinja templates in ``templates/package``.

Python computes everything a template prints (signatures, imports, docstrings, model fields);
the templates only arrange it. Spec text reaches generated code only through
``generator.escape``, so no spec can inject code.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import jinja2

from generator import escape
from generator.cache import cache_dir
from generator.ir import RUNTIME_EXCEPTIONS, Api, ModelClass, Models, Operation, Resource
from generator.naming import package_version
from generator.pytypes import (
    ANY,
    NONE,
    QUALIFIERS,
    Generic,
    Import,
    Named,
    PyType,
    Union,
    union,
)
from generator.schema_types import MODELS_MODULE

# The templates ship inside the package (``generator/templates``): in the repository that is a
# link to the top-level ``templates/``, and the wheel build copies the files in as package data.
TEMPLATES = files("generator") / "templates"
RUNTIME_DIR = TEMPLATES / "runtime"
_DIGIT_RUNS = re.compile(r"(\d+)")
# What the runtime needs (pyproject.toml.j2 says why sniffio); a config adds to these.
RUNTIME_REQUIREMENTS = ("httpx>=0.27", "pydantic>=2.7", "sniffio>=1.3")
# Re-exported by the package's __init__ next to the client and the models.
_PACKAGE_EXPORTS = (
    "Client",
    "AsyncClient",
    "NOT_GIVEN",
    "NotGiven",
    "APIResponse",
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
)


_NOT_GIVEN = Named("NotGiven", "._types")
_SYNC_PAGE = Named("SyncPage", "._pagination")
_ASYNC_PAGINATOR = Named("AsyncPaginator", "._pagination")
_THIRD_PARTY = frozenset({"pydantic"})
_NO_NAMES: frozenset[str] = frozenset()


def _with_not_given(kind: PyType) -> PyType:
    """``kind | NotGiven`` with ``None`` kept last (ruff RUF036). Not ``union()``: ``Any |
    NotGiven`` says that leaving the argument out is not the same as passing a value."""
    members = kind.members()
    rest = tuple(member for member in members if member != NONE)
    return Union((*rest, _NOT_GIVEN, *((NONE,) if NONE in members else ())))


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order: digit runs compare as numbers (``Page2`` before ``Page10``)."""
    return tuple(
        (0, int(run), "") if run.isdigit() else (1, 0, run)
        for run in _DIGIT_RUNS.split(text)
        if run
    )


def _name_kind(name: str) -> int:
    """isort's grouping: CONSTANTS, then Classes, then everything else."""
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def import_order(names: Iterable[str]) -> list[str]:
    """The order ruff's isort (rule I001) gives the names of one ``from … import``.

    Imports and ``__all__`` are emitted already sorted so that formatting is a single
    ``ruff format`` run, not a lint-fix pass before it (tests/test_generate.py checks the
    order against ruff's)."""
    return sorted(
        set(names), key=lambda name: (_name_kind(name), _natural(name.lower()), _natural(name))
    )


def export_order(names: Iterable[str]) -> list[str]:
    """The order ruff's RUF022 gives ``__all__`` (case-sensitive within each group)."""
    return sorted(set(names), key=lambda name: (_name_kind(name), _natural(name)))


def import_sections(imports: Iterable[Import], package: str) -> list[list[str]]:
    """The import lines of a module in ruff's isort order (rule I001), by section: the
    standard library, third-party packages, the generated package's own modules (reached
    through ``package``: "." or ".."). Within a section ``import m`` lines come first."""
    sections: tuple[dict[str, set[str]], ...] = ({}, {}, {})
    for module, name in imports:
        if module.startswith("."):
            section, module = 2, package + module[1:]
        else:
            section = 1 if module.split(".")[0] in _THIRD_PARTY else 0
        sections[section].setdefault(module, set()).add(name)
    result: list[list[str]] = []
    for by_module in sections:
        lines = [
            f"import {module}"
            if QUALIFIERS.get(module, module) == module
            else f"import {module} as {QUALIFIERS[module]}"
            for module in sorted(by_module, key=str.lower)
            if "" in by_module[module]
        ]
        lines += [
            f"from {module} import {', '.join(import_order(names - {''}))}"
            for module, names in sorted(by_module.items(), key=lambda item: item[0].lower())
            if names - {""}
        ]
        if lines:
            result.append(lines)
    return result


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates cached per user: compiling them costs more than rendering a small
    API. Jinja keys entries by template source checksum, so an edited template recompiles."""
    root = cache_dir("jinja")
    return None if root is None else jinja2.FileSystemBytecodeCache(str(root))


def _environment(overrides: Path | None = None) -> jinja2.Environment:
    """The templates; a config's ``templates`` folder, when given, is searched first, so any
    template it holds (by relative path, partials included) replaces the built-in one."""
    loader: jinja2.BaseLoader = jinja2.PackageLoader("generator", "templates/package")
    if overrides is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(overrides)), loader])
    env = jinja2.Environment(
        loader=loader,
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = escape.docstring
    env.filters["pyrepr"] = escape.python_literal
    env.filters["comment"] = escape.comment
    env.filters["docline"] = escape.docline
    return env


class _Printed:
    """The types a module prints, each rendered where it is printed, and what they import."""

    def __init__(self) -> None:
        self.imports: set[Import] = set()

    def __call__(self, kind: PyType, shadowed: frozenset[str] = _NO_NAMES) -> str:
        kind.collect_imports(self.imports, shadowed)
        return kind.render(shadowed)


@dataclass(frozen=True, eq=False)
class Argument:
    """One parameter of a generated method, ready to print."""

    name: str
    annotation: str
    default: str | None
    positional: bool = False


@dataclass(frozen=True, eq=False)
class MethodView:
    operation: Operation
    arguments: list[Argument]
    return_type: str
    async_return_type: str
    call: str  # "request" or "request_page"
    arguments_map: list[tuple[str, str]]  # (python argument name, variable)
    body: str | None  # expression passed as body=
    docstring: str
    # The Endpoint's types, at module level.
    response_type: str | None
    error_types: list[tuple[str, str]]
    # The types the method body uses, where its arguments hide the names they share (an
    # argument `list` hides the builtin): those are spelled through their module.
    body_return_type: str
    body_async_return_type: str
    body_item_type: str | None


def _method_view(operation: Operation, shadowed: frozenset[str], show: _Printed) -> MethodView:
    """``shadowed``: the names the resource class defines (its methods), which its
    signatures cannot use bare."""
    arguments: list[Argument] = []
    docs: list[tuple[str, str]] = []
    required: list[Argument] = []
    optional: list[Argument] = []

    def keyword(name: str, kind: PyType, is_required: bool) -> None:
        """A keyword-only argument: required ones first, optional ones default to NOT_GIVEN."""
        if is_required:
            required.append(Argument(name, show(kind, shadowed), None))
        else:
            optional.append(Argument(name, show(_with_not_given(kind), shadowed), "NOT_GIVEN"))

    for parameter in operation.parameters:
        if parameter.location == "path":
            annotation = show(parameter.type, shadowed)
            arguments.append(Argument(parameter.py_name, annotation, None, positional=True))
        else:
            keyword(parameter.py_name, parameter.type, parameter.required)
        docs.append((parameter.py_name, parameter.description))
    body_expr: str | None = None
    body = operation.body
    if body is not None and body.fields is not None:
        pairs = []
        for field in body.fields:
            keyword(field.py_name, field.type, field.required)
            docs.append((field.py_name, field.description))
            pairs.append(f"{escape.python_literal(field.wire_name)}: {field.py_name}")
        body_expr = "{" + ", ".join(pairs) + "}"
    elif body is not None:
        keyword("body", body.type, body.required)
        docs.append(("body", body.description))
        body_expr = "body"
    arguments += required + optional
    pagination = operation.pagination
    if pagination is not None:
        return_type: PyType = Generic(_SYNC_PAGE, (pagination.item_type,))
        async_return_type: PyType = Generic(_ASYNC_PAGINATOR, (pagination.item_type,))
        call = "request_page"
    else:
        return_type = async_return_type = operation.return_type
        call = "request"
    lines = [operation.summary or operation.operation_id]
    if operation.description and operation.description != operation.summary:
        lines += ["", operation.description]
    if operation.deprecated:
        lines += ["", "Deprecated: the API marks this operation as deprecated."]
    lines += ["", f"`{operation.http_method} {operation.path}`"]
    documented = [(name, " ".join(text.split())) for name, text in docs if text.strip()]
    if documented:
        lines += ["", "Args:"]
        lines += [f"    {name}: {text}" for name, text in documented]
    local = shadowed | {a.name for a in arguments}
    response_type = operation.response_type
    return MethodView(
        operation=operation,
        arguments=arguments,
        return_type=show(return_type, shadowed),
        async_return_type=show(async_return_type, shadowed),
        call=call,
        arguments_map=[(p.py_name, p.py_name) for p in operation.parameters],
        body=body_expr,
        docstring=escape.docstring("\n".join(lines), indent=8),
        response_type=None if response_type is None else show(response_type),
        error_types=[(status, show(kind)) for status, kind in operation.error_types.items()],
        body_return_type=show(return_type, local),
        body_async_return_type=show(async_return_type, local),
        body_item_type=show(pagination.item_type, local) if pagination else None,
    )


def _resource_classes(resource: Resource) -> tuple[str, str]:
    return resource.class_name, f"Async{resource.class_name}"


def _resource_module(env: jinja2.Environment, api: Api, resource: Resource) -> str:
    method_names = frozenset(op.method_name for op in resource.operations)
    show = _Printed()
    methods = [_method_view(op, method_names, show) for op in resource.operations]
    # The names the template's own code uses, beside those of the types it prints.
    imports = show.imports | {
        ("typing", "Unpack"),
        ("typing", "cast"),
        ("._base_client", "AsyncAPIClient"),
        ("._base_client", "SyncAPIClient"),
        ("._endpoint", "Endpoint"),
        ("._response", "to_raw_response_wrapper"),
        ("._types", "RequestOptions"),
    }
    if any(op.pagination for op in resource.operations):
        imports.add(("._endpoint", "Pagination"))
    if any(op.parameters for op in resource.operations):
        imports.add(("._endpoint", "Param"))
    if any(m.call == "request" for m in methods):
        imports.add(("._response", "async_to_raw_response_wrapper"))
    if any(a.default == "NOT_GIVEN" for m in methods for a in m.arguments):
        imports.add(("._types", "NOT_GIVEN"))
    return env.get_template("resources/resource.py.j2").render(
        api=api,
        resource=resource,
        exports=export_order(_resource_classes(resource)),
        methods=methods,
        import_sections=import_sections(imports, ".."),
    )


class FieldView(NamedTuple):
    name: str
    annotation: str
    default: str | None
    docstring: str | None


class ClassView(NamedTuple):
    name: str
    docstring: str | None
    fields: list[FieldView]


def _docstring_or_none(text: str) -> str | None:
    return escape.docstring(text) if text.strip() else None


def _class_view(cls: ModelClass, show: _Printed) -> ClassView:
    fields: list[FieldView] = []
    for item in cls.fields:
        annotation = show(item.type)
        if item.alias is not None:
            alias = escape.python_literal(item.alias)
            annotation = f"Annotated[{annotation}, Field(alias={alias})]"
            show.imports |= {("typing", "Annotated"), ("pydantic", "Field")}
        fields.append(FieldView(item.name, annotation, item.default, _docstring_or_none(item.doc)))
    return ClassView(cls.name, _docstring_or_none(cls.doc), fields)


def models_module(models: Models, title: str, env: jinja2.Environment | None = None) -> str:
    """The models module: the classes laid out by ``models.py.j2``, or the source another
    models backend wrote."""
    show = _Printed()
    classes = [_class_view(cls, show) for cls in models.classes]
    imports = {(module, name) for module, name in show.imports if module != MODELS_MODULE}
    if classes:
        imports |= {("pydantic", "BaseModel"), ("pydantic", "ConfigDict")}
    return (
        (env or _environment())
        .get_template("models.py.j2")
        .render(
            title=title,
            external=models.external,
            import_sections=import_sections(imports, "."),
            classes=classes,
        )
    )


def _webhooks_context(api: Api) -> dict[str, Any]:
    show = _Printed()
    events = [(w.name, show(w.payload_type), w.summary) for w in api.webhooks]
    any_event = show(union(*(w.payload_type for w in api.webhooks)) if api.webhooks else ANY)
    # The names the template's own code uses, beside those of the types it prints.
    imports = show.imports | {
        ("collections.abc", "Mapping"),
        ("typing", "cast"),
        *(
            ("._webhooks", name)
            for name in (
                "DEFAULT_TOLERANCE",
                "InMemoryReplayGuard",
                "ReplayGuard",
                "Signature",
                "WebhookVerificationError",
                "unwrap_event",
            )
        ),
    }
    return {
        "webhook_imports": import_sections(imports, "."),
        "webhook_union": any_event,
        "webhook_events": events,
    }


def runtime_paths(api: Api) -> list[str]:
    """Where the runtime modules (copied verbatim, already ruff-formatted) go in the package."""
    return [
        f"{api.package}/{runtime.name}"
        for runtime in sorted(RUNTIME_DIR.iterdir(), key=lambda module: module.name)
        if runtime.name.endswith(".py") and (runtime.name != "_webhooks.py" or api.webhooks)
    ]


def render_package(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Every file of the package, by path relative to the output directory; ``templates``:
    a folder of overriding templates. Raises TemplateError, located, for a broken one."""
    try:
        return _render_package(api, _environment(templates))
    except jinja2.TemplateError as error:
        raise TemplateError(_template_location(error, templates), str(error.message)) from None


class TemplateError(Exception):
    """A template that does not compile or render, with the file and line where it failed."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


def _template_location(error: jinja2.TemplateError, overrides: Path | None) -> str:
    """``FILE:LINE`` of the failure: a syntax error carries it; for an error while rendering,
    Jinja rewrites the traceback so its frames are the templates' own files and lines."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{error.filename or error.name}:{error.lineno}"
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.endswith(".j2")
    ]
    if not frames:
        return str(overrides or "templates")
    return f"{frames[-1].filename}:{frames[-1].lineno}"


def _render_package(api: Api, env: jinja2.Environment) -> dict[str, str]:
    package = api.package
    files = {
        target: RUNTIME_DIR.joinpath(target.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        for target in runtime_paths(api)
    }
    client_classes = (api.client_class, f"Async{api.client_class}")
    resource_imports = sorted(
        ((r.attr_name, import_order(_resource_classes(r))) for r in api.resources),
        key=lambda item: _natural(item[0].lower()),
    )
    if api.package_version is not None:
        version, version_rule = api.package_version, "config"
    else:
        version, version_rule = package_version(api.version)
    context: dict[str, Any] = {
        "api": api,
        "package_version": version,
        "version_rule": version_rule,
        # pyproject.toml's strings, escaped for TOML (not JSON: `tojson` writes an emoji as
        # a surrogate pair of \u escapes, which TOML rejects).
        "toml": {
            "distribution": escape.toml_string(api.distribution),
            "version": escape.toml_string(version),
            "description": escape.toml_string(
                "Typed Python client for the " + escape.comment(api.title)
            ),
            "dependencies": [
                escape.toml_string(requirement)
                for requirement in (*RUNTIME_REQUIREMENTS, *api.dependencies)
            ],
            "packages": [
                escape.toml_string(api.package),
                escape.toml_string(api.package + ".resources"),
            ],
        },
        "client_classes": import_order(client_classes),
        "client_exports": export_order((*client_classes, "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES")),
        "exceptions": import_order(RUNTIME_EXCEPTIONS),
        "model_imports": import_order(api.model_names),
        "package_exports": export_order(
            (*client_classes, *_PACKAGE_EXPORTS, *RUNTIME_EXCEPTIONS, *api.model_names)
        ),
        "resource_imports": resource_imports,
        "resource_exports": export_order(
            name for _, classes in resource_imports for name in classes
        ),
    }
    for resource in api.resources:
        files[f"{package}/resources/{resource.attr_name}.py"] = _resource_module(env, api, resource)
    context.update(_webhooks_context(api))
    context["credentials"] = [c for s in api.security_schemes for c in s.credentials]
    context["env_vars"] = {
        c: env_var
        for s in api.security_schemes
        for c, env_var in zip(s.credentials, (s.env_var, s.password_env_var), strict=False)
        if env_var
    }
    templates = {
        "pyproject.toml": "pyproject.toml.j2",
        "README.md": "README.md.j2",
        f"{package}/__init__.py": "__init__.py.j2",
        f"{package}/_client.py": "_client.py.j2",
        f"{package}/resources/__init__.py": "resources/__init__.py.j2",
        f"{package}/py.typed": "py.typed.j2",
    }
    if api.webhooks:
        templates[f"{package}/webhooks.py"] = "webhooks.py.j2"
    for target, template in templates.items():
        files[target] = env.get_template(template).render(**context)
    files[f"{package}/models.py"] = models_module(api.models, api.title, env)
    return files
