"""The public Python API of a generated client package, read from its source with ``ast``.

What a user's code can touch: the client class and its constructor, every resource method
(reached as ``client.<resource>.<method>``) with its arguments and return type, the model
classes with their fields, the error body type of each documented status, and the names the
package exports. Nothing is imported or executed, and nothing of the generator's own
representation is read, so the surface is what the package says, whatever made it.

Operations are found through the module-level ``Endpoint(method=..., path=...)`` each method
hands to the client; a method whose endpoint is not found still has its signature compared,
only without knowing its operation (a rename is then a removal and an addition).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Literal

from generator.diff.annotations import TypeExpr, parse_annotation
from generator.diff.rules import Location
from generator.spec.operations import path_shape, request_path

ArgumentKind = Literal["positional", "keyword"]


@dataclass(frozen=True)
class Argument:
    name: str
    kind: ArgumentKind  # positional (or keyword), or keyword-only
    required: bool
    annotation: TypeExpr | None
    wire: str | None  # what the argument sends: "query page[size]", "body email", "body"
    default: str | None = None  # the default's source; None when required


@dataclass
class Method:
    owner: str  # the attribute path from the client: "prospects"; "" for the client itself
    name: str
    arguments: list[Argument]
    returns: TypeExpr | None
    location: Location
    operation: tuple[str, str] | None = None  # (METHOD, path shape)
    operation_label: str | None = None  # "GET /prospects/{prospect_id}"
    errors: dict[str, TypeExpr] = field(default_factory=dict)  # status -> body type

    @property
    def dotted(self) -> str:
        return f"{self.owner}.{self.name}" if self.owner else self.name

    def types(self) -> list[TypeExpr]:
        return [a.annotation for a in self.arguments if a.annotation is not None]


@dataclass(frozen=True)
class Field:
    name: str
    alias: str  # the wire name
    required: bool
    annotation: TypeExpr | None
    location: Location
    default: str | None = None  # the default's source; None when required


@dataclass
class Model:
    name: str
    fields: dict[str, Field]
    location: Location


@dataclass
class Surface:
    package: str
    client: str  # the client class's name
    client_location: Location | None
    methods: dict[tuple[str, str], Method]  # (owner, name) -> method
    models: dict[str, Model]
    exports: list[str]


@dataclass
class _Class:
    node: ast.ClassDef
    file: str


@dataclass(frozen=True)
class _Endpoint:
    method: str
    path: str
    params: dict[str, str]  # argument name -> "location wire-name"
    errors: dict[str, ast.expr]


def read_surface(files: dict[str, str]) -> Surface:
    """The surface of the package whose files (path relative to the output directory ->
    text) are given: the top-most directory with an ``__init__.py`` is the package."""
    inits = sorted((p for p in files if p.endswith("/__init__.py")), key=lambda p: p.count("/"))
    if not inits:
        raise ValueError("no package (no __init__.py) among the generated files")
    package = inits[0].rsplit("/", 1)[0]
    modules = {
        path: ast.parse(text, filename=path)
        for path, text in files.items()
        if path.startswith(package + "/") and path.endswith(".py")
    }
    return _Reader(package, modules).surface()


class _Reader:
    def __init__(self, package: str, modules: dict[str, ast.Module]) -> None:
        self.package = package
        self.modules = modules
        self.classes: dict[str, _Class] = {}
        self.endpoints: dict[tuple[str, str], _Endpoint] = {}  # (file, constant) -> endpoint
        for path in sorted(modules, key=lambda p: (p.rsplit("/", 1)[-1].startswith("_"), p)):
            for node in modules[path].body:
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, _Class(node, path))
                endpoint = _endpoint(node)
                if endpoint is not None:
                    self.endpoints[(path, endpoint[0])] = endpoint[1]

    def surface(self) -> Surface:
        init = self.modules[f"{self.package}/__init__.py"]
        exports = _all(init)
        client = _assigned_name(init, "Client") or next(
            (name for name in exports if name in self.classes and self._resources(name)), ""
        )
        methods: dict[tuple[str, str], Method] = {}
        found = self.classes.get(client)
        if found is not None:
            self._methods(found, "", methods, depth=0)
        return Surface(
            package=self.package,
            client=client,
            client_location=Location(found.file, found.node.lineno, client) if found else None,
            methods=methods,
            models=self._models(),
            exports=exports,
        )

    def _resources(self, class_name: str) -> dict[str, str]:
        """Attribute -> resource class, for the attributes a class declares with a class
        annotation (``leads: LeadsResource``) or as a property returning one
        (``@cached_property def leads(self) -> LeadsResource``), whose class is one of the
        package's."""
        found = self.classes.get(class_name)
        resources: dict[str, str] = {}
        for node in found.node.body if found else []:
            kind: ast.expr | None
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                name, kind = node.target.id, node.annotation
            elif isinstance(node, ast.FunctionDef) and _is_property(node):
                name, kind = node.name, node.returns
            else:
                continue
            if isinstance(kind, ast.Name) and kind.id in self.classes and not name.startswith("_"):
                resources[name] = kind.id
        return resources

    def _methods(
        self, found: _Class, owner: str, methods: dict[tuple[str, str], Method], depth: int
    ) -> None:
        for node in found.node.body:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            # A resource is made by the client; only the client's constructor is the user's.
            constructor = node.name == "__init__" and not owner
            if (node.name.startswith("_") and not constructor) or _is_property(node):
                continue
            methods[(owner, node.name)] = self._method(found, owner, node)
        if depth > 8:
            return
        for attribute, class_name in self._resources(found.node.name).items():
            child = self.classes[class_name]
            self._methods(child, f"{owner}.{attribute}" if owner else attribute, methods, depth + 1)

    def _method(
        self, found: _Class, owner: str, node: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> Method:
        endpoint, body = self._endpoint_of(found.file, node)
        wires = dict(endpoint.params) if endpoint else {}
        wires.update(body)
        arguments: list[Argument] = []
        positional = [*node.args.posonlyargs, *node.args.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(node.args.defaults))
        defaults += node.args.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
            if index == 0 and arg.arg in ("self", "cls"):
                continue
            arguments.append(_argument(arg, "positional", default, wires))
        for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
            arguments.append(_argument(arg, "keyword", default, wires))
        method = Method(
            owner=owner,
            name=node.name,
            arguments=arguments,
            returns=parse_annotation(node.returns),
            location=Location(found.file, node.lineno, f"{found.node.name}.{node.name}"),
        )
        if endpoint is not None:
            method.operation = (endpoint.method.upper(), path_shape(endpoint.path))
            method.operation_label = f"{endpoint.method.upper()} {request_path(endpoint.path)}"
            method.errors = {
                status: parse_annotation(expr) or TypeExpr(())
                for status, expr in endpoint.errors.items()
            }
        return method

    def _endpoint_of(
        self, file: str, node: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> tuple[_Endpoint | None, dict[str, str]]:
        """The endpoint a method calls, and what its body arguments send: a call whose
        first argument is an endpoint constant; its third, when present, is the body (a
        dict of wire name -> argument, or one argument that is the whole body)."""
        for call in ast.walk(node):
            if not (
                isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Name)
            ):
                continue
            endpoint = self.endpoints.get((file, call.args[0].id))
            if endpoint is None:
                continue
            body: dict[str, str] = {}
            if len(call.args) >= 3:
                sent = call.args[2]
                if isinstance(sent, ast.Dict):
                    for key, value in zip(sent.keys, sent.values, strict=True):
                        if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                            body[value.id] = f"body {key.value!s}"
                elif isinstance(sent, ast.Name):
                    body[sent.id] = "body"
            return endpoint, body
        return None, {}

    def _public(self, file: str) -> bool:
        """A module whose classes are the package's: not a private runtime module; the
        models package's modules are private by name (``models/_customer.py``) but its
        ``__init__`` exports their classes."""
        return not file.rsplit("/", 1)[-1].startswith("_") or file.startswith(
            f"{self.package}/models/"
        )

    def _models(self) -> dict[str, Model]:
        """Classes of the public modules that are pydantic models (or derive from one)."""
        bases = {"BaseModel", "RootModel"}
        models: dict[str, Model] = {}
        changed = True
        while changed:
            changed = False
            for name, found in self.classes.items():
                if name in models or not self._public(found.file):
                    continue
                parents = [_base_name(base) for base in found.node.bases]
                if any(parent in bases or parent in models for parent in parents):
                    fields: dict[str, Field] = {}
                    for parent in parents:
                        if parent in models:
                            fields.update(models[parent].fields)
                    fields.update(_fields(found))
                    models[name] = Model(
                        name, fields, Location(found.file, found.node.lineno, name)
                    )
                    changed = True
        return models


def _argument(
    arg: ast.arg, kind: ArgumentKind, default: ast.expr | None, wires: dict[str, str]
) -> Argument:
    return Argument(
        arg.arg,
        kind,
        default is None,
        parse_annotation(arg.annotation),
        wires.get(arg.arg),
        ast.unparse(default) if default is not None else None,
    )


def _endpoint(node: ast.stmt) -> tuple[str, _Endpoint] | None:
    """``NAME = Endpoint(method=..., path=..., params={...}, error_types={...})``."""
    if not (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call)
        and _base_name(node.value.func) == "Endpoint"
    ):
        return None
    keywords = {k.arg: k.value for k in node.value.keywords if k.arg}
    method, path = keywords.get("method"), keywords.get("path")
    if not (isinstance(method, ast.Constant) and isinstance(path, ast.Constant)):
        return None
    params: dict[str, str] = {}
    declared = keywords.get("params")
    if isinstance(declared, ast.Dict):
        for key, value in zip(declared.keys, declared.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and isinstance(value, ast.Call)
                and len(value.args) >= 2
                and all(isinstance(arg, ast.Constant) for arg in value.args[:2])
            ):
                wire, location = (arg.value for arg in value.args[:2])  # type: ignore[attr-defined]
                params[str(key.value)] = f"{location} {wire}"
    errors: dict[str, ast.expr] = {}
    declared = keywords.get("error_types")
    if isinstance(declared, ast.Dict):
        for key, value in zip(declared.keys, declared.values, strict=True):
            if isinstance(key, ast.Constant):
                errors[str(key.value)] = _evaluated_type(value)
    return node.targets[0].id, _Endpoint(str(method.value), str(path.value), params, errors)


