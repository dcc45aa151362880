"""The operation model: each operation of an API as it goes over the wire.

Language-neutral HTTP facts only: method and path template, parameters with their location
and serialization, request bodies and responses per media type, security requirements
resolved to schemes (``generator.wire.auth``), pagination resolved to its style
(``generator.wire.pagination``). Every part keeps the JSON pointer it was read from, so each
consumer reports problems where they are in the document. Built once per spec by
``generator.wire.build``; the analyzer adds Python names and types to it, the mock answers
requests from it. Nothing changes it once built; its dataclasses are neither frozen nor
comparable only because those cost several times the import time, which every ``generate``
run pays (bench/HISTORY.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.load import LoadedSpec
from generator.wire.auth import Requirement, Scheme
from generator.wire.pagination import Pagination

_JSON_SUBTYPE = re.compile(r"^application/(?:[\w.+-]*\+)?json$|^text/json$")


def is_json_media(media_type: str) -> bool:
    """``application/json``, ``application/<anything>+json`` or ``text/json``."""
    return bool(_JSON_SUBTYPE.match(media_type))


def body_kind(content_type: str) -> str:
    """How a body of this media type is encoded: json | form | multipart | text | binary."""
    lowered = content_type.lower().split(";")[0].strip()
    if lowered == "application/json" or lowered.endswith("+json") or lowered == "*/*":
        return "json"
    if lowered == "application/x-www-form-urlencoded":
        return "form"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.startswith("text/"):
        return "text"
    return "binary"


_KIND_PREFERENCE = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}

# JSON Lines under the names servers send it by (jsonlines.org, ndjson.org).
JSON_LINES_TYPES = frozenset(
    {"application/jsonl", "application/x-jsonl", "application/x-ndjson", "application/jsonlines"}
)
EVENT_STREAM_TYPE = "text/event-stream"
# Text a client should not hold whole: exports of any size.
_DOWNLOAD_TEXT_TYPES = frozenset({"text/csv", "text/tab-separated-values"})


@dataclass(eq=False)
class Media:
    """One media type of a request body or response."""

    content_type: str  # the key as the spec writes it (case and parameters kept)
    media_type: str  # its essence: lower-case, without parameters
    schema: Any  # as written (None: no schema)
    schema_pointer: str | None
    pointer: str  # the media type object (where its examples are)
    encoding: dict[str, Any]

    @property
    def kind(self) -> str:
        return body_kind(self.content_type)

    @property
    def stream(self) -> str | None:
        """How a client reads a response of this media type as it arrives: ``sse`` (a
        ``text/event-stream`` of events), ``jsonl`` (JSON Lines, one item a line), ``bytes``
        (a download: binary, a CSV export, any string of ``format: binary``); None for what
        is read whole (JSON, forms, short text)."""
        media_type = self.media_type
        if media_type == EVENT_STREAM_TYPE:
            return "sse"
        if media_type in JSON_LINES_TYPES:
            return "jsonl"
        if media_type in _DOWNLOAD_TEXT_TYPES:
            return "bytes"
        kind = self.kind
        if kind == "binary":
            return "bytes"
        schema = self.schema
        if kind == "text" and isinstance(schema, dict) and schema.get("format") == "binary":
            return "bytes"
        return None


def preferred_type(content_types: Iterable[str]) -> str | None:
    """The media type a client sends (or reads) of those offered: JSON, else form,
    multipart, text, binary; the first listed of the kind."""
    return min(content_types, key=lambda c: _KIND_PREFERENCE[body_kind(c)], default=None)


def preferred_media(content: tuple[Media, ...]) -> Media | None:
    """``preferred_type`` of a body's or response's media types."""
    return min(content, key=lambda media: _KIND_PREFERENCE[media.kind], default=None)


def by_media_type(content: tuple[Media, ...]) -> dict[str, Media]:
    """Essence → media type; of two with one essence, the one listed last."""
    return {media.media_type: media for media in content}


@dataclass(eq=False)
class Parameter:
    """One parameter an operation is called with, as it travels."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    style: str  # the serialization on the wire: the declared style, else the location's
    explode: bool
    declared_style: str  # "" when the spec leaves it to the location's default
    declared_explode: bool | None
    schema: Any  # as written, for coercion (a `content` parameter: its media type's)
    schema_pointer: str | None  # where the schema lives
    content_type: str | None  # a `content`-serialised parameter (e.g. JSON in a query)
    description: str
    pointer: str | None  # the parameter object; None for an undeclared path variable

    @property
    def key(self) -> str:
        return f"{self.location}/{self.name}"


