"""Two versions of a schema compared in one direction: what a client sends (request) or
receives (response).

A schema position is compared with its counterpart once per direction, whichever operations
reach it: each pair is a node of a graph whose edges lead to the pairs of subschemas
(properties, items, matched `oneOf`/`anyOf` branches), and an operation collects the changes
of every node it reaches. The graph is walked without recursion, so cycles and deep nesting
cost nothing, and what a component shared by hundreds of operations reaches is worked out
once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diff.rules import Change, Location, change
from generator.graph import strongly_connected
from generator.load import LoadedSpec
from generator.spec.pointer import escape_pointer_token, parts_from_pointer, pointer_from_parts
from generator.spec.schemas import fold_all_of, merged_schema

Direction = Literal["request", "response"]
NodeKey = tuple[str, str, Direction]  # (old pointer, new pointer, direction)

# Keywords that bound a value, and which way is tighter: a larger minimum accepts less.
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Formats where one holds every value of another (an int32 is an int64).
_WIDER_FORMAT = {("int32", "int64"), ("float", "double")}


@dataclass(frozen=True)
class Side:
    """One of the two documents: where its nodes are and how to follow its `$ref`s."""

    spec: LoadedSpec

    def location(self, pointer: str) -> Location:
        return Location(self.spec.name, self.spec.line_of(pointer), pointer)

    def subject(self, pointer: str) -> str:
        """What a schema pointer is about, for a message: ``PetInput.age`` for
        ``/components/schemas/PetInput/properties/age``, ``query parameter tags[]``,
        ``response 200 body.data[]``; "" when nothing can be said."""
        parts = parts_from_pointer(pointer)
        names: list[str] = []
        if parts[:2] == ["components", "schemas"] and len(parts) > 2:
            names.append(parts[2])
            rest = parts[3:]
        elif "schema" in parts:
            at = parts.index("schema")
            names.append(self._holder(parts[:at]))
            rest = parts[at + 1 :]
        else:
            return ""
        index = 0
        while index < len(rest):
            keyword = rest[index]
            if keyword in ("properties", "patternProperties") and index + 1 < len(rest):
                names.append("." + rest[index + 1])
                index += 1
            elif keyword in ("items", "additionalProperties"):
                names.append("[]")
            index += 1
        return "".join(names)

    def _holder(self, parts: list[str]) -> str:
        """The parameter, body or response a schema belongs to."""
        if "requestBody" in parts:
            return "request body"
        if "responses" in parts and parts.index("responses") + 1 < len(parts):
            return f"response {parts[parts.index('responses') + 1]} body"
        try:
            parameter = self.spec.refs.lookup(pointer_from_parts(parts))
        except KeyError:
            return "parameter"
        if isinstance(parameter, dict) and "name" in parameter:
            return f"{parameter.get('in', '')} parameter {parameter['name']}".strip()
        return "parameter"

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """The node ``node`` (at ``pointer``) stands for, its `$ref`s followed, and where."""
        target, where = self.spec.refs.deref_at(node, pointer)
        return target, where


@dataclass
class _View:
    """A schema as it constrains values, with its `allOf` merged in."""

    pointer: str
    types: frozenset[str] | None  # None: any type
    enum: list[Any] | None
    format: str | None
    bounds: dict[str, Any]
    pattern: str | None
    properties: dict[str, tuple[Any, str]]  # name -> (schema, pointer)
    required: set[str]
    items: tuple[Any, str] | None
    closed: bool  # additionalProperties: false
    extra: tuple[Any, str] | None  # additionalProperties as a schema
    branches: list[tuple[Any, str]]  # oneOf/anyOf members, resolved


@dataclass
class _Node:
    changes: list[int] = field(default_factory=list)  # indexes in SchemaComparer._found
    edges: list[NodeKey] = field(default_factory=list)


class SchemaComparer:
    """Compares schema pairs of two documents; every change is made once and shared by the
    operations that reach it (``Change.operations``)."""

    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        self._nodes: dict[NodeKey, _Node] = {}
        self._found: list[Change] = []
        self._changes: dict[tuple[str, str, str, str], int] = {}  # rule, pointers, message

    # --- the graph ----------------------------------------------------------------------

    def root(
        self, old_schema: Any, old_pointer: str, new_schema: Any, new_pointer: str, d: Direction
    ) -> NodeKey:
        """The node of a schema pair found at the given pointers (followed through `$ref`)."""
        _, old_at = self.old.follow(old_schema, old_pointer)
        _, new_at = self.new.follow(new_schema, new_pointer)
        return (old_at, new_at, d)

    def attribute(self, roots: list[tuple[str, list[NodeKey]]]) -> None:
        """Note in every change the operations that reach it: ``roots`` holds each
        operation's label and the nodes of its parameters, bodies and responses."""
        reach = self._reach([key for _, keys in roots for key in keys])
        for label, keys in roots:
            found: set[int] = set()
            for key in keys:
                found |= reach[key]
            for index in sorted(found):
                if label not in self._found[index].operations:
                    self._found[index].operations.append(label)

    def _reach(self, roots: list[NodeKey]) -> dict[NodeKey, frozenset[int]]:
        """For every node reachable from ``roots``, the changes (indexes in ``_found``) it
        reaches: once per strongly connected component (``generator.graph``), so shared
        components cost once, not once per operation."""
        reach: dict[NodeKey, frozenset[int]] = {}
        for members in strongly_connected(roots, lambda key: self._node(key).edges):
            self._close_component(members, reach)
        return reach

    def _close_component(
        self, members: list[NodeKey], reach: dict[NodeKey, frozenset[int]]
    ) -> None:
        """A component's reach, once every component it references has its own."""
        found: set[int] = set()
        for member in members:
            node = self._node(member)
            found.update(node.changes)
            for edge in node.edges:
                found |= reach.get(edge, frozenset())  # members of this component: not yet
        shared = frozenset(found)
        for member in members:
            reach[member] = shared

    def all_changes(self) -> list[Change]:
        return list(self._found)

    def _node(self, key: NodeKey) -> _Node:
        node = self._nodes.get(key)
        if node is None:
            node = self._nodes[key] = _Node()
            old_pointer, new_pointer, direction = key
            old = self._view(self.old, old_pointer)
            new = self._view(self.new, new_pointer)
            if old is not None and new is not None:
                _Pair(self, node, old, new, direction).compare()
        return node

    def _view(self, side: Side, pointer: str) -> _View | None:
        try:
            schema = side.spec.refs.lookup(pointer)
        except KeyError:
            return None
        if not isinstance(schema, dict):
            return None  # `true`/`false` schemas: nothing to compare
        return _view(side, schema, pointer)

    def record(
        self,
        node: _Node,
        rule: str,
        message: str,
        old_pointer: str,
        new_pointer: str,
    ) -> None:
        key = (rule, old_pointer, new_pointer, message)
        found = self._changes.get(key)
        if found is None:
            found = self._changes[key] = len(self._found)
            self._found.append(
                change(
                    rule,
                    message,
                    old=self.old.location(old_pointer),
                    new=self.new.location(new_pointer),
                )
            )
        if found not in node.changes:
            node.changes.append(found)


