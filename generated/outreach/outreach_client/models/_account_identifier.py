"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class AccountIdentifier(BaseModel):
    """Resource identifier (linkage) of a account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["account"], Field(alias="type")]
    id: int


class AccountIdentifierParam(TypedDict, total=False):
    """``AccountIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["account"]]
    id: Required[int]
