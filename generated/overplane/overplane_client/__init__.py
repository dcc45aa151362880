"""Typed Python client for the Overplane CRM Lead API.

from overplane_client import OverplaneCRMLead

client = OverplaneCRMLead()
"""

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
