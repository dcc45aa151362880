"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._resource_links import ResourceLinks


class PipelineAttributes(BaseModel):
    """Attributes of a pipeline. No attribute is filterable."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The pipeline's name."""
    currency_code: str | None = None
    """ISO code of the currency to use in this pipeline (e.g. `EUR`)."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class Pipeline(BaseModel):
    """A deals pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    attributes: PipelineAttributes | None = None
    links: ResourceLinks | None = None
