"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._opportunity_to_one import OpportunityToOne, OpportunityToOneParam
from ..models._prospect_to_one import ProspectToOne, ProspectToOneParam


class OpportunityProspectRoleUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    role: str | None = None
    """The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    primary: bool | None = None
    """Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityProspectRoleUpdateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    opportunity: OpportunityToOne | None = None
    """The opportunity."""
    prospect: ProspectToOne | None = None
    """The prospect."""


class OpportunityProspectRoleUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityProspectRole"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: OpportunityProspectRoleUpdateDataAttributes | None = None
    relationships: OpportunityProspectRoleUpdateDataRelationships | None = None


class OpportunityProspectRoleUpdate(BaseModel):
    """Request document to update a opportunityProspectRole. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityProspectRoleUpdateData


class OpportunityProspectRoleUpdateParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityProspectRoleUpdateData | OpportunityProspectRoleUpdateDataParam]


class OpportunityProspectRoleUpdateDataParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunityProspectRole"]]
    id: Required[int]
    attributes: (
        OpportunityProspectRoleUpdateDataAttributes
        | OpportunityProspectRoleUpdateDataAttributesParam
        | None
    )
    relationships: (
        OpportunityProspectRoleUpdateDataRelationships
        | OpportunityProspectRoleUpdateDataRelationshipsParam
        | None
    )


class OpportunityProspectRoleUpdateDataAttributesParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    role: str | None
    primary: bool | None


class OpportunityProspectRoleUpdateDataRelationshipsParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdateDataRelationships`` as a dict: what an argument taking the model also takes."""

    opportunity: OpportunityToOne | OpportunityToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None
