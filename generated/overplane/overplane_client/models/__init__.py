"""Models of the Overplane CRM Lead API, generated from its schemas.

Each class lives in a module of this package with the classes it references, and is imported
from there on first use (PEP 562): importing one model builds only the classes it reaches.
Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from ._deleted_lead import DeletedLead
    from ._lead_input import LeadInput
    from ._lead_list import Lead, LeadList

__all__ = [
    "DeletedLead",
    "Lead",
    "LeadInput",
    "LeadList",
]

# name → the module defining it
_MODULES: dict[str, str] = {
    "DeletedLead": "_deleted_lead",
    "Lead": "_lead_list",
    "LeadInput": "_lead_input",
    "LeadList": "_lead_list",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__)
