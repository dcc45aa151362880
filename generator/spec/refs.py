"""Local `$ref` resolution: the one implementation, cycle-safe, cached per document.

Only references inside the document are followed (``#/...``); an external reference, one
that does not resolve, or one that comes back round to where it started is left where it
is, as the node holding the `$ref`, for the caller to treat as unknown (validate reports
each of them). Nothing outside the document is ever opened: ``refuse_retrieval`` is the
retriever every JSON Schema library is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NoReturn

from generator.spec.pointer import resolve_pointer

_MISSING = object()


class RetrievalRefused(Exception):
    """A library tried to open something outside the spec: a file or a URL."""


def refuse_retrieval(uri: str) -> NoReturn:
    """A retriever for referencing/jsonschema_rs/jsonschema-path that opens nothing.

    validate refuses external references; this makes sure that no library can follow one
    it did not see (e.g. inside data it walks anyway)."""
    raise RetrievalRefused(f"{uri!r} is outside the spec; references are never retrieved")


def deref_at(
    data: Any,
    node: Any,
    pointer: str = "",
    *,
    lookup: Callable[[str], Any] | None = None,
) -> tuple[Any, str]:
    """Follow local `$ref`s from ``node`` (found at ``pointer``): the target and its pointer.

    ``lookup`` resolves a pointer (KeyError when it does not); ``References`` passes its
    cached one."""
    find = lookup if lookup is not None else (lambda where: resolve_pointer(data, where))
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref in seen or not ref.startswith("#"):
            break
        seen.add(ref)
        try:
            node = find(ref[1:])
        except KeyError:
            break
        pointer = ref[1:]
    return node, pointer


def deref(data: Any, node: Any) -> Any:
    """``node`` with its local `$ref`s followed (see ``deref_at``)."""
    return deref_at(data, node)[0]


def ref_holders(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping under ``node`` (itself included) whose `$ref` is a string, in no set
    order and without recursion; data positions included (the caller knows its document)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


class References:
    """`$ref` resolution in one document, each pointer resolved once.

    The cache holds nodes, so it is only right while the document's structure stays as it
    was: whoever rewrites the document (analyze's preparation) makes a new one after."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._targets: dict[str, Any] = {}

    def lookup(self, pointer: str) -> Any:
        """The node at ``pointer`` (KeyError when there is none), cached."""
        target = self._targets.get(pointer, _MISSING)
        if target is _MISSING:
            try:
                target = resolve_pointer(self.data, pointer)
            except KeyError as missing:
                target = missing
            self._targets[pointer] = target
        if isinstance(target, KeyError):
            raise KeyError(*target.args)
        return target

    def target(self, ref: Any) -> Any:
        """What a local reference points at, or None (not local, or nothing there)."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            return None
        try:
            return self.lookup(ref[1:])
        except KeyError:
            return None

    def deref_at(self, node: Any, pointer: str = "") -> tuple[Any, str]:
        return deref_at(self.data, node, pointer, lookup=self.lookup)

    def deref(self, node: Any) -> Any:
        return deref_at(self.data, node, lookup=self.lookup)[0]
