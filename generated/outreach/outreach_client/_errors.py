"""The status errors of the Outreach REST API whose body the API declares.

Each is raised instead of the runtime's class of the same name, which it subclasses, so
catching either catches it; ``typed_body`` is the body as the declared model.
"""

from __future__ import annotations

import typing

from . import _exceptions

if typing.TYPE_CHECKING:
    from .models import ErrorDocument


class BadRequestError(_exceptions.BadRequestError):
    """Status 400, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class AuthenticationError(_exceptions.AuthenticationError):
    """Status 401, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class OAuthTokenError(_exceptions.OAuthTokenError, AuthenticationError):
    """The runtime's ``OAuthTokenError``, also this package's ``AuthenticationError``."""


class PermissionDeniedError(_exceptions.PermissionDeniedError):
    """Status 403, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class NotFoundError(_exceptions.NotFoundError):
    """Status 404, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class ConflictError(_exceptions.ConflictError):
    """Status 409, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class UnprocessableEntityError(_exceptions.UnprocessableEntityError):
    """Status 422, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


class RateLimitError(_exceptions.RateLimitError):
    """Status 429, with ``typed_body``: the body the API declares."""

    @property
    def typed_body(self) -> ErrorDocument | None:
        """The body as the declared model (parsed on first use); None when it is not one."""
        body: ErrorDocument | None = self._declared_body
        return body


ERROR_CLASSES: dict[type[_exceptions.APIStatusError], type[_exceptions.APIStatusError]] = {
    _exceptions.BadRequestError: BadRequestError,
    _exceptions.AuthenticationError: AuthenticationError,
    _exceptions.OAuthTokenError: OAuthTokenError,
    _exceptions.PermissionDeniedError: PermissionDeniedError,
    _exceptions.NotFoundError: NotFoundError,
    _exceptions.ConflictError: ConflictError,
    _exceptions.UnprocessableEntityError: UnprocessableEntityError,
    _exceptions.RateLimitError: RateLimitError,
}