class _Pair:
    """One node: the comparison of two views, recording changes and edges."""

    def __init__(
        self, owner: SchemaComparer, node: _Node, old: _View, new: _View, d: Direction
    ) -> None:
        self.owner = owner
        self.node = node
        self.old = old
        self.new = new
        self.direction = d

    def compare(self) -> None:
        if bool(self.old.branches) != bool(self.new.branches):
            # One side is a union, the other one of its members: the members are compared
            # (``_branches``), not the union's keywords with the member's.
            self._branches()
            return
        if self._types() != "other":
            # Formats and bounds of an unrelated type say nothing more.
            self._format()
            self._bounds()
        self._enum()
        self._properties()
        self._additional()
        self._items()
        self._branches()

    def _record(
        self, rule: str, message: str, old: str | None = None, new: str | None = None
    ) -> None:
        self.owner.record(
            self.node, rule, message, old or self.old.pointer, new or self.new.pointer
        )

    def _about(self, message: str) -> str:
        """``message`` said of this schema (``PetInput.age: type integer → string``)."""
        subject = self.owner.new.subject(self.new.pointer) or self.owner.old.subject(
            self.old.pointer
        )
        return f"`{subject}`: {message}" if subject else message

    def _edge(self, old: tuple[Any, str], new: tuple[Any, str]) -> None:
        old_target = self.owner.old.follow(*old)[1]
        new_target = self.owner.new.follow(*new)[1]
        self.node.edges.append((old_target, new_target, self.direction))

    def _shape(
        self, relation: str, message: str, old: str | None = None, new: str | None = None
    ) -> None:
        """A value accepting more (``wider``), less (``narrower``) or something unrelated."""
        rule = {"wider": "widened", "narrower": "narrowed", "other": "changed"}[relation]
        self._record(f"{self.direction}-type-{rule}", self._about(message), old, new)

    def _types(self) -> str:
        old, new = self.old.types, self.new.types
        if old == new:
            return "same"
        relation = _relation(_covers(new, old), _covers(old, new))
        self._shape(relation, f"type {_types_text(old)} → {_types_text(new)}")
        return relation

    def _enum(self) -> None:
        old, new = self.old.enum, self.new.enum
        if old == new:
            return
        if old is None or new is None:
            self._shape(
                "narrower" if old is None else "wider",
                f"values {'now limited to' if old is None else 'no longer limited to'} "
                f"{_values_text(new if old is None else old)}",
            )
            return
        old_keys = {_canonical(value) for value in old}
        new_keys = {_canonical(value) for value in new}
        removed = [value for value in old if _canonical(value) not in new_keys]
        added = [value for value in new if _canonical(value) not in old_keys]
        if removed:
            self._record(
                f"{self.direction}-enum-value-removed",
                self._about(f"enum value(s) {_values_text(removed)} removed"),
            )
        if added:
            self._record(
                f"{self.direction}-enum-value-added",
                self._about(f"enum value(s) {_values_text(added)} added"),
            )

    def _format(self) -> None:
        old, new = self.old.format, self.new.format
        if old == new:
            return
        if old is None or (old, new) in _WIDER_FORMAT:
            relation = "narrower" if old is None else "wider"
        elif new is None or (new, old) in _WIDER_FORMAT:
            relation = "wider" if new is None else "narrower"
        else:
            relation = "other"
        self._shape(relation, f"format {old or '(none)'} → {new or '(none)'}")

    def _bounds(self) -> None:
        for keyword in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
            old, new = self.old.bounds.get(keyword), self.new.bounds.get(keyword)
            if old == new or isinstance(old, bool) or isinstance(new, bool):
                continue
            lower = keyword in _LOWER_BOUNDS
            if old is None:
                relation = "narrower"
            elif new is None:
                relation = "wider"
            else:
                relation = "narrower" if (new > old) == lower else "wider"
            self._shape(relation, f"{keyword} {_number(old)} → {_number(new)}")
        old_multiple, new_multiple = (
            self.old.bounds.get("multipleOf"),
            self.new.bounds.get("multipleOf"),
        )
        if old_multiple != new_multiple:
            relation = (
                "narrower" if old_multiple is None else "wider" if new_multiple is None else "other"
            )
            self._shape(relation, f"multipleOf {_number(old_multiple)} → {_number(new_multiple)}")
        if self.old.pattern != self.new.pattern:
            relation = (
                "narrower"
                if self.old.pattern is None
                else "wider"
                if self.new.pattern is None
                else "other"
            )
            self._shape(relation, f"pattern {self.old.pattern!r} → {self.new.pattern!r}")

    def _properties(self) -> None:
        sent = self.direction == "request"
        old_props = _visible(self.owner.old, self.old.properties, sent)
        new_props = _visible(self.owner.new, self.new.properties, sent)
        where = self.direction
        for name, (schema, pointer) in old_props.items():
            if name not in new_props:
                self._record(
                    f"{where}-property-removed",
                    self._about(f"{where} property `{name}` removed"),
                    old=pointer,
                )
                continue
            new_schema, new_pointer = new_props[name]
            was, now = name in self.old.required, name in self.new.required
            if was != now:
                rule = f"{where}-property-became-{'required' if now else 'optional'}"
                self._record(
                    rule,
                    self._about(
                        f"{where} property `{name}` became {'required' if now else 'optional'}"
                    ),
                    old=_required_pointer(self.old, name),
                    new=_required_pointer(self.new, name),
                )
            self._edge((schema, pointer), (new_schema, new_pointer))
        for name, (_, pointer) in new_props.items():
            if name in old_props:
                continue
            if where == "response":
                self._record(
                    "response-property-added",
                    self._about(f"response property `{name}` added"),
                    new=pointer,
                )
            else:
                kind = "required" if name in self.new.required else "optional"
                self._record(
                    f"request-property-added-{kind}",
                    self._about(f"{kind} request property `{name}` added"),
                    new=pointer,
                )

    def _additional(self) -> None:
        if self.old.closed != self.new.closed:
            self._shape(
                "narrower" if self.new.closed else "wider",
                "additionalProperties "
                + (
                    "now false: undeclared properties are refused"
                    if self.new.closed
                    else "allowed again"
                ),
            )
        if self.old.extra is not None and self.new.extra is not None:
            self._edge(self.old.extra, self.new.extra)

    def _items(self) -> None:
        old, new = self.old.items, self.new.items
        if old is not None and new is not None:
            self._edge(old, new)
        elif old is not None or new is not None:
            self._shape(
                "narrower" if new is not None else "wider",
                "array items " + ("now constrained" if new else "no longer constrained"),
            )

    def _branches(self) -> None:
        old, new = self.old.branches, self.new.branches
        if not old and not new:
            return
        # A schema without branches is the union of itself: `Cat` → `oneOf: [Cat, Dog]` is
        # a widening, and the Cat branch is compared with what Cat was.
        old = old or [({}, self.old.pointer)]
        new = new or [({}, self.new.pointer)]
        unmatched_new = list(range(len(new)))
        pairs: list[tuple[int, int]] = []
        for i, (_, pointer) in enumerate(old):
            j = next((j for j in unmatched_new if new[j][1] == pointer), None)
            if j is not None:
                unmatched_new.remove(j)
                pairs.append((i, j))
        unmatched_old = [i for i in range(len(old)) if i not in {i for i, _ in pairs}]
        # What is left is matched in order: an inline branch edited in place.
        for i, j in zip(list(unmatched_old), list(unmatched_new), strict=False):
            pairs.append((i, j))
            unmatched_old.remove(i)
            unmatched_new.remove(j)
        for i, j in pairs:
            if (old[i][1], new[j][1]) != (self.old.pointer, self.new.pointer):
                self.node.edges.append((old[i][1], new[j][1], self.direction))
        for i in unmatched_old:
            self._shape(
                "narrower", f"union branch {_branch_name(old[i][1])} removed", old=old[i][1]
            )
        for j in unmatched_new:
            self._shape("wider", f"union branch {_branch_name(new[j][1])} added", new=new[j][1])


