"""IR → source files, through the Jinja templates in ``templates/package``.

Python computes everything a template prints (signatures, imports, docstrings, model fields);
the templates only arrange it. Spec text reaches generated code only through
``generator.escape``, so no spec can inject code.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import jinja2

from generator import escape
from generator.cache import cache_dir
from generator.ir import (
    RUNTIME_EXCEPTIONS,
    Api,
    Body,
    BodyField,
    ModelClass,
    Models,
    Operation,
    Relationship,
    Resource,
)
from generator.model_modules import ModelLayout, ModelModule, layout_models, model_references
from generator.naming import package_version, unique
from generator.precompiled import CompiledLoader
from generator.pytypes import (
    ANY,
    DATE,
    DATETIME,
    DICT_ANY,
    NONE,
    QUALIFIERS,
    STR,
    Generic,
    Import,
    Literal,
    Named,
    PyType,
    Union,
    dict_of,
    union,
)
from generator.reserved import RESERVED_MODEL_NAMES
from generator.schema_types import MODELS_MODULE
from generator.typed_errors import (
    DERIVED_CLASSES,
    STATUS_CLASSES,
    TypedError,
    status_class,
    typed_errors,
)

# The templates ship inside the package (``generator/templates``): in the repository that is a
# link to the top-level ``templates/``, and the wheel build copies the files in as package data.
TEMPLATES = files("generator") / "templates"
RUNTIME_DIR = TEMPLATES / "runtime"
_DIGIT_RUNS = re.compile(r"(\d+)")
# What the runtime needs (pyproject.toml.j2 says why sniffio; anyio, which httpx needs too,
# is what a quota's async waits use under asyncio and trio); a config adds to these.
RUNTIME_REQUIREMENTS = ("httpx>=0.27", "pydantic>=2.7", "sniffio>=1.3", "anyio>=4")
# Re-exported by the package's __init__ next to the client and the models.
_PACKAGE_EXPORTS = (
    "Client",
    "AsyncClient",
    "NOT_GIVEN",
    "NotGiven",
    "APIResponse",
    "RateLimit",
    "Quota",
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "Stream",
    "AsyncStream",
    "ServerSentEvent",
    "StreamedResponse",
    "AsyncStreamedResponse",
    "related_records",
    "UnknownEnum",
)


_NOT_GIVEN = Named("NotGiven", "._types")
_SYNC_PAGE = Named("SyncPage", "._pagination")
_ASYNC_PAGINATOR = Named("AsyncPaginator", "._pagination")
_STREAM = Named("Stream", "._streaming")
_ASYNC_STREAM = Named("AsyncStream", "._streaming")
_EVENT = Named("ServerSentEvent", "._streaming")
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


def _module_order(module: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """isort's order of modules: natural, case-insensitive first (``_e_607ab211`` before
    ``_e_171934a2``: 607 < 171934)."""
    return (_natural(module.lower()), _natural(module))


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
            alias = QUALIFIERS.get(module)
            section, module = 2, package + module[1:]
            if not name and alias:  # a module by its alias: `from .. import models as _models`
                dots = len(module) - len(module.lstrip("."))
                parent, _, child = module[dots:].rpartition(".")
                module, name = module[:dots] + parent, f"{child} as {alias}"
        else:
            section = 1 if module.split(".")[0] in _THIRD_PARTY else 0
        sections[section].setdefault(module, set()).add(name)
    result: list[list[str]] = []
    for by_module in sections:
        lines = [
            f"import {module}"
            if QUALIFIERS.get(module, module) == module
            else f"import {module} as {QUALIFIERS[module]}"
            for module in sorted(by_module, key=_module_order)
            if "" in by_module[module]
        ]
        # An aliased name gets a line of its own, after the module's plain names (isort's
        # default, combine-as-imports off).
        lines += [
            f"from {module} import {', '.join(group)}"
            for module, names in sorted(by_module.items(), key=lambda item: _module_order(item[0]))
            for group in (
                import_order(n for n in names if n and " as " not in n),
                *([n] for n in sorted(n for n in names if " as " in n)),
            )
            if group
        ]
        if lines:
            result.append(lines)
    return result


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Templates compiled here (a user's overrides, a built-in one edited since
    ``make templates``) cached per user. Jinja keys entries by template source checksum, so
    an edited template recompiles."""
    root = cache_dir("jinja")
    return None if root is None else jinja2.FileSystemBytecodeCache(str(root))


