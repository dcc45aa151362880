"""Data generated from a schema: plausible, valid, and the same for the same seed.

Generation follows the schema rather than sampling it at random: the first ``oneOf``/``anyOf``
branch (a later one on a retry ``attempt``), every required property plus a seeded subset of
the optional ones, one array item, formats and patterns honoured. Recursive schemas stop
expanding once a ``$ref`` repeats on the current path.
"""

from __future__ import annotations

import base64
import copy
import importlib
import math
import random
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from generator.mock.schemas import Direction
from generator.spec.refs import References
from generator.spec.schemas import (
    SCHEMA_PREFIX,
    discriminator_variants,
    merge_into,
    merged_schema,
    string_enum,
)

# re's own parser gives the structure of a pattern; there is no public API for it.
_sre: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")

_MAX_DEPTH = 8
_BASE_TIME = datetime(2024, 1, 15, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class _Context:
    rng: random.Random
    direction: Direction
    attempt: int
    use_examples: bool
    depth: int = 0
    refs: tuple[str, ...] = ()

    @property
    def shallow(self) -> bool:
        return self.depth >= _MAX_DEPTH or len(self.refs) != len(set(self.refs))

    def child(self, ref: str | None) -> _Context:
        refs = (*self.refs, ref) if ref else self.refs
        return _Context(
            self.rng, self.direction, self.attempt, self.use_examples, self.depth + 1, refs
        )


class Synthesizer:
    def __init__(self, data: Any) -> None:
        self.data = data
        self.refs = References(data)

    def generate(
        self,
        schema: Any,
        *,
        seed: str,
        direction: Direction = "response",
        attempt: int = 0,
        use_examples: bool = True,
    ) -> Any:
        context = _Context(random.Random(seed), direction, attempt, use_examples)
        return self._value(schema, context, "")

    # --- schema plumbing -----------------------------------------------------------------

    def _deref(self, schema: Any) -> tuple[Any, str | None]:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return self.refs.deref(schema), ref if isinstance(ref, str) else None

    def merge(self, schema: Any) -> dict[str, Any]:
        """``schema`` with its ``allOf`` folded in (recursively): one object to generate from."""
        resolved, _ = self._deref(schema)
        if not isinstance(resolved, dict):
            return {}
        return merged_schema(resolved, self._deref)

    def properties(self, schema: Any) -> dict[str, Any]:
        """Every property an object schema declares, through allOf and the first branch."""
        merged = self.merge(schema)
        found = dict(merged.get("properties") or {})
        for key in ("oneOf", "anyOf"):
            for branch in merged.get(key) or []:
                found.update(self.properties(branch))
        return found

    # --- generation ----------------------------------------------------------------------

    def _value(self, schema: Any, context: _Context, name: str) -> Any:
        resolved, ref = self._deref(schema)
        if resolved is True or resolved == {}:
            return f"{name or 'value'}"
        if not isinstance(resolved, dict):
            return None
        if ref:
            context = _Context(
                context.rng,
                context.direction,
                context.attempt,
                context.use_examples,
                context.depth,
                (*context.refs, ref),
            )
        schema_dict = self.merge(resolved)
        if "const" in schema_dict:
            return copy.deepcopy(schema_dict["const"])
        if context.use_examples:
            examples = schema_dict.get("examples")
            if isinstance(examples, list) and examples:
                return copy.deepcopy(examples[0])
            if "example" in schema_dict:
                return copy.deepcopy(schema_dict["example"])
        enum = schema_dict.get("enum")
        if isinstance(enum, list) and schema_dict.get("type") == "string":
            enum = string_enum(enum)
        if isinstance(enum, list) and enum:
            choices = [v for v in enum if v is not None] or enum
            return copy.deepcopy(context.rng.choice(choices))
        for key in ("oneOf", "anyOf"):
            branches = schema_dict.get(key)
            if isinstance(branches, list) and branches:
                return self._branch(schema_dict, key, branches, context, name)
        kind = self._type(schema_dict)
        if kind == "object":
            return self._object(schema_dict, context)
        if kind == "array":
            return self._array(schema_dict, context, name)
        if kind == "string":
            return self._string(schema_dict, context, name)
        if kind == "integer":
            return self._integer(schema_dict, context)
        if kind == "number":
            return self._number(schema_dict, context)
        if kind == "boolean":
            default = schema_dict.get("default")
            return default if isinstance(default, bool) else context.rng.random() < 0.5
        return None

    def _branch(
        self,
        schema: dict[str, Any],
        key: str,
        branches: list[Any],
        context: _Context,
        name: str,
    ) -> Any:
        # Non-null branches first: a mock that answers `null` teaches a client nothing.
        ordered = sorted(branches, key=lambda b: self._type(self.merge(b)) == "null")
        branch = ordered[context.attempt % len(ordered)]
        siblings = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        if not any(k in siblings for k in ("properties", "type", "required", "items")):
            return self._tagged(schema, branches, branch, self._value(branch, context, name))
        merged = dict(siblings)
        merge_into(merged, self.merge(branch))
        return self._tagged(schema, branches, branch, self._value(merged, context, name))

    @staticmethod
    def _tagged(schema: dict[str, Any], branches: list[Any], branch: Any, value: Any) -> Any:
        """``value`` (made from ``branch``) with its discriminator property set to a value
        the mapping gives that branch: the variant's own schema may allow any string, but
        a client picks the variant by this value."""
        variants = discriminator_variants(schema, branches)
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if variants is None or not isinstance(value, dict) or not isinstance(ref, str):
            return value
        prop, by_value = variants
        name = ref[len(SCHEMA_PREFIX) :]
        tags = [tag for tag, target in by_value.items() if target == name]
        if tags:
            value[prop] = tags[0]
        return value

    @staticmethod
    def _type(schema: dict[str, Any]) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if isinstance(k, str)]
            non_null = [k for k in kinds if k != "null"]
            return non_null[0] if non_null else "null"
        if isinstance(kind, str):
            return kind
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        if any(k in schema for k in ("minimum", "maximum", "multipleOf")):
            return "number"
        return "string"

    def _object(self, schema: dict[str, Any], context: _Context) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        hidden = "writeOnly" if context.direction == "response" else "readOnly"
        result: dict[str, Any] = {}
        for prop, prop_schema in properties.items():
            resolved, _ = self._deref(prop_schema)
            if isinstance(resolved, dict) and resolved.get(hidden) is True:
                continue
            wanted = prop in required or (not context.shallow and context.rng.random() < 0.75)
            if wanted:
                _, ref = self._deref(prop_schema)
                result[prop] = self._value(prop_schema, context.child(ref), prop)
        extra = schema.get("additionalProperties")
        extra_schema = extra if isinstance(extra, dict) else {"type": "string"}
        for prop in required:
            if prop not in result:
                result[prop] = self._value(extra_schema, context.child(None), prop)
        minimum = schema.get("minProperties")
        if isinstance(minimum, int) and len(result) < minimum:
            for prop, prop_schema in properties.items():
                if len(result) >= minimum:
                    break
                result.setdefault(prop, self._value(prop_schema, context.child(None), prop))
            index = 0
            while len(result) < minimum and extra is not False:
                index += 1
                result.setdefault(f"key{index}", self._value(extra_schema, context.child(None), ""))
        return result

    def _array(self, schema: dict[str, Any], context: _Context, name: str) -> list[Any]:
        min_items, max_items = schema.get("minItems"), schema.get("maxItems")
        minimum: int = min_items if isinstance(min_items, int) else 0
        maximum: int | None = max_items if isinstance(max_items, int) else None
        count = max(minimum, 0 if context.shallow else 1)
        if maximum is not None:
            count = min(count, maximum)
        prefix_items = schema.get("prefixItems")
        prefix: list[Any] = prefix_items if isinstance(prefix_items, list) else []
        items = schema.get("items", {})
        result: list[Any] = []
        unique = schema.get("uniqueItems") is True
        tries = 0
        while len(result) < count and tries < count * 10 + 10:
            tries += 1
            index = len(result)
            item_schema = prefix[index] if index < len(prefix) else items
            _, ref = self._deref(item_schema)
            child = context.child(ref)
            if tries > 1 and unique:
                # Examples would repeat the same value: ask for fresh data.
                child = _Context(
                    child.rng, child.direction, child.attempt, False, child.depth, child.refs
                )
            value = self._value(item_schema, child, name)
            if unique and value in result:
                continue
            result.append(value)
        return result

    def _string(self, schema: dict[str, Any], context: _Context, name: str) -> str:
        rng = context.rng
        default = schema.get("default")
        if isinstance(default, str):
            return default
        fmt = schema.get("format")
        number = rng.randrange(1, 10_000)
        value: str
        if fmt == "date-time":
            moment = _BASE_TIME + timedelta(seconds=rng.randrange(0, 365 * 86400))
            value = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif fmt == "date":
            value = (_BASE_TIME + timedelta(days=rng.randrange(0, 365))).strftime("%Y-%m-%d")
        elif fmt == "time":
            value = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
        elif fmt in ("email", "idn-email"):
            value = f"user{number}@example.com"
        elif fmt in ("uri", "url", "iri", "uri-reference", "iri-reference"):
            value = f"https://example.com/{_slug(name) or 'resource'}/{number}"
        elif fmt in ("hostname", "idn-hostname"):
            value = f"host{number}.example.com"
        elif fmt == "ipv4":
            value = f"192.0.2.{number % 255}"
        elif fmt == "ipv6":
            value = f"2001:db8::{number:x}"
        elif fmt == "uuid":
            value = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        elif fmt == "byte":
            value = base64.b64encode(f"{name or 'data'}{number}".encode()).decode()
        else:
            value = f"{_slug(name) or 'string'}_{number}"
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            value = _from_pattern(pattern, rng) or value
        return _fit_length(value, schema)

    def _integer(self, schema: dict[str, Any], context: _Context) -> int:
        default = schema.get("default")
        if isinstance(default, int) and not isinstance(default, bool):
            return default
        low, high = _bounds(schema, integer=True)
        step = schema.get("multipleOf")
        if isinstance(step, int) and step > 0:
            first = math.ceil(low / step)
            last = math.floor(high / step)
            return step * context.rng.randint(first, max(first, last))
        return context.rng.randint(int(low), int(high))

    def _number(self, schema: dict[str, Any], context: _Context) -> float | int:
        default = schema.get("default")
        if isinstance(default, int | float) and not isinstance(default, bool):
            return default
        low, high = _bounds(schema, integer=False)
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and step > 0:
            first = math.ceil(low / step)
            last = math.floor(high / step)
            multiple = step * context.rng.randint(first, max(first, last))
            return int(multiple) if float(multiple).is_integer() else multiple
        value = round(context.rng.uniform(low, high), 2)
        return min(max(value, low), high)