@dataclass(eq=False)
class RequestBody:
    """The request body object, resolved: its media types in the order listed."""

    pointer: str
    content: tuple[Media, ...]
    required: bool
    description: str


@dataclass(eq=False)
class Response:
    """One documented response, resolved."""

    status: str  # as the spec writes it: "200", "4XX", "2xx", "default"
    pointer: str
    description: str
    headers: dict[str, Any]  # name → header object, resolved
    content: tuple[Media, ...]


def status_key(status: str) -> str:
    """A response's status as looked up: ``4xx`` and ``4XX`` are one range."""
    return status.upper() if status.lower().endswith("xx") else status


@dataclass(eq=False)
class Operation:
    """One operation: what a client sends and what the server answers."""

    method: str  # lower-case
    path_key: str  # the `paths` key as written (it may end in a #fragment)
    template: str  # the URL path template that is sent and routed
    pointer: str
    operation_id: str  # as declared, else "<method> <path key>"
    raw: dict[str, Any]  # the operation object, for what is not HTTP (tags, x-sdk-method)
    summary: str
    description: str
    deprecated: bool
    parameters: list[Parameter]
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[Requirement, ...]  # alternatives; empty: no credentials needed
    retryable: bool  # idempotent, marked `x-retry: true`, or keyed
    pagination: Pagination | None
    notes: tuple[str, ...]  # how the parameters were read where the spec is inconsistent
    # The header of the call's idempotency key (`x-idempotency-key`), if the spec names one.
    idempotency_header: str | None = None
    # `x-sse-reconnect: true`: a dropped event stream may be resumed with Last-Event-ID.
    sse_reconnect: bool = False

    @property
    def bodies(self) -> dict[str, Media]:
        """The request body's media types by essence (empty without a body)."""
        return by_media_type(self.body.content) if self.body is not None else {}

    @property
    def body_required(self) -> bool:
        return self.body is not None and self.body.required

    @cached_property
    def by_status(self) -> dict[str, Response]:
        """Responses by ``status_key``; of two with one key, the one listed last."""
        return {status_key(response.status): response for response in self.responses}

    @cached_property
    def stream_media(self) -> Media | None:
        """The media type of the first success response when a client reads it as a stream
        (``Media.stream``): the one a client reads (``preferred_media``)."""
        for response in sorted(self.responses, key=lambda r: r.status):
            if response.status.startswith("2"):
                picked = preferred_media(response.content)
                if picked is not None:
                    return picked if picked.stream is not None else None
        return None

    def response_for(self, status: int) -> Response | None:
        """The documented response for ``status``: exact code, then ``4XX``, then default."""
        by_status = self.by_status
        return (
            by_status.get(str(status))
            or by_status.get(f"{status // 100}XX")
            or by_status.get("default")
        )


@dataclass(eq=False)
class DocumentedQuota:
    """The request quota the API's docs state (`x-rate-limit`)."""

    requests: int
    period: str  # second, minute, hour or day (``RATE_LIMIT_PERIODS``)
    seconds: int


@dataclass(eq=False)
class WireApi:
    """Every operation of one spec, and what they share."""

    spec: LoadedSpec
    version: str  # the OpenAPI version: 3.0 or 3.1
    title: str
    base_path: str  # the path part of servers[0].url, "" for none
    operations: list[Operation]
    schemes: dict[str, Scheme]  # components.securitySchemes, resolved
    quota: DocumentedQuota | None = None
    # The response header holding the server's id of a request (``request_id_header``).
    request_id_header: str | None = None

    @property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.spec.data
        return data
