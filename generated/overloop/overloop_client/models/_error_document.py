"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ValidationErrorSource(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pointer: str
    """JSON Pointer to the offending member, e.g. `/data/attributes/email`."""


class ValidationError(BaseModel):
    """Error member for invalid attributes, pointing at the offending attribute (e.g. a duplicate email address)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    source: ValidationErrorSource
    detail: str
    """Human-readable message, e.g. `has already been taken`."""


class CodeMessageError(BaseModel):
    """Error member with a machine code and a message (e.g. authentication errors)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    code: str
    """Machine-readable error code, e.g. `unauthorized`."""
    message: str
    """Human-readable message."""


class ErrorDocument(BaseModel):
    """Error response body."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    errors: list[ValidationError | CodeMessageError]
