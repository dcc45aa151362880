"""One module per resource of the Overplane CRM Lead API, each imported on first use."""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from .leads import AsyncLeadsResource, LeadsResource

__all__ = [
    "AsyncLeadsResource",
    "LeadsResource",
]

# class → the module defining it
_MODULES: dict[str, str] = {
    "AsyncLeadsResource": "leads",
    "LeadsResource": "leads",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, set(_MODULES.values()))
