"""Python type expressions as values: what a generated annotation says, the imports it needs,
and how unions are normalised.

A type is built once (``generator.schema_types``) and rendered wherever it is printed: in a
model field, a method signature, a ``cast``, an ``Endpoint``. Nothing re-parses a rendered
type: Literal values stay Python values, so a string holding ``|`` or ``]`` is just a string.
"""

from __future__ import annotations

import math
from typing import Any

# (module, name) for ``from module import name``; ``(module, "")`` for ``import module``. A
# module starting with "." is relative to the package root (".models", "._types").
Import = tuple[str, str]

# A name hidden by a same-named member of the scope it is used in (a resource method called
# `list`, an argument called `date`) is spelled through its module instead. `datetime` is
# imported under a private alias for that: the member hiding it could be named `datetime`
# (members and arguments never start with "_"). A model is spelled through the lazy
# ``models`` package where a resource module evaluates it only on first use.
QUALIFIERS = {"builtins": "builtins", "datetime": "_datetime", ".models": "_models"}

LiteralValue = str | int | bool


class PyType:
    """A type expression. Types are never changed once made, and compare by value.

    Plain classes rather than dataclasses: a dataclass compiles its methods when the module
    is imported, which every ``generate`` pays (bench/HISTORY.md)."""

    __slots__ = ("_hash",)  # computed on first use: a union's members are hashed often

    def _key(self) -> tuple[Any, ...]:
        """What the type is made of: two types of one class with equal keys are equal."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._key() == other._key()

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:
            self._hash: int = hash((type(self), self._key()))
            return self._hash

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._key()!r}"

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        """The expression, with any name in ``shadowed`` spelled through its module."""
        raise NotImplementedError

    def members(self) -> tuple[PyType, ...]:
        """The members of a union; any other type is its one member."""
        return (self,)

    def imports(self, shadowed: frozenset[str] = frozenset()) -> set[Import]:
        """What a module printing ``render(shadowed)`` must import."""
        found: set[Import] = set()
        self.collect_imports(found, shadowed)
        return found

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        """Add what ``render(shadowed)`` needs imported to ``found``."""


class Named(PyType):
    """A name imported from ``module`` ("builtins" for ``str``, ``int``, ``None`` ...; no
    import needed then)."""

    __slots__ = ("module", "name")

    def __init__(self, name: str, module: str = "builtins") -> None:
        self.name = name
        self.module = module

    def _key(self) -> tuple[Any, ...]:
        return (self.name, self.module)

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        if self.name in shadowed and self.module in QUALIFIERS:
            return f"{QUALIFIERS[self.module]}.{self.name}"
        return self.name

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        if self.name in shadowed and self.module in QUALIFIERS:
            found.add((self.module, ""))
        elif self.module != "builtins":
            found.add((self.module, self.name))


class Generic(PyType):
    """``origin[args]``: ``list[str]``, ``dict[str, Any]``, ``SyncPage[Lead]``."""

    __slots__ = ("args", "origin")

    def __init__(self, origin: Named, args: tuple[PyType, ...]) -> None:
        self.origin = origin
        self.args = args

    def _key(self) -> tuple[Any, ...]:
        return (self.origin, self.args)

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        inner = ", ".join([arg.render(shadowed) for arg in self.args])
        return f"{self.origin.render(shadowed)}[{inner}]"

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        self.origin.collect_imports(found, shadowed)
        for arg in self.args:
            arg.collect_imports(found, shadowed)


class Literal(PyType):
    """``Literal[...]`` of JSON scalars, kept as Python values. ``1`` and ``True`` are
    distinct JSON values, so values compare by type as well."""

    __slots__ = ("_keys", "values")

    def __init__(self, values: tuple[LiteralValue, ...]) -> None:
        self.values = values
        self._keys = tuple((type(value), value) for value in values)

    def _key(self) -> tuple[Any, ...]:
        return self._keys

    def holds(self, value: Any) -> bool:
        return (type(value), value) in self._keys

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        return f"Literal[{', '.join(repr(value) for value in self.values)}]"

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        found.add(("typing", "Literal"))


class Union(PyType):
    """``a | b | ...``: built by ``union()``, which normalises the members."""

    __slots__ = ("options",)

    def __init__(self, options: tuple[PyType, ...]) -> None:
        self.options = options

    def _key(self) -> tuple[Any, ...]:
        return self.options

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        return " | ".join([member.render(shadowed) for member in self.options])

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        for member in self.options:
            member.collect_imports(found, shadowed)

    def members(self) -> tuple[PyType, ...]:
        return self.options


class Discriminated(PyType):
    """A union of model classes whose variant the value of one property picks:
    ``Annotated[Annotated[Cat, Tag("Cat")] | ..., Discriminator(discriminated(...))]``.
    Each class is tagged by its name, which ``tags`` maps the property's values to, so one
    class may stand for several values and overlapping variants still parse to the mapped
    one (``templates/runtime/_unions.py``)."""

    __slots__ = ("prop", "tags", "variants")

    def __init__(
        self, prop: str, variants: tuple[Named, ...], tags: tuple[tuple[str, str], ...]
    ) -> None:
        self.prop = prop
        self.variants = variants
        self.tags = tags  # (value, class name), in the spec's order

    def _key(self) -> tuple[Any, ...]:
        return (self.prop, self.variants, self.tags)

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        tagged = " | ".join(
            f"Annotated[{variant.render(shadowed)}, Tag({variant.name!r})]"
            for variant in self.variants
        )
        mapping = ", ".join(f"{value!r}: {name!r}" for value, name in self.tags)
        return f"Annotated[{tagged}, Discriminator(discriminated({self.prop!r}, {{{mapping}}}))]"

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        found.update(
            {
                ("typing", "Annotated"),
                ("pydantic", "Tag"),
                ("pydantic", "Discriminator"),
                ("._unions", "discriminated"),
            }
        )
        for variant in self.variants:
            variant.collect_imports(found, shadowed)


class AnyType(PyType):
    """``typing.Any``."""

    __slots__ = ()

    def _key(self) -> tuple[Any, ...]:
        return ()

    def render(self, shadowed: frozenset[str] = frozenset()) -> str:
        return "Any"

    def collect_imports(self, found: set[Import], shadowed: frozenset[str]) -> None:
        found.add(("typing", "Any"))


ANY = AnyType()
NONE = Named("None")
STR = Named("str")
INT = Named("int")
FLOAT = Named("float")
BOOL = Named("bool")
BYTES = Named("bytes")
DATETIME = Named("datetime", "datetime")
DATE = Named("date", "datetime")
LIST = Named("list")
DICT = Named("dict")
DICT_ANY = Generic(DICT, (STR, ANY))
# An enum value a response may hold beyond those listed (templates/runtime/_unions.py).
UNKNOWN_ENUM = Named("UnknownEnum", "._unions")

# A plain member admits every value of its type: ``Literal['a'] | str`` is ``str``.
_PLAIN_TYPES: dict[PyType, type] = {STR: str, INT: int, BOOL: bool}


def list_of(item: PyType) -> Generic:
    return Generic(LIST, (item,))


def dict_of(value: PyType) -> Generic:
    return Generic(DICT, (STR, value))


def literal(values: list[Any]) -> PyType | None:
    """``Literal[...]`` of the values (``| None`` when one is null), or None when a value
    cannot be a Literal member (a float, an object)."""
    members: dict[tuple[type, Any], LiteralValue] = {}
    has_none = False
    for value in values:
        if value is None:
            has_none = True
        elif isinstance(value, bool | int | str):
            members.setdefault((type(value), value), value)
        else:
            return None
    if not members:
        return NONE if has_none else None
    found = Literal(tuple(members.values()))
    return union(found, NONE) if has_none else found


def union(*types: PyType) -> PyType:
    """The union of ``types``, normalised: nested unions flattened, duplicates dropped,
    ``Any`` absorbing everything, one ``Literal`` (in the place of the first) without the
    values a plain member already admits (ruff PYI030, PYI051), ``None`` last."""
    # A dict keeps the first place of each member and finds duplicates by hash: a list's
    # `in` compared every pair (a quarter of a mid-size spec's type building).
    unique: dict[PyType, None] = {}
    for member in types:
        for part in member.members():
            if isinstance(part, AnyType):
                return ANY
            unique[part] = None
    if UNKNOWN_ENUM in unique and STR in unique:  # a str subclass: `str` admits it already
        del unique[UNKNOWN_ENUM]
    if NONE in unique:  # `str | None` reads naturally
        del unique[NONE]
        unique[NONE] = None
    flat = list(unique)
    if any(isinstance(part, Literal) for part in flat):
        flat = _merge_literals(flat)
    if not flat:
        return ANY
    return flat[0] if len(flat) == 1 else Union(tuple(flat))


def _merge_literals(parts: list[PyType]) -> list[PyType]:
    covered = {_PLAIN_TYPES[part] for part in parts if part in _PLAIN_TYPES}
    values: dict[tuple[type, Any], LiteralValue] = {}
    for part in parts:
        if isinstance(part, Literal):
            for value in part.values:
                if type(value) not in covered:
                    values.setdefault((type(value), value), value)
    merged: PyType | None = Literal(tuple(values.values())) if values else None
    result: list[PyType] = []
    for part in parts:
        if not isinstance(part, Literal):
            result.append(part)
        elif merged is not None:
            result.append(merged)
            merged = None
    return result


def without_redundant_int(kind: PyType) -> PyType:
    """``kind`` with ``int`` dropped from unions that hold ``float``, which accepts an int
    (PEP 484; ruff PYI041 asks for it in parameter annotations). Not for models: pydantic
    would turn the int a server sent into a float."""
    if isinstance(kind, Generic):
        return Generic(kind.origin, tuple(without_redundant_int(arg) for arg in kind.args))
    if not isinstance(kind, Union):
        return kind
    members = [without_redundant_int(member) for member in kind.options]
    if FLOAT in members and INT in members:
        members.remove(INT)
    return members[0] if len(members) == 1 else Union(tuple(members))


def admits(kind: PyType, value: Any) -> bool:
    """Whether ``value`` (from JSON) is a value of ``kind``, as mypy sees it: a default
    that is not would make the field's annotation a lie."""
    members = kind.members()
    if isinstance(kind, AnyType):
        if isinstance(value, float):
            return math.isfinite(value)
        return isinstance(value, str | int | bool) or value is None
    if value is None:
        return NONE in members
    literals = [member for member in members if isinstance(member, Literal)]
    if isinstance(value, bool):
        return BOOL in members or any(member.holds(value) for member in literals)
    if isinstance(value, int):
        return INT in members or FLOAT in members or any(member.holds(value) for member in literals)
    if isinstance(value, float):
        return FLOAT in members and math.isfinite(value)
    if isinstance(value, str):
        return STR in members or any(member.holds(value) for member in literals)
    return False
