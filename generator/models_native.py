"""Pydantic v2 models for a prepared spec, written directly from the schemas.

Same contract as ``generator.models.generate_models`` (datamodel-code-generator), at a small
fraction of its cost. Rendering happens in two passes: the first turns schemas into class
descriptions (creating nested classes for inline objects as it meets them), the second picks
field names, which needs every class name first so no field can shadow one.
"""

from __future__ import annotations

import keyword
import math
import re
from dataclasses import dataclass
from typing import Any

from generator.naming import class_identifier, snake_case, unique
from generator.reserved import (
    BASEMODEL_ATTRIBUTES,
    MODULE_TYPE_NAMES,
    RESERVED_MODEL_NAMES,
    SOFT_KEYWORDS,
)
from generator.spec.refs import References
from generator.spec.schemas import SCHEMA_PREFIX, object_shape
from generator.spec.schemas import needs_class as _needs_class

# A union as its members; every member is a complete, non-union type expression. Keeping
# members apart avoids re-parsing expressions whose Literal strings may hold `|` or `]`.
_Type = tuple[str, ...]
_ANY: _Type = ("Any",)
_NONE: _Type = ("None",)

# Deep enough for any real schema; beyond it the parser's nesting limit comes into sight.
_MAX_DEPTH = 40

# defer_build: a class's validator is built on first use, not at import. Big APIs define
# thousands of interlinked models of which a client touches a few; Stripe's module imports in
# about 1 s instead of 8 s.
_MODEL_CONFIG = (
    '    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)'
)
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
_PLAIN_TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool}
_STRING_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_IMPORTED_NAMES = re.compile(r"\b(Any|Literal|datetime|date)\b")
_SURROGATES = re.compile("[\ud800-\udfff]")
_QUOTE_RUNS = re.compile(r'"{2,}|"$')


@dataclass(eq=False)
class _Field:
    key: str
    type: _Type
    required: bool
    default: str | None  # Python source of a usable schema default
    doc: str


@dataclass(eq=False)
class _Class:
    name: str
    doc: str
    fields: list[_Field]


def render_models(data: dict[str, Any], source: str) -> tuple[str, set[str]]:
    """The models module's source and the names of the classes it defines.

    ``source`` (the spec's name, for diagnostics) is unused: no schema is refused, since
    whatever cannot be typed precisely is typed ``Any``.
    """
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    renderer = _Renderer(schemas if isinstance(schemas, dict) else {}, References(data))
    renderer.collect()
    return renderer.source(), {cls.name for cls in renderer.classes}


