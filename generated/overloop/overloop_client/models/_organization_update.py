"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._organization_write_attributes import (
    OrganizationWriteAttributes,
    OrganizationWriteAttributesParam,
)


class OrganizationUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: OrganizationWriteAttributes


class OrganizationUpdate(BaseModel):
    """Request body to update an organization (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OrganizationUpdateData


class OrganizationUpdateParam(TypedDict, total=False):
    """``OrganizationUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OrganizationUpdateData | OrganizationUpdateDataParam]


class OrganizationUpdateDataParam(TypedDict, total=False):
    """``OrganizationUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["organizations"]]
    id: str | None
    attributes: Required[OrganizationWriteAttributes | OrganizationWriteAttributesParam]