def template_environment(
    overrides: Path | None = None, *, compiled: bool = True
) -> jinja2.Environment:
    """The templates; a config's ``templates`` folder, when given, is searched first, so any
    template it holds (by relative path, partials included) replaces the built-in one. The
    built-in ones come precompiled (``generator.precompiled``) unless ``compiled`` is off."""
    loader: jinja2.BaseLoader = jinja2.PackageLoader("generator", "templates/package")
    if compiled:
        loader = CompiledLoader(loader)
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


_IMPORTED_IN_MODELS = frozenset(
    {"TypedDict", "Required", "builtins", "datetime", "date", "_datetime"}
)


class _Params:
    """``TypedDict``s of the models that arguments take (Stainless style): a nested request
    value may be the model or a dict literal with the same keys, which type checkers check
    key by key, where ``dict[str, Any]`` accepted anything. Keys are the wire names; a
    model whose keys cannot all be names of a class body (not identifiers, keywords,
    dunders, names the models module defines or imports) keeps ``dict[str, Any]``. Keys are
    optional (``total=False``) but for the properties a request must carry, ``Required``:
    required and not ``readOnly``, so a literal missing one fails type checking."""

    def __init__(self, models: Models, module_of: dict[str, str] | None = None) -> None:
        self.classes = {cls.name: cls for cls in models.classes}
        self.module_of = module_of if module_of is not None else {}
        self.model_names = frozenset(self.classes) | models.external_names
        defined = frozenset(self.classes) | RESERVED_MODEL_NAMES | _IMPORTED_IN_MODELS
        self.taken: set[str] = set(defined)
        self.eligible = {
            name
            for name, cls in self.classes.items()
            if all(_plain_key(field.alias or field.name, defined) for field in cls.fields)
        }
        # A TypedDict's name is no key of any of them: a key would hide it in a class body.
        self.taken |= {field.alias or field.name for cls in models.classes for field in cls.fields}
        self.names: dict[str, str] = {}  # model → its TypedDict, in the order first needed

    def argument(self, kind: PyType) -> PyType:
        """``kind`` (an argument's type) with each model also accepting its TypedDict, which
        replaces the ``dict[str, Any]`` the type builder offered beside it."""
        members = kind.members()
        typed = [m for m in members if self._param(m) is not None]
        if typed and all(self._param(m) is not None for m in members if _is_model(m)):
            members = tuple(m for m in members if m != DICT_ANY)
        return union(*(self._widen(member) for member in members))

    def _widen(self, kind: PyType) -> PyType:
        param = self._param(kind)
        if param is not None:
            return union(kind, param)
        if isinstance(kind, Generic):
            return Generic(kind.origin, tuple(self.argument(arg) for arg in kind.args))
        if kind in (DATETIME, DATE):
            return union(kind, STR)  # its ISO 8601 text, as a top-level argument takes
        return kind

    def _param(self, kind: PyType) -> Named | None:
        if not _is_model(kind) or not isinstance(kind, Named) or kind.name not in self.eligible:
            return None
        name = self.names.get(kind.name)
        if name is None:
            name = self.names[kind.name] = unique(f"{kind.name}Param", self.taken)
            if kind.name in self.module_of:
                self.module_of[name] = self.module_of[kind.name]
        return Named(name, MODELS_MODULE)

    def views(self) -> list[tuple[ParamView, set[Import]]]:
        """The TypedDicts to lay out, each with its fields (types in argument form: a field
        may name another model, whose TypedDict is then made too) and what they import."""
        views: list[tuple[ParamView, set[Import]]] = []
        done: set[str] = set()
        while len(done) < len(self.names):
            model = next(name for name in self.names if name not in done)
            done.add(model)
            cls = self.classes[model]
            keys = frozenset(field.alias or field.name for field in cls.fields)
            show = _Printed()
            fields = [
                (
                    field.alias or field.name,
                    show(_required(self.argument(field.type), field.sent_required), keys),
                )
                for field in cls.fields
            ]
            views.append((ParamView(self.names[model], model, fields), show.imports))
        return views