class _Renderer:
    def __init__(self, schemas: dict[str, Any], refs: References) -> None:
        self.schemas = schemas
        self.refs = refs
        self.classes: list[_Class] = []
        self.taken: set[str] = set(schemas) | set(RESERVED_MODEL_NAMES)
        self.class_components = {
            name
            for name, schema in schemas.items()
            if isinstance(schema, dict) and _needs_class(schema) and self._is_object(schema)
        }
        self.structural: dict[str, _Type] = {}  # component without a class → its type
        self.in_progress: set[str] = set()  # components and pointers being typed
        self.literals: dict[str, tuple[Any, ...]] = {}  # Literal member → its values

    # --- pass 1: classes and types ----------------------------------------------------------

    def collect(self) -> None:
        # Components in spec order; typing a class-less component here (rather than on first
        # use) puts the nested classes it needs at its place in the module.
        for name, schema in self.schemas.items():
            if name in self.class_components:
                self._build_class(name, schema)
            else:
                self._component_type(name, 0)

    def _is_object(self, schema: dict[str, Any]) -> bool:
        """Whether a schema describes an object: ``allOf: [$ref: SomeEnum]`` does not."""
        return object_shape(schema, self._part).is_object

    def _part(self, part: Any) -> tuple[Any, str | None]:
        """An `allOf` part: the schema it stands for, and the `$ref` it was reached by."""
        ref = part.get("$ref") if isinstance(part, dict) else None
        if not isinstance(ref, str):
            return part, None
        return self.refs.deref(part), ref

    def _build_class(self, name: str, schema: dict[str, Any]) -> None:
        # A flat merge of the allOf parts: always right, where inheritance breaks on
        # conflicting or repeated bases; ``isinstance`` against a base's class is lost.
        shape = object_shape(schema, self._part)
        properties, required = shape.properties, shape.required
        fields: list[_Field] = []
        for key, prop in properties.items():
            if _SURROGATES.search(key):  # pydantic cannot hold such an alias; extras keep it
                continue
            kind = self._type(prop, f"{name} {key}", 1)
            is_required = key in required
            default = None
            if not is_required and isinstance(prop, dict) and "default" in prop:
                default = self._default(prop["default"], kind)
            description = prop.get("description") if isinstance(prop, dict) else None
            doc = description if isinstance(description, str) else ""
            fields.append(_Field(key, kind, is_required, default, doc))
        description = schema.get("description")
        doc = description if isinstance(description, str) else ""
        # Appended after its fields are typed, so nested classes come right before it.
        self.classes.append(_Class(name, doc, fields))

    def _nested_class(self, schema: dict[str, Any], hint: str) -> _Type:
        name = unique(class_identifier(hint, reserved=RESERVED_MODEL_NAMES), self.taken)
        self._build_class(name, schema)
        return (name,)

    def _component_type(self, name: str, depth: int) -> _Type:
        known = self.structural.get(name)
        if known is not None:
            return known
        if name in self.in_progress:  # a cycle without a class to name it: accept anything
            return _ANY
        self.in_progress.add(name)
        # The depth goes on through the reference: a chain of 1000 components that are
        # each a `$ref` to the next must end in Any, not in a RecursionError.
        result = self._type(self.schemas[name], name, depth)
        self.in_progress.discard(name)
        self.structural[name] = result
        return result

    def _type(self, schema: Any, hint: str, depth: int) -> _Type:
        if depth > _MAX_DEPTH or not isinstance(schema, dict):
            return _ANY
        ref = schema.get("$ref")
        result = self._ref(ref, hint, depth) if isinstance(ref, str) else None
        if result is None:
            result = self._plain(schema, hint, depth)
        if schema.get("nullable") is True:
            result = _union(result, _NONE)
        return result

    def _ref(self, ref: str, hint: str, depth: int) -> _Type:
        name = ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else ""
        if name in self.class_components:
            return _union((name,), _NONE) if _nullable(self.schemas[name]) else (name,)
        if name in self.schemas:
            return self._component_type(name, depth + 1)
        target = self.refs.target(ref)  # a pointer into a schema rather than a component
        if not isinstance(target, dict) or ref in self.in_progress:
            return _ANY
        self.in_progress.add(ref)
        result = self._type(target, hint, depth + 1)
        self.in_progress.discard(ref)
        return result

    def _plain(self, schema: dict[str, Any], hint: str, depth: int) -> _Type:
        kinds = schema.get("type")
        kind_list = [str(k) for k in kinds] if isinstance(kinds, list) else []
        maybe_null = _NONE if "null" in kind_list else ()
        if "const" in schema:
            literal = self._literal([schema["const"]], kinds)
            if literal is not None:
                return _union(literal, maybe_null)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            literal = self._literal(enum, kinds)
            if literal is not None:
                return _union(literal, maybe_null)
        if "allOf" in schema and "properties" not in schema:
            all_of = schema["allOf"] if isinstance(schema["allOf"], list) else []
            parts = [part for part in all_of if _is_typed(part)]
            # `allOf: [$ref]` is how 3.0 specs annotate a reference: that is just the reference.
            if len(parts) > 1 and self._is_object(schema):
                return _union(self._nested_class(schema, hint), maybe_null)
            # Not an object: the intersection is approximated by its first typed part.
            for part in parts:
                part_type = self._type(part, hint, depth + 1)
                if part_type != _ANY:
                    return _union(part_type, maybe_null)
            return _ANY
        # An inline `properties: {}` says "an object" and nothing more: a dict, not a class
        # without fields (components keep their class: the client names it).
        if schema.get("properties") or "allOf" in schema:
            return _union(self._nested_class(schema, hint), maybe_null)
        for keyword_name in ("oneOf", "anyOf"):
            members = schema.get(keyword_name)
            if isinstance(members, list) and members:
                return self._merge_literals(
                    _union(*(self._type(member, hint, depth + 1) for member in members), maybe_null)
                )
        if kind_list:
            return self._merge_literals(
                _union(*(self._kind(schema, kind, hint, depth) for kind in kind_list))
            )
        if isinstance(kinds, str):
            return self._kind(schema, kinds, hint, depth)
        if "items" in schema:
            return self._kind(schema, "array", hint, depth)
        if "additionalProperties" in schema or "properties" in schema:
            return self._kind(schema, "object", hint, depth)
        return _ANY

    def _kind(self, schema: dict[str, Any], kind: str, hint: str, depth: int) -> _Type:
        if kind == "string":
            format_name = schema.get("format")
            if format_name == "date-time":
                return ("datetime",)
            if format_name == "date":
                return ("date",)
            if format_name == "binary":
                return ("bytes",)
            return ("str",)
        if kind == "integer":
            return ("int",)
        if kind == "number":
            return ("float",)
        if kind == "boolean":
            return ("bool",)
        if kind == "null":
            return _NONE
        if kind == "array":
            item = self._type(schema.get("items"), f"{hint} item", depth + 1)
            return (f"list[{_expression(item)}]",)
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self._type(extra, f"{hint} value", depth + 1)
                return (f"dict[str, {_expression(value)}]",)
            return ("dict[str, Any]",)
        return _ANY

    def _literal(self, values: list[Any], kinds: Any) -> _Type | None:
        """``Literal[...]`` of the values, or None when the values do not fit one (floats,
        objects, or values whose JSON type is not the declared type)."""
        declared = set(kinds) if isinstance(kinds, list) else {kinds} if kinds else set()
        members: dict[tuple[type, Any], Any] = {}
        has_none = False
        for value in values:
            if value is None:
                has_none = True
                continue
            if isinstance(value, bool):
                fits = not declared or "boolean" in declared
            elif isinstance(value, int):
                fits = not declared or "integer" in declared
            elif isinstance(value, str):
                # pydantic-core cannot hold a lone surrogate in a Literal.
                fits = (not declared or "string" in declared) and not _SURROGATES.search(value)
            else:
                fits = False
            if not fits:
                return None
            members.setdefault(_key(value), value)
        if not members:
            return _NONE if has_none else None
        rendered = self._literal_part(list(members.values()))
        return _union((rendered,), _NONE) if has_none else (rendered,)

    def _literal_part(self, values: list[Any]) -> str:
        rendered = f"Literal[{', '.join(repr(value) for value in values)}]"
        self.literals[rendered] = tuple(values)
        return rendered

    def _merge_literals(self, kind: _Type) -> _Type:
        """One ``Literal`` per union, without the values a plain member already admits:
        ``Literal['now'] | int | Literal['']`` becomes ``Literal['now', ''] | int``."""
        parts = [part for part in kind if part in self.literals]
        if not parts:
            return kind
        covered = {_PLAIN_TYPES[part] for part in kind if part in _PLAIN_TYPES}
        values: dict[tuple[type, Any], Any] = {}
        for part in parts:
            for value in self.literals[part]:
                if type(value) not in covered:
                    values.setdefault(_key(value), value)
        merged = [self._literal_part(list(values.values()))] if values else []
        result: list[str] = []
        for part in kind:
            if part not in self.literals:
                result.append(part)
            elif merged:
                result.append(merged.pop())
        return tuple(result)

    def _default(self, value: Any, kind: _Type) -> str | None:
        """Source of a schema default when the field's type admits it (so mypy accepts it)."""
        if isinstance(value, str) and _SURROGATES.search(value):
            return None  # pydantic-core cannot hold a lone surrogate
        if "Any" in kind and isinstance(value, str | int | float | bool | None):
            fits = not isinstance(value, float) or math.isfinite(value)
        elif value is None:
            fits = "None" in kind
        elif isinstance(value, bool):
            fits = "bool" in kind or self._in_literal(value, kind)
        elif isinstance(value, int):
            fits = "int" in kind or "float" in kind or self._in_literal(value, kind)
        elif isinstance(value, float):
            fits = "float" in kind and math.isfinite(value)
        elif isinstance(value, str):
            fits = "str" in kind or self._in_literal(value, kind)
        else:
            fits = False
        return repr(value) if fits else None

    def _in_literal(self, value: Any, kind: _Type) -> bool:
        return any(_key(value) in map(_key, self.literals.get(part, ())) for part in kind)

    # --- pass 2: source ---------------------------------------------------------------------

    def source(self) -> str:
        forbidden = MODULE_TYPE_NAMES | {cls.name for cls in self.classes}
        blocks: list[str] = []
        imported: set[str] = set()
        aliased = False
        for cls in self.classes:
            lines = [f"class {cls.name}(BaseModel):"]
            if cls.doc.strip():
                lines += [_docstring(cls.doc, "    "), ""]
            lines.append(_MODEL_CONFIG)
            names = _field_names([f.key for f in cls.fields], forbidden)
            for item, name in zip(cls.fields, names, strict=True):
                kind = item.type
                default = item.default
                if not item.required and default is None:
                    kind, default = _union(kind, _NONE), "None"
                annotation = _expression(kind)
                imported.update(_imported_names(annotation))
                if name != item.key:
                    annotation = f"Annotated[{annotation}, Field(alias={item.key!r})]"
                    aliased = True
                lines.append(f"    {name}: {annotation}" + (f" = {default}" if default else ""))
                if item.doc.strip():
                    lines.append(_docstring(item.doc, "    "))
            blocks.append("\n".join(lines))
        # isort's sections (ruff I001): __future__, the standard library, third party; one
        # blank line between sections that are present.
        standard: list[str] = []
        dates = sorted(imported & {"date", "datetime"})
        if dates:
            standard.append(f"from datetime import {', '.join(dates)}")
        typing_names = sorted(
            (imported & {"Any", "Literal"}) | ({"Annotated"} if aliased else set())
        )
        if typing_names:
            standard.append(f"from typing import {', '.join(typing_names)}")
        sections = [["from __future__ import annotations"], standard]
        if self.classes:
            pydantic_names = ["BaseModel", "ConfigDict"] + (["Field"] if aliased else [])
            sections.append([f"from pydantic import {', '.join(pydantic_names)}"])
        header = "\n\n".join("\n".join(section) for section in sections if section)
        return "\n\n\n".join([header, *blocks]) + "\n"


