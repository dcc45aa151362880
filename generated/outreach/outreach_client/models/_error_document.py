"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ErrorObjectSource(BaseModel):
    """What in the request caused the error."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pointer: str | None = None
    """JSON Pointer into the request document (e.g. /data/attributes/name)."""
    parameter: str | None = None
    """The query parameter that caused the error."""


class ErrorObject(BaseModel):
    """A JSON:API error object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str | None = None
    """Machine-readable error identifier (e.g. "validationError", "unauthorizedRequest", "resourceNotFound", "rateLimitExceeded")."""
    title: str | None = None
    """Short, human-readable summary."""
    detail: str | None = None
    """Human-readable explanation of this occurrence."""
    status: str | None = None
    """HTTP status code, as a string."""
    source: ErrorObjectSource | None = None
    """What in the request caused the error."""


class ErrorDocument(BaseModel):
    """JSON:API error document returned with every 4xx status."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    errors: list[ErrorObject]
