"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._call_purpose import CallPurpose
from ..models._json_api_resource import JsonApiResource
from ..models._resource_links import ResourceLinks


class CallPurposeDocument(BaseModel):
    """Document holding one callPurpose."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CallPurpose
    included: list[JsonApiResource] | None = None
    links: ResourceLinks | None = None
