"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SignedUrl(BaseModel):
    """A short-lived pre-signed URL to download a file."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    url: str
    """Pre-signed download URL, valid for a short time (X-Amz-Expires=180, i.e. about 3 minutes)."""
