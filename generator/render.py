"""IR → source files, through the Jinja templates in ``templates/package``.

Python computes everything a template prints (signatures, imports, docstrings); the
templates only arrange it. Spec text reaches generated code only through ``repr`` (string
literals) or ``docstring`` (escaped), so no spec can inject code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import jinja2

from generator.cache import cache_dir
from generator.ir import RUNTIME_EXCEPTIONS, Api, Operation, Resource
from generator.naming import package_version
from generator.reserved import SHADOWABLE_BUILTINS

# The templates ship inside the package (``generator/templates``): in the repository that is a
# link to the top-level ``templates/``, and the wheel build copies the files in as package data.
TEMPLATES = files("generator") / "templates"
RUNTIME_DIR = TEMPLATES / "runtime"
_IDENTIFIER = re.compile(r"(?<![\w.'\"])([A-Za-z_]\w*)")
_RUNTIME_TYPES = ("FileTypes", "FileContent")
_DIGIT_RUNS = re.compile(r"(\d+)")
_SURROGATES = re.compile("[\ud800-\udfff]")
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


# Characters that must never reach a generated file raw: controls (Cc), format characters
# (Cf: the bidi overrides U+202A-U+202E and isolates U+2066-U+2069, U+200E/F, U+061C, ...),
# line/paragraph separators (Zl, Zp), lone surrogates (Cs), private use and unassigned.
# They can make source read differently from what runs ("Trojan Source").
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"})


def _is_invisible(char: str) -> bool:
    return char not in "\n\t" and unicodedata.category(char) in _INVISIBLE_CATEGORIES


def _escape_invisible(text: str) -> str:
    """``text`` with every invisible character written as a ``\\uXXXX`` escape: inside a
    docstring that is the same text at runtime; in a comment or Markdown it is visible."""
    if text.isprintable():
        return text
    return "".join(
        (f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        if not c.isprintable() and _is_invisible(c)
        else c
        for c in text
    )


def docstring(text: str, indent: int = 4) -> str:
    """A docstring body: escaped so that no spec text can end the string early, and
    with no invisible character written raw (a lone surrogate becomes U+FFFD)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = text.replace("\x00", "").replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not cleaned.isprintable():
        cleaned = _escape_invisible(_SURROGATES.sub("\ufffd", cleaned))
    cleaned = "\n".join(line.rstrip() for line in cleaned.strip().splitlines())
    if cleaned.endswith('"'):
        cleaned += " "
    pad = " " * indent
    return "\n".join((pad + line) if line else "" for line in cleaned.splitlines()).lstrip()


def comment(text: str) -> str:
    """Spec text for one line of a comment, Markdown or TOML: whitespace runs (line breaks
    included) become one space; invisible characters are shown as ``\\uXXXX``."""
    return _escape_invisible(" ".join(text.replace("\x00", "").split()))


def toml_string(text: str) -> str:
    """A TOML basic string holding ``text``: quotes, backslashes and control characters
    escaped, everything else (emoji included) written as UTF-8, which TOML allows. A lone
    surrogate, which no UTF-8 file can hold, becomes U+FFFD."""
    text = _SURROGATES.sub("\ufffd", text)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if not escaped.isprintable():
        escaped = "".join(
            f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cc" else c for c in escaped
        )
    return f'"{escaped}"'


def docline(text: str) -> str:
    """Spec text for the middle of a docstring line: one line, escaped like ``docstring``."""
    line = docstring(comment(text), indent=0)
    # docstring() keeps a final quote off the closing quotes with a space; mid-line that
    # space can end the line (ruff W291), so the quote is escaped instead (same text).
    return line[:-2] + '\\"' if line.endswith('" ') else line


