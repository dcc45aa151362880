"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class FieldModel(BaseModel):
    """A field defined for leads or client folders."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Field id."""
    name: str
    """Field name."""
    type_: Annotated[
        Literal[
            "unset",
            "email",
            "phone",
            "mobile",
            "address",
            "web",
            "first_name",
            "last_name",
            "full_name",
            "job",
            "fax",
            "vat",
            "city",
            "zipcode",
            "state",
            "country",
            "company_id",
            "custom1",
            "custom2",
            "custom3",
            "custom4",
            "custom5",
        ]
        | UnknownEnum
        | None,
        Field(alias="type"),
    ] = None
    """Type of the field (unset for a free field)."""
    parent_type: Literal["lead", "client"] | UnknownEnum | None = None
    """Element the field is associated with."""
    position: int | None = None
    """Position of the field."""
    is_key: bool | None = None
    """True if the field is used to detect duplicate leads."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""
