"""Names of a package imported from their modules on first use (PEP 562), and model classes
referenced from another module imported on the first value to validate.

A large API's client has hundreds of model classes and dozens of resources; building them all
at ``import`` took Stripe's client about 1 s. The generated ``__init__`` modules list what they
export under ``if TYPE_CHECKING:`` (so type checkers and IDEs see every name) and hand this
module a table of name → module; a name is imported the first time it is read, then kept in
the package's namespace, so later reads cost nothing.

A models module names the *far* classes it references (those reaching many others,
``generator/model_modules.py``) the same way: imported for type checkers, and at run time
bound to a stand-in (``model``) whose pydantic schema validates with the real class's
validator, importing and building it on the first value that needs it. So the first
validation of, say, Stripe's ``Customer`` builds the classes its data holds, not the 524 its
fields could reach.
"""

from __future__ import annotations

import functools
import importlib
import operator
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from types import UnionType
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    TypeAdapter,
    ValidationInfo,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema, to_json

__all__ = ["FAR", "exports", "model"]


def exports(
    package: str,
    modules: Mapping[str, str],
    names: Iterable[str],
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``modules`` maps each name it
    exports lazily to its module, relative to ``package``; ``names`` is its ``__all__``;
    ``submodules`` are read as attributes (``package.models``) as when they were imported
    eagerly."""
    namespace = sys.modules[package].__dict__
    listed = frozenset(names)
    children = frozenset(submodules)

    def __getattr__(name: str) -> object:
        module = modules.get(name)
        if name in children:
            value: object = importlib.import_module(f"{package}.{name}")
        elif module is not None:
            value = getattr(importlib.import_module(f"{package}.{module}"), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *listed})

    return __getattr__, __dir__


class _Reference:
    """A far model class as a models module names it at run time (``model``): the class
    itself once imported (``resolve``). Pydantic meets one inside ``FAR`` fields only, whose
    validator resolves it; its own schema, for a stand-in met elsewhere (a JSON schema of a
    ``FAR`` field), validates through the class and refers to the class's JSON schema."""

    _module: ClassVar[str]  # the defining module, absolute
    _target: ClassVar[type[BaseModel] | None] = None

    @classmethod
    def resolve(cls) -> type[BaseModel]:
        """The class itself (imported once; a race imports it twice, harmlessly)."""
        target = cls._target
        if target is None:
            target = getattr(importlib.import_module(cls._module), cls.__name__)
            cls._target = target
        return target

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # As Annotated metadata, whose JSON schema pydantic takes as given: a class's own
        # is resolved as a $ref, which a cycle's class being written is not yet.
        return handler(Annotated[Any, _Refer(cls)])


class _Refer:
    """The schema of a stand-in (``_Reference``) met outside a ``FAR`` field's validator (the
    JSON schema of one): it validates with the class, and refers to the class's JSON schema."""

    def __init__(self, reference: type[_Reference]) -> None:
        self.reference = reference

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return _deferred(functools.partial(_model_validator, self.reference))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        built: Any = self.reference.resolve().__pydantic_core_schema__
        # A recursive model's schema is a "definitions" schema holding (or naming) the model's.
        inner = built["schema"] if built["type"] == "definitions" else built
        reference = handler(
            core_schema.definition_reference_schema(inner.get("ref") or inner["schema_ref"])
        )
        pending: list[Any] | None = getattr(_json_writing, "pending", None)
        if pending is not None:  # written after the one being written: see _json_writing
            pending.append(built)
            return reference
        _json_writing.pending = pending = [built]
        try:
            while pending:  # each writes its class's definition, and queues those it names
                handler(_whole(pending.pop()))
        finally:
            _json_writing.pending = None
        return reference


# The model schemas the first stand-in of a JSON schema queues for it to write: written where
# each is met, a cycle of far classes would recurse forever, and the 500 classes Stripe's
# Customer reaches would exceed Python's recursion limit.
_json_writing = threading.local()


def model(package: str, module: str, name: str) -> type:
    """The stand-in for the model class ``name`` of ``package.module``, for the annotations
    of a module that must not import it (``generator/model_modules.py`` says which)."""
    namespace = {"_module": f"{package}.{module}", "__module__": f"{package}.{module}"}
    return type(name, (_Reference,), namespace)


class _Far:
    """``Annotated`` metadata of a field whose type names far classes (``model`` stand-ins),
    whose validators are built on the first value that needs them, not with the field's
    model. A union validates its other members in pydantic-core as before (a Stripe id, a
    ``str``, costs nothing) and each far class as a choice of its own, under its name, so
    errors keep their locations (``data.0.default_source.Card.id``); its one difference: of
    two or more models that all accept a value, a far one does not compete by the number of
    fields set (the first that accepts it wins). Any other type (``list[Card]``, one class, a
    discriminated union) is validated whole by the real type's validator, exactly as pydantic
    validates it. A dump serializes each value by its own type (pydantic's ``Any``)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        metadata = {_SOURCE: source}
        members = get_args(source) if get_origin(source) in (Union, UnionType) else ()
        if members:
            choices: list[core_schema.CoreSchema | tuple[core_schema.CoreSchema, str]] = [
                (_deferred(functools.partial(_model_validator, member)), member.__name__)
                if _is_reference(member)
                else handler.generate_schema(member)
                for member in members
            ]
            return core_schema.union_schema(choices, metadata=metadata)
        return _deferred(lambda: TypeAdapter(_resolved(source)).validator, metadata)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # The stand-ins' schemas refer to their classes' JSON schemas.
        source = schema.get("metadata", {})[_SOURCE]
        return handler(_whole(TypeAdapter(source).core_schema))

    def __repr__(self) -> str:
        return "FAR"


def _is_reference(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, _Reference)


def _model_validator(reference: type[_Reference]) -> Any:
    return TypeAdapter(reference.resolve()).validator


FAR = _Far()
_SOURCE = "specforge_far_source"  # metadata key: the type a FAR field's schema validates


def _whole(schema: core_schema.CoreSchema) -> core_schema.CoreSchema:
    """``schema`` as a JSON schema handler writes it whole: handed over bare, the handler
    writes its type's part, skipping its metadata (where the stand-ins' JSON schema is)."""
    return core_schema.definitions_schema(schema, [])


def _deferred(
    build: Callable[[], Any], metadata: dict[str, Any] | None = None
) -> core_schema.CoreSchema:
    """A schema validating with the validator ``build`` makes on the first value. Each value
    costs a call into Python (~0.5 µs), kept short: the validator's bound method is kept."""
    validator: Any = None
    validate: Any = None

    def lax(value: Any, info: ValidationInfo) -> Any:
        nonlocal validate
        if validate is None:
            validate = built().validate_python
        return validate(value, context=info.context)

    def strict(value: Any, info: ValidationInfo) -> Any:
        if info.mode == "json":  # the value came from JSON: strict as JSON is (dates as text)
            return built().validate_json(to_json(value), strict=True, context=info.context)
        return built().validate_python(value, strict=True, context=info.context)

    def built() -> Any:
        nonlocal validator
        if validator is None:  # two threads may both build it: the same validator, harmless
            validator = build()
        return validator

    # A function's ValidationInfo does not say whether the call is strict; the branch
    # pydantic-core picks does.
    return core_schema.lax_or_strict_schema(
        lax_schema=core_schema.with_info_plain_validator_function(lax),
        strict_schema=core_schema.with_info_plain_validator_function(strict),
        metadata=metadata,
    )


def _resolved(kind: Any) -> Any:
    """``kind`` with each stand-in replaced by its class (unions, generics, ``Annotated``)."""
    if _is_reference(kind):
        return kind.resolve()
    origin, args = get_origin(kind), get_args(kind)
    if not args or origin is Literal:
        return kind
    if origin is Annotated:
        return Annotated[(_resolved(args[0]), *kind.__metadata__)]
    resolved = tuple(_resolved(arg) for arg in args)
    if origin in (Union, UnionType):
        return functools.reduce(operator.or_, resolved)
    return origin[resolved]