class _BareModels(ast.NodeTransformer):
    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id == "_models":
            return ast.copy_location(ast.Name(node.attr, ast.Load()), node)
        return self.generic_visit(node)


def _evaluated_type(expr: ast.expr) -> ast.expr:
    """A type as an ``Endpoint`` holds it: ``Deferred(lambda: _models.Error)`` (imported on
    the first call, through the lazy models package) is the type ``Error``."""
    if (
        isinstance(expr, ast.Call)
        and _base_name(expr.func) == "Deferred"
        and len(expr.args) == 1
        and isinstance(expr.args[0], ast.Lambda)
    ):
        expr = expr.args[0].body
    found = _BareModels().visit(expr)
    return found if isinstance(found, ast.expr) else expr


def _fields(found: _Class) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for node in found.node.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        name = node.target.id
        if name == "model_config" or _base_name(node.annotation) == "ClassVar":
            continue
        alias = _alias(node.annotation) or _alias(node.value) or name
        required = _required(node.value)
        fields[name] = Field(
            name,
            alias,
            required,
            parse_annotation(node.annotation),
            Location(found.file, node.lineno, f"{found.node.name}.{name}"),
            None if required else _default(node.value),
        )
    return fields


def _required(value: ast.expr | None) -> bool:
    """A field without a default; ``Field(...)`` counts as one unless it gives a default."""
    if value is None:
        return True
    if isinstance(value, ast.Call) and _base_name(value.func) == "Field":
        keywords = {k.arg for k in value.keywords}
        if keywords & {"default", "default_factory"}:
            return False
        return not value.args or (
            isinstance(value.args[0], ast.Constant) and value.args[0].value is Ellipsis
        )
    return False