def _required(kind: PyType, required: bool) -> PyType:
    return Generic(Named("Required", "typing"), (kind,)) if required else kind


def _is_model(kind: PyType) -> bool:
    return isinstance(kind, Named) and kind.module == MODELS_MODULE


def _plain_key(key: str, defined: frozenset[str]) -> bool:
    return (
        key.isidentifier()
        and not keyword.iskeyword(key)
        and not key.startswith("__")
        and key not in defined
    )


class ParamView(NamedTuple):
    name: str
    model: str
    fields: list[tuple[str, str]]  # (key, annotation)


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
    call: str  # "request", "request_page" or "request_stream"
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
    # The Endpoint's item type of an event stream or JSON Lines (None: none, or text).
    item_type: str | None = None

    @property
    def awaited(self) -> bool:
        """Whether the async method is a coroutine (a paginator is awaited or iterated)."""
        return self.call != "request_page"

    @property
    def download(self) -> bool:
        """A download: ``with_streaming_response`` offers it unread."""
        return self.operation.stream == "bytes"


def _stream_item(operation: Operation) -> PyType:
    """What iterating an operation's ``Stream`` gives: events, or JSON Lines items."""
    item = operation.item_type
    if operation.stream == "sse":
        return Generic(_EVENT, (STR if item is None else item,))
    return ANY if item is None else item


def _method_view(
    operation: Operation,
    shadowed: frozenset[str],
    show: _Printed,
    run: _Printed,
    params: _Params,
    typed: frozenset[str],
) -> MethodView:
    """``shadowed``: the names the resource class defines (its methods), which its
    signatures cannot use bare. ``show`` prints the annotations, ``run`` what the module
    evaluates (the ``Endpoint``'s types, a page's item type): there a model is spelled
    through the lazy ``models`` package and an ``Endpoint``'s is ``Deferred`` to its first
    call, so importing a resource builds no model class (annotations import them for type
    checkers only)."""
    models = params.model_names

    def evaluated(kind: PyType) -> str:
        text = run(kind, models)
        if not model_references(kind) & models:
            return text
        run.imports.add(("._endpoint", "Deferred"))
        return f"Deferred(lambda: {text})"

    arguments: list[Argument] = []
    docs: list[tuple[str, str]] = []
    required: list[Argument] = []
    optional: list[Argument] = []

    def keyword(name: str, kind: PyType, is_required: bool) -> None:
        """A keyword-only argument: required ones first, optional ones default to NOT_GIVEN."""
        kind = params.argument(kind)
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
    if body is not None and body.jsonapi is not None:
        body_expr = _jsonapi_arguments(body, keyword, docs)
    elif body is not None and body.fields is not None:
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
    elif operation.stream in ("sse", "jsonl"):
        item = _stream_item(operation)
        return_type, async_return_type = Generic(_STREAM, (item,)), Generic(_ASYNC_STREAM, (item,))
        call = "request_stream"
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
    lines += _raises(operation, typed)
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
        response_type=None if response_type is None else evaluated(response_type),
        error_types=[(status, evaluated(kind)) for status, kind in operation.error_types.items()],
        body_return_type=show(return_type, local),
        body_async_return_type=show(async_return_type, local),
        body_item_type=run(pagination.item_type, local | models) if pagination else None,
        item_type=None if operation.item_type is None else evaluated(operation.item_type),
    )


