"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models._automation import Automation
from ..models._automation_step import AutomationStep
from ..models._deal import Deal
from ..models._enrollment import Enrollment
from ..models._organization import Organization
from ..models._pagination_links import PaginationLinks
from ..models._prospect import Prospect


class EnrollmentCollection(BaseModel):
    """A collection of Enrollment resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Enrollment]
    included: list[AutomationStep | Automation | Prospect | Organization | Deal] | None = None
    """Related records requested with `include` (AutomationStep, Automation, Prospect, Organization, Deal)."""
    links: PaginationLinks | None = None
