"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import BaseModel, ConfigDict

from ..models._account_identifier import AccountIdentifier, AccountIdentifierParam
from ..models._prospect_identifier import ProspectIdentifier, ProspectIdentifierParam
from ..models._relationship_links import RelationshipLinks, RelationshipLinksParam


class ProspectOrAccountToOne(BaseModel):
    """To-one relationship to a prospect or account: linkage object {data: {type, id}} (data null when empty)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectIdentifier | AccountIdentifier | None
    links: RelationshipLinks | None = None


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