def _raises(operation: Operation, typed: frozenset[str]) -> list[str]:
    """Docstring lines naming, for the declared error statuses, the error model: the
    status's class and its ``typed_body`` where the package types it (``typed``), else
    ``APIStatusError`` and ``body_as``."""
    found: dict[tuple[str, str], list[str]] = {}
    for status, kind in operation.error_types.items():
        models = [m for m in kind.members() if isinstance(m, Named) and m.module == MODELS_MODULE]
        if not models:
            continue
        name = status_class(status)
        if name in typed:
            how = (name, f"`e.typed_body` ({' or '.join(m.name for m in models)})")
        else:
            how = ("APIStatusError", " or ".join(f"`e.body_as({m.name})`" for m in models))
        found.setdefault(how, []).append(status)
    if not found:
        return []
    return [
        "",
        "Raises:",
        *(f"    {name} ({', '.join(statuses)}): {how}" for (name, how), statuses in found.items()),
    ]


def _jsonapi_arguments(
    body: Body,
    keyword: Callable[[str, PyType, bool], None],
    docs: list[tuple[str, str]],
) -> str:
    """The keyword arguments of a JSON:API write (``generator.jsonapi``), and the expression
    that assembles the body from them; the whole document is accepted as ``body=`` (a
    generated model) where no argument is required."""
    write = body.jsonapi
    assert write is not None
    literal = escape.python_literal
    for argument in write.arguments:
        keyword(argument.py_name, argument.type, argument.required)
        docs.append((argument.py_name, argument.description))
    attributes = ", ".join(f"{literal(a.wire_name)}: {a.py_name}" for a in write.attributes)
    links = []
    for link in write.relationships:
        value = link.py_name
        if link.resource_type is not None:
            helper = "to_many" if link.many else "to_one"
            value = f"_jsonapi.{helper}({literal(link.resource_type)}, {link.py_name})"
        links.append(f"{literal(link.wire_name)}: {value}")
    options = []
    if write.id is not None:
        options.append(f"id_={write.id.py_name}")
    elif write.id_from is not None:
        options.append(f"id_={write.id_from}")
    if write.extra_name is not None:
        keyword(write.extra_name, dict_of(write.extra_type), False)
        docs.append((write.extra_name, "Attributes beyond the named ones, by their wire name."))
        options.append(f"extra={write.extra_name}")
    if write.attributes_required:
        options.append("attributes_required=True")
    if not body.required:
        options.append("optional=True")
    if not any(argument.required for argument in write.arguments):
        keyword("body", body.type, False)
        docs.append(("body", "The whole request document instead of the arguments above."))
        options.append("document=body")
    return (
        f"_jsonapi.write_document({literal(write.resource_type)}, {{{attributes}}},"
        f" {{{', '.join(links)}}}{''.join(', ' + option for option in options)})"
    )


_PLAIN_WORD = re.compile(r"[A-Za-z0-9_.-]{1,40}")
_EXAMPLE_SCALARS = {"str": '"..."', "int": "1", "float": "1.0", "bool": "True"}
_EXAMPLE_ATTRIBUTES = 3  # optional attributes an example shows, beside the required ones


def _example_value(kind: PyType) -> str | None:
    """A value of ``kind`` for a README example, or None when none is simple to write."""
    for member in kind.members():
        # A literal only when plain: the example sits in a Markdown code fence.
        value = member.values[0] if isinstance(member, Literal) else None
        if isinstance(value, int) or (isinstance(value, str) and _PLAIN_WORD.fullmatch(value)):
            return escape.python_literal(value)
        if (
            isinstance(member, Named)
            and member.module == "builtins"
            and member.name in _EXAMPLE_SCALARS
        ):
            return _EXAMPLE_SCALARS[member.name]
        if isinstance(member, Generic) and member.origin.name == "list" and member.args:
            item = _example_value(member.args[0])
            if item is not None:
                return f"[{item}]"
    return None


