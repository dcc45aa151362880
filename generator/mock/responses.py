"""Response bodies: the documented example, else data generated from the schema.

Every body the mock sends is checked against the documented schema before it is used;
a documented example that does not validate is replaced by generated data. Error bodies
take the documented error schema and fill its message fields (``detail``, ``message``,
``title``, ``source.pointer`` ...) with what is wrong and where, keeping each fill only if
the body still validates.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from generator.mock.numbers import parse_unsigned
from generator.mock.params import object_at
from generator.mock.problems import Problem, phrase, summary
from generator.mock.schemas import SchemaStore
from generator.mock.synth import Synthesizer
from generator.spec.pointer import parts_from_pointer, resolve_pointer
from generator.spec.refs import deref_at
from generator.wire.model import (
    Media,
    Operation,
    Response,
    WireApi,
    by_media_type,
    is_json_media,
)

log = logging.getLogger("specforge.mock")

_SKIPPED_HEADERS = {"content-type", "content-length", "transfer-encoding", "connection"}
_MESSAGE_KEYS = ("detail", "message", "error_description", "error_message", "description")
_LOCATION_KEYS = ("param", "parameter", "field", "location")


@dataclass
class Reply:
    status: int
    media_type: str | None
    body: Any = None  # JSON-compatible data; None with media_type None means no body
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if self.media_type is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str) and not is_json_media(self.media_type):
            return self.body.encode()
        return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode()


def is_jsonish(media_type: str) -> bool:
    return is_json_media(media_type) or media_type.endswith("+json")


def answer_media(response: Response) -> Media | None:
    """The media type to answer with: JSON when offered, else the first listed."""
    offered = by_media_type(response.content)
    for media_type, media in offered.items():
        if is_json_media(media_type):
            return media
    return next(iter(offered.values()), None)


def success_status(operation: Operation) -> tuple[int, Response | None]:
    """The status a successful answer gets, and the response that documents it."""
    by_status = operation.by_status
    codes = [c for c in by_status if c.startswith("2")]
    if not codes:
        # No success documented: `default` describes every other status, a success
        # included, so a 200 with its body is documented; nothing at all is a 204 (an
        # invented 200 without body or Content-Type matched nothing the spec says).
        default = by_status.get("default")
        return (200, default) if default is not None else (204, None)
    # A create that documents 201 means 201, even when a 200 for a special case
    # (e.g. "return the existing record") is listed first.
    chosen = "201" if operation.method == "post" and "201" in codes else codes[0]
    # "2XX" (any case) or a status the spec spelled oddly: a plain 200.
    status = parse_unsigned(chosen, 3) or 200
    return status, by_status[chosen]


class ResponseFactory:
    def __init__(self, model: WireApi, schemas: SchemaStore, seed: int) -> None:
        self.model = model
        self.schemas = schemas
        self.synth = Synthesizer(model.data)
        self.seed = seed
        self._bodies: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    # --- validation ----------------------------------------------------------------------

    def problems_with(self, media: Media, body: Any) -> list[str]:
        if media.schema_pointer is None or not is_jsonish(media.media_type):
            return []
        errors = self.schemas.errors(media.schema_pointer, "response", body)
        return [f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors]

    def is_valid(self, media: Media, body: Any) -> bool:
        if media.schema_pointer is None or not is_jsonish(media.media_type):
            return True
        return self.schemas.validator(media.schema_pointer, "response").is_valid(body)

    # --- bodies --------------------------------------------------------------------------

    def body_for(self, media: Media, tag: str) -> Any:
        """A valid body for ``media`` (cached; callers that modify it must copy it)."""
        key = (media.pointer, tag)
        cached = self._bodies.get(key, _UNSET)
        if cached is _UNSET:
            with self._lock:
                cached = self._bodies.get(key, _UNSET)
                if cached is _UNSET:
                    cached = self._synthesize(media, tag)
                    self._bodies[key] = cached
        return cached

    def _synthesize(self, media: Media, tag: str) -> Any:
        candidates = list(self._examples(media))
        seed = f"{self.seed}:{tag}"
        last: Any = None
        for candidate in candidates:
            if self.is_valid(media, candidate):
                return candidate
        if media.schema is None:
            return candidates[0] if candidates else None
        for use_examples in (True, False):
            for attempt in range(4):
                last = self.synth.generate(
                    media.schema, seed=seed, attempt=attempt, use_examples=use_examples
                )
                if self.is_valid(media, last):
                    return last
        log.warning(
            "generated body for %s does not validate: %s",
            media.pointer,
            "; ".join(self.problems_with(media, last)[:3]),
        )
        return last

    def _examples(self, media: Media) -> list[Any]:
        try:
            node = resolve_pointer(self.model.data, media.pointer)
        except KeyError:
            return []
        found: list[Any] = []
        if isinstance(node, dict):
            if "example" in node:
                found.append(node["example"])
            examples = node.get("examples")
            if isinstance(examples, dict):
                for example in examples.values():
                    resolved, _ = deref_at(self.model.data, example, "")
                    if isinstance(resolved, dict) and "value" in resolved:
                        found.append(resolved["value"])
        return found

    def headers_for(self, response: Response, tag: str) -> dict[str, str]:
        headers: dict[str, str] = {}
        for name, header in response.headers.items():
            if name.lower() in _SKIPPED_HEADERS:
                continue
            if "example" in header:
                value = header["example"]
            elif header.get("schema") is not None:
                value = self.synth.generate(header["schema"], seed=f"{self.seed}:{tag}:{name}")
            else:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, list):
                value = ",".join(map(str, value))
            elif isinstance(value, dict):
                value = ",".join(f"{k},{v}" for k, v in value.items())
            headers[name] = str(value)
        return headers

    def success_parts(self, operation: Operation) -> tuple[int, Media | None, dict[str, str]]:
        """The status of the operation's success, the media type it answers with (None:
        no body documented) and its documented headers."""
        status, response = success_status(operation)
        if response is None:
            return status, None, {}
        return status, answer_media(response), self.headers_for(response, operation.operation_id)

    def success(self, operation: Operation) -> Reply:
        """The operation's documented success response, with a body when it has one."""
        status, media, headers = self.success_parts(operation)
        if media is None or status == 204:
            return Reply(status, None, None, headers)
        return Reply(
            status, media.media_type, self.body_for(media, operation.operation_id), headers
        )

    # --- errors --------------------------------------------------------------------------

    def error(
        self,
        operation: Operation | None,
        status: int,
        problems: list[Problem],
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """An error response in the operation's documented shape for ``status``, if any."""
        title = title or phrase(status)
        headers = dict(headers or {})
        response = operation.response_for(status) if operation is not None else None
        media = answer_media(response) if response is not None else None
        if media is not None and is_jsonish(media.media_type) and media.schema is not None:
            assert operation is not None and response is not None
            tag = f"{operation.operation_id}:{response.status}"
            template = copy.deepcopy(self.body_for(media, tag))
            generic = generic_error(title, problems)
            if not isinstance(template, dict) and self.is_valid(media, generic):
                # A schema that constrains nothing ("any JSON") would get a made-up scalar
                # that says nothing of the problem: the generic body is just as valid.
                return Reply(status, media.media_type, generic, headers)
            if self.is_valid(media, template):
                body = self._fill(media, template, status, title, problems)
                return Reply(status, media.media_type, body, headers)
        return Reply(status, "application/json", generic_error(title, problems), headers)

    def _fill(
        self, media: Media, body: Any, status: int, title: str, problems: list[Problem]
    ) -> Any:
        if not problems:
            problems = [Problem("", title)]
        # Grow arrays of error objects to one entry per problem, when the schema allows it.
        for path, items in list(_object_arrays(body)):
            grown = [copy.deepcopy(items[0]) for _ in problems[:10]]
            _try_set(self, media, body, path, grown)
        for path, value in _fills(body, status, title, problems):
            _try_set(self, media, body, path, value)
        return body


_UNSET: Any = object()


def generic_error(title: str, problems: list[Problem]) -> dict[str, Any]:
    return {
        "error": f"{title}: {summary(problems)}" if problems else title,
        "detail": [{"location": p.location, "message": p.message} for p in problems],
    }


Path = tuple[str | int, ...]


def _object_arrays(body: Any, path: Path = (), depth: int = 0) -> list[tuple[Path, list[Any]]]:
    found: list[tuple[Path, list[Any]]] = []
    if depth > 3 or not isinstance(body, dict):
        return found
    for key, value in body.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            found.append(((*path, key), value))
        elif isinstance(value, dict):
            found.extend(_object_arrays(value, (*path, key), depth + 1))
    return found


def _fills(
    body: Any, status: int, title: str, problems: list[Problem], path: Path = (), depth: int = 0
) -> list[tuple[Path, Any]]:
    """(path, value) for every message-like field, top level first."""
    fills: list[tuple[Path, Any]] = []
    if depth > 4 or not isinstance(body, dict):
        return fills
    problem = problems[0]
    # The top level summarises every problem; an entry of an errors array describes one,
    # naming where unless a pointer field says so.
    if depth == 0:
        message = summary(problems)
    elif problem.pointer or not problem.location:
        message = problem.message
    else:
        message = f"{problem.location}: {problem.message}"
    for key, value in body.items():
        here = (*path, key)
        lowered = key.lower()
        if isinstance(value, str):
            if lowered in _MESSAGE_KEYS or (lowered == "error" and depth == 0):
                fills.append((here, message))
            elif lowered == "title":
                fills.append((here, title))
            elif lowered == "pointer":
                # Not about the body: an empty pointer rather than a generated placeholder.
                fills.append((here, problem.pointer))
            elif lowered in _LOCATION_KEYS and problem.location:
                fills.append((here, problem.location))
            elif lowered in ("status", "status_code"):
                fills.append((here, str(status)))
        elif isinstance(value, int) and not isinstance(value, bool):
            if lowered in ("status", "status_code", "code", "http_status"):
                fills.append((here, status))
        elif isinstance(value, dict):
            fills.extend(_fills(value, status, title, problems, here, depth + 1))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    chosen = problems[index] if index < len(problems) else problems[-1]
                    fills.extend(_fills(item, status, title, [chosen], (*here, index), depth + 1))
    return fills


def _try_set(factory: ResponseFactory, media: Media, body: Any, path: Path, value: Any) -> None:
    parent = body
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    previous = parent[last]
    parent[last] = value
    if not factory.is_valid(media, body):
        parent[last] = previous


# --- response bodies as data -------------------------------------------------------------


def get_at(body: Any, pointer: str) -> Any:
    """The value at ``pointer`` in a body, or None where there is none."""
    node = body
    for part in parts_from_pointer(pointer):
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and (index := parse_unsigned(part, 9)) is not None:
            if index >= len(node):
                return None
            node = node[index]
        else:
            return None
    return node


def put_at(body: Any, pointer: str, value: Any) -> Any:
    """``body`` with ``value`` at ``pointer`` (missing objects created); returns the body."""
    parts = parts_from_pointer(pointer)
    if not parts:
        return value
    if not isinstance(body, dict):
        body = {}
    object_at(body, parts[:-1])[parts[-1]] = value
    return body


def delete_at(body: Any, pointer: str) -> None:
    parts = parts_from_pointer(pointer)
    parent = get_at(body, "/".join(["", *parts[:-1]]) if len(parts) > 1 else "")
    if isinstance(parent, dict) and parts:
        parent.pop(parts[-1], None)


def set_or_drop(
    responses: ResponseFactory, media: Media, body: Any, pointer: str, value: Any
) -> None:
    """Set a field (a list's next link, ``has_more``, ``total``); if the schema refuses the
    value (e.g. null), drop the field. A body that was already invalid (data synthesized
    for an ambiguous ``oneOf``) keeps the new value: ending the list must not depend on the
    rest of the body."""
    previous = get_at(body, pointer)
    was_valid = responses.is_valid(media, body)
    put_at(body, pointer, value)
    if not was_valid or responses.is_valid(media, body):
        return
    delete_at(body, pointer)
    if not responses.is_valid(media, body) and previous is not None:
        put_at(body, pointer, previous)
