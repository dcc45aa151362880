"""Typed Python client for the Overplane CRM Lead API.

from overplane_client import OverplaneCRMLead

client = OverplaneCRMLead()
"""

from typing import TYPE_CHECKING

from . import _lazy
from ._client import AsyncOverplaneCRMLead, OverplaneCRMLead
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    OAuthTokenError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    SchemaTooDeepError,
    UnprocessableEntityError,
)
from ._jsonapi import related_records
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._quota import Quota
from ._ratelimit import RateLimit
from ._response import APIResponse
from ._streaming import (
    AsyncStream,
    AsyncStreamedResponse,
    ServerSentEvent,
    Stream,
    StreamedResponse,
)
from ._types import NOT_GIVEN, NotGiven
from ._unions import UnknownEnum

if TYPE_CHECKING:
    from .models import (
        DeletedLead,
        Lead,
        LeadInput,
        LeadList,
    )

Client = OverplaneCRMLead
AsyncClient = AsyncOverplaneCRMLead

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncOverplaneCRMLead",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "DeletedLead",
    "InternalServerError",
    "Lead",
    "LeadInput",
    "LeadList",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OAuthTokenError",
    "OverplaneCRMLead",
    "PermissionDeniedError",
    "Quota",
    "QuotaExceededError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "SchemaTooDeepError",
    "ServerSentEvent",
    "Stream",
    "StreamedResponse",
    "SyncPage",
    "UnknownEnum",
    "UnprocessableEntityError",
    "related_records",
]

# The models are imported on first use, so importing the client builds none of them.
_MODULES: dict[str, str] = {
    "DeletedLead": "models",
    "Lead": "models",
    "LeadInput": "models",
    "LeadList": "models",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, ("models", "resources"))