def _imported_names(annotation: str) -> list[str]:
    if "'" in annotation or '"' in annotation:  # Literal['Any'] imports nothing
        annotation = _STRING_LITERALS.sub("", annotation)
    return _IMPORTED_NAMES.findall(annotation)


def _key(value: Any) -> tuple[type, Any]:
    # 1 == True in Python, so compare by type as well: both are distinct JSON values.
    return type(value), value


def _is_typed(schema: Any) -> bool:
    """Whether a schema constrains the type at all (unlike one holding only a description)."""
    return isinstance(schema, dict) and any(key in schema for key in _TYPING_KEYWORDS)


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds)


def _union(*members: _Type) -> _Type:
    flat: list[str] = []
    for member in members:
        for part in member:
            if part == "Any":
                return _ANY
            if part not in flat:
                flat.append(part)
    if "None" in flat:  # `str | None` reads naturally
        flat.remove("None")
        flat.append("None")
    return tuple(flat) or _ANY


def _expression(kind: _Type) -> str:
    return " | ".join(kind)


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


def _docstring(text: str, indent: str) -> str:
    """A triple-quoted literal whose value is ``text`` (trimmed), whatever ``text`` holds."""
    # A lone surrogate (possible via a JSON escape) is no text; a class docstring holding
    # one even stops the class from being created, as CPython encodes it to UTF-8.
    text = text.replace("\r\n", "\n")
    if not text.isascii():
        text = _SURROGATES.sub("\ufffd", text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    body = "\n".join(_escape(line) for line in lines)
    if "\n" not in body:
        return f'{indent}"""{body}"""'
    indented = "\n".join(indent + line if line else "" for line in body.split("\n"))
    return f'{indent}"""\n{indented}\n{indent}"""'


def _escape(line: str) -> str:
    line = line.replace("\\", "\\\\")
    # A lone quote cannot close a triple-quoted string; runs of two or more could, as could
    # a quote right before the closing quotes.
    if '"' in line:
        line = _QUOTE_RUNS.sub(lambda match: '\\"' * len(match.group()), line)
    if line.isprintable():
        return line
    return "".join(char if char.isprintable() else _escape_char(char) for char in line)


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\t":
        return "\\t"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
