"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._custom_field import CustomField


class CustomFieldDocument(BaseModel):
    """A single CustomField document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CustomField
