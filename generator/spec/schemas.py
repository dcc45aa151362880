"""Schema views: `allOf` merged (the one implementation), object-ness, string enums,
open enums and discriminators (read alike by the models and the mock)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any, TypeVar

from generator.escape import has_surrogate

SCHEMA_PREFIX = "#/components/schemas/"

# How deep `allOf` parts nest before the deeper ones are left out: far beyond any real
# schema, and it bounds the work on a hostile one (a chain through thousands of
# components, folded once per component, was cubic).
MAX_ALL_OF_DEPTH = 40

T = TypeVar("T")
# A part of an `allOf` → the schema it stands for and the `$ref` it was reached through.
Resolve = Callable[[Any], tuple[Any, str | None]]


def fold_all_of(
    schema: dict[str, Any], resolve: Resolve, combine: Callable[[dict[str, Any], list[T]], T]
) -> T:
    """``combine(schema, [the fold of each allOf part])``, bottom up: the one walk of
    `allOf` trees. Each part is resolved through ``resolve``; a part that is not a schema,
    whose `$ref` is already on the way down to it (a cycle), or that is nested deeper than
    ``MAX_ALL_OF_DEPTH``, is left out. The walk keeps its own stack: an `allOf` chain
    through a thousand components must not exhaust Python's."""
    frames: list[tuple[dict[str, Any], frozenset[str], list[T], list[Any]]] = [
        (schema, frozenset(), [], _parts(schema))
    ]
    while True:
        node, seen, folded, pending = frames[-1]
        if not pending:
            frames.pop()
            value = combine(node, folded)
            if not frames:
                return value
            frames[-1][2].append(value)
            continue
        target, ref = resolve(pending.pop(0))
        if (
            (ref is not None and ref in seen)
            or not isinstance(target, dict)
            or len(frames) > MAX_ALL_OF_DEPTH
        ):
            continue
        frames.append((target, seen | {ref} if ref else seen, [], _parts(target)))


def _parts(schema: dict[str, Any]) -> list[Any]:
    parts = schema.get("allOf")
    return list(parts) if isinstance(parts, list) else []


@dataclass
class ObjectShape:
    """An object schema's properties and required names with its `allOf` merged in."""

    properties: dict[str, Any] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)
    is_object: bool = False  # ``allOf: [$ref: SomeEnum]`` is not


def object_shape(schema: dict[str, Any], resolve: Resolve) -> ObjectShape:
    """A flat merge: parts first, in order, then the schema's own properties. A flat merge
    is always right, where inheritance breaks on conflicting or repeated bases."""

    def combine(node: dict[str, Any], parts: list[ObjectShape]) -> ObjectShape:
        shape = ObjectShape()
        for part in parts:
            shape.properties.update(part.properties)
            shape.required.extend(name for name in part.required if name not in shape.required)
            shape.is_object = shape.is_object or part.is_object
        own = node.get("properties")
        if isinstance(own, dict):
            shape.properties.update((str(key), value) for key, value in own.items())
        own_required = node.get("required")
        if isinstance(own_required, list):
            shape.required.extend(
                str(name) for name in own_required if str(name) not in shape.required
            )
        kinds = node.get("type")
        shape.is_object = (
            shape.is_object
            or isinstance(own, dict)
            or "patternProperties" in node
            or "additionalProperties" in node
            or kinds == "object"
            or (isinstance(kinds, list) and "object" in kinds)
        )
        return shape

    return fold_all_of(schema, resolve, combine)


def merged_schema(schema: dict[str, Any], resolve: Resolve) -> dict[str, Any]:
    """``schema`` with its `allOf` folded in as one schema to generate data from: the
    schema's own keywords win, a property both sides define differently becomes the
    `allOf` of both, types intersect, bounds narrow. A schema without `allOf` is itself."""

    def combine(node: dict[str, Any], parts: list[dict[str, Any]]) -> dict[str, Any]:
        if "allOf" not in node:
            return node
        merged = {key: value for key, value in node.items() if key != "allOf"}
        for part in parts:
            merge_into(merged, part)
        return merged

    return fold_all_of(schema, resolve, combine)


def merge_into(target: dict[str, Any], part: dict[str, Any]) -> None:
    """``part``'s keywords into ``target``'s, as ``merged_schema`` combines them."""
    for key, value in part.items():
        if key == "properties" and isinstance(value, dict):
            properties = dict(target.get("properties") or {})
            for name, schema in value.items():
                if name in properties and properties[name] != schema:
                    properties[name] = {"allOf": [properties[name], schema]}
                else:
                    properties[name] = schema
            target["properties"] = properties
        elif key == "required" and isinstance(value, list):
            target["required"] = list(dict.fromkeys([*(target.get("required") or []), *value]))
        elif key == "type" and "type" in target:
            mine = target["type"] if isinstance(target["type"], list) else [target["type"]]
            theirs = value if isinstance(value, list) else [value]
            common = [t for t in mine if t in theirs] or theirs
            target["type"] = common if len(common) > 1 else common[0]
        elif key in ("minimum", "minLength", "minItems", "exclusiveMinimum") and key in target:
            target[key] = max(target[key], value)
        elif key in ("maximum", "maxLength", "maxItems", "exclusiveMaximum") and key in target:
            target[key] = min(target[key], value)
        elif key not in target:
            target[key] = value


