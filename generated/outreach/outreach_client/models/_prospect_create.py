"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne, AccountToOneParam
from ..models._stage_to_one import StageToOne, StageToOneParam
from ..models._user_to_one import UserToOne, UserToOneParam


class ProspectCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    firstName: str | None = None
    """First name. Seen in the connector samples."""
    middleName: str | None = None
    """Middle name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastName: str | None = None
    """Last name. Seen in the connector samples."""
    nickname: str | None = None
    """Nickname. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    emails: list[str] | None = None
    """Email addresses, first one preferred. Seen in the connector samples."""
    title: str | None = None
    """Job title. Seen in the connector samples."""
    company: str | None = None
    """Company name. Seen in the connector samples."""
    occupation: str | None = None
    """Occupation. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    workPhones: list[str] | None = None
    """Work phone numbers. Seen in the connector samples."""
    mobilePhones: list[str] | None = None
    """Mobile phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    homePhones: list[str] | None = None
    """Home phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    otherPhones: list[str] | None = None
    """Other phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    voipPhones: list[str] | None = None
    """VoIP phone numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    timeZone: str | None = None
    """IANA time zone (e.g. "America/Los_Angeles"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    addressCity: str | None = None
    """City. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    addressState: str | None = None
    """State or region. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    addressCountry: str | None = None
    """Country. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    linkedInUrl: str | None = None
    """LinkedIn profile URL. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    source: str | None = None
    """Where the prospect came from. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class ProspectCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    account: AccountToOne | None = None
    """The prospect's account."""
    owner: UserToOne | None = None
    """The prospect's owner."""
    stage: StageToOne | None = None
    """The prospect's stage."""


class ProspectCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospect"], Field(alias="type")]
    attributes: ProspectCreateDataAttributes | None = None
    relationships: ProspectCreateDataRelationships | None = None


class ProspectCreate(BaseModel):
    """Request document to create a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectCreateData


class ProspectCreateParam(TypedDict, total=False):
    """``ProspectCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectCreateData | ProspectCreateDataParam]


class ProspectCreateDataParam(TypedDict, total=False):
    """``ProspectCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospect"]]
    attributes: ProspectCreateDataAttributes | ProspectCreateDataAttributesParam | None
    relationships: ProspectCreateDataRelationships | ProspectCreateDataRelationshipsParam | None


class ProspectCreateDataAttributesParam(TypedDict, total=False):
    """``ProspectCreateDataAttributes`` as a dict: what an argument taking the model also takes."""

    firstName: str | None
    middleName: str | None
    lastName: str | None
    nickname: str | None
    emails: list[str] | None
    title: str | None
    company: str | None
    occupation: str | None
    workPhones: list[str] | None
    mobilePhones: list[str] | None
    homePhones: list[str] | None
    otherPhones: list[str] | None
    voipPhones: list[str] | None
    tags: list[str] | None
    timeZone: str | None
    addressCity: str | None
    addressState: str | None
    addressCountry: str | None
    linkedInUrl: str | None
    source: str | None


class ProspectCreateDataRelationshipsParam(TypedDict, total=False):
    """``ProspectCreateDataRelationships`` as a dict: what an argument taking the model also takes."""

    account: AccountToOne | AccountToOneParam | None
    owner: UserToOne | UserToOneParam | None
    stage: StageToOne | StageToOneParam | None
