"""The wire-level diff of two specs: what changed in the requests a client may send and the
responses it may receive, each change classified by a rule and located in both documents.

Operations are matched by method and path shape (`/a/{id}` and `/a/{key}` are one path: a
path variable's name never travels), parameters by where they go and their name (a path
parameter by its position in the template), bodies and responses by media type and status.
Schemas are compared by ``generator.diff.schemas``. Everything is read through the spec layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from generator.diff.rules import Change, change
from generator.diff.schemas import Direction, NodeKey, SchemaComparer, Side
from generator.load import LoadedSpec
from generator.spec.operations import (
    iter_operations,
    operation_parameters,
    path_shape,
    path_variables,
    request_path,
)
from generator.spec.pointer import escape_pointer_token

OperationKey = tuple[str, str]  # (METHOD, path shape)
ParameterKey = tuple[str, str]  # (in, name); a path parameter's name is its position
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}
_SCHEME_FIELDS = ("type", "in", "name", "scheme")


@dataclass(frozen=True)
class Operation:
    """One operation of a document, where it is."""

    method: str
    path: str  # the `paths` key
    operation: dict[str, Any]
    item: dict[str, Any]
    pointer: str

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {request_path(self.path)}"


def operations(spec: LoadedSpec) -> dict[OperationKey, Operation]:
    """The document's operations by (METHOD, path shape); a second operation of the same
    shape (paths that differ only in variable names, which validate reports) keeps its
    own path as the key."""
    found: dict[OperationKey, Operation] = {}
    for path, method, operation, item in iter_operations(spec.data):
        pointer = f"/paths/{escape_pointer_token(path)}/{method}"
        key = (method.upper(), path_shape(path))
        if key in found:
            key = (method.upper(), path)
        found[key] = Operation(method, path, operation, item, pointer)
    return found


def wire_changes(old: LoadedSpec, new: LoadedSpec) -> list[Change]:
    """Every wire-level change from ``old`` to ``new``, breaking first, then by place."""
    return _WireDiff(old, new).run()


class _WireDiff:
    def __init__(self, old: LoadedSpec, new: LoadedSpec) -> None:
        self.old = Side(old)
        self.new = Side(new)
        self.schemas = SchemaComparer(self.old, self.new)
        self.changes: list[Change] = []
        self.scheme_changes: dict[str, Change] = {}
        self.roots: list[tuple[str, list[NodeKey]]] = []  # operation -> its schema nodes

    def run(self) -> list[Change]:
        self._servers()
        old_operations = operations(self.old.spec)
        new_operations = operations(self.new.spec)
        for key, old in old_operations.items():
            new = new_operations.get(key)
            if new is None:
                self._add(
                    "operation-removed", f"{old.label} removed", old=old.pointer, ops=[old.label]
                )
            else:
                self._operation(old, new)
        for key, new in new_operations.items():
            if key not in old_operations:
                self._add("operation-added", f"{new.label} added", new=new.pointer, ops=[new.label])
        self.schemas.attribute(self.roots)
        found = self.changes + list(self.scheme_changes.values()) + self.schemas.all_changes()
        return sorted(found, key=Change.sort_key)

    def _add(
        self,
        rule: str,
        message: str,
        *,
        old: str | None = None,
        new: str | None = None,
        ops: list[str] | None = None,
    ) -> Change:
        made = change(
            rule,
            message,
            old=self.old.location(old) if old is not None else None,
            new=self.new.location(new) if new is not None else None,
            operations=ops,
        )
        self.changes.append(made)
        return made

    # --- servers --------------------------------------------------------------------------

    def _servers(self) -> None:
        old, new = _servers(self.old.spec.data), _servers(self.new.spec.data)
        old_first, new_first = urlsplit(old[0]), urlsplit(new[0])
        old_at = "/servers/0/url" if self.old.spec.data.get("servers") else "/servers"
        new_at = "/servers/0/url" if self.new.spec.data.get("servers") else "/servers"
        if (old_first.scheme, old_first.netloc) != (new_first.scheme, new_first.netloc):
            self._add("server-changed", f"server {old[0]} → {new[0]}", old=old_at, new=new_at)
        if old_first.path.rstrip("/") != new_first.path.rstrip("/"):
            self._add(
                "base-path-changed",
                f"base path {old_first.path or '/'} → {new_first.path or '/'}",
                old=old_at,
                new=new_at,
            )
        for index, url in enumerate(old[1:], 1):
            if url not in new:
                self._add("server-removed", f"server {url} removed", old=f"/servers/{index}")
        for index, url in enumerate(new[1:], 1):
            if url not in old:
                self._add("server-added", f"server {url} added", new=f"/servers/{index}")

    # --- one operation ----------------------------------------------------------------------

    def _operation(self, old: Operation, new: Operation) -> None:
        label = new.label
        ops = [label]
        old_id, new_id = old.operation.get("operationId"), new.operation.get("operationId")
        if old_id != new_id:
            self._add(
                "operation-id-changed",
                f"{label}: operationId {old_id!r} → {new_id!r}",
                old=old.pointer + "/operationId",
                new=new.pointer + "/operationId",
                ops=ops,
            )
        if new.operation.get("deprecated") is True and old.operation.get("deprecated") is not True:
            self._add(
                "operation-deprecated",
                f"{label} deprecated",
                old=old.pointer,
                new=new.pointer + "/deprecated",
                ops=ops,
            )
        roots: list[NodeKey] = []
        self._parameters(old, new, roots)
        self._request_body(old, new, roots)
        self._responses(old, new, roots)
        self._security(old, new)
        self._pagination(old, new)
        self.roots.append((label, roots))

    def _parameters(self, old: Operation, new: Operation, roots: list[NodeKey]) -> None:
        label = new.label
        removed, common, added = _pair(_parameters(self.old, old), _parameters(self.new, new))
        for (location, _), (parameter, pointer) in removed:
            self._add(
                "parameter-removed",
                f"{label}: {location} parameter `{parameter.get('name')}` removed",
                old=pointer,
                ops=[label],
            )
        for (location, _), (parameter, pointer), (now, now_pointer) in common:
            shown = f"{label}: {location} parameter `{now.get('name')}`"
            self._required("parameter", shown, (parameter, pointer), (now, now_pointer), label)
            was, will = _serialization(parameter, location), _serialization(now, location)
            if was != will:
                self._add(
                    "parameter-serialization-changed",
                    f"{shown}: style/explode {was} → {will}",
                    old=pointer,
                    new=now_pointer,
                    ops=[label],
                )
            old_schema = _parameter_schema(parameter, pointer)
            new_schema = _parameter_schema(now, now_pointer)
            if old_schema is not None and new_schema is not None:
                roots.append(self.schemas.root(*old_schema, *new_schema, "request"))
        for (location, _), (parameter, pointer) in added:
            kind = "required" if parameter.get("required") is True else "optional"
            self._add(
                f"parameter-added-{kind}",
                f"{label}: {kind} {location} parameter `{parameter.get('name')}` added",
                new=pointer,
                ops=[label],
            )

    def _request_body(self, old: Operation, new: Operation, roots: list[NodeKey]) -> None:
        label = new.label
        old_body, old_at = self.old.follow(
            old.operation.get("requestBody"), old.pointer + "/requestBody"
        )
        new_body, new_at = self.new.follow(
            new.operation.get("requestBody"), new.pointer + "/requestBody"
        )
        old_body = old_body if isinstance(old_body, dict) else None
        new_body = new_body if isinstance(new_body, dict) else None
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self._add(
                "request-body-removed", f"{label}: request body removed", old=old_at, ops=[label]
            )
            return
        is_required = new_body.get("required") is True
        if old_body is None:
            rule = "request-body-became-required" if is_required else "request-body-added"
            self._add(
                rule,
                f"{label}: {'required' if is_required else 'optional'} request body added",
                new=new_at,
                ops=[label],
            )
            return
        self._required(
            "request-body", f"{label}: request body", (old_body, old_at), (new_body, new_at), label
        )
        self._media("request", label, old_body, old_at, new_body, new_at, roots)

    def _required(self, rule: str, shown: str, old: Entry, new: Entry, label: str) -> None:
        """``RULE-became-required`` (or ``-optional``) when `required` changed."""
        now = new[0].get("required") is True
        if (old[0].get("required") is True) != now:
            state = "required" if now else "optional"
            self._add(
                f"{rule}-became-{state}",
                f"{shown} became {state}",
                old=old[1],
                new=new[1],
                ops=[label],
            )

    def _responses(self, old: Operation, new: Operation, roots: list[NodeKey]) -> None:
        label = new.label
        removed, common, added = _pair(_responses(self.old, old), _responses(self.new, new))
        for status, (_, pointer) in removed:
            self._add(
                "response-removed", f"{label}: response {status} removed", old=pointer, ops=[label]
            )
        for status, (response, pointer), (now, now_pointer) in common:
            self._media("response", label, response, pointer, now, now_pointer, roots, status)
        for status, (_, pointer) in added:
            self._add(
                "response-added", f"{label}: response {status} added", new=pointer, ops=[label]
            )

    def _media(
        self,
        direction: Direction,
        label: str,
        old: dict[str, Any],
        old_at: str,
        new: dict[str, Any],
        new_at: str,
        roots: list[NodeKey],
        status: str = "",
    ) -> None:
        what = f"response {status}" if status else "request body"
        removed, common, added = _pair(_content(old, old_at), _content(new, new_at))
        # schemas.root only locates nodes (adds no change), so both lists are reported here.
        for event, only in (("removed", removed), ("added", added)):
            for media_type, (_, pointer) in only:
                self._add(
                    f"{direction}-media-type-{event}",
                    f"{label}: {what} media type {media_type} {event}",
                    old=pointer if event == "removed" else None,
                    new=pointer if event == "added" else None,
                    ops=[label],
                )
        for _, (content, pointer), (now, now_pointer) in common:
            old_schema = content.get("schema") if isinstance(content, dict) else None
            new_schema = now.get("schema") if isinstance(now, dict) else None
            if old_schema is not None and new_schema is not None:
                roots.append(
                    self.schemas.root(
                        old_schema,
                        pointer + "/schema",
                        new_schema,
                        now_pointer + "/schema",
                        direction,
                    )
                )

    def _security(self, old: Operation, new: Operation) -> None:
        label = new.label
        old_alternatives, old_at = _security(self.old.spec.data, old)
        new_alternatives, new_at = _security(self.new.spec.data, new)
        lost = [s for s in old_alternatives if not any(t <= s for t in new_alternatives)]
        gained = [t for t in new_alternatives if not any(s <= t for s in old_alternatives)]
        if lost:
            self._add(
                "security-requirement-added",
                f"{label}: {_alternatives_text(lost)} no longer enough; now "
                f"{_alternatives_text(new_alternatives)}",
                old=old_at,
                new=new_at,
                ops=[label],
            )
        elif gained:
            self._add(
                "security-requirement-removed",
                f"{label}: now also accepts {_alternatives_text(gained)}",
                old=old_at,
                new=new_at,
                ops=[label],
            )
        used = set().union(*old_alternatives) & set().union(*new_alternatives)
        for name in sorted(used):
            old_scheme = _scheme(self.old, name)
            new_scheme = _scheme(self.new, name)
            if old_scheme[0] == new_scheme[0]:
                continue
            found = self.scheme_changes.get(name)
            if found is None:
                found = self.scheme_changes[name] = change(
                    "security-scheme-changed",
                    f"security scheme `{name}`: {_scheme_text(old_scheme[0])} → "
                    f"{_scheme_text(new_scheme[0])}",
                    old=self.old.location(old_scheme[1]),
                    new=self.new.location(new_scheme[1]),
                )
            found.operations.append(label)

    def _pagination(self, old: Operation, new: Operation) -> None:
        label = new.label
        before = old.operation.get("x-pagination")
        after = new.operation.get("x-pagination")
        if before == after:
            return
        old_at, new_at = old.pointer + "/x-pagination", new.pointer + "/x-pagination"
        if not isinstance(after, dict):
            self._add(
                "pagination-removed", f"{label}: no longer paginated", old=old_at, ops=[label]
            )
        elif not isinstance(before, dict):
            self._add(
                "pagination-added",
                f"{label}: now paginated ({after.get('style')})",
                new=new_at,
                ops=[label],
            )
        elif before.get("style") != after.get("style"):
            self._add(
                "pagination-style-changed",
                f"{label}: pagination {before.get('style')} → {after.get('style')}",
                old=old_at + "/style",
                new=new_at + "/style",
                ops=[label],
            )
        else:
            keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            self._add(
                "pagination-changed",
                f"{label}: pagination "
                + ", ".join(f"{k} {before.get(k)!r} → {after.get(k)!r}" for k in keys),
                old=old_at,
                new=new_at,
                ops=[label],
            )


K = TypeVar("K")
Entry = tuple[Any, str]  # a node and its pointer


def _pair(
    before: dict[K, Entry], after: dict[K, Entry]
) -> tuple[list[tuple[K, Entry]], list[tuple[K, Entry, Entry]], list[tuple[K, Entry]]]:
    """What only ``before`` has, what both have (old and new), what only ``after`` has."""
    removed = [(key, entry) for key, entry in before.items() if key not in after]
    common = [(key, entry, after[key]) for key, entry in before.items() if key in after]
    added = [(key, entry) for key, entry in after.items() if key not in before]
    return removed, common, added


def _content(holder: dict[str, Any], pointer: str) -> dict[str, Entry]:
    """A request body's or response's media types, each with its pointer."""
    content = holder.get("content")
    return {
        str(media_type): (media, f"{pointer}/content/{escape_pointer_token(media_type)}")
        for media_type, media in (content.items() if isinstance(content, dict) else ())
    }


def base_path(data: dict[str, Any]) -> str:
    """The path of the first server (``/public/v1``; ``""`` for none), where requests go and
    the mock serves."""
    return urlsplit(_servers(data)[0]).path.rstrip("/")


def _servers(data: dict[str, Any]) -> list[str]:
    servers = data.get("servers")
    urls = [
        str(server.get("url"))
        for server in (servers if isinstance(servers, list) else [])
        if isinstance(server, dict) and isinstance(server.get("url"), str)
    ]
    return urls or ["/"]


def _parameters(side: Side, operation: Operation) -> dict[ParameterKey, tuple[dict[str, Any], str]]:
    """The operation's parameters (``generator.spec.operations.operation_parameters``) with
    the pointer each is declared at; a path parameter is keyed by its place in the path."""
    parameters = operation_parameters(
        side.follow, operation.path, operation.method, operation.operation, operation.item
    )
    order = path_variables(request_path(operation.path))
    found: dict[ParameterKey, tuple[dict[str, Any], str]] = {}
    for (name, location), (parameter, declared_at) in parameters.items():
        if location == "path" and name in order:
            key = (location, f"{{{order.index(name)}}}")
        elif location == "header":
            key = (location, name.lower())
        else:
            key = (location, name)
        found[key] = (parameter, declared_at or operation.pointer)
    return found


def _parameter_schema(parameter: dict[str, Any], pointer: str) -> tuple[Any, str] | None:
    if "schema" in parameter:
        return parameter["schema"], pointer + "/schema"
    content = parameter.get("content")
    if isinstance(content, dict):
        for media_type, media in content.items():
            if isinstance(media, dict) and "schema" in media:
                return media[
                    "schema"
                ], f"{pointer}/content/{escape_pointer_token(media_type)}/schema"
    return None


def _serialization(parameter: dict[str, Any], location: str) -> str:
    style = parameter.get("style") or _DEFAULT_STYLE.get(location, "form")
    explode = parameter.get("explode")
    if not isinstance(explode, bool):
        explode = style == "form"
    return f"{style}/{'explode' if explode else 'no explode'}"


def _responses(side: Side, operation: Operation) -> dict[str, tuple[dict[str, Any], str]]:
    responses = operation.operation.get("responses")
    found: dict[str, tuple[dict[str, Any], str]] = {}
    for status, raw in (responses if isinstance(responses, dict) else {}).items():
        if str(status).startswith("x-"):
            continue
        target, pointer = side.follow(
            raw, f"{operation.pointer}/responses/{escape_pointer_token(status)}"
        )
        if isinstance(target, dict):
            found[str(status).upper() if str(status) != "default" else "default"] = (
                target,
                pointer,
            )
    return found


def _security(data: dict[str, Any], operation: Operation) -> tuple[list[frozenset[str]], str]:
    """The alternatives of scheme names an operation accepts (``frozenset()``: none needed),
    and where they are declared."""
    if "security" in operation.operation:
        declared, pointer = operation.operation["security"], operation.pointer + "/security"
    else:
        declared, pointer = data.get("security"), "/security"
    if not isinstance(declared, list) or not declared:
        return [frozenset()], pointer
    return [
        frozenset(str(name) for name in requirement)
        for requirement in declared
        if isinstance(requirement, dict)
    ] or [frozenset()], pointer


def _scheme(side: Side, name: str) -> tuple[tuple[Any, ...], str]:
    components = side.spec.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    raw = schemes.get(name) if isinstance(schemes, dict) else None
    pointer = f"/components/securitySchemes/{escape_pointer_token(name)}"
    scheme, pointer = side.follow(raw, pointer)
    if not isinstance(scheme, dict):
        return (), pointer
    return tuple(
        str(scheme.get(key)).lower() if key == "scheme" else scheme.get(key)
        for key in _SCHEME_FIELDS
    ), pointer


def _scheme_text(fields: tuple[Any, ...]) -> str:
    return ", ".join(
        f"{key} {value}"
        for key, value in zip(_SCHEME_FIELDS, fields, strict=False)
        if value not in (None, "none")
    )


def _alternatives_text(alternatives: list[frozenset[str]]) -> str:
    return " or ".join(
        "+".join(sorted(names)) if names else "no credentials" for names in alternatives
    )
