"""The status errors of the Overplane CRM Lead API whose body the API declares.

Each is raised instead of the runtime's class of the same name, which it subclasses, so
catching either catches it; ``typed_body`` is the body as the declared model.
"""

from __future__ import annotations

from . import _exceptions

ERROR_CLASSES: dict[type[_exceptions.APIStatusError], type[_exceptions.APIStatusError]] = {}
