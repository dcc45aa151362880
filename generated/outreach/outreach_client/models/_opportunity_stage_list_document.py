"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._json_api_resource import JsonApiResource
from ..models._list_links import ListLinks
from ..models._list_meta import ListMeta
from ..models._opportunity_stage import OpportunityStage


class OpportunityStageListDocument(BaseModel):
    """One page of opportunityStage resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[OpportunityStage]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None