def _write_examples(resource: Resource) -> list[str]:
    """README calls of the resource's JSON:API writes (a create and an update, where it has
    them), with typed arguments: the required ones, a few optional attributes and the first
    relationship."""
    examples: list[str] = []
    seen: set[bool] = set()
    for op in resource.operations:
        write = op.body.jsonapi if op.body is not None else None
        creates = op.http_method == "POST"
        if write is None or creates in seen:
            continue
        arguments = [p.py_name for p in op.parameters if p.location == "path"]
        arguments += [
            f"{p.py_name}=..." for p in op.parameters if p.required and p.location != "path"
        ]
        picked: list[BodyField | Relationship] = [a for a in write.arguments if a.required]
        picked += [
            a for a in write.attributes if not a.required and _example_value(a.type) is not None
        ][:_EXAMPLE_ATTRIBUTES]
        picked += [r for r in write.relationships[:1] if not r.required]
        for argument in picked:
            value = _example_value(argument.type)
            arguments.append(f"{argument.py_name}={value if value is not None else '...'}")
        name = "created" if creates else "updated"
        call = f"client.{resource.attr_name}.{op.method_name}({', '.join(arguments)})"
        examples.append(f"{name} = {call}")
        seen.add(creates)
    return examples


def _resource_classes(resource: Resource) -> tuple[str, str]:
    return resource.class_name, f"Async{resource.class_name}"


