"""OpenAPI Overlay 1.0: read an overlay, resolve its targets, apply its actions to a spec.

Targets are JSONPath (RFC 9535), restricted to the subset that names one node: ``$``
followed by member names (``.name`` or ``['any name']``) and array indexes (``[0]``).
Wildcards, recursive descent, filters, slices and unions are refused with a message naming
the action, as is a target that selects nothing. ``update`` merges an object into the
selected object (recursively; other values replace) or appends to a selected array;
``remove: true`` deletes the selected node.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError
from generator.load import LoadedSpec, load_spec
from generator.spec.pointer import parts_from_pointer

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHORTHAND = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)")
_INDEX = re.compile(r"\[(-?[0-9]+)\]")
_QUOTED = re.compile(r"""\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]""")


class JsonPathError(ValueError):
    """A target outside the supported subset, or one that selects nothing."""


def jsonpath_for(document: Any, pointer: str) -> str:
    """The JSONPath naming the node at ``pointer`` (array positions as indexes)."""
    out = ["$"]
    node = document
    for part in parts_from_pointer(pointer):
        if isinstance(node, list):
            out.append(f"[{int(part)}]")
            node = node[int(part)]
            continue
        if _NAME.fullmatch(part):
            out.append(f".{part}")
        else:
            out.append("['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']")
        node = node.get(part) if isinstance(node, dict) else None
    return "".join(out)


def parse_jsonpath(path: str) -> list[str | int]:
    """The member names and indexes of a singular JSONPath; ``JsonPathError`` otherwise."""
    if not path.startswith("$"):
        raise JsonPathError(f"{path!r}: a target starts with $")
    parts: list[str | int] = []
    index = 1
    while index < len(path):
        if path.startswith("..", index):
            raise JsonPathError(f"{path!r}: recursive descent (..) is not supported")
        for pattern in (_SHORTHAND, _INDEX, _QUOTED):
            found = pattern.match(path, index)
            if found is not None:
                break
        else:
            rest = path[index:]
            what = (
                "wildcards"
                if rest[:2] in (".*", "[*")
                else "filters"
                if rest.startswith("[?")
                else "slices and unions"
                if rest.startswith("[")
                else "this syntax"
            )
            raise JsonPathError(
                f"{path!r}: {what} are not supported at {rest[:20]!r} (supported: $, .name, "
                "['name'], [index]: paths that select one node)"
            )
        if pattern is _SHORTHAND:
            parts.append(found.group(1))
        elif pattern is _INDEX:
            parts.append(int(found.group(1)))
        else:
            quoted = found.group(1) if found.group(1) is not None else found.group(2)
            parts.append(re.sub(r"\\(.)", r"\1", quoted))
        index = found.end()
    return parts


def _select(document: Any, parts: list[str | int], path: str) -> tuple[Any, str | int | None]:
    """(parent, key) of the selected node; (None, None) for the root."""
    parent: Any = None
    key: str | int | None = None
    node = document
    for part in parts:
        parent, key = node, part
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
            continue
        if isinstance(node, list) and isinstance(part, int) and -len(node) <= part < len(node):
            node = node[part]
            continue
        raise JsonPathError(f"{path!r} selects nothing in the document")
    return parent, key


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for name, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(name), dict):
            _merge(target[name], value)
        else:
            target[name] = copy.deepcopy(value)


def apply_overlay(data: Any, overlay: LoadedSpec) -> Any:
    """``data`` with the overlay's actions applied, in order (a new object); a
    ``SpecError`` lists every malformed or unresolvable action, located in the overlay."""
    problems: list[Diagnostic] = []
    document = overlay.data
    if not isinstance(document, dict):
        raise SpecError([overlay.diagnostic("", "an overlay is an object")])
    version = document.get("overlay")
    if not (isinstance(version, str) and re.fullmatch(r"1\.0\.[0-9]+", version)):
        problems.append(overlay.diagnostic("/overlay", "expected an Overlay version 1.0.x"))
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append(overlay.diagnostic("/actions", "expected a non-empty list of actions"))
        raise SpecError(problems)
    if problems:
        raise SpecError(problems)
    result = copy.deepcopy(data)
    for number, action in enumerate(actions):
        where = f"/actions/{number}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            problems.append(overlay.diagnostic(where, "an action needs a target (a JSONPath)"))
            continue
        remove = action.get("remove") is True
        if not remove and "update" not in action:
            problems.append(overlay.diagnostic(where, "an action needs update or remove: true"))
            continue
        try:
            parent, key = _select(result, parse_jsonpath(action["target"]), action["target"])
        except JsonPathError as error:
            problems.append(overlay.diagnostic(f"{where}/target", str(error)))
            continue
        if remove:
            if parent is None:
                problems.append(overlay.diagnostic(where, "cannot remove the whole document"))
            else:
                del parent[key]
            continue
        node = result if parent is None else parent[key]
        update = action["update"]
        if isinstance(node, list):
            node.append(copy.deepcopy(update))
        elif isinstance(node, dict) and isinstance(update, dict):
            _merge(node, update)
        else:
            problems.append(
                overlay.diagnostic(
                    f"{where}/update",
                    "the target is not an object or an array, or the update of an object "
                    "is not an object",
                )
            )
    if problems:
        raise SpecError(problems)
    return result


def read_overlay(path: str | Path) -> LoadedSpec:
    return load_spec(path)