def _default(value: ast.expr | None) -> str | None:
    """A field's default as source: the value itself, or ``Field(default=...)``'s."""
    if isinstance(value, ast.Call) and _base_name(value.func) == "Field":
        for keyword in value.keywords:
            if keyword.arg in ("default", "default_factory"):
                return ast.unparse(keyword.value)
        return ast.unparse(value.args[0]) if value.args else None
    return ast.unparse(value) if value is not None else None


def _alias(node: ast.expr | None) -> str | None:
    """The ``alias=`` of a ``Field(...)`` call, itself or in ``Annotated[..., Field(...)]``."""
    for call in ast.walk(node) if node is not None else ():
        if isinstance(call, ast.Call) and _base_name(call.func) == "Field":
            for keyword in call.keywords:
                if keyword.arg in ("alias", "validation_alias") and isinstance(
                    keyword.value, ast.Constant
                ):
                    return str(keyword.value.value)
    return None


def _all(module: ast.Module) -> list[str]:
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, ast.List | ast.Tuple)
        ):
            return [str(e.value) for e in node.value.elts if isinstance(e, ast.Constant)]
    return []


def _assigned_name(module: ast.Module, name: str) -> str | None:
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Name)
        ):
            return node.value.id
    return None


def _is_property(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(_base_name(d) in ("property", "cached_property") for d in node.decorator_list)


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""
