"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._account_to_one import AccountToOne
from ..models._phone_number_identifier import PhoneNumberIdentifier
from ..models._relationship_links import RelationshipLinks
from ..models._resource_links import ResourceLinks
from ..models._sequence_state_to_many import SequenceStateToMany
from ..models._stage_to_one import StageToOne
from ..models._user_to_one import UserToOne


class ProspectAttributes(BaseModel):
    """Attributes of a prospect. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    firstName: str | None = None
    """First name. Seen in the connector samples."""
    middleName: str | None = None
    """Middle name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastName: str | None = None
    """Last name. Seen in the connector samples."""
    name: str | None = None
    """Full name, computed from the name parts. Seen in the connector samples."""
    nickname: str | None = None
    """Nickname. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    emails: list[str] | None = None
    """Email addresses, first one preferred. Seen in the connector samples."""
    email: str | None = None
    """A single email address. Only the connector's 'Execute link' sample shows this field; the API uses emails[]. Seen in the connector samples."""
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
    optedOut: bool | None = None
    """Whether the prospect opted out of email. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    engagedAt: datetime | None = None
    """When the prospect last engaged. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class PhoneNumberToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class PhoneNumberToMany(BaseModel):
    """To-many relationship to phoneNumber resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[PhoneNumberIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: PhoneNumberToManyMeta | None = None


class ProspectRelationships(BaseModel):
    """Relationships of a prospect, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    account: AccountToOne | None = None
    """The prospect's account."""
    owner: UserToOne | None = None
    """The prospect's owner."""
    stage: StageToOne | None = None
    """The prospect's stage."""
    creator: UserToOne | None = None
    """The user who created the prospect."""
    updater: UserToOne | None = None
    """The user who last updated the prospect."""
    phoneNumbers: PhoneNumberToMany | None = None
    """The prospect's phone numbers."""
    sequenceStates: SequenceStateToMany | None = None
    """The prospect's sequence states."""


class Prospect(BaseModel):
    """A prospect resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospect"], Field(alias="type")]
    id: int
    attributes: ProspectAttributes | None = None
    relationships: ProspectRelationships | None = None
    """Relationships of a prospect, as JSON:API linkage objects."""
    links: ResourceLinks | None = None
