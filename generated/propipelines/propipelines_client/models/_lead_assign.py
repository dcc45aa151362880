"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class LeadAssign(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user_id: int | str
    """The new user id or user email of the lead."""
