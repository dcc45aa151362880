"""JSON:API write bodies → typed keyword arguments (``generator.ir.JsonApiWrite``).

A request body ``{"data": {"type": <one value>, "attributes": {...}, "relationships":
{...}}}`` is a JSON:API resource document: instead of one ``data: dict`` argument, the
method takes each writable attribute as a keyword argument, each relationship by the id
of its target (``owner_id=``, ``tag_ids=``), extra attributes allowed by
``patternProperties`` / ``additionalProperties`` (Overloop's custom fields ``c_*``) as one
mapping, and fills in ``type`` itself. Anything else keeps the plain body argument.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.ir import BodyField, JsonApiWrite, Relationship
from generator.naming import member_identifier, singular, snake_case, unique
from generator.pytypes import ANY, NONE, PyType, list_of, union
from generator.reserved import RESERVED_ARGUMENTS
from generator.schema_types import TypeBuilder

Resolve = Callable[[Any], Any]
Properties = Callable[[Any], tuple[dict[str, Any], list[str]]]

# What a resource object in a write may hold besides ``type``: anything else (``meta``,
# ``links``, a vendor key) would have no argument, so such a body keeps its plain form.
_RESOURCE_KEYS = frozenset({"type", "id", "attributes", "relationships"})
EXTRA_ATTRIBUTES = "extra_attributes"


class JsonApiWriteBuilder:
    """Reads a request body schema as a JSON:API write, with argument names drawn from
    the operation's ``taken`` names."""

    def __init__(self, resolve: Resolve, properties: Properties, mapper: TypeBuilder) -> None:
        self.resolve = resolve
        self.properties = properties
        self.mapper = mapper

    def build(self, schema: Any, taken: set[str], path_names: list[str]) -> JsonApiWrite | None:
        """The write's arguments, or None when ``schema`` is not a JSON:API document with
        one resource object of one fixed ``type``. ``path_names``: the operation's path
        arguments (the one of an update names the record whose ``id`` the body repeats)."""
        top, _ = self.properties(schema)
        if set(top) != {"data"}:
            return None
        data = self.resolve(top["data"])
        members, data_required = self.properties(data)
        if not members or not set(members) <= _RESOURCE_KEYS or "type" not in members:
            return None
        resource_type = single_string(self.resolve(members["type"]), first=True)
        if resource_type is None:
            return None
        attributes_schema = self.resolve(members.get("attributes", {}))
        declared, required_names = self.properties(attributes_schema)
        attributes_required = "attributes" in data_required
        attributes: list[BodyField] = []
        for wire_name, prop in declared.items():
            resolved = self.resolve(prop)
            if not isinstance(resolved, dict) or resolved.get("readOnly") is True:
                continue  # server-set: never sent
            attributes.append(
                BodyField(
                    py_name=self._name(wire_name, taken),
                    wire_name=wire_name,
                    required=attributes_required and wire_name in required_names,
                    type=self.mapper.argument(prop),
                    description=_description(resolved),
                )
            )
        extra = self._extra(attributes_schema)
        identifier = None
        id_from = None
        if "id" in data_required and len(path_names) == 1:
            # An update names its record in the URL and JSON:API wants it again in the body:
            # the client copies it rather than asking twice.
            id_from = path_names[0]
        elif "id" in data_required:
            identifier = BodyField(
                py_name=self._name("id", taken),
                wire_name="id",
                required=True,
                type=self.mapper.argument(members["id"]),
                description=_description(self.resolve(members["id"])),
            )
        return JsonApiWrite(
            resource_type=resource_type,
            attributes=tuple(attributes),
            attributes_required=attributes_required,
            extra_name=unique(EXTRA_ATTRIBUTES, taken) if extra is not None else None,
            extra_type=extra if extra is not None else ANY,
            relationships=self._relationships(members.get("relationships"), data_required, taken),
            id=identifier,
            id_from=id_from,
        )

    def _name(self, wire_name: str, taken: set[str]) -> str:
        return unique(
            member_identifier(wire_name, fallback="field", reserved=RESERVED_ARGUMENTS), taken
        )

    def _extra(self, attributes: Any) -> PyType | None:
        """The type of an attribute the schema allows beyond its named ones, if any."""
        if not isinstance(attributes, dict):
            return None
        patterns = attributes.get("patternProperties")
        if isinstance(patterns, dict) and patterns:
            return union(*(self.mapper.argument(value) for value in patterns.values()))
        additional = attributes.get("additionalProperties")
        if additional is True:
            return ANY
        if isinstance(additional, dict):
            return self.mapper.argument(additional) if additional else ANY
        return None

    def _relationships(
        self, schema: Any, data_required: list[str], taken: set[str]
    ) -> tuple[Relationship, ...]:
        declared, required_names = self.properties(self.resolve(schema))
        result: list[Relationship] = []
        for wire_name, prop in declared.items():
            resolved = self.resolve(prop)
            if not isinstance(resolved, dict) or resolved.get("readOnly") is True:
                continue
            required = "relationships" in data_required and wire_name in required_names
            linkage = self._linkage(resolved)
            # No fixed target type: the argument is the relationship object itself.
            name, target, many, kind = wire_name, None, False, self.mapper.argument(prop)
            if linkage is not None:
                target, id_type, many, nullable = linkage
                # `owner_id=`, and `tag_ids=` for a to-many `tags`.
                name = f"{singular(snake_case(wire_name))}_ids" if many else f"{wire_name}_id"
                kind = list_of(id_type) if many else union(id_type, *((NONE,) if nullable else ()))
            result.append(
                Relationship(
                    py_name=self._name(name, taken),
                    wire_name=wire_name,
                    resource_type=target,
                    many=many,
                    type=kind,
                    required=required,
                    description=_description(resolved),
                )
            )
        return tuple(result)

    def _linkage(self, relationship: dict[str, Any]) -> tuple[str, PyType, bool, bool] | None:
        """(target type, id type, to-many, may be null) of a relationship whose linkage
        names one resource type; None for any other relationship."""
        members, _ = self.properties(relationship)
        data = self.resolve(members.get("data"))
        if not isinstance(data, dict):
            return None
        nullable = data.get("nullable") is True
        kinds = data.get("type")
        many = kinds == "array" or (isinstance(kinds, list) and "array" in kinds)
        if many:
            return self._with_identifier(self.resolve(data.get("items")), True, False)
        alternatives = data.get("oneOf") or data.get("anyOf")
        if isinstance(alternatives, list):
            resolved = [self.resolve(a) for a in alternatives]
            nulls = [a for a in resolved if isinstance(a, dict) and a.get("type") == "null"]
            others = [a for a in resolved if a not in nulls]
            if len(others) != 1:
                return None
            return self._with_identifier(others[0], False, nullable or bool(nulls))
        return self._with_identifier(data, False, nullable)

    def _with_identifier(
        self, identifier: Any, many: bool, nullable: bool
    ) -> tuple[str, PyType, bool, bool] | None:
        members, _ = self.properties(identifier)
        if "type" not in members or "id" not in members:
            return None
        target = single_string(self.resolve(members["type"]))
        if target is None:
            return None
        id_type = self.mapper.argument(members["id"])
        if id_type == ANY or NONE in id_type.members():
            return None  # an id that may be anything or null is no id to link by
        return target, id_type, many, nullable


def single_string(schema: Any, *, first: bool = False) -> str | None:
    """The one string a schema allows (``const``, or an ``enum`` of one), else None; with
    ``first``, the first of an enum of strings (a write whose ``type`` the API accepts in
    two spellings sends the first)."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        value = schema["const"]
        return value if isinstance(value, str) else None
    enum = schema.get("enum")
    if not isinstance(enum, list) or not enum or not all(isinstance(v, str) for v in enum):
        return None
    return str(enum[0]) if first or len(enum) == 1 else None


def _description(schema: Any) -> str:
    text = schema.get("description") if isinstance(schema, dict) else None
    return str(text or "").strip()