def _view(side: Side, schema: dict[str, Any], pointer: str) -> _View:
    merged = merged_schema(schema, _resolver(side))
    properties, required = _merged_properties(side, schema, pointer)
    types = _type_set(merged)
    enum = merged.get("enum")
    if "const" in merged:
        enum = [merged["const"]]
    extra = merged.get("additionalProperties")
    items = merged.get("items")
    branches: list[tuple[Any, str]] = []
    for keyword in ("oneOf", "anyOf"):
        members = schema.get(keyword)
        if isinstance(members, list):
            for index, member in enumerate(members):
                branches.append(side.follow(member, f"{pointer}/{keyword}/{index}"))
    return _View(
        pointer=pointer,
        types=types,
        enum=list(enum) if isinstance(enum, list) else None,
        format=merged.get("format") if isinstance(merged.get("format"), str) else None,
        bounds={
            key: merged[key]
            for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, "multipleOf")
            if isinstance(merged.get(key), int | float)
        },
        pattern=merged.get("pattern") if isinstance(merged.get("pattern"), str) else None,
        properties=properties,
        required=required,
        items=(items, _child(side, schema, merged, pointer, "items"))
        if isinstance(items, dict)
        else None,
        closed=extra is False,
        extra=(extra, _child(side, schema, merged, pointer, "additionalProperties"))
        if isinstance(extra, dict)
        else None,
        branches=branches,
    )


