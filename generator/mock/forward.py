"""Forward-compatible variants of valid response bodies (``mock --forward-compat``): what the
same API may answer once it has grown, which a client generated today must still parse.

Each object gains a field the spec does not declare, string enums of two values or more
(``generator.spec.schemas.is_open_enum``) take a value the spec does not list, and optional
fields are left out (each with an even, seeded chance). Left as they are: discriminator
properties (a new value would be a new variant, which no client can know), one-value enums
and consts (tags), objects typed as maps (``additionalProperties`` with a schema: every
value has that type), the body's top level (its fields carry pagination: leaving out the
list of items or the cursor changes what the request means, not how it parses), and the
inside of a ``oneOf``/``anyOf`` whose branch neither a discriminator nor a single object
branch identifies.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from generator.mock.synth import Synthesizer
from generator.spec.schemas import (
    SCHEMA_PREFIX,
    discriminator_variants,
    is_open_enum,
    merge_into,
)

# What the grown API sends: a field no spec declares and an enum value none lists.
ADDED_FIELD = "specforge_added_field"
ADDED_VALUE = "specforge added this field"
UNKNOWN_ENUM_VALUE = "specforge_unknown_value"

_MAX_DEPTH = 64


class ForwardCompat:
    """Turns a valid body into its forward-compatible variant (a new object each time)."""

    def __init__(self, synth: Synthesizer, seed: int) -> None:
        self.synth = synth
        self.seed = seed

    def variant(self, schema: Any, body: Any, tag: str) -> Any:
        """``body`` (valid for ``schema``) as the grown API would send it; ``tag`` (the
        operation and status) seeds which optional fields are left out."""
        rng = random.Random(f"{self.seed}:{tag}:forward")
        return _Walk(self.synth, rng).value(schema, copy.deepcopy(body), 0, None)


class _Walk:
    def __init__(self, synth: Synthesizer, rng: random.Random) -> None:
        self.synth = synth
        self.rng = rng

    def value(self, schema: Any, value: Any, depth: int, protected: str | None) -> Any:
        if depth > _MAX_DEPTH:
            return value
        merged = self.synth.merge(schema)
        if not merged:
            return value
        branch = self._branch(merged, value)
        if branch is not None:
            chosen, protected = branch
            merged = {k: v for k, v in merged.items() if k not in ("oneOf", "anyOf")}
            merge_into(merged, self.synth.merge(chosen))
        elif any(isinstance(merged.get(key), list) for key in ("oneOf", "anyOf")):
            return value
        if isinstance(value, str):
            enum = merged.get("enum")
            if is_open_enum(merged) and isinstance(enum, list) and value in enum:
                return UNKNOWN_ENUM_VALUE
            return value
        if isinstance(value, list):
            items = merged.get("items")
            if not isinstance(items, dict):
                return value
            return [self.value(items, item, depth + 1, None) for item in value]
        if isinstance(value, dict):
            return self._object(merged, value, depth, protected)
        return value

    def _branch(self, merged: dict[str, Any], value: Any) -> tuple[Any, str | None] | None:
        """The ``oneOf``/``anyOf`` branch ``value`` was made from, when known, and the
        property that must keep its value (the discriminator)."""
        for key in ("oneOf", "anyOf"):
            branches = merged.get(key)
            if not isinstance(branches, list) or not branches:
                continue
            variants = discriminator_variants(merged, branches)
            if variants is not None and isinstance(value, dict):
                prop, by_value = variants
                target = by_value.get(str(value.get(prop)))
                for branch in branches:
                    if isinstance(branch, dict) and branch.get("$ref") == SCHEMA_PREFIX + str(
                        target
                    ):
                        return branch, prop
                return None
            objects = [b for b in branches if self.synth.merge(b).get("properties")]
            if len(objects) == 1 and isinstance(value, dict):
                return objects[0], None
            return None
        return None

    def _object(
        self, merged: dict[str, Any], value: dict[str, Any], depth: int, protected: str | None
    ) -> dict[str, Any]:
        properties = merged.get("properties")
        if not isinstance(properties, dict) or not properties:
            return value
        required = set(merged.get("required") or [])
        result: dict[str, Any] = {}
        for key, item in value.items():
            schema = properties.get(key)
            if key == protected or schema is None:
                result[key] = item
            elif depth > 0 and key not in required and self.rng.random() < 0.5:
                continue  # an optional field the grown API leaves out
            else:
                result[key] = self.value(schema, item, depth + 1, None)
        if not isinstance(merged.get("additionalProperties"), dict) and ADDED_FIELD not in result:
            result[ADDED_FIELD] = ADDED_VALUE
        return result
