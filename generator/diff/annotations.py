"""Type annotations of a generated package, normalised and compared.

An annotation is read as a union of members (``str | None`` has two, ``str`` one); spelling
is normalised (``builtins.list`` is ``list``, ``Optional[X]`` is ``X | None``, a string is
the annotation it holds, ``Annotated`` metadata and the ``NotGiven`` sentinel go). Two
annotations are then the same, one accepts more values than the other (``wider``), fewer
(``narrower``), the same members in another order (``reordered``: pydantic tries a union's
members in order), or something unrelated (``other``).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

Relation = Literal["same", "wider", "narrower", "reordered", "other"]

# Names spelt several ways that mean one type.
_ALIASES = {
    "List": "list",
    "Dict": "dict",
    "Set": "set",
    "Tuple": "tuple",
    "FrozenSet": "frozenset",
}
# What a member also holds (PEP 484's numeric tower; a Literal is one of its type's values).
_HOLDS = {"float": {"int"}, "complex": {"int", "float"}}
_SENTINELS = frozenset({"NotGiven"})


@dataclass(frozen=True)
class Member:
    """One member of a union: a named type with its arguments, or one Literal value."""

    name: str
    args: tuple[TypeExpr, ...] = ()
    value: str | None = None  # a Literal member's value, as Python source

    def __str__(self) -> str:
        if self.value is not None:
            return f"Literal[{self.value}]"
        if self.args:
            return f"{self.name}[{', '.join(str(arg) for arg in self.args)}]"
        return self.name


@dataclass(frozen=True)
class TypeExpr:
    members: tuple[Member, ...]

    def __str__(self) -> str:
        parts: list[str] = []
        literals: list[str] = []
        for member in self.members:
            if member.value is not None:
                if not literals:
                    parts.append("")  # where the Literal goes
                literals.append(member.value)
            else:
                parts.append(str(member))
        text = [f"Literal[{', '.join(literals)}]" if part == "" else part for part in parts]
        return " | ".join(text) or "None"

    def names(self) -> set[str]:
        """Every type name in the annotation, at any depth (models are found by this)."""
        found: set[str] = set()
        stack = list(self.members)
        while stack:
            member = stack.pop()
            found.add(member.name)
            for arg in member.args:
                stack.extend(arg.members)
        return found

    def without_none(self) -> TypeExpr:
        """The annotation without its ``None`` member (what an optional field adds)."""
        return TypeExpr(tuple(m for m in self.members if m.name != "None"))

    def renamed(self, names: Mapping[str, str]) -> TypeExpr:
        """The annotation with type names replaced (a model renamed is not a type change)."""
        if not names:
            return self
        return TypeExpr(
            tuple(
                replace(
                    member,
                    name=names.get(member.name, member.name),
                    args=tuple(arg.renamed(names) for arg in member.args),
                )
                for member in self.members
            )
        )


def parse_annotation(node: ast.expr | None) -> TypeExpr | None:
    """The normalised annotation, or None when there is none."""
    if node is None:
        return None
    members = _members(node)
    unique: list[Member] = []
    for member in members:
        if member.name not in _SENTINELS and member not in unique:
            unique.append(member)
    return TypeExpr(tuple(unique))


def _members(node: ast.expr) -> list[Member]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) + _members(node.right)
    if isinstance(node, ast.Constant):
        if node.value is None:
            return [Member("None")]
        if isinstance(node.value, str):
            try:
                inner = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return [Member(node.value)]
            return _members(inner)
        return [Member(repr(node.value))]
    if isinstance(node, ast.Subscript):
        base = _name(node.value)
        elements = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if base == "Optional":
            return [*_members(elements[0]), Member("None")]
        if base == "Union":
            return [member for element in elements for member in _members(element)]
        if base == "Annotated":
            return _members(elements[0])
        if base == "Literal":
            return [Member("Literal", value=ast.unparse(element)) for element in elements]
        args = tuple(parse_annotation(element) or TypeExpr(()) for element in elements)
        return [Member(base, args)]
    return [Member(_name(node))]


def _name(node: ast.expr) -> str:
    text = ast.unparse(node)
    for prefix in ("builtins.", "typing.", "typing_extensions.", "collections.abc."):
        text = text.removeprefix(prefix)
    return _ALIASES.get(text, text)


def relation(old: TypeExpr, new: TypeExpr) -> Relation:
    """How ``new`` relates to ``old`` (apply model renames to ``old`` first)."""
    if old == new:
        return "same"
    if set(old.members) == set(new.members):
        return "reordered"
    new_holds_old = _holds(new, old)
    old_holds_new = _holds(old, new)
    if new_holds_old and old_holds_new:
        return "same"
    if new_holds_old:
        return "wider"
    return "narrower" if old_holds_new else "other"


def _holds(wide: TypeExpr, narrow: TypeExpr) -> bool:
    return all(any(_member_holds(w, n) for w in wide.members) for n in narrow.members)


def _member_holds(wide: Member, narrow: Member) -> bool:
    if wide == narrow or wide.name in ("Any", "object"):
        return True
    if narrow.name in _HOLDS.get(wide.name, ()):
        return True
    if narrow.value is not None and wide.value is None and not wide.args:
        return _literal_type(narrow.value) == wide.name
    if wide.name == narrow.name and wide.value is None and not wide.args:
        return narrow.value is None  # a bare `list` holds every `list[...]`
    if wide.name == narrow.name and wide.value is None and len(wide.args) == len(narrow.args):
        return all(_holds(w, n) for w, n in zip(wide.args, narrow.args, strict=True))
    return False


def _literal_type(source: str) -> str:
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return ""
    return type(value).__name__
