"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._exclusion_list_item import ExclusionListItem


class ExclusionListItemDocument(BaseModel):
    """A single ExclusionListItem document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ExclusionListItem
