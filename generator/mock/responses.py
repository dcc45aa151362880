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

from generator.mock.model import (
    MediaBody,
    MockSpec,
    Operation,
    ResponseSpec,
    is_json_media,
)
from generator.mock.problems import Problem, phrase, summary
from generator.mock.schemas import SchemaStore
from generator.mock.synth import Synthesizer
from generator.spec.pointer import resolve_pointer
from generator.spec.refs import deref_at

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


def _is_jsonish(media_type: str) -> bool:
    return is_json_media(media_type) or media_type.endswith("+json")


class ResponseFactory:
    def __init__(self, model: MockSpec, schemas: SchemaStore, seed: int) -> None:
        self.model = model
        self.schemas = schemas
        self.synth = Synthesizer(model.data)
        self.seed = seed
        self._bodies: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    # --- validation ----------------------------------------------------------------------

    def problems_with(self, media: MediaBody, body: Any) -> list[str]:
        if media.schema_pointer is None or not _is_jsonish(media.media_type):
            return []
        errors = self.schemas.errors(media.schema_pointer, "response", body)
        return [f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors]

    def is_valid(self, media: MediaBody, body: Any) -> bool:
        if media.schema_pointer is None or not _is_jsonish(media.media_type):
            return True
        return self.schemas.validator(media.schema_pointer, "response").is_valid(body)

    # --- bodies --------------------------------------------------------------------------

    def body_for(self, media: MediaBody, tag: str) -> Any:
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

    def _synthesize(self, media: MediaBody, tag: str) -> Any:
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

    def _examples(self, media: MediaBody) -> list[Any]:
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

    def headers_for(self, response: ResponseSpec, tag: str) -> dict[str, str]:
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

    def success(self, operation: Operation) -> Reply:
        """The operation's documented success response, with a body when it has one."""
        status, response = operation.success_status()
        if response is None:
            return Reply(status, None)
        headers = self.headers_for(response, operation.operation_id)
        media = response.media()
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
        media = response.media() if response is not None else None
        if media is not None and _is_jsonish(media.media_type) and media.schema is not None:
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
        self, media: MediaBody, body: Any, status: int, title: str, problems: list[Problem]
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


def _try_set(factory: ResponseFactory, media: MediaBody, body: Any, path: Path, value: Any) -> None:
    parent = body
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    previous = parent[last]
    parent[last] = value
    if not factory.is_valid(media, body):
        parent[last] = previous
