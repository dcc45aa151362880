"""The typed status errors of a package: for each status error class of the runtime, the
error bodies its operations declare for the statuses it is raised for, as one type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from generator.ir import Operation
from generator.pytypes import ANY, PyType, union

# The runtime's status error classes and the statuses each is raised for
# (templates/runtime/_exceptions.py `_STATUS_ERRORS`, 5xx → InternalServerError; a test
# holds the two equal). A status of none of them raises the plain APIStatusError, untyped.
STATUS_CLASSES: dict[str, tuple[int, ...]] = {
    "BadRequestError": (400,),
    "AuthenticationError": (401,),
    "PermissionDeniedError": (403,),
    "NotFoundError": (404,),
    "ConflictError": (409,),
    "UnprocessableEntityError": (422,),
    "RateLimitError": (429,),
    "InternalServerError": tuple(range(500, 600)),
}


# Runtime classes raised for a status class's status outside the status table (the token
# endpoint's refusal is a 401-kind error): where their parent is typed, the package
# subclasses them from both, so catching the package's parent catches them too.
DERIVED_CLASSES: dict[str, tuple[str, ...]] = {"AuthenticationError": ("OAuthTokenError",)}


class TypedError(NamedTuple):
    name: str  # the runtime class it subclasses, and its own name in the package
    body: PyType  # what ``typed_body`` may be, ``None`` aside


def declared_error(error_types: Mapping[str, PyType], status: int) -> PyType | None:
    """The type an operation declares for a status's body, as the runtime picks it
    (``_response._error_type_for``): the exact status, then ``4XX``/``5XX``, then
    ``default``."""
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in error_types:
            return error_types[key]
    return None


def status_class(status: str) -> str | None:
    """The class an exact status (``"404"``) raises, where it has one of its own."""
    code = int(status) if status.isdigit() else 0
    return next((name for name, codes in STATUS_CLASSES.items() if code in codes), None)


def _distinct(error_types: Mapping[str, PyType], statuses: tuple[int, ...]) -> list[int]:
    """The statuses the operation declares one by one, and one it does not (which stands
    for the rest: they all fall to the same ``NXX`` or ``default``), so a class of a
    hundred statuses costs what the declaration has, not a hundred look-ups."""
    declared = {int(key) for key in error_types if key.isdigit()}.intersection(statuses)
    undeclared = next((status for status in statuses if status not in declared), None)
    return sorted(declared) if undeclared is None else [*sorted(declared), undeclared]


def typed_errors(operations: list[Operation]) -> list[TypedError]:
    """The classes whose body has a type: every declared body its statuses may have, over
    all operations (one union when they disagree: each operation parses its own). A class
    some operation declares an untyped (``Any``) body for is left untyped: a type that
    covered it would be a lie."""
    found: list[TypedError] = []
    for name, statuses in STATUS_CLASSES.items():
        kinds = [
            kind
            for operation in operations
            for status in _distinct(operation.error_types, statuses)
            if (kind := declared_error(operation.error_types, status)) is not None
        ]
        body = union(*kinds)
        if kinds and body != ANY:
            found.append(TypedError(name, body))
    return found