def _resolver(side: Side) -> Callable[[Any], tuple[Any, str | None]]:
    def resolve(part: Any) -> tuple[Any, str | None]:
        target = side.spec.refs.deref(part)
        ref = part.get("$ref") if isinstance(part, dict) else None
        return target, ref if isinstance(ref, str) else None

    return resolve


def _child(
    side: Side, schema: dict[str, Any], merged: dict[str, Any], pointer: str, keyword: str
) -> str:
    """The pointer of ``keyword``'s value: the schema's own, else the `allOf` part's it came
    from (found by identity; the merge keeps the part's value as it is)."""
    if keyword in schema:
        return f"{pointer}/{keyword}"
    for part_pointer, part in _parts(side, schema, pointer):
        if part.get(keyword) is merged.get(keyword):
            return f"{part_pointer}/{keyword}"
    return pointer


def _parts(
    side: Side, schema: dict[str, Any], pointer: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every `allOf` part below ``schema`` (resolved) with its pointer, depth first."""
    stack = [(pointer, schema, 0)]
    seen: set[str] = set()
    while stack:
        at, node, depth = stack.pop()
        parts = node.get("allOf")
        if not isinstance(parts, list) or depth > 40:
            continue
        for index, part in enumerate(parts):
            target, where = side.follow(part, f"{at}/allOf/{index}")
            if isinstance(target, dict) and where not in seen:
                seen.add(where)
                yield where, target
                stack.append((where, target, depth + 1))


def _merged_properties(
    side: Side, schema: dict[str, Any], pointer: str
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties with the pointer each is declared at, `allOf` parts first (a flat merge,
    as ``generator.spec.schemas.object_shape`` does), and the required names."""
    pointers: dict[int, str] = {id(schema): pointer}
    for where, part in _parts(side, schema, pointer):
        pointers.setdefault(id(part), where)

    def combine(
        node: dict[str, Any], parts: list[tuple[dict[str, tuple[Any, str]], set[str]]]
    ) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        properties: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        for part_properties, part_required in parts:
            properties.update(part_properties)
            required |= part_required
        at = pointers.get(id(node), pointer)
        own = node.get("properties")
        if isinstance(own, dict):
            for name, value in own.items():
                properties[str(name)] = (value, f"{at}/properties/{escape_pointer_token(name)}")
        names = node.get("required")
        if isinstance(names, list):
            required |= {str(name) for name in names}
        return properties, required

    return fold_all_of(schema, _resolver(side), combine)


def _visible(
    side: Side, properties: dict[str, tuple[Any, str]], sent: bool
) -> dict[str, tuple[Any, str]]:
    """The properties that travel in the direction: a `readOnly` one is never sent, a
    `writeOnly` one never received."""
    hidden = "readOnly" if sent else "writeOnly"
    return {
        name: value
        for name, value in properties.items()
        if not (
            isinstance(target := side.spec.refs.deref(value[0]), dict)
            and target.get(hidden) is True
        )
    }


def _required_pointer(view: _View, name: str) -> str:
    return f"{view.properties[name][1]}" if name in view.properties else view.pointer


def _type_set(schema: dict[str, Any]) -> frozenset[str] | None:
    kinds = schema.get("type")
    if isinstance(kinds, str):
        found = {kinds}
    elif isinstance(kinds, list):
        found = {str(kind) for kind in kinds}
    else:
        return None
    if schema.get("nullable") is True:
        found.add("null")
    return frozenset(found)


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """Whether every value of ``narrow``'s types is one of ``wide``'s."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(kind in wide or (kind == "integer" and "number" in wide) for kind in narrow)


def _relation(new_covers_old: bool, old_covers_new: bool) -> str:
    if new_covers_old:
        return "wider"
    return "narrower" if old_covers_new else "other"


def _types_text(kinds: frozenset[str] | None) -> str:
    return "any" if kinds is None else ", ".join(sorted(kinds))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _values_text(values: list[Any] | None) -> str:
    shown = ", ".join(json.dumps(value) for value in (values or [])[:8])
    more = len(values or []) - 8
    return shown + (f" and {more} more" if more > 0 else "")


def _number(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value)


def _branch_name(pointer: str) -> str:
    return pointer.rsplit("/", 1)[-1] if pointer.startswith("/components/") else pointer
