"""Pydantic v2 model classes for a prepared spec, as IR (``generator.ir.ModelClass``).

The default models backend; ``generator.models`` is the datamodel-code-generator one.
Building happens in two passes: the first turns schemas into classes (typed by
``generator.schema_types``, which creates nested classes for inline objects as it meets
them), the second picks field names, which needs every class name first so no field can
shadow one. ``templates/package/models.py.j2`` lays the classes out.
"""

from __future__ import annotations

import keyword
from typing import Any, NamedTuple

from generator.escape import has_surrogate, python_literal
from generator.ir import ModelClass, ModelField, Models
from generator.naming import class_identifier, snake_case, unique
from generator.pytypes import NONE, Named, PyType, admits, union
from generator.reserved import (
    BASEMODEL_ATTRIBUTES,
    MODULE_TYPE_NAMES,
    RESERVED_MODEL_NAMES,
    SOFT_KEYWORDS,
)
from generator.schema_types import MODELS_MODULE, TypeBuilder
from generator.spec.refs import References
from generator.spec.schemas import needs_class, object_shape


class _Field(NamedTuple):
    key: str
    type: PyType
    required: bool
    default: str | None  # Python source of a usable schema default
    doc: str
    sent_required: bool


class _Class(NamedTuple):
    name: str
    doc: str
    fields: list[_Field]


def build_models(data: dict[str, Any], source: str) -> Models:
    """The model classes of a prepared document.

    ``source`` (the spec's name, for diagnostics) is unused: no schema is refused, since
    whatever cannot be typed precisely is typed ``Any``.
    """
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    builder = _ModelBuilder(schemas if isinstance(schemas, dict) else {}, References(data))
    builder.collect()
    return Models(classes=tuple(builder.model_classes()))


class _ModelBuilder:
    def __init__(self, schemas: dict[str, Any], refs: References) -> None:
        self.schemas = schemas
        self.classes: list[_Class] = []
        self.taken: set[str] = set(schemas) | set(RESERVED_MODEL_NAMES)
        self.types = TypeBuilder(schemas, refs, set(), self._nested_class)
        self.types.classes.update(
            name
            for name, schema in schemas.items()
            if isinstance(schema, dict) and needs_class(schema) and self.types.is_object(schema)
        )

    # --- pass 1: classes and types ----------------------------------------------------------

    def collect(self) -> None:
        # Components in spec order; typing a class-less component here (rather than on first
        # use) puts the nested classes it needs at its place in the module.
        for name, schema in self.schemas.items():
            if name in self.types.classes:
                self._build_class(name, schema)
            else:
                self.types.component_type(name)

    def _build_class(self, name: str, schema: dict[str, Any]) -> None:
        # A flat merge of the allOf parts: always right, where inheritance breaks on
        # conflicting or repeated bases; ``isinstance`` against a base's class is lost.
        shape = object_shape(schema, self.types.part)
        fields: list[_Field] = []
        for key, prop in shape.properties.items():
            if has_surrogate(key):  # pydantic cannot hold such an alias; extras keep it
                continue
            kind = self.types.model_type(prop, f"{name} {key}", 1)
            is_required = key in shape.required
            default = None
            if not is_required and isinstance(prop, dict) and "default" in prop:
                default = _default(prop["default"], kind)
            description = prop.get("description") if isinstance(prop, dict) else None
            doc = description if isinstance(description, str) else ""
            read_only = _flag(self.types.part(prop)[0], "readOnly")
            fields.append(
                _Field(key, kind, is_required, default, doc, is_required and not read_only)
            )
        description = schema.get("description")
        doc = description if isinstance(description, str) else ""
        # Appended after its fields are typed, so nested classes come right before it.
        self.classes.append(_Class(name, doc, fields))

    def _nested_class(self, schema: dict[str, Any], hint: str) -> PyType:
        name = unique(class_identifier(hint, reserved=RESERVED_MODEL_NAMES), self.taken)
        self._build_class(name, schema)
        return Named(name, MODELS_MODULE)

    # --- pass 2: field names ----------------------------------------------------------------

    def model_classes(self) -> list[ModelClass]:
        forbidden = MODULE_TYPE_NAMES | {cls.name for cls in self.classes}
        result: list[ModelClass] = []
        for cls in self.classes:
            names = _field_names([f.key for f in cls.fields], forbidden)
            fields: list[ModelField] = []
            for item, name in zip(cls.fields, names, strict=True):
                kind, default = item.type, item.default
                if not item.required and default is None:
                    kind, default = union(kind, NONE), "None"
                alias = item.key if name != item.key else None
                fields.append(ModelField(name, alias, kind, default, item.doc, item.sent_required))
            result.append(ModelClass(cls.name, cls.doc, fields))
        return result


def _flag(schema: Any, flag: str) -> bool:
    return isinstance(schema, dict) and schema.get(flag) is True


def _default(value: Any, kind: PyType) -> str | None:
    """Source of a schema default when the field's type admits it (so mypy accepts it)."""
    if isinstance(value, str) and has_surrogate(value):
        return None  # pydantic-core cannot hold a lone surrogate
    return python_literal(value) if admits(kind, value) else None


# Names ruff refuses (E741) because they read like the digits 1 and 0.
_AMBIGUOUS = frozenset({"l", "O", "I"})


def _field_names(keys: list[str], forbidden: frozenset[str]) -> list[str]:
    """Python names for the properties: the key itself where usable, else a sanitised,
    unique one (which then needs an alias). Usable keys are claimed first so a sanitised
    name never takes a name that a later property has verbatim."""

    def usable(name: str) -> bool:
        return (
            name.isidentifier()
            and not keyword.iskeyword(name)
            and name not in SOFT_KEYWORDS
            and not name.startswith(("_", "model_"))
            and name not in BASEMODEL_ATTRIBUTES
            and name not in forbidden
            and name not in _AMBIGUOUS
        )

    # Non-ASCII identifiers are NFKC-normalised by the parser, so the attribute could
    # silently differ from the key; they get an alias like any other awkward key.
    names: list[str | None] = [key if key.isascii() and usable(key) else None for key in keys]
    taken = {name for name in names if name is not None}
    result: list[str] = []
    for key, name in zip(keys, names, strict=True):
        if name is None:
            base = snake_case(key) or "field"
            if base[0].isdigit() or base.startswith("model_"):
                base = "field_" + base
            while not usable(base):
                base += "_"
            name, counter = base, 2
            while name in taken:
                name = f"{base}{counter}"
                counter += 1
            taken.add(name)
        result.append(name)
    return result
