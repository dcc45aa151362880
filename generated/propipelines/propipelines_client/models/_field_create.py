"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum


class FieldCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """Name of the field (max 32 characters)."""
    parent_type: Literal["lead", "client"] | UnknownEnum
    """Element on which the field will be associated."""
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
        | UnknownEnum,
        Field(alias="type"),
    ] = "unset"
    """Type of the field. custom1..custom5 are not available in the starter edition."""
    is_key: bool = False
    """If true, the field will be used to detect potential duplicate leads."""
