"""Schema → Python type (``generator.pytypes``): the one builder, for models and method
signatures alike.

One depth limit, one reading of each keyword, one `format: date-time` decision (``datetime``;
``date`` for `format: date`). Where a type sits decides only three things:

- in a model (``model_type``), an inline object becomes a nested model class;
- elsewhere an inline object is ``dict[str, ...]``: signatures never invent classes;
- an argument (``argument``) also accepts its wire form: a model class a plain dict, a
  datetime or date its ISO 8601 string; a multipart file part is ``FileTypes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.escape import has_surrogate
from generator.pytypes import (
    ANY,
    BOOL,
    BYTES,
    DATE,
    DATETIME,
    DICT_ANY,
    FLOAT,
    INT,
    NONE,
    STR,
    UNKNOWN_ENUM,
    Discriminated,
    Named,
    PyType,
    dict_of,
    list_of,
    literal,
    union,
    without_redundant_int,
)
from generator.spec.refs import References
from generator.spec.schemas import (
    SCHEMA_PREFIX,
    discriminator_variants,
    is_open_enum,
    object_shape,
)

# Deep enough for any real schema; beyond it the type is Any. Components are typed through
# the same depth, so a chain of 1000 `$ref`s ends in Any, never in a RecursionError.
MAX_DEPTH = 40

MODELS_MODULE = ".models"
FILE_TYPES = Named("FileTypes", "._types")
FILE_CONTENT = Named("FileContent", "._types")

_TYPING_KEYWORDS = (
    "$ref",
    "type",
    "properties",
    "patternProperties",
    "additionalProperties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "enum",
    "const",
)

_SCALARS = {"integer": INT, "number": FLOAT, "boolean": BOOL, "null": NONE}
_STRING_FORMATS = {"date-time": DATETIME, "date": DATE, "binary": BYTES}

# How a schema is typed: in a model (inline objects become classes), a value received
# (a response), a value passed (an argument), or a multipart part (binary strings are files).
# Models and received values are read from the server, so their enums are open.
_MODEL = "model"
_READ = "read"
_PLAIN = "plain"
_UPLOAD = "upload"
_RECEIVED = (_MODEL, _READ)

# Makes the model class for an inline object schema (a hint for its name) and returns it.
NestedClass = Callable[[dict[str, Any], str], PyType]


class TypeBuilder:
    """Types of the schemas of one prepared document, in terms of its model classes."""

    def __init__(
        self,
        schemas: dict[str, Any],
        refs: References,
        classes: set[str],
        nested_class: NestedClass | None = None,
    ) -> None:
        self.schemas = schemas
        self.refs = refs
        self.classes = classes  # components that are model classes
        self.nested_class = nested_class
        self.structural: dict[tuple[str, str], PyType] = {}  # (mode, component) → its type
        self.in_progress: set[tuple[str, str]] = set()  # components and pointers being typed

    # --- entry points -------------------------------------------------------------------------

    def model_type(self, schema: Any, hint: str, depth: int) -> PyType:
        """The type of a model field (``hint`` names the classes nested in it)."""
        return self._type(schema, hint, depth, _MODEL)

    def component_type(self, name: str) -> PyType:
        """The type of a component that has no class, as models use it."""
        return self._component_type(name, 0, _MODEL)

    def read(self, schema: Any) -> PyType:
        """The type of a value the client receives: a response, an error, a webhook event."""
        return self._type(schema, "", 0, _READ)

    def argument(self, schema: Any, *, upload: bool = False) -> PyType:
        """The type of a value the caller passes (a parameter, a body or body field); with
        ``upload``, a multipart part."""
        kind = self._type(schema, "", 0, _UPLOAD if upload else _PLAIN)
        widened: list[PyType] = []
        for member in kind.members():
            if member in (DATETIME, DATE):
                widened += [member, STR]
            else:
                widened.append(member)
        if any(isinstance(m, Named) and m.module == MODELS_MODULE for m in widened):
            widened.append(DICT_ANY)
        return without_redundant_int(union(*widened))

    # --- schemas ------------------------------------------------------------------------------

    def is_object(self, schema: dict[str, Any]) -> bool:
        """Whether a schema describes an object: ``allOf: [$ref: SomeEnum]`` does not."""
        return object_shape(schema, self.part).is_object

    def part(self, part: Any) -> tuple[Any, str | None]:
        """An `allOf` part: the schema it stands for, and the `$ref` it was reached by."""
        ref = part.get("$ref") if isinstance(part, dict) else None
        if not isinstance(ref, str):
            return part, None
        return self.refs.deref(part), ref

    def _component_type(self, name: str, depth: int, mode: str) -> PyType:
        key = (mode, name)
        known = self.structural.get(key)
        if known is not None:
            return known
        if key in self.in_progress:  # a cycle without a class to name it: accept anything
            return ANY
        self.in_progress.add(key)
        result = self._type(self.schemas[name], name, depth, mode)
        self.in_progress.discard(key)
        self.structural[key] = result
        return result

    def _type(self, schema: Any, hint: str, depth: int, mode: str) -> PyType:
        if depth > MAX_DEPTH or not isinstance(schema, dict):
            return ANY
        ref = schema.get("$ref")
        result = self._ref(ref, hint, depth, mode) if isinstance(ref, str) else None
        if result is None:
            result = self._plain(schema, hint, depth, mode)
        if schema.get("nullable") is True:
            result = union(result, NONE)
        return result

    def _ref(self, ref: str, hint: str, depth: int, mode: str) -> PyType:
        name = ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else ""
        if name in self.classes:
            named = Named(name, MODELS_MODULE)
            return union(named, NONE) if _nullable(self.schemas[name]) else named
        if name in self.schemas:
            return self._component_type(name, depth + 1, mode)
        target = self.refs.target(ref)  # a pointer into a schema rather than a component
        key = (mode, ref)
        if not isinstance(target, dict) or key in self.in_progress:
            return ANY
        self.in_progress.add(key)
        result = self._type(target, hint, depth + 1, mode)
        self.in_progress.discard(key)
        return result

    def _object(self, schema: dict[str, Any], hint: str, depth: int, mode: str) -> PyType:
        """An inline object with named fields: a nested class in a model, else a dict."""
        if mode == _MODEL and self.nested_class is not None:
            return self.nested_class(schema, hint)
        return self._kind(schema, "object", hint, depth, mode)

    def _plain(self, schema: dict[str, Any], hint: str, depth: int, mode: str) -> PyType:
        kinds = schema.get("type")
        kind_list = [str(k) for k in kinds] if isinstance(kinds, list) else []
        null = (NONE,) if "null" in kind_list else ()
        if "const" in schema:
            found = _literal([schema["const"]], kinds)
            if found is not None:
                return union(found, *null)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            found = _literal(enum, kinds)
            if found is not None:
                opened = (UNKNOWN_ENUM,) if mode in _RECEIVED and is_open_enum(schema) else ()
                return union(found, *opened, *null)
        if "allOf" in schema and "properties" not in schema:
            all_of = schema["allOf"] if isinstance(schema["allOf"], list) else []
            parts = [part for part in all_of if _is_typed(part)]
            # `allOf: [$ref]` is how 3.0 specs annotate a reference: that is just the reference.
            if len(parts) > 1 and self.is_object(schema):
                return union(self._object(schema, hint, depth, mode), *null)
            # Not an object: the intersection is approximated by its first typed part.
            for part in parts:
                part_type = self._type(part, hint, depth + 1, mode)
                if part_type != ANY:
                    return union(part_type, *null)
            return ANY
        # An inline `properties: {}` says "an object" and nothing more: a dict, not a class
        # without fields (components keep their class: the client names it).
        if schema.get("properties") or "allOf" in schema:
            return union(self._object(schema, hint, depth, mode), *null)
        for keyword_name in ("oneOf", "anyOf"):
            members = schema.get(keyword_name)
            if isinstance(members, list) and members:
                tagged = self._discriminated(schema, members) if mode in _RECEIVED else None
                if tagged is not None:
                    return union(tagged, *null)
                types = [self._type(member, hint, depth + 1, mode) for member in members]
                return union(*types, *null)
        if kind_list:
            return union(*(self._kind(schema, kind, hint, depth, mode) for kind in kind_list))
        if isinstance(kinds, str):
            return self._kind(schema, kinds, hint, depth, mode)
        if "items" in schema:
            return self._kind(schema, "array", hint, depth, mode)
        if "additionalProperties" in schema or "properties" in schema:
            return self._kind(schema, "object", hint, depth, mode)
        return ANY

    def _discriminated(self, schema: dict[str, Any], members: list[Any]) -> PyType | None:
        """The union as one that its discriminator picks the variant of, or None when it has
        none or a variant is not a model class (pydantic tags classes only): a plain union."""
        variants = discriminator_variants(schema, members)
        if variants is None:
            return None
        prop, by_value = variants
        classes: dict[str, Named] = {}
        for name in by_value.values():
            if name not in self.classes or _nullable(self.schemas.get(name)):
                return None
            classes[name] = Named(name, MODELS_MODULE)
        if len(classes) < 2:  # pydantic refuses a discriminator on a single type
            return None
        return Discriminated(prop, tuple(classes.values()), tuple(by_value.items()))

    def _kind(self, schema: dict[str, Any], kind: str, hint: str, depth: int, mode: str) -> PyType:
        if kind == "string":
            format_name = schema.get("format")
            if mode == _UPLOAD and (format_name == "binary" or "contentMediaType" in schema):
                return FILE_TYPES
            return _STRING_FORMATS.get(str(format_name), STR)
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return list_of(self._type(schema.get("items"), f"{hint} item", depth + 1, mode))
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return dict_of(self._type(extra, f"{hint} value", depth + 1, mode))
            return DICT_ANY
        return ANY


def _literal(values: list[Any], kinds: Any) -> PyType | None:
    """``Literal[...]`` of the values, or None when the values do not fit one (floats,
    objects, or values whose JSON type is not the declared type)."""
    declared = set(kinds) if isinstance(kinds, list) else {kinds} if kinds else set()
    for value in values:
        if isinstance(value, bool):
            fits = not declared or "boolean" in declared
        elif isinstance(value, int):
            fits = not declared or "integer" in declared
        elif isinstance(value, str):
            # pydantic-core cannot hold a lone surrogate in a Literal.
            fits = (not declared or "string" in declared) and not has_surrogate(value)
        else:
            fits = value is None
        if not fits:
            return None
    return literal(values)


def _is_typed(schema: Any) -> bool:
    """Whether a schema constrains the type at all (unlike one holding only a description)."""
    return isinstance(schema, dict) and any(key in schema for key in _TYPING_KEYWORDS)


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds)
