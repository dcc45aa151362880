"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._account import Account
from ..models._pagination_links import PaginationLinks
from ..models._user import User


class UserCollection(BaseModel):
    """A collection of User resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[User]
    included: list[Account] | None = None
    """Related records requested with `include` (Account)."""
    links: PaginationLinks | None = None
