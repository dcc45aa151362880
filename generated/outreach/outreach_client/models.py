"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ._unions import UnknownEnum


class ResourceLinks(BaseModel):
    """Links of a resource object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    self: str | None = None
    """Canonical URL of the resource."""


class RelationshipLinks(BaseModel):
    """Links of a relationship object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    related: str | None = None
    """URL of the related resource(s), e.g. https://api.outreach.io/api/v2/stages/123/prospects."""
    self: str | None = None


class ListLinks(BaseModel):
    """Pagination links of a collection document. Follow `next` until it is absent or null; never build the cursor yourself. Values are URLs with literal `page[...]` brackets, so no strict `uri` format is asserted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    first: str | None = None
    """URL of the first page."""
    prev: str | None = None
    """URL of the previous page, or null."""
    next: str | None = None
    """URL of the next page (carries the opaque page[after] cursor); absent or null on the last page."""


class ListMeta(BaseModel):
    """Collection meta. `count` (total matching records) is omitted when the request passes count=false."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None
    """Total number of matching records."""


class JsonApiResource(BaseModel):
    """Any JSON:API resource object (used for side-loaded `included` resources)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[str, Field(alias="type")]
    id: int | str
    attributes: dict[str, Any] | None = None
    relationships: dict[str, Any] | None = None
    links: ResourceLinks | None = None


class ErrorObjectSource(BaseModel):
    """What in the request caused the error."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pointer: str | None = None
    """JSON Pointer into the request document (e.g. /data/attributes/name)."""
    parameter: str | None = None
    """The query parameter that caused the error."""


class ErrorObject(BaseModel):
    """A JSON:API error object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str | None = None
    """Machine-readable error identifier (e.g. "validationError", "unauthorizedRequest", "resourceNotFound", "rateLimitExceeded")."""
    title: str | None = None
    """Short, human-readable summary."""
    detail: str | None = None
    """Human-readable explanation of this occurrence."""
    status: str | None = None
    """HTTP status code, as a string."""
    source: ErrorObjectSource | None = None
    """What in the request caused the error."""


class ErrorDocument(BaseModel):
    """JSON:API error document returned with every 4xx status."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    errors: list[ErrorObject]


class AccountIdentifier(BaseModel):
    """Resource identifier (linkage) of a account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["account"], Field(alias="type")]
    id: int


class CallIdentifier(BaseModel):
    """Resource identifier (linkage) of a call."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["call"], Field(alias="type")]
    id: int


class CallDispositionIdentifier(BaseModel):
    """Resource identifier (linkage) of a callDisposition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int


class CallPurposeIdentifier(BaseModel):
    """Resource identifier (linkage) of a callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int


class MailAliasIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailAlias."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailAlias"], Field(alias="type")]
    id: int


class MailboxIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailbox."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailbox"], Field(alias="type")]
    id: int


class MailingIdentifier(BaseModel):
    """Resource identifier (linkage) of a mailing."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    id: int


class OpportunityIdentifier(BaseModel):
    """Resource identifier (linkage) of a opportunity."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunity"], Field(alias="type")]
    id: int


class OpportunityStageIdentifier(BaseModel):
    """Resource identifier (linkage) of a opportunityStage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int


class PhoneNumberIdentifier(BaseModel):
    """Resource identifier (linkage) of a phoneNumber."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["phoneNumber"], Field(alias="type")]
    id: int


class ProspectIdentifier(BaseModel):
    """Resource identifier (linkage) of a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospect"], Field(alias="type")]
    id: int


class SequenceIdentifier(BaseModel):
    """Resource identifier (linkage) of a sequence."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    id: int


class SequenceStateIdentifier(BaseModel):
    """Resource identifier (linkage) of a sequenceState."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceState"], Field(alias="type")]
    id: int


class SequenceStepIdentifier(BaseModel):
    """Resource identifier (linkage) of a sequenceStep."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceStep"], Field(alias="type")]
    id: int


class StageIdentifier(BaseModel):
    """Resource identifier (linkage) of a stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int


class TaskIdentifier(BaseModel):
    """Resource identifier (linkage) of a task."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    id: int


class TaskPriorityIdentifier(BaseModel):
    """Resource identifier (linkage) of a taskPriority."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["taskPriority"], Field(alias="type")]
    id: int


class TemplateIdentifier(BaseModel):
    """Resource identifier (linkage) of a template."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["template"], Field(alias="type")]
    id: int


class UserIdentifier(BaseModel):
    """Resource identifier (linkage) of a user."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["user"], Field(alias="type")]
    id: int


class AccountAttributes(BaseModel):
    """Attributes of a account. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    domain: str | None = None
    """The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    description: str | None = None
    """A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    websiteUrl: str | None = None
    """The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    industry: str | None = None
    """The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locality: str | None = None
    """The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    numberOfEmployees: int | None = None
    """Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    named: bool | None = None
    """Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    customId: str | None = None
    """A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    updatedAt: datetime | None = None
    """When the record was last updated. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    custom1: str | None = None
    """Custom field 1 of the account."""
    custom2: str | None = None
    """Custom field 2 of the account."""
    custom3: str | None = None
    """Custom field 3 of the account."""
    custom4: str | None = None
    """Custom field 4 of the account."""
    custom5: str | None = None
    """Custom field 5 of the account."""
    custom6: str | None = None
    """Custom field 6 of the account."""
    custom7: str | None = None
    """Custom field 7 of the account."""
    custom8: str | None = None
    """Custom field 8 of the account."""
    custom9: str | None = None
    """Custom field 9 of the account."""
    custom10: str | None = None
    """Custom field 10 of the account."""
    custom11: str | None = None
    """Custom field 11 of the account."""
    custom12: str | None = None
    """Custom field 12 of the account."""
    custom13: str | None = None
    """Custom field 13 of the account."""
    custom14: str | None = None
    """Custom field 14 of the account."""
    custom15: str | None = None
    """Custom field 15 of the account."""
    custom16: str | None = None
    """Custom field 16 of the account."""
    custom17: str | None = None
    """Custom field 17 of the account."""
    custom18: str | None = None
    """Custom field 18 of the account."""
    custom19: str | None = None
    """Custom field 19 of the account."""
    custom20: str | None = None
    """Custom field 20 of the account."""
    custom21: str | None = None
    """Custom field 21 of the account."""
    custom22: str | None = None
    """Custom field 22 of the account."""
    custom23: str | None = None
    """Custom field 23 of the account."""
    custom24: str | None = None
    """Custom field 24 of the account."""
    custom25: str | None = None
    """Custom field 25 of the account."""
    custom26: str | None = None
    """Custom field 26 of the account."""
    custom27: str | None = None
    """Custom field 27 of the account."""
    custom28: str | None = None
    """Custom field 28 of the account."""
    custom29: str | None = None
    """Custom field 29 of the account."""
    custom30: str | None = None
    """Custom field 30 of the account."""
    custom31: str | None = None
    """Custom field 31 of the account."""
    custom32: str | None = None
    """Custom field 32 of the account."""
    custom33: str | None = None
    """Custom field 33 of the account."""
    custom34: str | None = None
    """Custom field 34 of the account."""
    custom35: str | None = None
    """Custom field 35 of the account."""
    custom36: str | None = None
    """Custom field 36 of the account."""
    custom37: str | None = None
    """Custom field 37 of the account."""
    custom38: str | None = None
    """Custom field 38 of the account."""
    custom39: str | None = None
    """Custom field 39 of the account."""
    custom40: str | None = None
    """Custom field 40 of the account."""
    custom41: str | None = None
    """Custom field 41 of the account."""
    custom42: str | None = None
    """Custom field 42 of the account."""
    custom43: str | None = None
    """Custom field 43 of the account."""
    custom44: str | None = None
    """Custom field 44 of the account."""
    custom45: str | None = None
    """Custom field 45 of the account."""
    custom46: str | None = None
    """Custom field 46 of the account."""
    custom47: str | None = None
    """Custom field 47 of the account."""
    custom48: str | None = None
    """Custom field 48 of the account."""
    custom49: str | None = None
    """Custom field 49 of the account."""
    custom50: str | None = None
    """Custom field 50 of the account."""
    custom51: str | None = None
    """Custom field 51 of the account."""
    custom52: str | None = None
    """Custom field 52 of the account."""
    custom53: str | None = None
    """Custom field 53 of the account."""
    custom54: str | None = None
    """Custom field 54 of the account."""
    custom55: str | None = None
    """Custom field 55 of the account."""
    custom56: str | None = None
    """Custom field 56 of the account."""
    custom57: str | None = None
    """Custom field 57 of the account."""
    custom58: str | None = None
    """Custom field 58 of the account."""
    custom59: str | None = None
    """Custom field 59 of the account."""
    custom60: str | None = None
    """Custom field 60 of the account."""
    custom61: str | None = None
    """Custom field 61 of the account."""
    custom62: str | None = None
    """Custom field 62 of the account."""
    custom63: str | None = None
    """Custom field 63 of the account."""
    custom64: str | None = None
    """Custom field 64 of the account."""
    custom65: str | None = None
    """Custom field 65 of the account."""
    custom66: str | None = None
    """Custom field 66 of the account."""
    custom67: str | None = None
    """Custom field 67 of the account."""
    custom68: str | None = None
    """Custom field 68 of the account."""
    custom69: str | None = None
    """Custom field 69 of the account."""
    custom70: str | None = None
    """Custom field 70 of the account."""
    custom71: str | None = None
    """Custom field 71 of the account."""
    custom72: str | None = None
    """Custom field 72 of the account."""
    custom73: str | None = None
    """Custom field 73 of the account."""
    custom74: str | None = None
    """Custom field 74 of the account."""
    custom75: str | None = None
    """Custom field 75 of the account."""
    custom76: str | None = None
    """Custom field 76 of the account."""
    custom77: str | None = None
    """Custom field 77 of the account."""
    custom78: str | None = None
    """Custom field 78 of the account."""
    custom79: str | None = None
    """Custom field 79 of the account."""
    custom80: str | None = None
    """Custom field 80 of the account."""
    custom81: str | None = None
    """Custom field 81 of the account."""
    custom82: str | None = None
    """Custom field 82 of the account."""
    custom83: str | None = None
    """Custom field 83 of the account."""
    custom84: str | None = None
    """Custom field 84 of the account."""
    custom85: str | None = None
    """Custom field 85 of the account."""
    custom86: str | None = None
    """Custom field 86 of the account."""
    custom87: str | None = None
    """Custom field 87 of the account."""
    custom88: str | None = None
    """Custom field 88 of the account."""
    custom89: str | None = None
    """Custom field 89 of the account."""
    custom90: str | None = None
    """Custom field 90 of the account."""
    custom91: str | None = None
    """Custom field 91 of the account."""
    custom92: str | None = None
    """Custom field 92 of the account."""
    custom93: str | None = None
    """Custom field 93 of the account."""
    custom94: str | None = None
    """Custom field 94 of the account."""
    custom95: str | None = None
    """Custom field 95 of the account."""
    custom96: str | None = None
    """Custom field 96 of the account."""
    custom97: str | None = None
    """Custom field 97 of the account."""
    custom98: str | None = None
    """Custom field 98 of the account."""
    custom99: str | None = None
    """Custom field 99 of the account."""
    custom100: str | None = None
    """Custom field 100 of the account."""
    custom101: str | None = None
    """Custom field 101 of the account."""
    custom102: str | None = None
    """Custom field 102 of the account."""
    custom103: str | None = None
    """Custom field 103 of the account."""
    custom104: str | None = None
    """Custom field 104 of the account."""
    custom105: str | None = None
    """Custom field 105 of the account."""
    custom106: str | None = None
    """Custom field 106 of the account."""
    custom107: str | None = None
    """Custom field 107 of the account."""
    custom108: str | None = None
    """Custom field 108 of the account."""
    custom109: str | None = None
    """Custom field 109 of the account."""
    custom110: str | None = None
    """Custom field 110 of the account."""
    custom111: str | None = None
    """Custom field 111 of the account."""
    custom112: str | None = None
    """Custom field 112 of the account."""
    custom113: str | None = None
    """Custom field 113 of the account."""
    custom114: str | None = None
    """Custom field 114 of the account."""
    custom115: str | None = None
    """Custom field 115 of the account."""
    custom116: str | None = None
    """Custom field 116 of the account."""
    custom117: str | None = None
    """Custom field 117 of the account."""
    custom118: str | None = None
    """Custom field 118 of the account."""
    custom119: str | None = None
    """Custom field 119 of the account."""
    custom120: str | None = None
    """Custom field 120 of the account."""
    custom121: str | None = None
    """Custom field 121 of the account."""
    custom122: str | None = None
    """Custom field 122 of the account."""
    custom123: str | None = None
    """Custom field 123 of the account."""
    custom124: str | None = None
    """Custom field 124 of the account."""
    custom125: str | None = None
    """Custom field 125 of the account."""
    custom126: str | None = None
    """Custom field 126 of the account."""
    custom127: str | None = None
    """Custom field 127 of the account."""
    custom128: str | None = None
    """Custom field 128 of the account."""
    custom129: str | None = None
    """Custom field 129 of the account."""
    custom130: str | None = None
    """Custom field 130 of the account."""
    custom131: str | None = None
    """Custom field 131 of the account."""
    custom132: str | None = None
    """Custom field 132 of the account."""
    custom133: str | None = None
    """Custom field 133 of the account."""
    custom134: str | None = None
    """Custom field 134 of the account."""
    custom135: str | None = None
    """Custom field 135 of the account."""
    custom136: str | None = None
    """Custom field 136 of the account."""
    custom137: str | None = None
    """Custom field 137 of the account."""
    custom138: str | None = None
    """Custom field 138 of the account."""
    custom139: str | None = None
    """Custom field 139 of the account."""
    custom140: str | None = None
    """Custom field 140 of the account."""
    custom141: str | None = None
    """Custom field 141 of the account."""
    custom142: str | None = None
    """Custom field 142 of the account."""
    custom143: str | None = None
    """Custom field 143 of the account."""
    custom144: str | None = None
    """Custom field 144 of the account."""
    custom145: str | None = None
    """Custom field 145 of the account."""
    custom146: str | None = None
    """Custom field 146 of the account."""
    custom147: str | None = None
    """Custom field 147 of the account."""
    custom148: str | None = None
    """Custom field 148 of the account."""
    custom149: str | None = None
    """Custom field 149 of the account."""
    custom150: str | None = None
    """Custom field 150 of the account."""


class UserToOne(BaseModel):
    """To-one relationship to a user: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: UserIdentifier | None
    links: RelationshipLinks | None = None


class ProspectToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class ProspectToMany(BaseModel):
    """To-many relationship to prospect resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ProspectIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: ProspectToManyMeta | None = None


class AccountRelationships(BaseModel):
    """Relationships of a account, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The account's owner."""
    creator: UserToOne | None = None
    """The user who created the account."""
    updater: UserToOne | None = None
    """The user who last updated the account."""
    prospects: ProspectToMany | None = None
    """Prospects at this account."""


class Account(BaseModel):
    """A account resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["account"], Field(alias="type")]
    id: int
    attributes: AccountAttributes | None = None
    relationships: AccountRelationships | None = None
    """Relationships of a account, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class AccountDocument(BaseModel):
    """Document holding one account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Account
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class AccountListDocument(BaseModel):
    """One page of account resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Account]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class AccountCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    domain: str | None = None
    """The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    description: str | None = None
    """A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    websiteUrl: str | None = None
    """The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    industry: str | None = None
    """The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locality: str | None = None
    """The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    numberOfEmployees: int | None = None
    """Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    named: bool | None = None
    """Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    customId: str | None = None
    """A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    custom1: str | None = None
    """Custom field 1 of the account."""
    custom2: str | None = None
    """Custom field 2 of the account."""
    custom3: str | None = None
    """Custom field 3 of the account."""
    custom4: str | None = None
    """Custom field 4 of the account."""
    custom5: str | None = None
    """Custom field 5 of the account."""
    custom6: str | None = None
    """Custom field 6 of the account."""
    custom7: str | None = None
    """Custom field 7 of the account."""
    custom8: str | None = None
    """Custom field 8 of the account."""
    custom9: str | None = None
    """Custom field 9 of the account."""
    custom10: str | None = None
    """Custom field 10 of the account."""
    custom11: str | None = None
    """Custom field 11 of the account."""
    custom12: str | None = None
    """Custom field 12 of the account."""
    custom13: str | None = None
    """Custom field 13 of the account."""
    custom14: str | None = None
    """Custom field 14 of the account."""
    custom15: str | None = None
    """Custom field 15 of the account."""
    custom16: str | None = None
    """Custom field 16 of the account."""
    custom17: str | None = None
    """Custom field 17 of the account."""
    custom18: str | None = None
    """Custom field 18 of the account."""
    custom19: str | None = None
    """Custom field 19 of the account."""
    custom20: str | None = None
    """Custom field 20 of the account."""
    custom21: str | None = None
    """Custom field 21 of the account."""
    custom22: str | None = None
    """Custom field 22 of the account."""
    custom23: str | None = None
    """Custom field 23 of the account."""
    custom24: str | None = None
    """Custom field 24 of the account."""
    custom25: str | None = None
    """Custom field 25 of the account."""
    custom26: str | None = None
    """Custom field 26 of the account."""
    custom27: str | None = None
    """Custom field 27 of the account."""
    custom28: str | None = None
    """Custom field 28 of the account."""
    custom29: str | None = None
    """Custom field 29 of the account."""
    custom30: str | None = None
    """Custom field 30 of the account."""
    custom31: str | None = None
    """Custom field 31 of the account."""
    custom32: str | None = None
    """Custom field 32 of the account."""
    custom33: str | None = None
    """Custom field 33 of the account."""
    custom34: str | None = None
    """Custom field 34 of the account."""
    custom35: str | None = None
    """Custom field 35 of the account."""
    custom36: str | None = None
    """Custom field 36 of the account."""
    custom37: str | None = None
    """Custom field 37 of the account."""
    custom38: str | None = None
    """Custom field 38 of the account."""
    custom39: str | None = None
    """Custom field 39 of the account."""
    custom40: str | None = None
    """Custom field 40 of the account."""
    custom41: str | None = None
    """Custom field 41 of the account."""
    custom42: str | None = None
    """Custom field 42 of the account."""
    custom43: str | None = None
    """Custom field 43 of the account."""
    custom44: str | None = None
    """Custom field 44 of the account."""
    custom45: str | None = None
    """Custom field 45 of the account."""
    custom46: str | None = None
    """Custom field 46 of the account."""
    custom47: str | None = None
    """Custom field 47 of the account."""
    custom48: str | None = None
    """Custom field 48 of the account."""
    custom49: str | None = None
    """Custom field 49 of the account."""
    custom50: str | None = None
    """Custom field 50 of the account."""
    custom51: str | None = None
    """Custom field 51 of the account."""
    custom52: str | None = None
    """Custom field 52 of the account."""
    custom53: str | None = None
    """Custom field 53 of the account."""
    custom54: str | None = None
    """Custom field 54 of the account."""
    custom55: str | None = None
    """Custom field 55 of the account."""
    custom56: str | None = None
    """Custom field 56 of the account."""
    custom57: str | None = None
    """Custom field 57 of the account."""
    custom58: str | None = None
    """Custom field 58 of the account."""
    custom59: str | None = None
    """Custom field 59 of the account."""
    custom60: str | None = None
    """Custom field 60 of the account."""
    custom61: str | None = None
    """Custom field 61 of the account."""
    custom62: str | None = None
    """Custom field 62 of the account."""
    custom63: str | None = None
    """Custom field 63 of the account."""
    custom64: str | None = None
    """Custom field 64 of the account."""
    custom65: str | None = None
    """Custom field 65 of the account."""
    custom66: str | None = None
    """Custom field 66 of the account."""
    custom67: str | None = None
    """Custom field 67 of the account."""
    custom68: str | None = None
    """Custom field 68 of the account."""
    custom69: str | None = None
    """Custom field 69 of the account."""
    custom70: str | None = None
    """Custom field 70 of the account."""
    custom71: str | None = None
    """Custom field 71 of the account."""
    custom72: str | None = None
    """Custom field 72 of the account."""
    custom73: str | None = None
    """Custom field 73 of the account."""
    custom74: str | None = None
    """Custom field 74 of the account."""
    custom75: str | None = None
    """Custom field 75 of the account."""
    custom76: str | None = None
    """Custom field 76 of the account."""
    custom77: str | None = None
    """Custom field 77 of the account."""
    custom78: str | None = None
    """Custom field 78 of the account."""
    custom79: str | None = None
    """Custom field 79 of the account."""
    custom80: str | None = None
    """Custom field 80 of the account."""
    custom81: str | None = None
    """Custom field 81 of the account."""
    custom82: str | None = None
    """Custom field 82 of the account."""
    custom83: str | None = None
    """Custom field 83 of the account."""
    custom84: str | None = None
    """Custom field 84 of the account."""
    custom85: str | None = None
    """Custom field 85 of the account."""
    custom86: str | None = None
    """Custom field 86 of the account."""
    custom87: str | None = None
    """Custom field 87 of the account."""
    custom88: str | None = None
    """Custom field 88 of the account."""
    custom89: str | None = None
    """Custom field 89 of the account."""
    custom90: str | None = None
    """Custom field 90 of the account."""
    custom91: str | None = None
    """Custom field 91 of the account."""
    custom92: str | None = None
    """Custom field 92 of the account."""
    custom93: str | None = None
    """Custom field 93 of the account."""
    custom94: str | None = None
    """Custom field 94 of the account."""
    custom95: str | None = None
    """Custom field 95 of the account."""
    custom96: str | None = None
    """Custom field 96 of the account."""
    custom97: str | None = None
    """Custom field 97 of the account."""
    custom98: str | None = None
    """Custom field 98 of the account."""
    custom99: str | None = None
    """Custom field 99 of the account."""
    custom100: str | None = None
    """Custom field 100 of the account."""
    custom101: str | None = None
    """Custom field 101 of the account."""
    custom102: str | None = None
    """Custom field 102 of the account."""
    custom103: str | None = None
    """Custom field 103 of the account."""
    custom104: str | None = None
    """Custom field 104 of the account."""
    custom105: str | None = None
    """Custom field 105 of the account."""
    custom106: str | None = None
    """Custom field 106 of the account."""
    custom107: str | None = None
    """Custom field 107 of the account."""
    custom108: str | None = None
    """Custom field 108 of the account."""
    custom109: str | None = None
    """Custom field 109 of the account."""
    custom110: str | None = None
    """Custom field 110 of the account."""
    custom111: str | None = None
    """Custom field 111 of the account."""
    custom112: str | None = None
    """Custom field 112 of the account."""
    custom113: str | None = None
    """Custom field 113 of the account."""
    custom114: str | None = None
    """Custom field 114 of the account."""
    custom115: str | None = None
    """Custom field 115 of the account."""
    custom116: str | None = None
    """Custom field 116 of the account."""
    custom117: str | None = None
    """Custom field 117 of the account."""
    custom118: str | None = None
    """Custom field 118 of the account."""
    custom119: str | None = None
    """Custom field 119 of the account."""
    custom120: str | None = None
    """Custom field 120 of the account."""
    custom121: str | None = None
    """Custom field 121 of the account."""
    custom122: str | None = None
    """Custom field 122 of the account."""
    custom123: str | None = None
    """Custom field 123 of the account."""
    custom124: str | None = None
    """Custom field 124 of the account."""
    custom125: str | None = None
    """Custom field 125 of the account."""
    custom126: str | None = None
    """Custom field 126 of the account."""
    custom127: str | None = None
    """Custom field 127 of the account."""
    custom128: str | None = None
    """Custom field 128 of the account."""
    custom129: str | None = None
    """Custom field 129 of the account."""
    custom130: str | None = None
    """Custom field 130 of the account."""
    custom131: str | None = None
    """Custom field 131 of the account."""
    custom132: str | None = None
    """Custom field 132 of the account."""
    custom133: str | None = None
    """Custom field 133 of the account."""
    custom134: str | None = None
    """Custom field 134 of the account."""
    custom135: str | None = None
    """Custom field 135 of the account."""
    custom136: str | None = None
    """Custom field 136 of the account."""
    custom137: str | None = None
    """Custom field 137 of the account."""
    custom138: str | None = None
    """Custom field 138 of the account."""
    custom139: str | None = None
    """Custom field 139 of the account."""
    custom140: str | None = None
    """Custom field 140 of the account."""
    custom141: str | None = None
    """Custom field 141 of the account."""
    custom142: str | None = None
    """Custom field 142 of the account."""
    custom143: str | None = None
    """Custom field 143 of the account."""
    custom144: str | None = None
    """Custom field 144 of the account."""
    custom145: str | None = None
    """Custom field 145 of the account."""
    custom146: str | None = None
    """Custom field 146 of the account."""
    custom147: str | None = None
    """Custom field 147 of the account."""
    custom148: str | None = None
    """Custom field 148 of the account."""
    custom149: str | None = None
    """Custom field 149 of the account."""
    custom150: str | None = None
    """Custom field 150 of the account."""


class AccountCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The account's owner."""


class AccountCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["account"], Field(alias="type")]
    attributes: AccountCreateDataAttributes
    relationships: AccountCreateDataRelationships | None = None


class AccountCreate(BaseModel):
    """Request document to create a account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: AccountCreateData


class AccountUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    domain: str | None = None
    """The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    description: str | None = None
    """A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    websiteUrl: str | None = None
    """The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    industry: str | None = None
    """The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locality: str | None = None
    """The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    numberOfEmployees: int | None = None
    """Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    named: bool | None = None
    """Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    customId: str | None = None
    """A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    custom1: str | None = None
    """Custom field 1 of the account."""
    custom2: str | None = None
    """Custom field 2 of the account."""
    custom3: str | None = None
    """Custom field 3 of the account."""
    custom4: str | None = None
    """Custom field 4 of the account."""
    custom5: str | None = None
    """Custom field 5 of the account."""
    custom6: str | None = None
    """Custom field 6 of the account."""
    custom7: str | None = None
    """Custom field 7 of the account."""
    custom8: str | None = None
    """Custom field 8 of the account."""
    custom9: str | None = None
    """Custom field 9 of the account."""
    custom10: str | None = None
    """Custom field 10 of the account."""
    custom11: str | None = None
    """Custom field 11 of the account."""
    custom12: str | None = None
    """Custom field 12 of the account."""
    custom13: str | None = None
    """Custom field 13 of the account."""
    custom14: str | None = None
    """Custom field 14 of the account."""
    custom15: str | None = None
    """Custom field 15 of the account."""
    custom16: str | None = None
    """Custom field 16 of the account."""
    custom17: str | None = None
    """Custom field 17 of the account."""
    custom18: str | None = None
    """Custom field 18 of the account."""
    custom19: str | None = None
    """Custom field 19 of the account."""
    custom20: str | None = None
    """Custom field 20 of the account."""
    custom21: str | None = None
    """Custom field 21 of the account."""
    custom22: str | None = None
    """Custom field 22 of the account."""
    custom23: str | None = None
    """Custom field 23 of the account."""
    custom24: str | None = None
    """Custom field 24 of the account."""
    custom25: str | None = None
    """Custom field 25 of the account."""
    custom26: str | None = None
    """Custom field 26 of the account."""
    custom27: str | None = None
    """Custom field 27 of the account."""
    custom28: str | None = None
    """Custom field 28 of the account."""
    custom29: str | None = None
    """Custom field 29 of the account."""
    custom30: str | None = None
    """Custom field 30 of the account."""
    custom31: str | None = None
    """Custom field 31 of the account."""
    custom32: str | None = None
    """Custom field 32 of the account."""
    custom33: str | None = None
    """Custom field 33 of the account."""
    custom34: str | None = None
    """Custom field 34 of the account."""
    custom35: str | None = None
    """Custom field 35 of the account."""
    custom36: str | None = None
    """Custom field 36 of the account."""
    custom37: str | None = None
    """Custom field 37 of the account."""
    custom38: str | None = None
    """Custom field 38 of the account."""
    custom39: str | None = None
    """Custom field 39 of the account."""
    custom40: str | None = None
    """Custom field 40 of the account."""
    custom41: str | None = None
    """Custom field 41 of the account."""
    custom42: str | None = None
    """Custom field 42 of the account."""
    custom43: str | None = None
    """Custom field 43 of the account."""
    custom44: str | None = None
    """Custom field 44 of the account."""
    custom45: str | None = None
    """Custom field 45 of the account."""
    custom46: str | None = None
    """Custom field 46 of the account."""
    custom47: str | None = None
    """Custom field 47 of the account."""
    custom48: str | None = None
    """Custom field 48 of the account."""
    custom49: str | None = None
    """Custom field 49 of the account."""
    custom50: str | None = None
    """Custom field 50 of the account."""
    custom51: str | None = None
    """Custom field 51 of the account."""
    custom52: str | None = None
    """Custom field 52 of the account."""
    custom53: str | None = None
    """Custom field 53 of the account."""
    custom54: str | None = None
    """Custom field 54 of the account."""
    custom55: str | None = None
    """Custom field 55 of the account."""
    custom56: str | None = None
    """Custom field 56 of the account."""
    custom57: str | None = None
    """Custom field 57 of the account."""
    custom58: str | None = None
    """Custom field 58 of the account."""
    custom59: str | None = None
    """Custom field 59 of the account."""
    custom60: str | None = None
    """Custom field 60 of the account."""
    custom61: str | None = None
    """Custom field 61 of the account."""
    custom62: str | None = None
    """Custom field 62 of the account."""
    custom63: str | None = None
    """Custom field 63 of the account."""
    custom64: str | None = None
    """Custom field 64 of the account."""
    custom65: str | None = None
    """Custom field 65 of the account."""
    custom66: str | None = None
    """Custom field 66 of the account."""
    custom67: str | None = None
    """Custom field 67 of the account."""
    custom68: str | None = None
    """Custom field 68 of the account."""
    custom69: str | None = None
    """Custom field 69 of the account."""
    custom70: str | None = None
    """Custom field 70 of the account."""
    custom71: str | None = None
    """Custom field 71 of the account."""
    custom72: str | None = None
    """Custom field 72 of the account."""
    custom73: str | None = None
    """Custom field 73 of the account."""
    custom74: str | None = None
    """Custom field 74 of the account."""
    custom75: str | None = None
    """Custom field 75 of the account."""
    custom76: str | None = None
    """Custom field 76 of the account."""
    custom77: str | None = None
    """Custom field 77 of the account."""
    custom78: str | None = None
    """Custom field 78 of the account."""
    custom79: str | None = None
    """Custom field 79 of the account."""
    custom80: str | None = None
    """Custom field 80 of the account."""
    custom81: str | None = None
    """Custom field 81 of the account."""
    custom82: str | None = None
    """Custom field 82 of the account."""
    custom83: str | None = None
    """Custom field 83 of the account."""
    custom84: str | None = None
    """Custom field 84 of the account."""
    custom85: str | None = None
    """Custom field 85 of the account."""
    custom86: str | None = None
    """Custom field 86 of the account."""
    custom87: str | None = None
    """Custom field 87 of the account."""
    custom88: str | None = None
    """Custom field 88 of the account."""
    custom89: str | None = None
    """Custom field 89 of the account."""
    custom90: str | None = None
    """Custom field 90 of the account."""
    custom91: str | None = None
    """Custom field 91 of the account."""
    custom92: str | None = None
    """Custom field 92 of the account."""
    custom93: str | None = None
    """Custom field 93 of the account."""
    custom94: str | None = None
    """Custom field 94 of the account."""
    custom95: str | None = None
    """Custom field 95 of the account."""
    custom96: str | None = None
    """Custom field 96 of the account."""
    custom97: str | None = None
    """Custom field 97 of the account."""
    custom98: str | None = None
    """Custom field 98 of the account."""
    custom99: str | None = None
    """Custom field 99 of the account."""
    custom100: str | None = None
    """Custom field 100 of the account."""
    custom101: str | None = None
    """Custom field 101 of the account."""
    custom102: str | None = None
    """Custom field 102 of the account."""
    custom103: str | None = None
    """Custom field 103 of the account."""
    custom104: str | None = None
    """Custom field 104 of the account."""
    custom105: str | None = None
    """Custom field 105 of the account."""
    custom106: str | None = None
    """Custom field 106 of the account."""
    custom107: str | None = None
    """Custom field 107 of the account."""
    custom108: str | None = None
    """Custom field 108 of the account."""
    custom109: str | None = None
    """Custom field 109 of the account."""
    custom110: str | None = None
    """Custom field 110 of the account."""
    custom111: str | None = None
    """Custom field 111 of the account."""
    custom112: str | None = None
    """Custom field 112 of the account."""
    custom113: str | None = None
    """Custom field 113 of the account."""
    custom114: str | None = None
    """Custom field 114 of the account."""
    custom115: str | None = None
    """Custom field 115 of the account."""
    custom116: str | None = None
    """Custom field 116 of the account."""
    custom117: str | None = None
    """Custom field 117 of the account."""
    custom118: str | None = None
    """Custom field 118 of the account."""
    custom119: str | None = None
    """Custom field 119 of the account."""
    custom120: str | None = None
    """Custom field 120 of the account."""
    custom121: str | None = None
    """Custom field 121 of the account."""
    custom122: str | None = None
    """Custom field 122 of the account."""
    custom123: str | None = None
    """Custom field 123 of the account."""
    custom124: str | None = None
    """Custom field 124 of the account."""
    custom125: str | None = None
    """Custom field 125 of the account."""
    custom126: str | None = None
    """Custom field 126 of the account."""
    custom127: str | None = None
    """Custom field 127 of the account."""
    custom128: str | None = None
    """Custom field 128 of the account."""
    custom129: str | None = None
    """Custom field 129 of the account."""
    custom130: str | None = None
    """Custom field 130 of the account."""
    custom131: str | None = None
    """Custom field 131 of the account."""
    custom132: str | None = None
    """Custom field 132 of the account."""
    custom133: str | None = None
    """Custom field 133 of the account."""
    custom134: str | None = None
    """Custom field 134 of the account."""
    custom135: str | None = None
    """Custom field 135 of the account."""
    custom136: str | None = None
    """Custom field 136 of the account."""
    custom137: str | None = None
    """Custom field 137 of the account."""
    custom138: str | None = None
    """Custom field 138 of the account."""
    custom139: str | None = None
    """Custom field 139 of the account."""
    custom140: str | None = None
    """Custom field 140 of the account."""
    custom141: str | None = None
    """Custom field 141 of the account."""
    custom142: str | None = None
    """Custom field 142 of the account."""
    custom143: str | None = None
    """Custom field 143 of the account."""
    custom144: str | None = None
    """Custom field 144 of the account."""
    custom145: str | None = None
    """Custom field 145 of the account."""
    custom146: str | None = None
    """Custom field 146 of the account."""
    custom147: str | None = None
    """Custom field 147 of the account."""
    custom148: str | None = None
    """Custom field 148 of the account."""
    custom149: str | None = None
    """Custom field 149 of the account."""
    custom150: str | None = None
    """Custom field 150 of the account."""


class AccountUpdateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The account's owner."""


class AccountUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["account"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: AccountUpdateDataAttributes | None = None
    relationships: AccountUpdateDataRelationships | None = None


class AccountUpdate(BaseModel):
    """Request document to update a account. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: AccountUpdateData


class AuditAttributes(BaseModel):
    """Attributes of a audit. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    eventName: str | None = None
    """The audited event (e.g. "login"). Seen in the connector samples."""
    timestamp: datetime | None = None
    """When the event happened. Seen in the connector samples."""
    user: str | None = None
    """Email address of the user who caused the event. Seen in the connector samples."""
    userId: int | None = None
    """Id of the user who caused the event. Seen in the connector samples."""
    requestIp: str | None = None
    """IP address the request came from. Seen in the connector samples."""
    orgId: str | None = None
    """The organization's identifier (a string such as "org_123456"). Seen in the connector samples."""


class Audit(BaseModel):
    """A audit resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["audit"], Field(alias="type")]
    id: str | int
    attributes: AuditAttributes | None = None
    links: ResourceLinks | None = None


class AuditDocument(BaseModel):
    """Document holding one audit."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Audit
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class AuditListDocument(BaseModel):
    """One page of audit resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Audit]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class CallAttributes(BaseModel):
    """Attributes of a call. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    direction: Literal["inbound", "outbound"] | UnknownEnum | None = None
    """Call direction. Seen in the connector samples."""
    from_: Annotated[str | None, Field(alias="from")] = None
    """The phone number that placed the call. Seen in the connector samples."""
    to: str | None = None
    """The phone number that was called. Seen in the connector samples."""
    note: str | None = None
    """A custom note about the call. Seen in the connector samples."""
    outcome: str | None = None
    """The call's outcome (samples: "completed", "connected"; the API reference lists "Answered" and "Not Answered"). Seen in the connector samples."""
    state: str | None = None
    """The call's current state (sample: "completed"). Seen in the connector samples."""
    stateChangedAt: datetime | None = None
    """When the state last changed. Seen in the connector samples."""
    sequenceAction: str | None = None
    """The action to take on the associated sequence (sample: "advance"). Seen in the connector samples."""
    userCallType: str | None = None
    """The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples."""
    answeredAt: datetime | None = None
    """When the call was answered. Seen in the connector samples."""
    completedAt: datetime | None = None
    """When the call was completed. Seen in the connector samples."""
    dialedAt: datetime | None = None
    """When the call was dialed. Seen in the connector samples."""
    recordingUrl: str | None = None
    """URL of the call recording. Seen in the connector samples."""
    voicemailRecordingUrl: str | None = None
    """URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shouldRecordCall: bool | None = None
    """Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalVendor: str | None = None
    """The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tags for the call. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class CallDispositionToOne(BaseModel):
    """To-one relationship to a callDisposition: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionIdentifier | None
    links: RelationshipLinks | None = None


class CallPurposeToOne(BaseModel):
    """To-one relationship to a callPurpose: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeIdentifier | None
    links: RelationshipLinks | None = None


class ProspectToOne(BaseModel):
    """To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectIdentifier | None
    links: RelationshipLinks | None = None


class OpportunityToOne(BaseModel):
    """To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityIdentifier | None
    links: RelationshipLinks | None = None


class PhoneNumberToOne(BaseModel):
    """To-one relationship to a phoneNumber: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PhoneNumberIdentifier | None
    links: RelationshipLinks | None = None


class SequenceToOne(BaseModel):
    """To-one relationship to a sequence: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceIdentifier | None
    links: RelationshipLinks | None = None


class SequenceStateToOne(BaseModel):
    """To-one relationship to a sequenceState: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStateIdentifier | None
    links: RelationshipLinks | None = None


class SequenceStepToOne(BaseModel):
    """To-one relationship to a sequenceStep: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStepIdentifier | None
    links: RelationshipLinks | None = None


class TaskToOne(BaseModel):
    """To-one relationship to a task: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskIdentifier | None
    links: RelationshipLinks | None = None


class CallRelationships(BaseModel):
    """Relationships of a call, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    callDisposition: CallDispositionToOne | None = None
    """The call's disposition."""
    callPurpose: CallPurposeToOne | None = None
    """The call's purpose."""
    prospect: ProspectToOne | None = None
    """The prospect called."""
    user: UserToOne | None = None
    """The user who made the call."""
    opportunity: OpportunityToOne | None = None
    """The associated opportunity."""
    phoneNumber: PhoneNumberToOne | None = None
    """The prospect's phone number used."""
    sequence: SequenceToOne | None = None
    """The associated sequence."""
    sequenceState: SequenceStateToOne | None = None
    """The associated sequence state."""
    sequenceStep: SequenceStepToOne | None = None
    """The associated sequence step."""
    task: TaskToOne | None = None
    """The associated task."""


class Call(BaseModel):
    """A call resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["call"], Field(alias="type")]
    id: int
    attributes: CallAttributes | None = None
    relationships: CallRelationships | None = None
    """Relationships of a call, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class CallDocument(BaseModel):
    """Document holding one call."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Call
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class CallCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    direction: Literal["inbound", "outbound"] | UnknownEnum | None = None
    """Call direction. Seen in the connector samples."""
    from_: Annotated[str | None, Field(alias="from")] = None
    """The phone number that placed the call. Seen in the connector samples."""
    to: str | None = None
    """The phone number that was called. Seen in the connector samples."""
    note: str | None = None
    """A custom note about the call. Seen in the connector samples."""
    outcome: str | None = None
    """The call's outcome (samples: "completed", "connected"; the API reference lists "Answered" and "Not Answered"). Seen in the connector samples."""
    answeredAt: datetime | None = None
    """When the call was answered. Seen in the connector samples."""
    completedAt: datetime | None = None
    """When the call was completed. Seen in the connector samples."""
    dialedAt: datetime | None = None
    """When the call was dialed. Seen in the connector samples."""
    recordingUrl: str | None = None
    """URL of the call recording. Seen in the connector samples."""
    sequenceAction: str | None = None
    """The action to take on the associated sequence (sample: "advance"). Seen in the connector samples."""
    state: str | None = None
    """The call's current state (sample: "completed"). Seen in the connector samples."""
    tags: list[str] | None = None
    """Tags for the call. Seen in the connector samples."""
    userCallType: str | None = None
    """The type of call placed within the Outreach client (sample: "outbound"). Seen in the connector samples."""
    voicemailRecordingUrl: str | None = None
    """URL of the voicemail recording. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shouldRecordCall: bool | None = None
    """Whether the call should be recorded. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalVendor: str | None = None
    """The call service provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    callDisposition: CallDispositionToOne | None = None
    """The call's disposition."""
    callPurpose: CallPurposeToOne | None = None
    """The call's purpose."""
    prospect: ProspectToOne | None = None
    """The prospect called."""
    user: UserToOne | None = None
    """The user who made the call."""
    opportunity: OpportunityToOne | None = None
    """The associated opportunity."""
    phoneNumber: PhoneNumberToOne | None = None
    """The prospect's phone number used."""
    task: TaskToOne | None = None
    """The associated task."""


class CallCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["call"], Field(alias="type")]
    attributes: CallCreateDataAttributes | None = None
    relationships: CallCreateDataRelationships | None = None


class CallCreate(BaseModel):
    """Request document to create a call."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallCreateData


class CallDispositionAttributes(BaseModel):
    """Attributes of a callDisposition. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class CallToMany(BaseModel):
    """To-many relationship to call resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[CallIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: CallToManyMeta | None = None


class CallDispositionRelationships(BaseModel):
    """Relationships of a callDisposition, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the disposition."""
    calls: CallToMany | None = None
    """Calls with this disposition."""


class CallDisposition(BaseModel):
    """A callDisposition resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int
    attributes: CallDispositionAttributes | None = None
    relationships: CallDispositionRelationships | None = None
    """Relationships of a callDisposition, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class CallDispositionDocument(BaseModel):
    """Document holding one callDisposition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDisposition
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class CallDispositionListDocument(BaseModel):
    """One page of callDisposition resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[CallDisposition]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class CallDispositionCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallDispositionCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    attributes: CallDispositionCreateDataAttributes


class CallDispositionCreate(BaseModel):
    """Request document to create a callDisposition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionCreateData


class CallDispositionUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The disposition's name (e.g. "Interested"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    outcome: str | None = None
    """The outcome the disposition implies (connector samples: "positive", "completed"; the API reference lists "Answered" and "Not Answered"). Seen as a connector input field."""
    defaultForOutboundVoicemail: bool | None = None
    """Whether this is the default disposition for outbound voicemails. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallDispositionUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callDisposition"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: CallDispositionUpdateDataAttributes | None = None


class CallDispositionUpdate(BaseModel):
    """Request document to update a callDisposition. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallDispositionUpdateData


