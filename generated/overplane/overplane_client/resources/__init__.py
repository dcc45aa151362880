"""One module per resource of the Overplane CRM Lead API."""

from .leads import AsyncLeadsResource, LeadsResource

__all__ = [
    "AsyncLeadsResource",
    "LeadsResource",
]
