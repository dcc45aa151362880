"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models._prospect_to_many import ProspectToMany
from ..models._resource_links import ResourceLinks
from ..models._user_to_one import UserToOne


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