class CallPurposeAttributes(BaseModel):
    """Attributes of a callPurpose. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class CallPurposeRelationships(BaseModel):
    """Relationships of a callPurpose, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the purpose."""
    calls: CallToMany | None = None
    """Calls with this purpose."""


class CallPurpose(BaseModel):
    """A callPurpose resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int
    attributes: CallPurposeAttributes | None = None
    relationships: CallPurposeRelationships | None = None
    """Relationships of a callPurpose, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class CallPurposeDocument(BaseModel):
    """Document holding one callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurpose
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class CallPurposeListDocument(BaseModel):
    """One page of callPurpose resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[CallPurpose]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class CallPurposeCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""


class CallPurposeCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    attributes: CallPurposeCreateDataAttributes


class CallPurposeCreate(BaseModel):
    """Request document to create a callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeCreateData


class CallPurposeUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The purpose's name (e.g. "Follow-up"). Seen as a connector input field."""
    order: int | None = None
    """Display order. Seen as a connector input field."""


class CallPurposeUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["callPurpose"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: CallPurposeUpdateDataAttributes | None = None


class CallPurposeUpdate(BaseModel):
    """Request document to update a callPurpose. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurposeUpdateData


class ComplianceRequestAttributesPii(BaseModel):
    """Personal information identifying the subject of the request. Seen in the connector samples."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None


class ComplianceRequestAttributes(BaseModel):
    """Attributes of a complianceRequest. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    batchComplianceRequestUuid: str | None = None
    """UUID shared by the compliance requests created by one submission. Seen in the connector samples."""
    requestType: str | None = None
    """The request's type as returned (sample: "delete"). Seen in the connector samples."""
    objectType: str | None = None
    """The type of object the request is about (sample: "prospect"). Seen in the connector samples."""
    pii: ComplianceRequestAttributesPii | None = None
    """Personal information identifying the subject of the request. Seen in the connector samples."""
    state: str | None = None
    """Processing state (sample: "completed"). Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class ComplianceRequestRelationships(BaseModel):
    """Relationships of a complianceRequest, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    requester: UserToOne | None = None
    """The user who submitted the request."""


class ComplianceRequest(BaseModel):
    """A complianceRequest resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["complianceRequest"], Field(alias="type")]
    id: int
    attributes: ComplianceRequestAttributes | None = None
    relationships: ComplianceRequestRelationships | None = None
    """Relationships of a complianceRequest, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class ComplianceRequestDocument(BaseModel):
    """Document holding one complianceRequest."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ComplianceRequest
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class ComplianceRequestListDocument(BaseModel):
    """One page of complianceRequest resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ComplianceRequest]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class EventAttributes(BaseModel):
    """Attributes of a event. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The event's name (e.g. "prospect_created"). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    body: str | None = None
    """The event body (for external events only). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    eventAt: datetime | None = None
    """When the event happened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    externalUrl: str | None = None
    """The external URL associated with the event. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    payload: dict[str, Any] | None = None
    """The event's payload. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestCity: str | None = None
    """City where the request that caused the event originated. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestDevice: str | None = None
    """Device type of the request. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestHost: str | None = None
    """Host name of the request. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestProxied: bool | None = None
    """Whether the request was proxied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    requestRegion: str | None = None
    """Region where the request originated. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailingToOne(BaseModel):
    """To-one relationship to a mailing: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailingIdentifier | None
    links: RelationshipLinks | None = None


class EventRelationships(BaseModel):
    """Relationships of a event, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailing: MailingToOne | None = None
    """The related mailing."""
    prospect: ProspectToOne | None = None
    """The related prospect."""
    user: UserToOne | None = None
    """The user associated with the event."""


class Event(BaseModel):
    """A event resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["event"], Field(alias="type")]
    id: int
    attributes: EventAttributes | None = None
    relationships: EventRelationships | None = None
    """Relationships of a event, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class EventDocument(BaseModel):
    """Document holding one event."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Event
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class EventListDocument(BaseModel):
    """One page of event resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Event]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class MailAliasAttributes(BaseModel):
    """Attributes of a mailAlias. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The alias email address. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    canSend: bool | None = None
    """Whether the alias can send email. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailboxToOne(BaseModel):
    """To-one relationship to a mailbox: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailboxIdentifier | None
    links: RelationshipLinks | None = None


class MailAliasRelationships(BaseModel):
    """Relationships of a mailAlias, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the alias belongs to."""


class MailAlias(BaseModel):
    """A mailAlias resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailAlias"], Field(alias="type")]
    id: int
    attributes: MailAliasAttributes | None = None
    relationships: MailAliasRelationships | None = None
    """Relationships of a mailAlias, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class MailAliasDocument(BaseModel):
    """Document holding one mailAlias."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailAlias
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class MailAliasListDocument(BaseModel):
    """One page of mailAlias resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[MailAlias]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class MailboxAttributes(BaseModel):
    """Attributes of a mailbox. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The mailbox's email address. Seen as a connector input field."""
    emailProvider: str | None = None
    """The email provider (connector sample filter: "Gmail"). Seen as a connector input field."""
    emailSignature: str | None = None
    """Default signature, in HTML. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    username: str | None = None
    """Username for the email provider. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    userId: int | None = None
    """Id of the owning user. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    providerType: str | None = None
    """The provider type. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sendDisabled: bool | None = None
    """Whether sending is disabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    syncDisabled: bool | None = None
    """Whether syncing is disabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sendMethod: str | None = None
    """How email is sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    syncMethod: str | None = None
    """How email is synced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    maxEmailsPerDay: int | None = None
    """Daily sending limit. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    maxMailingsPerDay: int | None = None
    """Daily mailing limit. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen as a connector input field."""


class MailAliasToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class MailAliasToMany(BaseModel):
    """To-many relationship to mailAlias resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[MailAliasIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: MailAliasToManyMeta | None = None


class MailboxRelationships(BaseModel):
    """Relationships of a mailbox, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user: UserToOne | None = None
    """The user who owns the mailbox."""
    creator: UserToOne | None = None
    """The user who created the mailbox."""
    updater: UserToOne | None = None
    """The user who last updated the mailbox."""
    mailAliases: MailAliasToMany | None = None
    """Aliases of this mailbox."""


class Mailbox(BaseModel):
    """A mailbox resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailbox"], Field(alias="type")]
    id: int
    attributes: MailboxAttributes | None = None
    relationships: MailboxRelationships | None = None
    """Relationships of a mailbox, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class MailboxDocument(BaseModel):
    """Document holding one mailbox."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Mailbox
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class MailboxListDocument(BaseModel):
    """One page of mailbox resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Mailbox]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class MailingAttributes(BaseModel):
    """Attributes of a mailing. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    subject: str | None = None
    """The subject line. Seen in the connector samples."""
    bodyHtml: str | None = None
    """The email body, in HTML. Seen in the connector samples."""
    bodyText: str | None = None
    """The email body as plain text. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    mailingType: str | None = None
    """What kind of mailing this is (sample: "sequence"; values: sequence, single, campaign). Seen in the connector samples."""
    state: str | None = None
    """The mailing's state (samples: "delivered", "opened"; known values: bounced, delivered, delivering, drafted, failed, opened, placeholder, queued, replied, scheduled). Seen in the connector samples."""
    openCount: int | None = None
    """Times the mailing was opened. Seen in the connector samples."""
    clickCount: int | None = None
    """Times links in the mailing were clicked. Seen in the connector samples."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the mailing is scheduled to be sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    deliveredAt: datetime | None = None
    """When the mailing was delivered. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openedAt: datetime | None = None
    """When the mailing was first opened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickedAt: datetime | None = None
    """When a link was last clicked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    repliedAt: datetime | None = None
    """When the prospect replied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bouncedAt: datetime | None = None
    """When the mailing bounced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    errorReason: str | None = None
    """Why delivery failed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    messageId: str | None = None
    """The MIME Message-ID. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TemplateToOne(BaseModel):
    """To-one relationship to a template: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TemplateIdentifier | None
    links: RelationshipLinks | None = None


class MailingRelationships(BaseModel):
    """Relationships of a mailing, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the mailing is sent from."""
    prospect: ProspectToOne | None = None
    """The recipient prospect."""
    sequence: SequenceToOne | None = None
    """The sequence the mailing belongs to."""
    sequenceState: SequenceStateToOne | None = None
    """The sequence state that produced the mailing."""
    sequenceStep: SequenceStepToOne | None = None
    """The sequence step that produced the mailing."""
    template: TemplateToOne | None = None
    """The template used."""
    task: TaskToOne | None = None
    """The related task."""


class Mailing(BaseModel):
    """A mailing resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    id: int
    attributes: MailingAttributes | None = None
    relationships: MailingRelationships | None = None
    """Relationships of a mailing, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class MailingDocument(BaseModel):
    """Document holding one mailing."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Mailing
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class MailingListDocument(BaseModel):
    """One page of mailing resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Mailing]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class MailingCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    subject: str | None = None
    """The subject line. Seen in the connector samples."""
    bodyHtml: str | None = None
    """The email body, in HTML. Seen in the connector samples."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the mailing is scheduled to be sent. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class MailingCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The mailbox the mailing is sent from."""
    prospect: ProspectToOne | None = None
    """The recipient prospect."""
    sequence: SequenceToOne | None = None
    """The sequence the mailing belongs to."""
    template: TemplateToOne | None = None
    """The template used."""


class MailingCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["mailing"], Field(alias="type")]
    attributes: MailingCreateDataAttributes | None = None
    relationships: MailingCreateDataRelationships | None = None


class MailingCreate(BaseModel):
    """Request document to create a mailing."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: MailingCreateData


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


class AccountToOne(BaseModel):
    """To-one relationship to a account: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: AccountIdentifier | None
    links: RelationshipLinks | None = None


class OpportunityStageToOne(BaseModel):
    """To-one relationship to a opportunityStage: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageIdentifier | None
    links: RelationshipLinks | None = None


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


class OpportunityDocument(BaseModel):
    """Document holding one opportunity."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Opportunity
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class OpportunityListDocument(BaseModel):
    """One page of opportunity resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Opportunity]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class OpportunityCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
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


class OpportunityCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    account: AccountToOne | None = None
    """The account the opportunity is for."""
    owner: UserToOne | None = None
    """The opportunity's owner."""
    stage: OpportunityStageToOne | None = None
    """The opportunity's stage. The connector DDL shows it as the stage name (e.g. "Proposal")."""
    prospects: ProspectToMany | None = None
    """Prospects associated with the opportunity."""


class OpportunityCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunity"], Field(alias="type")]
    attributes: OpportunityCreateDataAttributes
    relationships: OpportunityCreateDataRelationships | None = None


class OpportunityCreate(BaseModel):
    """Request document to create a opportunity."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityCreateData


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


class OpportunityProspectRoleDocument(BaseModel):
    """Document holding one opportunityProspectRole."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityProspectRole
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class OpportunityProspectRoleListDocument(BaseModel):
    """One page of opportunityProspectRole resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[OpportunityProspectRole]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


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


class OpportunityStageAttributes(BaseModel):
    """Attributes of a opportunityStage. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class OpportunityToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class OpportunityToMany(BaseModel):
    """To-many relationship to opportunity resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[OpportunityIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: OpportunityToManyMeta | None = None


class OpportunityStageRelationships(BaseModel):
    """Relationships of a opportunityStage, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the stage."""
    opportunities: OpportunityToMany | None = None
    """Opportunities in this stage."""


class OpportunityStage(BaseModel):
    """A opportunityStage resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int
    attributes: OpportunityStageAttributes | None = None
    relationships: OpportunityStageRelationships | None = None
    """Relationships of a opportunityStage, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class OpportunityStageDocument(BaseModel):
    """Document holding one opportunityStage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStage
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class OpportunityStageListDocument(BaseModel):
    """One page of opportunityStage resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[OpportunityStage]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class OpportunityStageCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityStageCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    attributes: OpportunityStageCreateDataAttributes


class OpportunityStageCreate(BaseModel):
    """Request document to create a opportunityStage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageCreateData


class OpportunityStageUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    isClosed: bool | None = None
    """Whether the stage closes the opportunity. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class OpportunityStageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["opportunityStage"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: OpportunityStageUpdateDataAttributes | None = None


class OpportunityStageUpdate(BaseModel):
    """Request document to update a opportunityStage. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OpportunityStageUpdateData


class PhoneNumberAttributes(BaseModel):
    """Attributes of a phoneNumber. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    number: str | None = None
    """The phone number as entered (e.g. "+1 (555) 123-4567"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    phoneType: str | None = None
    """The kind of number: mobile, work, home, voip or other. The connector DDL shows this as "type", a name JSON:API reserves for the resource type. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    countryCode: str | None = None
    """ISO country code of the number. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    extension: str | None = None
    """Extension, if any. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    order: int | None = None
    """Ordering of the number among the prospect's numbers. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class PhoneNumberRelationships(BaseModel):
    """Relationships of a phoneNumber, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne | None = None
    """The prospect the number belongs to."""


class PhoneNumber(BaseModel):
    """A phoneNumber resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["phoneNumber"], Field(alias="type")]
    id: int
    attributes: PhoneNumberAttributes | None = None
    relationships: PhoneNumberRelationships | None = None
    """Relationships of a phoneNumber, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class PhoneNumberDocument(BaseModel):
    """Document holding one phoneNumber."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PhoneNumber
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class PhoneNumberListDocument(BaseModel):
    """One page of phoneNumber resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[PhoneNumber]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


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


class StageToOne(BaseModel):
    """To-one relationship to a stage: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageIdentifier | None
    links: RelationshipLinks | None = None


class PhoneNumberToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class PhoneNumberToMany(BaseModel):
    """To-many relationship to phoneNumber resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[PhoneNumberIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: PhoneNumberToManyMeta | None = None


class SequenceStateToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class SequenceStateToMany(BaseModel):
    """To-many relationship to sequenceState resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceStateIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: SequenceStateToManyMeta | None = None


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


class ProspectDocument(BaseModel):
    """Document holding one prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Prospect
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class ProspectListDocument(BaseModel):
    """One page of prospect resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Prospect]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


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


class RecipientAttributes(BaseModel):
    """Attributes of a recipient. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    value: str | None = None
    """The recipient address (e.g. an email address). Seen in the connector samples."""
    recipientType: str | None = None
    """The kind of recipient (sample: "email"). Seen in the connector samples."""
    emailHash: str | None = None
    """Hash of the email address. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class Recipient(BaseModel):
    """A recipient resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["recipient"], Field(alias="type")]
    id: int
    attributes: RecipientAttributes | None = None
    links: ResourceLinks | None = None


class RecipientDocument(BaseModel):
    """Document holding one recipient."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Recipient
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class RecipientListDocument(BaseModel):
    """One page of recipient resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Recipient]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class SequenceAttributes(BaseModel):
    """Attributes of a sequence. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The sequence's name. Seen as a connector input field."""
    description: str | None = None
    """A description of the sequence. Seen as a connector input field."""
    enabled: bool | None = None
    """Whether the sequence is enabled. Seen as a connector input field."""
    enabledAt: datetime | None = None
    """When the sequence was last enabled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locked: bool | None = None
    """Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sequenceType: str | None = None
    """How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. Seen as a connector input field."""
    createdAt: datetime | None = None
    """When the record was created. Seen as a connector input field."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen as a connector input field."""


class SequenceStepToManyMeta(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    count: int | None = None


class SequenceStepToMany(BaseModel):
    """To-many relationship to sequenceStep resources: {data: [{type, id}, ...]}. Responses often carry only links.related."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceStepIdentifier] | None = None
    links: RelationshipLinks | None = None
    meta: SequenceStepToManyMeta | None = None


class SequenceRelationships(BaseModel):
    """Relationships of a sequence, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The sequence's owner."""
    creator: UserToOne | None = None
    """The user who created the sequence."""
    updater: UserToOne | None = None
    """The user who last updated the sequence."""
    sequenceSteps: SequenceStepToMany | None = None
    """The sequence's steps."""
    sequenceStates: SequenceStateToMany | None = None
    """Prospects' states in the sequence."""


class Sequence(BaseModel):
    """A sequence resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    id: int
    attributes: SequenceAttributes | None = None
    relationships: SequenceRelationships | None = None
    """Relationships of a sequence, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class SequenceDocument(BaseModel):
    """Document holding one sequence."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Sequence
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class SequenceListDocument(BaseModel):
    """One page of sequence resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Sequence]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class SequenceCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The sequence's name. Seen as a connector input field."""
    description: str | None = None
    """A description of the sequence. Seen as a connector input field."""
    enabled: bool | None = None
    """Whether the sequence is enabled. Seen as a connector input field."""
    locked: bool | None = None
    """Whether the sequence is locked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    sequenceType: str | None = None
    """How steps are scheduled: "interval" or "date". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. Seen as a connector input field."""


class SequenceCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The sequence's owner."""


class SequenceCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequence"], Field(alias="type")]
    attributes: SequenceCreateDataAttributes
    relationships: SequenceCreateDataRelationships | None = None


class SequenceCreate(BaseModel):
    """Request document to create a sequence."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceCreateData


class SequenceStateAttributes(BaseModel):
    """Attributes of a sequenceState. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    state: str | None = None
    """The prospect's state in the sequence (sample: "active"; others include pending, paused, finished, failed, bounced, disabled, opted_out). Seen in the connector samples."""
    activeAt: datetime | None = None
    """When the sequence state became active. Seen in the connector samples."""
    stateChangedAt: datetime | None = None
    """When the state last changed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    pauseReason: str | None = None
    """Why the sequence state is paused. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    errorReason: str | None = None
    """Why the sequence state failed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    repliedAt: datetime | None = None
    """When the prospect replied. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openCount: int | None = None
    """Mailings opened. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickCount: int | None = None
    """Links clicked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    replyCount: int | None = None
    """Replies received. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    deliverCount: int | None = None
    """Mailings delivered. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bounceCount: int | None = None
    """Mailings bounced. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class SequenceStateRelationships(BaseModel):
    """Relationships of a sequenceState, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne | None = None
    """The enrolled prospect."""
    sequence: SequenceToOne | None = None
    """The sequence."""
    mailbox: MailboxToOne | None = None
    """The mailbox sequence emails are sent from."""
    sequenceStep: SequenceStepToOne | None = None
    """The current step."""
    account: AccountToOne | None = None
    """The prospect's account."""
    creator: UserToOne | None = None
    """The user who enrolled the prospect."""


class SequenceState(BaseModel):
    """A sequenceState resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceState"], Field(alias="type")]
    id: int
    attributes: SequenceStateAttributes | None = None
    relationships: SequenceStateRelationships | None = None
    """Relationships of a sequenceState, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class SequenceStateDocument(BaseModel):
    """Document holding one sequenceState."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceState
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class SequenceStateListDocument(BaseModel):
    """One page of sequenceState resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceState]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class SequenceStateCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect: ProspectToOne
    """The enrolled prospect."""
    sequence: SequenceToOne
    """The sequence."""
    mailbox: MailboxToOne
    """The mailbox sequence emails are sent from."""


class SequenceStateCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceState"], Field(alias="type")]
    relationships: SequenceStateCreateDataRelationships


class SequenceStateCreate(BaseModel):
    """Request document to create a sequenceState."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStateCreateData


class SequenceStepAttributes(BaseModel):
    """Attributes of a sequenceStep. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    stepType: str | None = None
    """The step's type (DDL sample: "email", "call"; the API reference lists auto_email, manual_email, call, task). Seen only in the connector's DDL (drop-down) output, which the connector reshapes; not confirmed as an API attribute."""
    order: int | None = None
    """Position of the step in the sequence, starting at 1. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    displayName: str | None = None
    """Display name of the step. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    interval: int | None = None
    """Wait before the step, in minutes (interval sequences). From knowledge of the public Outreach API v2 (not in the connector samples)."""
    taskNote: str | None = None
    """Note for the task the step creates. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    updatedAt: datetime | None = None
    """When the record was last updated. Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""


class SequenceStepRelationships(BaseModel):
    """Relationships of a sequenceStep, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    sequence: SequenceToOne | None = None
    """The sequence the step belongs to."""
    creator: UserToOne | None = None
    """The user who created the step."""
    updater: UserToOne | None = None
    """The user who last updated the step."""


class SequenceStep(BaseModel):
    """A sequenceStep resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["sequenceStep"], Field(alias="type")]
    id: int
    attributes: SequenceStepAttributes | None = None
    relationships: SequenceStepRelationships | None = None
    """Relationships of a sequenceStep, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class SequenceStepDocument(BaseModel):
    """Document holding one sequenceStep."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: SequenceStep
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class SequenceStepListDocument(BaseModel):
    """One page of sequenceStep resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[SequenceStep]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class StageAttributes(BaseModel):
    """Attributes of a stage. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""
    createdAt: datetime | None = None
    """When the record was created. Seen in the connector samples."""
    updatedAt: datetime | None = None
    """When the record was last updated. Seen in the connector samples."""


class StageRelationships(BaseModel):
    """Relationships of a stage, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: UserToOne | None = None
    """The user who created the stage."""
    updater: UserToOne | None = None
    """The user who last updated the stage."""
    prospects: ProspectToMany | None = None
    """Prospects in this stage."""


class Stage(BaseModel):
    """A stage resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int
    attributes: StageAttributes | None = None
    relationships: StageRelationships | None = None
    """Relationships of a stage, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class StageDocument(BaseModel):
    """Document holding one stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Stage
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class StageListDocument(BaseModel):
    """One page of stage resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Stage]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class StageCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""


class StageCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    attributes: StageCreateDataAttributes


class StageCreate(BaseModel):
    """Request document to create a stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageCreateData


class StageUpdateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name. Seen in the connector samples."""
    color: str | None = None
    """The stage's color, as a hex value (e.g. "#4CAF50"). Seen in the connector samples."""
    order: int | None = None
    """Display order. Seen in the connector samples."""


class StageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stage"], Field(alias="type")]
    id: int
    """Must equal the id in the path."""
    attributes: StageUpdateDataAttributes | None = None


