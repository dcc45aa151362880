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


class OrganizationCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    attributes: OrganizationWriteAttributes


class OrganizationCreate(BaseModel):
    """Request body to create an organization."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OrganizationCreateData


class OrganizationCreateParam(TypedDict, total=False):
    """``OrganizationCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[OrganizationCreateData | OrganizationCreateDataParam]


class OrganizationCreateDataParam(TypedDict, total=False):
    """``OrganizationCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["organizations"]]
    attributes: Required[OrganizationWriteAttributes | OrganizationWriteAttributesParam]
