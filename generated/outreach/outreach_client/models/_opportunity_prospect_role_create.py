"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._opportunity_to_one import OpportunityToOne
from ..models._prospect_to_one import ProspectToOne


class OpportunityProspectRoleCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    role: str | None = None
    """The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    primary: bool | None = None
    """Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityProspectRoleCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    opportunity: OpportunityToOne
    """The opportunity."""
    prospect: ProspectToOne
    """The prospect."""


class OpportunityProspectRoleCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityProspectRole"], Field(alias="type")]
    attributes: OpportunityProspectRoleCreateDataAttributes | None = None
    relationships: OpportunityProspectRoleCreateDataRelationships


class OpportunityProspectRoleCreate(BaseModel):
    """Request document to create a opportunityProspectRole."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityProspectRoleCreateData
