"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._resource_links import ResourceLinks


class CustomFieldAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    identifier: str | None = None
    """The custom field's identifier, used as attribute key in prospect (and organization/deal) payloads, e.g. `c_custom_field_a`."""
    name: str | None = None
    """The custom field's name/label."""
    options: list[str] | None = None
    """The custom field's value options (for `list_single` and `list_multiple`)."""
    value_type: (
        Literal[
            "numeric",
            "text",
            "text_long",
            "phone",
            "url",
            "boolean",
            "list_single",
            "list_multiple",
            "datetime",
            "date",
        ]
        | UnknownEnum
        | None
    ) = None
    """The custom field's value type; see CustomFieldValue for the value format of each."""


class CustomField(BaseModel):
    """A custom field definition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """A UUID key for the custom field (the example shows `1`)."""
    type_: Annotated[Literal["custom_fields"], Field(alias="type")]
    attributes: CustomFieldAttributes | None = None
    links: ResourceLinks | None = None