def _bounds(schema: dict[str, Any], *, integer: bool) -> tuple[float, float]:
    nudge = 1 if integer else 0.01
    minimum, maximum = _number(schema.get("minimum")), _number(schema.get("maximum"))
    ex_min, ex_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    # 3.0 writes exclusiveMinimum as a boolean beside minimum; 3.1 as the bound itself.
    lows = [minimum + (nudge if ex_min is True else 0)] if minimum is not None else []
    highs = [maximum - (nudge if ex_max is True else 0)] if maximum is not None else []
    if (bound := _number(ex_min)) is not None:
        lows.append(bound + nudge)
    if (bound := _number(ex_max)) is not None:
        highs.append(bound - nudge)
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is None and high is None:
        low, high = 1, 1000
    elif low is None:
        assert high is not None
        low = min(1, high) if high >= 1 else high - 1000
    elif high is None:
        high = low + 1000 if low >= 1 else max(low, 1000)
    assert low is not None and high is not None
    high = max(high, low)
    if integer:
        low, high = math.ceil(low), math.floor(high)
        high = max(high, low)
    return low, high


def _number(value: Any) -> float | None:
    return float(value) if _is_number(value) else None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "", name)[:24]


def _fit_length(value: str, schema: dict[str, Any]) -> str:
    minimum = schema.get("minLength")
    maximum = schema.get("maxLength")
    if isinstance(minimum, int) and len(value) < minimum:
        value = value + "x" * (minimum - len(value))
    if isinstance(maximum, int) and len(value) > maximum:
        value = value[:maximum]
    return value


