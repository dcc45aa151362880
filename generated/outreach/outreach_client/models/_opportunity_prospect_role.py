"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._opportunity_to_one import OpportunityToOne
from ..models._prospect_to_one import ProspectToOne
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class OpportunityProspectRoleAttributes(BaseModel):
    """Attributes of a opportunityProspectRole. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    role: str | None = None
    """The prospect's role on the opportunity (e.g. "Decision Maker"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    primary: bool | None = None
    """Whether this prospect is the primary contact. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityProspectRoleRelationships(BaseModel):
    """Relationships of a opportunityProspectRole, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    opportunity: OpportunityToOne | None = None
    """The opportunity."""
    prospect: ProspectToOne | None = None
    """The prospect."""
    creator: UserToOne | None = None
    """The user who created the role."""


class OpportunityProspectRole(BaseModel):
    """A opportunityProspectRole resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityProspectRole"], Field(alias="type")]
    id: int
    attributes: OpportunityProspectRoleAttributes | None = None
    relationships: OpportunityProspectRoleRelationships | None = None
    """Relationships of a opportunityProspectRole, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
