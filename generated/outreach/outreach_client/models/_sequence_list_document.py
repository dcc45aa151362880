"""Models of the Outreach REST API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._json_api_resource import JsonApiResource
from ..models._list_links import ListLinks
from ..models._list_meta import ListMeta
from ..models._sequence import Sequence


class SequenceListDocument(BaseModel):
    """One page of sequence resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Sequence]
    included: list[JsonApiResource] | None = None
    links: ListLinks | None = None
    meta: ListMeta | None = None
