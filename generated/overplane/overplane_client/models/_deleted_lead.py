"""Models of the Overplane CRM Lead API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class DeletedLead(BaseModel):
    """Confirmation that a lead was deleted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Identifier of the deleted lead."""
    deleted: bool
    """Whether the lead was deleted (`true` in the docs' example)."""
