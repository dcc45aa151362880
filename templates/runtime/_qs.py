"""Serialization of path, query, header, cookie and form values, per OpenAPI ``style``.

Scalars are written the way servers expect them in URLs: ``True`` -> ``"true"``, enums by
value, dates and datetimes in ISO 8601. ``None`` and ``NOT_GIVEN`` mean "leave it out".
Objects are mappings or pydantic models (dumped by alias, only fields that were set).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from pydantic import BaseModel

from ._endpoint import Param
from ._types import NotGiven

__all__: list[str] = []

_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _scalar(value: object) -> str:
    """The wire text of a scalar value."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date subclass
        return value.isoformat()
    return str(value)


def _omitted(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def _as_object(value: object) -> Mapping[str, object] | None:
    if isinstance(value, BaseModel):
        dumped: dict[str, object] = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return dumped
    if isinstance(value, Mapping):
        return value
    return None


def _as_list(value: object) -> Sequence[object] | None:
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return None


def serialize_query(param: Param, value: object) -> list[tuple[str, str]]:
    """``(name, value)`` pairs for one query parameter (or a cookie, which uses ``form``)."""
    if _omitted(value):
        return []
    name = param.name
    style = param.style or "form"
    if style == "deepObject":
        return _deep_object(name, value)
    explode = param.explode if param.explode is not None else style == "form"
    items = _as_list(value)
    if items is not None:
        texts = [_scalar(item) for item in items if not _omitted(item)]
        if explode:
            return [(name, text) for text in texts]
        return [(name, _DELIMITERS.get(style, ",").join(texts))] if texts else []
    obj = _as_object(value)
    if obj is not None:
        pairs = [(key, _scalar(v)) for key, v in obj.items() if not _omitted(v)]
        if explode:
            return pairs
        flat = [text for pair in pairs for text in pair]
        return [(name, _DELIMITERS.get(style, ",").join(flat))] if flat else []
    return [(name, _scalar(value))]


def _deep_object(prefix: str, value: object) -> list[tuple[str, str]]:
    """``name[key]=value``, recursing into nested objects (``name[a][b]``) and lists
    (``name[key][0]``, the convention of Stripe-style APIs; OpenAPI leaves it undefined)."""
    if _omitted(value):
        return []
    obj = _as_object(value)
    if obj is not None:
        return [pair for key, v in obj.items() for pair in _deep_object(f"{prefix}[{key}]", v)]
    items = _as_list(value)
    if items is not None:
        return [pair for i, v in enumerate(items) for pair in _deep_object(f"{prefix}[{i}]", v)]
    return [(prefix, _scalar(value))]


def serialize_simple(param: Param, value: object) -> str | None:
    """A header value (``simple`` style): lists comma-joined, objects ``k,v`` or ``k=v``."""
    if _omitted(value):
        return None
    items = _as_list(value)
    if items is not None:
        return ",".join(_scalar(item) for item in items if not _omitted(item))
    obj = _as_object(value)
    if obj is not None:
        pairs = [(key, _scalar(v)) for key, v in obj.items() if not _omitted(v)]
        if param.explode:
            return ",".join(f"{key}={text}" for key, text in pairs)
        return ",".join(text for pair in pairs for text in pair)
    return _scalar(value)


def _path_piece(value: object) -> str:
    # quote(safe="") encodes "/", "?", "#" and "%", so a value always stays inside its segment.
    return quote(_scalar(value), safe="")


def encode_path_value(param: Param, value: object) -> str:
    """The percent-encoded text substituted for ``{name}`` in the path template.

    Styles ``simple`` (default), ``label`` (``.a.b``) and ``matrix`` (``;id=a,b``). A value that
    would form a ``.`` or ``..`` segment is written as ``%2E``/``%2E%2E`` so it cannot climb
    the path.
    """
    items = _as_list(value)
    obj = _as_object(value) if items is None else None
    pieces: list[str]
    if items is not None:
        pieces = [_path_piece(item) for item in items if not _omitted(item)]
    elif obj is not None:
        pieces = [
            piece
            for key, v in obj.items()
            if not _omitted(v)
            for piece in (_path_piece(key), _path_piece(v))
        ]
    else:
        pieces = [_path_piece(value)]
    style = param.style or "simple"
    if style == "label":
        text = "." + ".".join(pieces)
    elif style == "matrix":
        text = f";{quote(param.name, safe='')}=" + ",".join(pieces)
    else:
        text = ",".join(pieces)
    if text.strip(".") == "":
        text = text.replace(".", "%2E")
    return text


def format_path(template: str, values: Mapping[str, str]) -> str:
    """Substitute already-encoded values (by wire name) into a path template."""

    def substitute(match: re.Match[str]) -> str:
        try:
            return values[match.group(1)]
        except KeyError:
            raise ValueError(f"no value for path parameter {match.group(1)!r}") from None

    return _PATH_TEMPLATE.sub(substitute, template)


def encode_form(data: Mapping[str, object]) -> list[tuple[str, str]]:
    """An ``application/x-www-form-urlencoded`` body: lists repeat the key, objects nest as
    ``key[sub]`` (deepObject, as form-encoded APIs such as Stripe expect)."""
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        if _omitted(value):
            continue
        items = _as_list(value)
        if items is not None:
            pairs.extend((key, _scalar(item)) for item in items if not _omitted(item))
        elif _as_object(value) is not None:
            pairs.extend(_deep_object(key, value))
        else:
            pairs.append((key, _scalar(value)))
    return pairs
