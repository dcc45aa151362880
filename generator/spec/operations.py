"""Operations: where they are in the document, their paths, and their parameters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from generator.spec.pointer import escape_pointer_token, pointer_from_parts

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_TEMPLATE = re.compile(r"{([^{}/]+)}")
# Request headers the HTTP layer computes from the request itself: not the caller's to set
# (RFC 9110/9112 connection and framing fields), whatever a spec documents.
HTTP_OWNED_HEADERS = frozenset(
    {
        "content-length",
        "host",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
    }
)

Operations = Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]


def iter_operations(data: dict[str, Any]) -> Operations:
    """(path, method, operation, path item) for every operation of the document."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, item


Webhooks = Iterator[tuple[str, str, dict[str, Any], dict[str, Any], str]]


def iter_webhooks(data: dict[str, Any], follow: Callable[[Any, str], tuple[Any, str]]) -> Webhooks:
    """(name, method, operation, path item, the path item's pointer) for every webhook
    operation; ``follow`` resolves a path item given as a `$ref` (``References.deref_at``)."""
    webhooks = data.get("webhooks")
    if not isinstance(webhooks, dict):
        return
    for name, node in webhooks.items():
        item, pointer = follow(node, "/webhooks/" + escape_pointer_token(name))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(name), method, operation, item, pointer


def request_path(path_key: str) -> str:
    """The URL path of a `paths` key. Some vendors append a ``#fragment`` to tell apart
    operations that share a path (`/items#create`); a fragment is never sent, so it is no
    part of the path a client calls or a server routes."""
    return path_key.split("#", 1)[0] or "/"


def path_variables(path: str) -> list[str]:
    """The ``{name}``s of a path template, in order."""
    return _PATH_TEMPLATE.findall(path)


def path_shape(path: str) -> str:
    """A path template with its variables unnamed: `/a/{id}` and `/a/{key}` are one shape."""
    return _PATH_TEMPLATE.sub("{}", request_path(path))


ParameterKey = tuple[str, str]  # (name, in)
# A parameter object and its pointer (None: made up for a path variable the spec does not
# declare).
LocatedParameter = tuple[dict[str, Any], str | None]


def operation_parameters(
    follow: Callable[[Any, str], tuple[Any, str]],
    path_key: str,
    method: str,
    operation: dict[str, Any],
    item: dict[str, Any],
    notes: list[str] | None = None,
) -> dict[ParameterKey, LocatedParameter]:
    """The parameters an operation is called with, by (name, in): the path item's, then the
    operation's (which override them), resolved by ``follow`` (``References.deref_at``),
    with every ``{name}`` of the path template a path parameter. One declared under another
    `in` (a real spec declared `in: query` for its path variable) is moved to the path, one
    not declared at all is a required string, and a path parameter the template lacks is
    left out; each is said in ``notes``. Without this the client sent the literal ``{name}``
    (percent-encoded) to the server."""
    said = notes if notes is not None else []
    result: dict[ParameterKey, LocatedParameter] = {}
    owners = ((item, ("paths", path_key)), (operation, ("paths", path_key, method)))
    for owner, where in owners:
        source = owner.get("parameters")
        for index, raw in enumerate(source if isinstance(source, list) else []):
            pointer = pointer_from_parts((*where, "parameters", index))
            parameter, pointer = follow(raw, pointer)
            if isinstance(parameter, dict) and "name" in parameter and "in" in parameter:
                result[(str(parameter["name"]), str(parameter["in"]))] = (parameter, pointer)
    path_order = path_variables(request_path(path_key))
    for name in path_order:
        if (name, "path") in result:
            continue
        elsewhere = next((key for key in result if key[0] == name and key[1] != "path"), None)
        if elsewhere is not None:
            moved, declared_at = result.pop(elsewhere)
            said.append(
                f"path parameter {name!r} is declared `in: {elsewhere[1]}`; it is"
                " sent in the path, where the template has it"
            )
            result[(name, "path")] = ({**moved, "in": "path", "required": True}, declared_at)
        else:
            said.append(f"path parameter {name!r} is not declared; it is a required string")
            undeclared = {
                "name": name,
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
            }
            result[(name, "path")] = (undeclared, None)
    for key in [k for k in result if k[1] == "path" and k[0] not in path_order]:
        said.append(
            f"path parameter {key[0]!r} is declared but the path has no"
            f" {{{key[0]}}}; it is left out"
        )
        del result[key]
    return result
