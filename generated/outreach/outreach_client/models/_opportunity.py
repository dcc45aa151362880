"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne
from ..models._opportunity_stage_to_one import OpportunityStageToOne
from ..models._prospect_to_many import ProspectToMany
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


class OpportunityAttributes(BaseModel):
    """Attributes of a opportunity. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The opportunity's name. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    amount: float | None = None
    """The amount the opportunity is worth. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    probability: int | None = None
    """Chance of winning, in percent. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    closeDate: datetime | None = None
    """Expected close date. The API returns a date-time; the connector DDL shows a bare date ("2023-12-31"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    description: str | None = None
    """A description of the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    nextStep: str | None = None
    """The next step to take. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    opportunityType: str | None = None
    """The type of opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    updatedAt: datetime | None = None
    """When the record was last updated. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""


class OpportunityRelationships(BaseModel):
    """Relationships of a opportunity, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    account: AccountToOne | None = None
    """The account the opportunity is for."""
    owner: UserToOne | None = None
    """The opportunity's owner."""
    stage: OpportunityStageToOne | None = None
    """The opportunity's stage. The connector DDL shows it as the stage name (e.g. "Proposal")."""
    creator: UserToOne | None = None
    """The user who created the opportunity."""
    updater: UserToOne | None = None
    """The user who last updated the opportunity."""
    prospects: ProspectToMany | None = None
    """Prospects associated with the opportunity."""


class Opportunity(BaseModel):
    """A opportunity resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunity"], Field(alias="type")]
    id: int
    attributes: OpportunityAttributes | None = None
    relationships: OpportunityRelationships | None = None
    """Relationships of a opportunity, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
