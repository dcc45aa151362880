"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class ResourceIdentifier(BaseModel):
    """JSON:API resource identifier (relationship linkage). `id` is always a string in payloads even where the docs type the identifier as integer."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Identifier of the related record, as a string."""
    type_: Annotated[str, Field(alias="type")]
    """JSON:API type of the related record (e.g. `users`, `organizations`)."""
