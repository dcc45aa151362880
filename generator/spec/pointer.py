"""JSON pointers (RFC 6901): the one implementation of escaping, splitting and resolving."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def escape_pointer_token(token: str | int) -> str:
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def unescape_pointer_token(token: str) -> str:
    # `~1` first: `~01` is the token `~1`, not `/`.
    return token.replace("~1", "/").replace("~0", "~")


def pointer_from_parts(parts: Sequence[str | int]) -> str:
    return "".join("/" + escape_pointer_token(part) for part in parts)


def parts_from_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [unescape_pointer_token(p) for p in pointer.lstrip("/").split("/")]


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer; KeyError naming the first missing token otherwise."""
    node = document
    for token in parts_from_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def component_name(ref: str, prefix: str) -> str | None:
    """The component a reference names under ``prefix`` (``#/components/schemas/``):
    ``#/components/schemas/a~1b/properties/x`` names ``a/b``; None for another prefix."""
    if not ref.startswith(prefix):
        return None
    return unescape_pointer_token(ref[len(prefix) :].split("/", 1)[0])