def _with_not_given(type_expr: str) -> str:
    """``type_expr | NotGiven`` with ``None`` kept last (ruff RUF036)."""
    if type_expr == "None":
        return "NotGiven | None"
    if type_expr.endswith(" | None"):  # a top-level member: nested unions end with "]"
        return type_expr[: -len(" | None")] + " | NotGiven | None"
    return f"{type_expr} | NotGiven"


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


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates cached per user: compiling them costs more than rendering a small
    API. Jinja keys entries by template source checksum, so an edited template recompiles."""
    root = cache_dir("jinja")
    return None if root is None else jinja2.FileSystemBytecodeCache(str(root))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates/package"),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = repr
    env.filters["comment"] = comment
    env.filters["docline"] = docline
    return env


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
    item_type: str | None
    docstring: str
    # The same types for the method body, where arguments named like builtins (`list`,
    # `type`) shadow them: qualified as `builtins.list`.
    body_return_type: str = ""
    body_async_return_type: str = ""
    body_item_type: str | None = None


_STRING_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'" + r'|"(?:[^"\\]|\\.)*"')


def _code_parts(expression: str) -> list[tuple[bool, str]]:
    """``expression`` cut into (is_code, text) runs: string literals (``Literal['by list']``
    values) are not code, and must never be rewritten or searched for names."""
    parts: list[tuple[bool, str]] = []
    index = 0
    for match in _STRING_LITERAL.finditer(expression):
        parts.append((True, expression[index : match.start()]))
        parts.append((False, match.group(0)))
        index = match.end()
    parts.append((True, expression[index:]))
    return parts


def _identifiers(expression: str) -> list[str]:
    return [n for code, text in _code_parts(expression) if code for n in _IDENTIFIER.findall(text)]


def _qualify(expression: str, shadowed: set[str]) -> str:
    if not shadowed:
        return expression
    return "".join(
        _IDENTIFIER.sub(
            lambda m: f"builtins.{m.group(1)}" if m.group(1) in shadowed else m.group(1), text
        )
        if code
        else text
        for code, text in _code_parts(expression)
    )


def _method_view(operation: Operation, shadowed: set[str]) -> MethodView:

    def q(expression: str) -> str:
        return _qualify(expression, shadowed)

    arguments: list[Argument] = []
    docs: list[tuple[str, str]] = []
    required: list[Argument] = []
    optional: list[Argument] = []

    def keyword(name: str, type_expr: str, is_required: bool) -> None:
        """A keyword-only argument: required ones first, optional ones default to NOT_GIVEN."""
        if is_required:
            required.append(Argument(name, q(type_expr), None))
        else:
            optional.append(Argument(name, q(_with_not_given(type_expr)), "NOT_GIVEN"))

    for parameter in operation.parameters:
        if parameter.location == "path":
            arguments.append(Argument(parameter.py_name, q(parameter.type_expr), None, True))
        else:
            keyword(parameter.py_name, parameter.type_expr, parameter.required)
        docs.append((parameter.py_name, parameter.description))
    body_expr: str | None = None
    body = operation.body
    if body is not None and body.fields is not None:
        pairs = []
        for field in body.fields:
            keyword(field.py_name, field.type_expr, field.required)
            docs.append((field.py_name, field.description))
            pairs.append(f"{field.wire_name!r}: {field.py_name}")
        body_expr = "{" + ", ".join(pairs) + "}"
    elif body is not None:
        keyword("body", body.type_expr, body.required)
        docs.append(("body", body.description))
        body_expr = "body"
    arguments += required + optional
    pagination = operation.pagination
    if pagination is not None:
        return_type = q(f"SyncPage[{pagination.item_type}]")
        async_return_type = q(f"AsyncPaginator[{pagination.item_type}]")
        call = "request_page"
    else:
        return_type = async_return_type = q(operation.return_type)
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
    local = shadowed | ({a.name for a in arguments} & set(SHADOWABLE_BUILTINS))
    return MethodView(
        operation=operation,
        arguments=arguments,
        return_type=return_type,
        async_return_type=async_return_type,
        body_return_type=_qualify(return_type, local),
        body_async_return_type=_qualify(async_return_type, local),
        body_item_type=_qualify(pagination.item_type, local) if pagination else None,
        call=call,
        arguments_map=[(p.py_name, p.py_name) for p in operation.parameters],
        body=body_expr,
        item_type=pagination.item_type if pagination else None,
        docstring=docstring("\n".join(lines), indent=8),
    )


def _names_in(expressions: list[str], candidates: set[str]) -> list[str]:
    found: set[str] = set()
    for expression in expressions:
        found |= {m for m in _identifiers(expression) if m in candidates}
    return import_order(found)


def _type_expressions(operation: Operation) -> list[str]:
    expressions = [p.type_expr for p in operation.parameters]
    expressions += list(operation.error_types.values())
    if operation.response_type:
        expressions.append(operation.response_type)
    if operation.body is not None:
        expressions.append(operation.body.type_expr if operation.body.fields is None else "")
        expressions += [f.type_expr for f in operation.body.fields or ()]
    if operation.pagination is not None:
        expressions.append(operation.pagination.item_type)
    return expressions


def _resource_classes(resource: Resource) -> tuple[str, str]:
    return resource.class_name, f"Async{resource.class_name}"


def _resource_module(env: jinja2.Environment, api: Api, resource: Resource) -> str:
    method_names = {op.method_name for op in resource.operations}
    shadowed = method_names & set(SHADOWABLE_BUILTINS)
    methods = [_method_view(op, shadowed) for op in resource.operations]
    expressions = [e for op in resource.operations for e in _type_expressions(op)]
    expressions += [m.return_type for m in methods]
    signature_text = " ".join(a.annotation for m in methods for a in m.arguments)
    models = _names_in(expressions, set(api.model_names))
    uses = set(_identifiers(" ".join(expressions) + " " + signature_text))
    typing_names = [name for name in ("Any", "Literal") if name in uses]
    runtime_types = [name for name in _RUNTIME_TYPES if name in uses]
    return env.get_template("resources/resource.py.j2").render(
        api=api,
        resource=resource,
        exports=export_order(_resource_classes(resource)),
        methods=methods,
        models=models,
        typing_names=typing_names,
        runtime_types=runtime_types,
        needs_builtins=any(
            "builtins." in text
            for m in methods
            for text in (
                m.return_type,
                m.async_return_type,
                m.body_return_type,
                m.body_async_return_type,
                m.body_item_type or "",
                *(a.annotation for a in m.arguments),
            )
        ),
        needs_async_wrapper=any(m.call == "request" for m in methods),
        needs_param=any(op.parameters for op in resource.operations),
        paginated=any(op.pagination for op in resource.operations),
        needs_not_given=any(a.default == "NOT_GIVEN" for m in methods for a in m.arguments),
    )


def runtime_paths(api: Api) -> list[str]:
    """Where the runtime modules (copied verbatim, already ruff-formatted) go in the package."""
    return [
        f"{api.package}/{runtime.name}"
        for runtime in sorted(RUNTIME_DIR.iterdir(), key=lambda module: module.name)
        if runtime.name.endswith(".py") and (runtime.name != "_webhooks.py" or api.webhooks)
    ]


def render_package(api: Api) -> dict[str, str]:
    """Every file of the package, by path relative to the output directory."""
    env = _environment()
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
    version, version_rule = package_version(api.version)
    context: dict[str, Any] = {
        "api": api,
        "package_version": version,
        "version_rule": version_rule,
        # pyproject.toml's strings, escaped for TOML (not JSON: `tojson` writes an emoji as
        # a surrogate pair of \u escapes, which TOML rejects).
        "toml": {
            "distribution": toml_string(api.distribution),
            "version": toml_string(version),
            "description": toml_string("Typed Python client for the " + comment(api.title)),
            "packages": [toml_string(api.package), toml_string(api.package + ".resources")],
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
    webhook_types = [w.payload_type for w in api.webhooks]
    context["webhook_models"] = _names_in(webhook_types, set(api.model_names))
    context["webhook_union"] = " | ".join(dict.fromkeys(webhook_types)) if webhook_types else "Any"
    used = set(_identifiers(" ".join(webhook_types)))
    context["webhook_typing"] = [
        name for name in ("Any", "Literal") if name in used or (name == "Any" and not webhook_types)
    ]
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
        f"{package}/models.py": "models.py.j2",
        f"{package}/resources/__init__.py": "resources/__init__.py.j2",
        f"{package}/py.typed": "py.typed.j2",
    }
    if api.webhooks:
        templates[f"{package}/webhooks.py"] = "webhooks.py.j2"
    for target, template in templates.items():
        files[target] = env.get_template(template).render(**context)
    return files