class StageUpdate(BaseModel):
    """Request document to update a stage. Send only the members to change (PATCH semantics)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageUpdateData


class TaskAttributes(BaseModel):
    """Attributes of a task. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    action: str | None = None
    """What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples."""
    dueAt: datetime | None = None
    """When the task is due. Seen in the connector samples."""
    note: str | None = None
    """A note for the task. Seen in the connector samples."""
    state: str | None = None
    """The task's state (sample: "incomplete"; also complete, pending). Seen in the connector samples."""
    taskType: str | None = None
    """The task's type (samples: "follow_up", "demo"). Seen in the connector samples."""
    completed: bool | None = None
    """Whether the task is completed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    completedAt: datetime | None = None
    """When the task was completed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    scheduledAt: datetime | None = None
    """When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    autoskipAt: datetime | None = None
    """When the task will be skipped automatically. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    stateChangedAt: datetime | None = None
    """When the state last changed. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class ProspectOrAccountToOne(BaseModel):
    """To-one relationship to a prospect or account: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectIdentifier | AccountIdentifier | None
    links: RelationshipLinks | None = None


class TaskPriorityToOne(BaseModel):
    """To-one relationship to a taskPriority: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskPriorityIdentifier | None
    links: RelationshipLinks | None = None


class CallToOne(BaseModel):
    """To-one relationship to a call: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallIdentifier | None
    links: RelationshipLinks | None = None


class TaskRelationships(BaseModel):
    """Relationships of a task, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The user who owns the task."""
    prospect: ProspectToOne | None = None
    """The prospect the task is about."""
    subject: ProspectOrAccountToOne | None = None
    """The record the task is about (prospect or account); the connector sets prospect."""
    account: AccountToOne | None = None
    """The related account."""
    opportunity: OpportunityToOne | None = None
    """The related opportunity."""
    taskPriority: TaskPriorityToOne | None = None
    """The task's priority."""
    call: CallToOne | None = None
    """The call that completed the task."""
    mailing: MailingToOne | None = None
    """The mailing the task produced."""
    sequence: SequenceToOne | None = None
    """The sequence that created the task."""
    sequenceState: SequenceStateToOne | None = None
    """The sequence state that created the task."""
    sequenceStep: SequenceStepToOne | None = None
    """The sequence step that created the task."""
    template: TemplateToOne | None = None
    """The template for email tasks."""
    creator: UserToOne | None = None
    """The user who created the task."""
    completer: UserToOne | None = None
    """The user who completed the task."""


class Task(BaseModel):
    """A task resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    id: int
    attributes: TaskAttributes | None = None
    relationships: TaskRelationships | None = None
    """Relationships of a task, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class TaskDocument(BaseModel):
    """Document holding one task."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Task
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class TaskListDocument(BaseModel):
    """One page of task resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Task]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class TaskCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    action: str
    """What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples."""
    dueAt: datetime
    """When the task is due. Seen in the connector samples."""
    note: str | None = None
    """A note for the task. Seen in the connector samples."""
    taskType: str | None = None
    """The task's type (samples: "follow_up", "demo"). Seen in the connector samples."""
    scheduledAt: datetime | None = None
    """When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TaskCreateDataRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne
    """The user who owns the task."""
    prospect: ProspectToOne | None = None
    """The prospect the task is about."""
    subject: ProspectOrAccountToOne | None = None
    """The record the task is about (prospect or account); the connector sets prospect."""
    opportunity: OpportunityToOne | None = None
    """The related opportunity."""
    taskPriority: TaskPriorityToOne | None = None
    """The task's priority."""


class TaskCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["task"], Field(alias="type")]
    attributes: TaskCreateDataAttributes
    relationships: TaskCreateDataRelationships


class TaskCreate(BaseModel):
    """Request document to create a task."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskCreateData


class TaskPriorityAttributes(BaseModel):
    """Attributes of a taskPriority. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The priority's name (e.g. "High"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    color: str | None = None
    """The priority's color (e.g. "red"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge)."""
    weight: int | None = None
    """Relative weight; higher is more important. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TaskPriority(BaseModel):
    """A taskPriority resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["taskPriority"], Field(alias="type")]
    id: int
    attributes: TaskPriorityAttributes | None = None
    links: ResourceLinks | None = None


class TaskPriorityDocument(BaseModel):
    """Document holding one taskPriority."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: TaskPriority
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class TaskPriorityListDocument(BaseModel):
    """One page of taskPriority resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[TaskPriority]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class TemplateAttributes(BaseModel):
    """Attributes of a template. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The template's name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    subject: str | None = None
    """The email subject. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bodyHtml: str | None = None
    """The email body, in HTML. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bodyText: str | None = None
    """The email body as plain text. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    archived: bool | None = None
    """Whether the template is archived. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    shareType: str | None = None
    """Sharing: "private", "read_only" or "shared". From knowledge of the public Outreach API v2 (not in the connector samples)."""
    tags: list[str] | None = None
    """Tag values. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackLinks: bool | None = None
    """Whether link clicks are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    trackOpens: bool | None = None
    """Whether opens are tracked. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    toRecipients: list[str] | None = None
    """Default To recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    ccRecipients: list[str] | None = None
    """Default Cc recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    bccRecipients: list[str] | None = None
    """Default Bcc recipients. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    openCount: int | None = None
    """Opens of mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    clickCount: int | None = None
    """Clicks in mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    replyCount: int | None = None
    """Replies to mailings sent from the template. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastUsedAt: datetime | None = None
    """When the template was last used. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class TemplateRelationships(BaseModel):
    """Relationships of a template, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    owner: UserToOne | None = None
    """The template's owner."""
    creator: UserToOne | None = None
    """The user who created the template."""
    updater: UserToOne | None = None
    """The user who last updated the template."""


class Template(BaseModel):
    """A template resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["template"], Field(alias="type")]
    id: int
    attributes: TemplateAttributes | None = None
    relationships: TemplateRelationships | None = None
    """Relationships of a template, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class TemplateDocument(BaseModel):
    """Document holding one template."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Template
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class TemplateListDocument(BaseModel):
    """One page of template resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Template]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class UserAttributes(BaseModel):
    """Attributes of a user. Server-set attributes are readOnly."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The user's email address. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    firstName: str | None = None
    """First name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastName: str | None = None
    """Last name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    name: str | None = None
    """Full name. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    username: str | None = None
    """Username. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    title: str | None = None
    """Job title. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    locked: bool | None = None
    """Whether the user is locked out. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    currentSignInAt: datetime | None = None
    """When the current session began. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    lastSignInAt: datetime | None = None
    """When the user last signed in. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    createdAt: datetime | None = None
    """When the record was created. From knowledge of the public Outreach API v2 (not in the connector samples)."""
    updatedAt: datetime | None = None
    """When the record was last updated. From knowledge of the public Outreach API v2 (not in the connector samples)."""


class UserRelationships(BaseModel):
    """Relationships of a user, as JSON:API linkage objects."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    mailbox: MailboxToOne | None = None
    """The user's default mailbox."""
    creator: UserToOne | None = None
    """The user who created this user."""
    updater: UserToOne | None = None
    """The user who last updated this user."""


class User(BaseModel):
    """A user resource object (JSON:API)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["user"], Field(alias="type")]
    id: int
    attributes: UserAttributes | None = None
    relationships: UserRelationships | None = None
    """Relationships of a user, as JSON:API linkage objects."""
    links: ResourceLinks | None = None


class UserDocument(BaseModel):
    """Document holding one user."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: User
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None


class UserListDocument(BaseModel):
    """One page of user resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[User]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None


class ComplianceRequestCreateDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    requester_email: str
    """Email of the Outreach user making the request."""
    request_type: str
    """What to do with the data, e.g. "Delete" (sample). Export requests also exist."""
    object_type: str
    """The kind of record concerned, e.g. "Prospect" (sample) or "Recipient"."""
    request_object_email: str
    """Email address identifying the data subject."""


class ComplianceRequestCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["complianceRequest"], Field(alias="type")]
    attributes: ComplianceRequestCreateDataAttributes


class ComplianceRequestCreate(BaseModel):
    """Request document to create a compliance request. Unlike the rest of this camelCase API, these write attributes are snake_case; the response returns camelCase (requestType, objectType, pii). The connector takes the four attributes flat and wraps them."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ComplianceRequestCreateData


class AccountUpdateParam(TypedDict, total=False):
    """``AccountUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[AccountUpdateData | AccountUpdateDataParam]


class CallDispositionUpdateParam(TypedDict, total=False):
    """``CallDispositionUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallDispositionUpdateData | CallDispositionUpdateDataParam]


class CallPurposeUpdateParam(TypedDict, total=False):
    """``CallPurposeUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallPurposeUpdateData | CallPurposeUpdateDataParam]


class CallCreateParam(TypedDict, total=False):
    """``CallCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[CallCreateData | CallCreateDataParam]


class MailingCreateParam(TypedDict, total=False):
    """``MailingCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[MailingCreateData | MailingCreateDataParam]


class OpportunityUpdateParam(TypedDict, total=False):
    """``OpportunityUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityUpdateData | OpportunityUpdateDataParam]


class OpportunityProspectRoleUpdateParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityProspectRoleUpdateData | OpportunityProspectRoleUpdateDataParam]


class OpportunityStageUpdateParam(TypedDict, total=False):
    """``OpportunityStageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityStageUpdateData | OpportunityStageUpdateDataParam]


class ProspectCreateParam(TypedDict, total=False):
    """``ProspectCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectCreateData | ProspectCreateDataParam]


class StageUpdateParam(TypedDict, total=False):
    """``StageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[StageUpdateData | StageUpdateDataParam]


class ProspectOrAccountToOneParam(TypedDict, total=False):
    """``ProspectOrAccountToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[
        ProspectIdentifier
        | ProspectIdentifierParam
        | AccountIdentifier
        | AccountIdentifierParam
        | None
    ]
    links: RelationshipLinks | RelationshipLinksParam | None


class AccountUpdateDataParam(TypedDict, total=False):
    """``AccountUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["account"]]
    id: Required[int]
    attributes: AccountUpdateDataAttributes | AccountUpdateDataAttributesParam | None
    relationships: AccountUpdateDataRelationships | AccountUpdateDataRelationshipsParam | None


class CallDispositionUpdateDataParam(TypedDict, total=False):
    """``CallDispositionUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callDisposition"]]
    id: Required[int]
    attributes: (
        CallDispositionUpdateDataAttributes | CallDispositionUpdateDataAttributesParam | None
    )


class CallPurposeUpdateDataParam(TypedDict, total=False):
    """``CallPurposeUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callPurpose"]]
    id: Required[int]
    attributes: CallPurposeUpdateDataAttributes | CallPurposeUpdateDataAttributesParam | None


class CallCreateDataParam(TypedDict, total=False):
    """``CallCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["call"]]
    attributes: CallCreateDataAttributes | None
    relationships: CallCreateDataRelationships | CallCreateDataRelationshipsParam | None


class MailingCreateDataParam(TypedDict, total=False):
    """``MailingCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["mailing"]]
    attributes: MailingCreateDataAttributes | MailingCreateDataAttributesParam | None
    relationships: MailingCreateDataRelationships | MailingCreateDataRelationshipsParam | None


class OpportunityUpdateDataParam(TypedDict, total=False):
    """``OpportunityUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunity"]]
    id: Required[int]
    attributes: OpportunityUpdateDataAttributes | OpportunityUpdateDataAttributesParam | None
    relationships: (
        OpportunityUpdateDataRelationships | OpportunityUpdateDataRelationshipsParam | None
    )


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


