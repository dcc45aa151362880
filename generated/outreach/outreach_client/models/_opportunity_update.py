"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne, AccountToOneParam
from ..models._opportunity_stage_to_one import OpportunityStageToOne, OpportunityStageToOneParam
from ..models._prospect_to_many import ProspectToMany, ProspectToManyParam
from ..models._user_to_one import UserToOne, UserToOneParam


class OpportunityUpdateDataAttributes(BaseModel):
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


class OpportunityUpdateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    account: AccountToOne | None = None
    """The account the opportunity is for."""
    owner: UserToOne | None = None
    """The opportunity's owner."""
    stage: OpportunityStageToOne | None = None
    """The opportunity's stage. The connector DDL shows it as the stage name (e.g. "Proposal")."""
    prospects: ProspectToMany | None = None
    """Prospects associated with the opportunity."""


class OpportunityUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunity"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: OpportunityUpdateDataAttributes | None = None
    relationships: OpportunityUpdateDataRelationships | None = None


class OpportunityUpdate(BaseModel):
    """Request document to update a opportunity. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityUpdateData


class OpportunityUpdateParam(TypedDict, total=False):
    """``OpportunityUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityUpdateData | OpportunityUpdateDataParam]


class OpportunityUpdateDataParam(TypedDict, total=False):
    """``OpportunityUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunity"]]
    id: Required[int]
    attributes: OpportunityUpdateDataAttributes | OpportunityUpdateDataAttributesParam | None
    relationships: (
        OpportunityUpdateDataRelationships | OpportunityUpdateDataRelationshipsParam | None
    )


class OpportunityUpdateDataAttributesParam(TypedDict, total=False):
    """``OpportunityUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    amount: float | None
    probability: int | None
    closeDate: datetime | str | None
    description: str | None
    nextStep: str | None
    opportunityType: str | None
    tags: list[str] | None


class OpportunityUpdateDataRelationshipsParam(TypedDict, total=False):
    """``OpportunityUpdateDataRelationships`` as a dict: what an argument taking the model also takes."""

    account: AccountToOne | AccountToOneParam | None
    owner: UserToOne | UserToOneParam | None
    stage: OpportunityStageToOne | OpportunityStageToOneParam | None
    prospects: ProspectToMany | ProspectToManyParam | None