def needs_class(schema: dict[str, Any]) -> bool:
    """Whether a schema is an object with named fields: those become model classes."""
    if "properties" in schema or "allOf" in schema:
        return True
    kinds = schema.get("type")
    return (kinds == "object" or (isinstance(kinds, list) and "object" in kinds)) and bool(
        schema.get("patternProperties")
    )


def string_enum(values: list[Any]) -> list[Any]:
    """The values of an `enum` under `type: string`, as the author meant them: YAML reads
    an unquoted `true` or `1` as a boolean or a number, which no string matches (validate
    reports it; the generated client takes the strings)."""
    return [
        json.dumps(value) if isinstance(value, bool | int | float) else value for value in values
    ]


def is_open_enum(schema: dict[str, Any]) -> bool:
    """Whether a response may hold values beyond the schema's ``enum``: string enums of two
    values or more. A one-value enum is a constant, a tag: a new value would be a new kind of
    object, not a new state of this one."""
    enum = schema.get("enum")
    values = [value for value in enum if value is not None] if isinstance(enum, list) else []
    return len(values) > 1 and all(isinstance(value, str) for value in values)


def discriminator_variants(
    schema: dict[str, Any], members: list[Any]
) -> tuple[str, dict[str, str]] | None:
    """The discriminator of a ``oneOf``/``anyOf`` of component references: its property and
    each value it may take → the component it picks. ``mapping`` is honoured; a variant no
    entry maps is named by its component's name (the implicit mapping). Mapping entries for
    a schema that is not a variant are left out (the union could not hold it). None when the
    schema has no usable discriminator or a variant is not a component reference."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict):
        return None
    prop = discriminator.get("propertyName")
    if not isinstance(prop, str) or not prop or has_surrogate(prop):
        return None
    names: list[str] = []
    for member in members:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
            return None
        names.append(ref[len(SCHEMA_PREFIX) :])
    mapping = discriminator.get("mapping")
    by_value: dict[str, str] = {}
    for value, target in (mapping if isinstance(mapping, dict) else {}).items():
        if not isinstance(target, str) or has_surrogate(str(value)):
            continue
        name = target[len(SCHEMA_PREFIX) :] if target.startswith(SCHEMA_PREFIX) else target
        if name in names:
            by_value[str(value)] = name
    mapped = set(by_value.values())
    for name in names:
        if name not in mapped and not has_surrogate(name):
            by_value.setdefault(name, name)
    return prop, by_value


def discriminator_dispatch(schema: dict[str, Any]) -> dict[str, Any] | None:
    """A discriminated ``oneOf``/``anyOf`` rewritten as a dispatch on its property, or None
    when ``schema`` has no usable discriminator (``discriminator_variants``).

    Variants that overlap all match the same object, which ``oneOf`` refuses; a client
    reads the property instead, so the copy does too: an object must carry the property
    with a value the discriminator maps (else one error names the property and lists the
    values), and is checked against the variant that value picks. Anything but an object
    keeps the union's own check. The copy is plain JSON Schema (``if``/``then``/``else``)
    without the ``discriminator`` keyword, which validators implement each their own way.
    """
    if "discriminator" not in schema:
        return None
    key = "oneOf" if "oneOf" in schema else "anyOf"
    members = schema.get(key)
    if not isinstance(members, list):
        return None
    variants = discriminator_variants(schema, members)
    if variants is None or not variants[1]:
        return None
    prop, by_value = variants
    member_of = {member["$ref"][len(SCHEMA_PREFIX) :]: member for member in members}
    values_of: dict[str, list[str]] = {}
    for value, name in by_value.items():
        values_of.setdefault(name, []).append(value)
    branches = [
        {
            "if": {"required": [prop], "properties": {prop: {"enum": values}}},
            "then": member_of[name],
        }
        for name, values in values_of.items()
    ]
    dispatch = {
        "if": {"type": "object"},
        "then": {
            "required": [prop],
            "properties": {prop: {"enum": list(by_value)}},
            "allOf": branches,
        },
        "else": {key: members},
    }
    copy = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
    all_of = copy.get("allOf")
    copy["allOf"] = [*(all_of if isinstance(all_of, list) else []), dispatch]
    return copy


def with_dispatch(data: Any, schema_paths: Iterable[Sequence[str | int]]) -> Any:
    """``data`` with the discriminated union at each of ``schema_paths`` (the grammar's
    schema locations) rewritten by ``discriminator_dispatch``: a copy, or ``data`` itself
    when there is none."""
    found = [
        path
        for path in schema_paths
        if isinstance(node := _at(data, path), dict) and discriminator_dispatch(node) is not None
    ]
    if not found:
        return data
    copy = deepcopy(data)
    # Deepest first: rewriting a union moves its children into the new schema, so a union
    # nested in another must already be rewritten when its parent is.
    for path in sorted(found, key=len, reverse=True):
        parent = _at(copy, path[:-1])
        assert parent is not None
        parent[path[-1]] = discriminator_dispatch(parent[path[-1]]) or parent[path[-1]]
    return copy


def _at(data: Any, path: Sequence[str | int]) -> Any:
    """The container at ``path`` inside ``data``, or None when there is none."""
    node = data
    for part in path:
        if isinstance(node, dict):
            if part not in node:
                return None
        elif not (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            return None
        node = node[part]
    return node if isinstance(node, dict | list) else None