class OpportunityStageUpdateDataParam(TypedDict, total=False):
    """``OpportunityStageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunityStage"]]
    id: Required[int]
    attributes: (
        OpportunityStageUpdateDataAttributes | OpportunityStageUpdateDataAttributesParam | None
    )


class ProspectCreateDataParam(TypedDict, total=False):
    """``ProspectCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospect"]]
    attributes: ProspectCreateDataAttributes | ProspectCreateDataAttributesParam | None
    relationships: ProspectCreateDataRelationships | ProspectCreateDataRelationshipsParam | None


class StageUpdateDataParam(TypedDict, total=False):
    """``StageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stage"]]
    id: Required[int]
    attributes: StageUpdateDataAttributes | StageUpdateDataAttributesParam | None


class ProspectIdentifierParam(TypedDict, total=False):
    """``ProspectIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospect"]]
    id: Required[int]


class AccountIdentifierParam(TypedDict, total=False):
    """``AccountIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["account"]]
    id: Required[int]


class RelationshipLinksParam(TypedDict, total=False):
    """``RelationshipLinks`` as a dict: what an argument taking the model also takes."""

    related: str | None
    self: str | None


class AccountUpdateDataAttributesParam(TypedDict, total=False):
    """``AccountUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    domain: str | None
    description: str | None
    websiteUrl: str | None
    industry: str | None
    locality: str | None
    numberOfEmployees: int | None
    named: bool | None
    customId: str | None
    tags: list[str] | None
    custom1: str | None
    custom2: str | None
    custom3: str | None
    custom4: str | None
    custom5: str | None
    custom6: str | None
    custom7: str | None
    custom8: str | None
    custom9: str | None
    custom10: str | None
    custom11: str | None
    custom12: str | None
    custom13: str | None
    custom14: str | None
    custom15: str | None
    custom16: str | None
    custom17: str | None
    custom18: str | None
    custom19: str | None
    custom20: str | None
    custom21: str | None
    custom22: str | None
    custom23: str | None
    custom24: str | None
    custom25: str | None
    custom26: str | None
    custom27: str | None
    custom28: str | None
    custom29: str | None
    custom30: str | None
    custom31: str | None
    custom32: str | None
    custom33: str | None
    custom34: str | None
    custom35: str | None
    custom36: str | None
    custom37: str | None
    custom38: str | None
    custom39: str | None
    custom40: str | None
    custom41: str | None
    custom42: str | None
    custom43: str | None
    custom44: str | None
    custom45: str | None
    custom46: str | None
    custom47: str | None
    custom48: str | None
    custom49: str | None
    custom50: str | None
    custom51: str | None
    custom52: str | None
    custom53: str | None
    custom54: str | None
    custom55: str | None
    custom56: str | None
    custom57: str | None
    custom58: str | None
    custom59: str | None
    custom60: str | None
    custom61: str | None
    custom62: str | None
    custom63: str | None
    custom64: str | None
    custom65: str | None
    custom66: str | None
    custom67: str | None
    custom68: str | None
    custom69: str | None
    custom70: str | None
    custom71: str | None
    custom72: str | None
    custom73: str | None
    custom74: str | None
    custom75: str | None
    custom76: str | None
    custom77: str | None
    custom78: str | None
    custom79: str | None
    custom80: str | None
    custom81: str | None
    custom82: str | None
    custom83: str | None
    custom84: str | None
    custom85: str | None
    custom86: str | None
    custom87: str | None
    custom88: str | None
    custom89: str | None
    custom90: str | None
    custom91: str | None
    custom92: str | None
    custom93: str | None
    custom94: str | None
    custom95: str | None
    custom96: str | None
    custom97: str | None
    custom98: str | None
    custom99: str | None
    custom100: str | None
    custom101: str | None
    custom102: str | None
    custom103: str | None
    custom104: str | None
    custom105: str | None
    custom106: str | None
    custom107: str | None
    custom108: str | None
    custom109: str | None
    custom110: str | None
    custom111: str | None
    custom112: str | None
    custom113: str | None
    custom114: str | None
    custom115: str | None
    custom116: str | None
    custom117: str | None
    custom118: str | None
    custom119: str | None
    custom120: str | None
    custom121: str | None
    custom122: str | None
    custom123: str | None
    custom124: str | None
    custom125: str | None
    custom126: str | None
    custom127: str | None
    custom128: str | None
    custom129: str | None
    custom130: str | None
    custom131: str | None
    custom132: str | None
    custom133: str | None
    custom134: str | None
    custom135: str | None
    custom136: str | None
    custom137: str | None
    custom138: str | None
    custom139: str | None
    custom140: str | None
    custom141: str | None
    custom142: str | None
    custom143: str | None
    custom144: str | None
    custom145: str | None
    custom146: str | None
    custom147: str | None
    custom148: str | None
    custom149: str | None
    custom150: str | None


class AccountUpdateDataRelationshipsParam(TypedDict, total=False):
    """``AccountUpdateDataRelationships`` as a dict: what an argument taking the model also takes."""

    owner: UserToOne | UserToOneParam | None


class CallDispositionUpdateDataAttributesParam(TypedDict, total=False):
    """``CallDispositionUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    order: int | None
    outcome: str | None
    defaultForOutboundVoicemail: bool | None


class CallPurposeUpdateDataAttributesParam(TypedDict, total=False):
    """``CallPurposeUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    order: int | None


class CallCreateDataRelationshipsParam(TypedDict, total=False):
    """``CallCreateDataRelationships`` as a dict: what an argument taking the model also takes."""

    callDisposition: CallDispositionToOne | CallDispositionToOneParam | None
    callPurpose: CallPurposeToOne | CallPurposeToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None
    user: UserToOne | UserToOneParam | None
    opportunity: OpportunityToOne | OpportunityToOneParam | None
    phoneNumber: PhoneNumberToOne | PhoneNumberToOneParam | None
    task: TaskToOne | TaskToOneParam | None


class MailingCreateDataAttributesParam(TypedDict, total=False):
    """``MailingCreateDataAttributes`` as a dict: what an argument taking the model also takes."""

    subject: str | None
    bodyHtml: str | None
    trackLinks: bool | None
    trackOpens: bool | None
    scheduledAt: datetime | str | None


class MailingCreateDataRelationshipsParam(TypedDict, total=False):
    """``MailingCreateDataRelationships`` as a dict: what an argument taking the model also takes."""

    mailbox: MailboxToOne | MailboxToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None
    sequence: SequenceToOne | SequenceToOneParam | None
    template: TemplateToOne | TemplateToOneParam | None


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


class OpportunityProspectRoleUpdateDataAttributesParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    role: str | None
    primary: bool | None


class OpportunityProspectRoleUpdateDataRelationshipsParam(TypedDict, total=False):
    """``OpportunityProspectRoleUpdateDataRelationships`` as a dict: what an argument taking the model also takes."""

    opportunity: OpportunityToOne | OpportunityToOneParam | None
    prospect: ProspectToOne | ProspectToOneParam | None


class OpportunityStageUpdateDataAttributesParam(TypedDict, total=False):
    """``OpportunityStageUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    color: str | None
    order: int | None
    isClosed: bool | None


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


class StageUpdateDataAttributesParam(TypedDict, total=False):
    """``StageUpdateDataAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    color: str | None
    order: int | None


class UserToOneParam(TypedDict, total=False):
    """``UserToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[UserIdentifier | UserIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class CallDispositionToOneParam(TypedDict, total=False):
    """``CallDispositionToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[CallDispositionIdentifier | CallDispositionIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class CallPurposeToOneParam(TypedDict, total=False):
    """``CallPurposeToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[CallPurposeIdentifier | CallPurposeIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class ProspectToOneParam(TypedDict, total=False):
    """``ProspectToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectIdentifier | ProspectIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class OpportunityToOneParam(TypedDict, total=False):
    """``OpportunityToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityIdentifier | OpportunityIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class PhoneNumberToOneParam(TypedDict, total=False):
    """``PhoneNumberToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[PhoneNumberIdentifier | PhoneNumberIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class TaskToOneParam(TypedDict, total=False):
    """``TaskToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[TaskIdentifier | TaskIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class MailboxToOneParam(TypedDict, total=False):
    """``MailboxToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[MailboxIdentifier | MailboxIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class SequenceToOneParam(TypedDict, total=False):
    """``SequenceToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[SequenceIdentifier | SequenceIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class TemplateToOneParam(TypedDict, total=False):
    """``TemplateToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[TemplateIdentifier | TemplateIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class AccountToOneParam(TypedDict, total=False):
    """``AccountToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[AccountIdentifier | AccountIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class OpportunityStageToOneParam(TypedDict, total=False):
    """``OpportunityStageToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[OpportunityStageIdentifier | OpportunityStageIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class ProspectToManyParam(TypedDict, total=False):
    """``ProspectToMany`` as a dict: what an argument taking the model also takes."""

    data: list[ProspectIdentifier | ProspectIdentifierParam] | None
    links: RelationshipLinks | RelationshipLinksParam | None
    meta: ProspectToManyMeta | ProspectToManyMetaParam | None


class StageToOneParam(TypedDict, total=False):
    """``StageToOne`` as a dict: what an argument taking the model also takes."""

    data: Required[StageIdentifier | StageIdentifierParam | None]
    links: RelationshipLinks | RelationshipLinksParam | None


class UserIdentifierParam(TypedDict, total=False):
    """``UserIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["user"]]
    id: Required[int]


class CallDispositionIdentifierParam(TypedDict, total=False):
    """``CallDispositionIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callDisposition"]]
    id: Required[int]


class CallPurposeIdentifierParam(TypedDict, total=False):
    """``CallPurposeIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["callPurpose"]]
    id: Required[int]


class OpportunityIdentifierParam(TypedDict, total=False):
    """``OpportunityIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunity"]]
    id: Required[int]


class PhoneNumberIdentifierParam(TypedDict, total=False):
    """``PhoneNumberIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["phoneNumber"]]
    id: Required[int]


class TaskIdentifierParam(TypedDict, total=False):
    """``TaskIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["task"]]
    id: Required[int]


class MailboxIdentifierParam(TypedDict, total=False):
    """``MailboxIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["mailbox"]]
    id: Required[int]


class SequenceIdentifierParam(TypedDict, total=False):
    """``SequenceIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["sequence"]]
    id: Required[int]


class TemplateIdentifierParam(TypedDict, total=False):
    """``TemplateIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["template"]]
    id: Required[int]


class OpportunityStageIdentifierParam(TypedDict, total=False):
    """``OpportunityStageIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["opportunityStage"]]
    id: Required[int]


class ProspectToManyMetaParam(TypedDict, total=False):
    """``ProspectToManyMeta`` as a dict: what an argument taking the model also takes."""

    count: int | None


class StageIdentifierParam(TypedDict, total=False):
    """``StageIdentifier`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stage"]]
    id: Required[int]
