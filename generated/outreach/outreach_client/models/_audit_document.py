"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._audit import Audit
from ..models._json_api_resource import JsonApiResource
from ..models._resource_links import ResourceLinks


class AuditDocument(BaseModel):
    """Document holding one audit."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Audit
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None
