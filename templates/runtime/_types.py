"""Types shared by the runtime and the generated code.

The most important one is ``NOT_GIVEN``: generated methods use it as the default of every
optional argument so that "not sent" and "sent as ``null``" stay distinct. ``None`` in a JSON
body is sent as ``null``; ``NOT_GIVEN`` is left out of the request entirely.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias, TypedDict

import httpx

__all__ = [
    "NOT_GIVEN",
    "FileContent",
    "FileTypes",
    "NotGiven",
    "RequestOptions",
    "Timeout",
]


class NotGiven:
    """The type of ``NOT_GIVEN``: a falsy singleton meaning "leave this out of the request".

    ``None`` cannot play this role because ``None`` is a legitimate value (JSON ``null``),
    which is how a partial update clears a field.
    """

    _instance: NotGiven | None = None
    __slots__ = ()

    def __new__(cls) -> NotGiven:  # noqa: PYI034 - a singleton: always the one instance
        # A singleton, so ``value is NOT_GIVEN`` works even after copy/pickle round trips.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final[NotGiven] = NotGiven()

FileContent: TypeAlias = bytes | IO[bytes]
"""The content of an uploaded file: raw bytes or a binary file object."""

FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file upload: content, ``(filename, content)`` or ``(filename, content, media_type)``."""

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, an ``httpx.Timeout`` for each phase separately, or ``None``."""


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted by every generated method as ``options=``."""

    extra_headers: Mapping[str, str]
    """Headers added to (and overriding) the ones the client would send."""
    extra_query: Mapping[str, object]
    """Query parameters added to (and overriding) the ones the client would send."""
    extra_body: Mapping[str, object]
    """Fields added to (and overriding) those of an object body (JSON, form or multipart)."""
    idempotency_key: str
    """Sent as ``Idempotency-Key`` (the same key on every retry of this call, so a server
    that honours it performs the call once); makes the call safe to retry."""
    timeout: Timeout
    """Timeout for this call; ``None`` disables the timeout for this call."""
    max_retries: int
    """Retries for this call instead of the client's ``max_retries``."""
    idempotent: bool
    """Treat this call as safe to retry even if the operation is not idempotent."""
    max_response_bytes: int | None
    """The largest response body accepted for this call, counted after decoding
    (``None``: no limit); instead of the client's ``max_response_bytes``."""
