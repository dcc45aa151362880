"""The two kinds of union the models declare beyond plain ``a | b``: open enums, whose
unknown values arrive as ``UnknownEnum``, and discriminated unions, whose variant a property
picks (``discriminated``).

Open enums are for forward compatibility: an API that adds an enum value must not break a
client generated before. A response field typed ``Literal["a", "b"] | UnknownEnum`` parses
``"c"`` as ``UnknownEnum("c")``, a ``str`` that keeps the raw value, which ``isinstance`` tells
apart from the listed values. Known values stay plain ``str`` (pydantic's smart union returns
on the first exact match, so they cost nothing extra). A client built with
``strict_response_validation=True`` passes ``STRICT_CONTEXT`` and refuses unknown values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, GetCoreSchemaHandler, ValidationInfo
from pydantic_core import PydanticCustomError, core_schema

__all__ = ["STRICT_CONTEXT", "UnknownEnum", "discriminated"]

# The validation context a strict client parses responses with.
STRICT_KEY = "specforge_strict_enums"
STRICT_CONTEXT: Mapping[str, bool] = {STRICT_KEY: True}


class UnknownEnum(str):
    """An enum value the spec did not list when the client was generated; the value itself
    is the string (``str(value)``, ``value == "new_status"``), ``raw`` says the same."""

    __slots__ = ()

    @property
    def raw(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"UnknownEnum({str.__repr__(self)})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.with_info_after_validator_function(
            cls._wrap,
            core_schema.str_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema(
                str.__str__, when_used="always"
            ),
        )

    @classmethod
    def _wrap(cls, value: str, info: ValidationInfo) -> UnknownEnum:
        context = info.context
        if isinstance(context, Mapping) and context.get(STRICT_KEY):
            raise PydanticCustomError(
                "unknown_enum_value",
                "'{value}' is none of the values the spec lists (strict_response_validation)",
                {"value": value},
            )
        return cls(value)


def discriminated(prop: str, tags: Mapping[str, str]) -> Callable[[Any], str | None]:
    """The discriminator function of a union whose variant the value of ``prop`` names:
    ``tags`` maps each value to its variant's tag (the class name). An instance of a variant
    is tagged by its class; an unknown value tags nothing, which pydantic reports."""

    def tag(value: Any) -> str | None:
        if isinstance(value, BaseModel):
            return type(value).__name__
        if isinstance(value, Mapping):
            found = value.get(prop)
            return tags.get(found) if isinstance(found, str) else None
        return None

    return tag