def _resource_module(
    env: jinja2.Environment,
    api: Api,
    resource: Resource,
    params: _Params,
    typed: frozenset[str],
) -> str:
    """``typed``: the status error classes whose body the package types."""
    method_names = frozenset(op.method_name for op in resource.operations)
    show, run = _Printed(), _Printed()
    methods = [
        _method_view(op, method_names, show, run, params, typed) for op in resource.operations
    ]
    # What annotations name of the models is imported for type checkers alone; the code
    # reaches models through the lazy package (`_models.Lead`).
    annotation_only = {(module, name) for module, name in show.imports if module == MODELS_MODULE}
    # The names the template's own code uses, beside those of the types it prints.
    imports = (
        run.imports
        | (show.imports - annotation_only)
        | {
            ("typing", "Unpack"),
            ("typing", "cast"),
            ("._base_client", "AsyncAPIClient"),
            ("._base_client", "SyncAPIClient"),
            ("._endpoint", "Endpoint"),
            ("._response", "to_raw_response_wrapper"),
            ("._types", "RequestOptions"),
        }
    )
    if any(op.pagination for op in resource.operations):
        imports.add(("._endpoint", "Pagination"))
    if any(op.parameters for op in resource.operations):
        imports.add(("._endpoint", "Param"))
    if any(m.awaited for m in methods):
        imports.add(("._response", "async_to_raw_response_wrapper"))
    downloads = [m for m in methods if m.download]
    if downloads:
        imports.add(("._streaming", "async_to_streamed_response_wrapper"))
        imports.add(("._streaming", "to_streamed_response_wrapper"))
    if any(op.body is not None and op.body.jsonapi for op in resource.operations):
        imports.add((".", "_jsonapi"))
    if any(a.default == "NOT_GIVEN" for m in methods for a in m.arguments):
        imports.add(("._types", "NOT_GIVEN"))
    if annotation_only:
        imports.add(("typing", "TYPE_CHECKING"))
    return env.get_template("resources/resource.py.j2").render(
        api=api,
        resource=resource,
        exports=export_order(_resource_classes(resource)),
        methods=methods,
        downloads=downloads,
        import_sections=import_sections(imports, ".."),
        type_checking_imports=[
            line for section in import_sections(annotation_only, "..") for line in section
        ],
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


def _class_view(cls: ModelClass, show: _Printed, far: frozenset[str] = frozenset()) -> ClassView:
    """``far``: the far classes of other modules (``generator.model_modules``), which a
    field naming one validates lazily."""
    fields: list[FieldView] = []
    for item in cls.fields:
        annotation = _field_annotation(item.type, show, far)
        if item.alias is not None:
            alias = escape.python_literal(item.alias)
            annotation = f"Annotated[{annotation}, Field(alias={alias})]"
            show.imports |= {("typing", "Annotated"), ("pydantic", "Field")}
        fields.append(FieldView(item.name, annotation, item.default, _docstring_or_none(item.doc)))
    return ClassView(cls.name, _docstring_or_none(cls.doc), fields)


def _field_annotation(kind: PyType, show: _Printed, far: frozenset[str]) -> str:
    """A field's type; one naming a far class is marked ``_lazy.FAR`` (but for ``None``,
    which needs no class), so its validator is built on the first value, from the classes."""
    if far.isdisjoint(model_references(kind)):
        return show(kind)
    members = kind.members()
    show.imports |= {("typing", "Annotated"), (".", "_lazy")}
    marked = f"Annotated[{show(union(*(m for m in members if m != NONE)))}, _lazy.FAR]"
    return f"{marked} | None" if NONE in members else marked


def model_layout(models: Models, chosen: Mapping[str, str] | None = None) -> ModelLayout:
    """Where each model class goes in the ``models`` package (``generator.model_modules``);
    ``chosen``: class → module from a config. Raises LayoutError for overrides that would
    make its modules import each other."""
    references = {
        cls.name: set().union(*(model_references(f.type) for f in cls.fields))
        for cls in models.classes
    }
    return layout_models([cls.name for cls in models.classes], references, chosen or {})


def models_module(
    models: Models,
    title: str,
    env: jinja2.Environment | None = None,
    params: _Params | None = None,
) -> str:
    """Every model class (and the TypedDicts ``params`` made) in one module, as a layout of
    one module places them; or the source another models backend wrote."""
    if models.external is not None:
        return _models_module(env or template_environment(), title, models.external, [], [], [])
    names = tuple(cls.name for cls in models.classes)
    layout = ModelLayout((ModelModule("models", names),), dict.fromkeys(names, "models"))
    return models_package(models, title, env, params, layout, root=".")["models.py"]


def models_package(
    models: Models,
    title: str,
    env: jinja2.Environment | None = None,
    params: _Params | None = None,
    layout: ModelLayout | None = None,
    root: str = "..",
) -> dict[str, str]:
    """The ``models`` package, by path inside it: its ``__init__.py`` and a module per group
    of classes (``layout``), each with the TypedDicts of its models that arguments take
    (``params``); ``root``: how a module reaches the package's runtime modules. The source
    another models backend wrote is the whole package."""
    env = env or template_environment()
    if models.external is not None:
        return {"__init__.py": _models_module(env, title, models.external, [], [], [])}
    layout = layout or model_layout(models)
    params = params or _Params(models, layout.module_of)
    param_views: dict[str, list[tuple[ParamView, set[Import]]]] = {}
    for view, imports in params.views():
        layout.module_of.setdefault(view.name, layout.module_of[view.model])
        param_views.setdefault(layout.module_of[view.model], []).append((view, imports))
    classes = {cls.name: cls for cls in models.classes}
    files: dict[str, str] = {}
    for module in layout.modules:
        show = _Printed()
        far = frozenset(n for n in layout.far if layout.module_of[n] != module.name)
        views = [_class_view(classes[name], show, far) for name in module.classes]
        typed = [view for view, _ in param_views.get(module.name, [])]
        for _, imports in param_views.get(module.name, []):
            show.imports |= imports
        own = f"{MODELS_MODULE}.{module.name}"
        lazy = layout.lazy(show.imports, module.name)
        imports = {(name, what) for name, what in layout.placed(show.imports) if name != own} - lazy
        if views:
            imports |= {("pydantic", "BaseModel"), ("pydantic", "ConfigDict")}
        if typed:
            imports.add(("typing", "TypedDict"))
        if lazy:
            imports |= {("typing", "TYPE_CHECKING"), (".", "_lazy")}
        sections = import_sections(imports, root)
        files[f"{module.name}.py"] = _models_module(
            env, title, None, sections, views, typed, _lazy_references(lazy, root)
        )
    names = layout.module_of  # every class, and every TypedDict made
    # Grouped in one pass: a scan of every name per module is quadratic (10,000 operations:
    # 6,200 modules x 14,200 names: 1 s of the 7.9 s user CPU time of a warm run).
    in_module: dict[str, list[str]] = {}
    for name, module_name in names.items():
        in_module.setdefault(module_name, []).append(name)
    files["__init__.py"] = env.get_template("models/__init__.py.j2").render(
        title=title,
        exports=export_order(names),
        by_module=[
            (module.name, import_order(in_module.get(module.name, ())))
            for module in sorted(layout.modules, key=lambda module: _module_order(module.name))
        ],
        lazy=sorted(names.items(), key=lambda item: _natural(item[0].lower())),
    )
    return files


class LazyReferences(NamedTuple):
    imports: list[str]  # the lines type checkers read
    names: list[tuple[str, str]]  # (module in the models package, class) bound at run time


_NO_LAZY_REFERENCES = LazyReferences([], [])


def _lazy_references(lazy: set[Import], root: str) -> LazyReferences:
    """How a models module names the far classes it references lazily
    (``generator.model_modules``): imported for type checkers only, and bound at run time
    to ``_lazy.model`` stand-ins that import their class on the first value to validate."""
    lines = [line for section in import_sections(lazy, root) for line in section]
    prefix = f"{MODELS_MODULE}."
    names = [(module.removeprefix(prefix), name) for module, name in lazy]
    return LazyReferences(lines, sorted(names, key=lambda item: _natural(item[1].lower())))


def _models_module(
    env: jinja2.Environment,
    title: str,
    external: str | None,
    sections: list[list[str]],
    classes: list[ClassView],
    params: list[ParamView],
    lazy: LazyReferences = _NO_LAZY_REFERENCES,
) -> str:
    return env.get_template("models.py.j2").render(
        title=title,
        external=external,
        import_sections=sections,
        classes=classes,
        params=params,
        lazy=lazy,
    )


class TypedErrorView(NamedTuple):
    name: str
    annotation: str  # typed_body's type
    doc: str
    derived: tuple[str, ...] = ()  # runtime subclasses the package subclasses from both


def _errors_context(typed: list[TypedError]) -> dict[str, Any]:
    show = _Printed()
    views = [
        TypedErrorView(
            error.name,
            show(union(error.body, NONE)),
            f"{_STATUS_LABELS[error.name]}, with ``typed_body``: the body the API declares.",
            DERIVED_CLASSES.get(error.name, ()),
        )
        for error in typed
    ]
    return {
        "typed_errors": views,
        # The README's example: a missing record is the error a user meets first.
        "typed_error_example": next(
            (view for view in views if view.name == "NotFoundError"), views[0] if views else None
        ),
        "typed_error_names": import_order(
            name for view in views for name in (view.name, *view.derived)
        ),
        "error_imports": import_sections(show.imports, "."),
    }


_STATUS_LABELS = {
    name: ("A 5xx status" if len(statuses) > 1 else f"Status {statuses[0]}")
    for name, statuses in STATUS_CLASSES.items()
}


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


def _streaming_context(api: Api) -> dict[str, Any] | None:
    """The README's streaming examples: a call of the first download, event stream and
    JSON Lines operation; None when the API has none."""
    calls: dict[str, list[str]] = {"bytes": [], "sse": [], "jsonl": []}
    resumable: list[str] = []
    for resource in api.resources:
        for op in resource.operations:
            if op.stream is None:
                continue
            arguments = ", ".join(p.py_name for p in op.parameters if p.location == "path")
            where = "with_streaming_response." if op.stream == "bytes" else ""
            calls[op.stream].append(f"{resource.attr_name}.{where}{op.method_name}({arguments})")
            if op.sse_reconnect:
                resumable.append(f"`client.{resource.attr_name}.{op.method_name}`")
    if not any(calls.values()):
        return None
    return {
        "download": next(iter(calls["bytes"]), None),
        "downloads": [f"`client.{call.split('(')[0]}`" for call in calls["bytes"]],
        "events": next(iter(calls["sse"]), None),
        "resumable": resumable,
        "lines": next(iter(calls["jsonl"]), None),
    }


def runtime_paths(api: Api) -> list[str]:
    """Where the runtime modules (copied verbatim, already ruff-formatted) go in the package:
    the optional ones only where the API uses them."""
    used = {"_webhooks.py": bool(api.webhooks), "_servers.py": required_variables(api)}
    return [
        f"{api.package}/{runtime.name}"
        for runtime in sorted(RUNTIME_DIR.iterdir(), key=lambda module: module.name)
        if runtime.name.endswith(".py") and used.get(runtime.name, True)
    ]


def required_variables(api: Api) -> bool:
    """Whether a server variable must be given by the caller (its default a placeholder)."""
    return any(variable.env_var for variable in api.server_variables)


def render_package(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Every file of the package, by path relative to the output directory; ``templates``:
    a folder of overriding templates. Raises TemplateError, located, for a broken one."""
    try:
        return _render_package(api, template_environment(templates))
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
    import traceback  # only a broken template needs it (and its textwrap import)

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
    constants = ("DOCUMENTED_QUOTA",) if api.quota is not None else ()
    resource_imports = sorted(
        ((r.attr_name, import_order(_resource_classes(r))) for r in api.resources),
        key=lambda item: _natural(item[0].lower()),
    )
    if api.package_version is not None:
        version, version_rule = api.package_version, "config"
    else:
        version, version_rule = package_version(api.version)
    typed = typed_errors(api.operations)
    # The package's _errors defines these, in place of the runtime's of the same name.
    errors = _errors_context(typed)
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
                escape.toml_string(api.package + ".models"),
                escape.toml_string(api.package + ".resources"),
            ],
        },
        "client_classes": import_order(client_classes),
        "client_exports": export_order(
            (*client_classes, *constants, "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES")
        ),
        "exceptions": import_order(
            name for name in RUNTIME_EXCEPTIONS if name not in errors["typed_error_names"]
        ),
        "model_imports": import_order(api.model_names),
        "package_exports": export_order(
            (*client_classes, *constants, *_PACKAGE_EXPORTS, *RUNTIME_EXCEPTIONS, *api.model_names)
        ),
        "resource_imports": resource_imports,
        "write_examples": {r.attr_name: _write_examples(r) for r in api.resources},
        "resource_exports": export_order(
            name for _, classes in resource_imports for name in classes
        ),
    }
    layout = (
        model_layout(api.models, api.model_modules)
        if api.models.external is None
        else ModelLayout((), {})  # another backend's models: one module
    )
    params = _Params(api.models, layout.module_of)
    for resource in api.resources:
        files[f"{package}/resources/{resource.attr_name}.py"] = _resource_module(
            env, api, resource, params, frozenset(error.name for error in typed)
        )
    context.update(_webhooks_context(api))
    context.update(errors)
    context["credentials"] = [c for s in api.security_schemes for c in s.credentials]
    context["required_variables"] = required_variables(api)
    context["keyed_operations"] = [
        f"`client.{resource.attr_name}.{op.method_name}`"
        for resource in api.resources
        for op in resource.operations
        if op.idempotency_header
    ]
    context["streaming"] = _streaming_context(api)
    context["post_example"] = next(
        (
            f"client.{resource.attr_name}.{op.method_name}"
            for resource in api.resources
            for op in resource.operations
            if op.http_method == "POST"
        ),
        None,
    )
    context["env_vars"] = {
        c: env_var
        for s in api.security_schemes
        for c, env_var in zip(s.credentials, s.env_vars, strict=True)
    }
    context["oauth"] = next((s for s in api.security_schemes if s.oauth), None)
    templates = {
        "pyproject.toml": "pyproject.toml.j2",
        "README.md": "README.md.j2",
        f"{package}/__init__.py": "__init__.py.j2",
        f"{package}/_client.py": "_client.py.j2",
        f"{package}/_errors.py": "_errors.py.j2",
        f"{package}/resources/__init__.py": "resources/__init__.py.j2",
        f"{package}/py.typed": "py.typed.j2",
    }
    if api.webhooks:
        templates[f"{package}/webhooks.py"] = "webhooks.py.j2"
    for target, template in templates.items():
        files[target] = env.get_template(template).render(**context)
    models = models_package(api.models, api.title, env, params, layout)
    files.update((f"{package}/models/{path}", source) for path, source in models.items())
    return files
