"""The exception hierarchy every client method raises.

::

    APIError
    ├── APIConnectionError            the request did not get an HTTP response
    │   └── APITimeoutError
    ├── MissingCredentialsError       the client lacks the credentials the operation needs
    ├── QuotaExceededError            the client's quota would make the call wait past max_wait
    ├── APIResponseValidationError    a 2xx response body did not match the spec
    ├── ResponseTooLargeError         the decoded response body exceeds max_response_bytes
    ├── SchemaTooDeepError            models or data nest too deeply to validate or serialize
    └── APIStatusError                a non-2xx response
        ├── BadRequestError           400
        ├── AuthenticationError       401
        │   └── OAuthTokenError       the token endpoint refused to issue an access token
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        └── InternalServerError       >= 500

Messages never contain credentials: URLs are redacted before they get here, and text that
comes from the server is passed through the client's redactor first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

import httpx

from ._ratelimit import RateLimit, parse_rate_limit

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "OAuthTokenError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SchemaTooDeepError",
    "UnprocessableEntityError",
]


_Model = TypeVar("_Model")


class APIError(Exception):
    """Base class of every error the client raises.

    Attributes:
        message: the human-readable message (also ``str(error)``).
        method: HTTP method of the request, when there was one.
        url: the request URL with credentials replaced by ``***``.
    """

    message: str
    method: str | None
    url: str | None

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIConnectionError(APIError):
    """No usable HTTP response: connection refused or reset, DNS failure, too many redirects."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write, pool, or the whole response body)."""


class MissingCredentialsError(APIError):
    """The operation needs credentials the client was not given.

    The message names the constructor arguments that would satisfy it, never any value.
    """


class QuotaExceededError(APIError):
    """The client's ``quota`` would hold the call longer than its ``max_wait``; nothing was
    sent.

    Attributes:
        wait: seconds until the quota would have let the call go.
    """

    def __init__(
        self, message: str, *, wait: float, method: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.wait = wait


class APIResponseValidationError(APIError):
    """A successful response whose body is not what the spec promises (invalid JSON, wrong
    shape, wrong content type).

    Attributes:
        status_code: HTTP status of the response.
        headers: response headers.
        body: the response body as text.
    """

    status_code: int
    headers: httpx.Headers
    body: str

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: httpx.Headers,
        body: str,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.headers = headers
        self.body = body


class SchemaTooDeepError(APIError):
    """A model (a long chain of ``$ref`` schemas in the spec) or a value nests too deeply
    for pydantic or ``json`` to build, validate or serialize it within Python's recursion
    limit, even after the runtime retried the model build with a deeper stack.

    Raised instead of a bare ``RecursionError``, for response bodies and request bodies
    alike.
    """


class ResponseTooLargeError(APIError):
    """The response body, once decoded (``Content-Encoding``), is larger than the client's
    ``max_response_bytes`` (or the call's ``max_response_bytes`` option).

    Reading stops as soon as the limit is passed, so a compression bomb or an endless
    body never fills memory. Not retried.

    Attributes:
        limit: the limit in bytes that was exceeded.
        status_code: HTTP status of the response.
        headers: response headers.
    """

    limit: int
    status_code: int
    headers: httpx.Headers

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        status_code: int,
        headers: httpx.Headers,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.limit = limit
        self.status_code = status_code
        self.headers = headers


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    Attributes:
        status_code: HTTP status of the response.
        headers: response headers.
        body: the error body, parsed with the spec's error schema when it matches, else the
            decoded JSON, else the text (``None`` when empty).
        response: the ``httpx.Response``.
        rate_limit: the rate limit the response reports (``RateLimit``).
        request_id: the server's id of the request (the spec's request-id header, else
            ``x-request-id``), for support tickets.

    Where the API declares an error model for a status, the package's class for it (such
    as ``NotFoundError``) also has ``typed_body``: the body as that model, typed.
    """

    status_code: int
    headers: httpx.Headers
    response: httpx.Response
    # The spec's request-id header, set by the client that raised the error.
    _request_id_header: str | None = None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        method: str | None = None,
        url: str | None = None,
        parse_body: Callable[[object], object] | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self._raw_body = body
        self._parse_body = parse_body

    @cached_property
    def _declared_body(self) -> Any:
        """The body as the type the operation declares for its status, parsed on first
        use (most errors are caught by class and never read), or ``None`` when it is not
        one."""
        if self._parse_body is None or self._raw_body is None:
            return None
        try:
            return self._parse_body(self._raw_body)
        # Reading an error must never raise a second one (pydantic's ValidationError, a
        # schema too deep, a validator of the user's): the raw body stays in ``body``.
        except Exception:
            return None

    @property
    def body(self) -> object:
        declared = self._declared_body
        return self._raw_body if declared is None else declared

    def body_as(self, model: type[_Model]) -> _Model | None:
        """``body`` typed as ``model``, the error model the operation declares for this
        status (its docstring's ``Raises:`` names it), or ``None`` when the body did not
        parse as one (an undocumented error, an empty or non-JSON body).

            except NotFoundError as e:
                problem = e.body_as(ErrorDocument)
        """
        return self.body if isinstance(self.body, model) else None

    @property
    def rate_limit(self) -> RateLimit:
        return parse_rate_limit(self.headers)

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers, self._request_id_header)


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: credentials missing or wrong."""


class OAuthTokenError(AuthenticationError):
    """The OAuth 2 token endpoint did not issue an access token (RFC 6749 section 5.2).

    Attributes:
        error: the endpoint's ``error`` code (``invalid_client``, ``invalid_grant``, ...),
            or ``None`` when its answer was not an OAuth error response.
        status_code: the token endpoint's status (``body`` holds only ``error`` and the
            redacted ``error_description``).
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None,
        response: httpx.Response,
        body: object,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, method=method, url=url)
        self.error = error


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity: the request was understood but its content is invalid."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (raised once retries are exhausted); ``rate_limit`` says when
    to come back."""


class InternalServerError(APIStatusError):
    """Any 5xx status (raised once retries are exhausted)."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


# Where servers put their id of a request: the de facto ``X-Request-Id``, then Stripe's.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id")


def request_id_of(headers: httpx.Headers, declared: str | None = None) -> str | None:
    """The server's id of the request: the ``declared`` header (the spec's), else the first
    of the usual request-id headers the server sent."""
    if declared is not None:
        value = headers.get(declared)
        if value:
            return str(value)
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None