# --- strings from regular expressions --------------------------------------------------

_CATEGORIES = {
    "CATEGORY_DIGIT": "0123456789",
    "CATEGORY_NOT_DIGIT": "abcxyz",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "abcxyz",
    "CATEGORY_WORD": "abcdefghijklmnopqrstuvwxyz0123456789",
    "CATEGORY_NOT_WORD": "-.",
}
_ANY = "abcdefghijklmnopqrstuvwxyz"


def _from_pattern(pattern: str, rng: random.Random) -> str | None:
    """A string the pattern matches (checked with ``re.search``), or None."""
    try:
        parsed = _sre.parse(pattern)
        for _ in range(5):
            groups: dict[int, str] = {}
            candidate = _emit(parsed, rng, groups)
            if re.search(pattern, candidate):
                return candidate
    except (re.error, RecursionError, ValueError, TypeError, IndexError, KeyError):
        return None
    return None


def _emit(items: Any, rng: random.Random, groups: dict[int, str]) -> str:
    out: list[str] = []
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            out.append(chr(argument))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(argument) != "a" else "b")
        elif name == "ANY":
            out.append(rng.choice(_ANY))
        elif name == "IN":
            out.append(_pick_class(argument, rng))
        elif name == "BRANCH":
            out.append(_emit(rng.choice(argument[1]), rng, groups))
        elif name == "SUBPATTERN":
            group, _, _, body = argument
            text = _emit(body, rng, groups)
            if group is not None:
                groups[group] = text
            out.append(text)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = argument
            high = low + 3 if high == _const.MAXREPEAT else high
            count = rng.randint(low, max(low, min(high, low + 3)))
            out.extend(_emit(body, rng, groups) for _ in range(count))
        elif name == "GROUPREF":
            out.append(groups.get(argument, ""))
        elif name == "CATEGORY":
            out.append(rng.choice(_CATEGORIES.get(str(argument), "a")))
        elif name == "ATOMIC_GROUP":
            out.append(_emit(argument, rng, groups))
        # AT (anchors), ASSERT and ASSERT_NOT emit nothing.
    return "".join(out)


def _pick_class(items: Any, rng: random.Random) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    allowed: list[str] = []
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            allowed.append(chr(argument))
        elif name == "RANGE":
            low, high = argument
            allowed.extend(chr(c) for c in range(low, min(high, low + 50) + 1))
        elif name == "CATEGORY":
            allowed.extend(_CATEGORIES.get(str(argument), "a"))
    if negate:
        pool = [c for c in _ANY + "0123456789" if c not in allowed]
        return rng.choice(pool) if pool else "~"
    return rng.choice(allowed) if allowed else "a"
