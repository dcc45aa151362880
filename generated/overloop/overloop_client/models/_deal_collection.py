"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._deal import Deal
from ..models._organization import Organization
from ..models._pagination_links import PaginationLinks
from ..models._prospect import Prospect
from ..models._stage import Stage
from ..models._user import User


class DealCollection(BaseModel):
    """A collection of Deal resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Deal]
    included: list[User | Prospect | Organization | Stage] | None = None
    """Related records requested with `include` (User, Prospect, Organization, Stage)."""
    links: PaginationLinks | None = None
