"""Streamed answers: downloads, server-sent events and JSON Lines, sent a chunk at a time.

An operation whose success the operation model reads as a stream
(``generator.wire.model.Media.stream``) is answered here rather than with one body:

- ``bytes``: the schema's ``minLength`` bytes (else ``DEFAULT_DOWNLOAD_BYTES``; at most
  ``MAX_DOWNLOAD_BYTES``) of a deterministic pattern, in ``CHUNK_BYTES`` chunks, with its
  Content-Length; a text download (CSV) is a short valid text instead;
- ``sse``: ``STREAM_ITEMS`` events with ids ``1``..``STREAM_ITEMS``, each data valid
  against the media type's schema, written over several ``data:`` lines (pretty-printed
  JSON), after a comment and a ``retry:``; a request with ``Last-Event-ID: N`` resumes
  after event N;
- ``jsonl``: ``STREAM_ITEMS`` lines, each valid against the schema.

The ``drop-after=N`` fault (``generator.mock.faults``) resets the connection after N chunks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from generator.mock.responses import ResponseFactory
from generator.wire.model import Media, Operation

STREAM_ITEMS = 5
DEFAULT_DOWNLOAD_BYTES = 1024
MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024
CHUNK_BYTES = 64 * 1024
# Sent as the stream's `retry:`: short, so a client resuming after a drop waits little.
RETRY_MILLISECONDS = 20


@dataclass
class Streamed:
    """A success answered a chunk at a time."""

    status: int
    media_type: str
    headers: dict[str, str]
    chunks: Iterator[bytes]
    length: int | None = None  # Content-Length, when known in advance


def streamed_reply(
    responses: ResponseFactory, operation: Operation, headers: dict[str, str]
) -> Streamed | None:
    """The streamed success of ``operation`` (None: it is not answered by a stream)."""
    media = operation.stream_media
    if media is None or media.stream is None:
        return None
    status, _, documented = responses.success_parts(operation)
    kind = media.stream
    tag = operation.operation_id
    if kind == "sse":
        start = _resume_after(headers.get("last-event-id"))
        data = _item(responses, media, tag)
        chunks = _events(data, start)
        extra = {"Cache-Control": "no-cache"}
        return Streamed(status, media.content_type, {**documented, **extra}, chunks)
    if kind == "jsonl":
        data = _item(responses, media, tag)
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        return Streamed(status, media.content_type, documented, iter([line] * STREAM_ITEMS))
    if media.kind == "binary" or _is_binary_string(media.schema):
        size = download_size(media.schema)
        return Streamed(status, media.content_type, documented, download_chunks(size, tag), size)
    text = _text(responses, media, tag)
    return Streamed(status, media.content_type, documented, iter([text]), len(text))


def download_size(schema: Any) -> int:
    """How many bytes a download answers with: the schema's ``minLength``, bounded."""
    declared = schema.get("minLength") if isinstance(schema, dict) else None
    if isinstance(declared, int) and not isinstance(declared, bool) and declared >= 0:
        return min(declared, MAX_DOWNLOAD_BYTES)
    return DEFAULT_DOWNLOAD_BYTES


def download_chunks(size: int, tag: str) -> Iterator[bytes]:
    """``size`` bytes of a pattern made from ``tag``, ``CHUNK_BYTES`` at a time."""
    seed = hashlib.sha256(tag.encode()).digest()
    block = (seed * (CHUNK_BYTES // len(seed) + 1))[:CHUNK_BYTES]
    for start in range(0, size, CHUNK_BYTES):
        yield block[: min(CHUNK_BYTES, size - start)]


def _is_binary_string(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("format") == "binary"


def _resume_after(last_event_id: str | None) -> int:
    """The first event to send: the one after ``Last-Event-ID`` (ids are 1, 2, ...)."""
    if last_event_id is None:
        return 1
    text = last_event_id.strip()
    return int(text) + 1 if text.isascii() and text.isdigit() and len(text) < 10 else 1


def _item(responses: ResponseFactory, media: Media, tag: str) -> Any:
    """One valid item for a stream's schema: validated as JSON (the factory checks JSON
    media types only); text when the stream has no schema."""
    if media.schema is None:
        return "event"
    as_json = replace(media, content_type="application/json", media_type="application/json")
    return responses.body_for(as_json, tag)


def _events(data: Any, start: int) -> Iterator[bytes]:
    if isinstance(data, str):
        lines = data.splitlines() or [""]
    else:
        # Pretty-printed: every event's data spans several `data:` lines.
        lines = json.dumps(data, ensure_ascii=False, indent=2).splitlines()
    payload = "".join(f"data: {line}\n" for line in lines)
    yield f": specforge mock\nretry: {RETRY_MILLISECONDS}\n\n".encode()
    for number in range(start, STREAM_ITEMS + 1):
        yield f"id: {number}\nevent: message\n{payload}\n".encode()


def _text(responses: ResponseFactory, media: Media, tag: str) -> bytes:
    body = responses.body_for(media, tag)
    if isinstance(body, str) and body:
        return body.encode()
    return b"id,name\n1,Ada\n" if media.media_type == "text/csv" else b"text\n"
