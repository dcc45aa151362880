"""Authentication: which credentials go where, and how to keep them out of logs and errors.

Credentials are fixed for the lifetime of a client, so everything that depends only on them
(the header, query and cookie values of every scheme, and the redaction table) is computed
once in the constructor; a request only looks up the already-resolved parts for its
``Endpoint.security`` requirement.
"""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, quote_plus

import httpx

from ._exceptions import MissingCredentialsError
from ._oauth2 import OAuthFlows, OAuthSettings, _Tokens

__all__ = ["SecurityScheme"]

_REDACTED = "***"
# Secrets shorter than this are not searched for in free text: replacing every "ab" in a
# message would make it unreadable while protecting nothing worth protecting.
_MIN_REDACTED_LENGTH = 4
# Tokens the client got while running (OAuth 2) that are still redacted: the latest ones,
# so that a long-lived client refreshing short-lived tokens keeps a bounded list.
_MAX_RUNTIME_SECRETS = 16


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One entry of the spec's ``securitySchemes`` (oauth2/openIdConnect map to ``bearer``)."""

    kind: Literal["apiKey", "bearer", "basic"]
    credential: str
    """Constructor argument holding the secret (``"api_key"``); for basic, the username."""
    location: Literal["header", "query", "cookie"] = "header"
    """Where an apiKey goes; bearer and basic always go in a header."""
    param_name: str = "Authorization"
    """Header, query or cookie name (for bearer and basic: the header name)."""
    password_credential: str | None = None
    """For basic: the constructor argument holding the password."""
    oauth: OAuthFlows | None = None
    """For oauth2: the flows whose tokens the client can get itself (``_oauth2``)."""


@dataclass(frozen=True, slots=True)
class _AuthParts:
    """What one satisfied security requirement adds to a request."""

    headers: tuple[tuple[str, str], ...] = ()
    query: tuple[tuple[str, str], ...] = ()
    cookies: tuple[tuple[str, str], ...] = ()
    tokens: _Tokens | None = None
    """The holder of an OAuth 2 token the client gets itself, put on the request at send."""

    def __add__(self, other: _AuthParts) -> _AuthParts:
        return _AuthParts(
            self.headers + other.headers,
            self.query + other.query,
            self.cookies + other.cookies,
            self.tokens or other.tokens,
        )


_NO_AUTH = _AuthParts()


def _api_key(scheme: SecurityScheme, secret: str, password: str) -> _AuthParts:
    pair = ((scheme.param_name, secret),)
    if scheme.location == "query":
        return _AuthParts(query=pair)
    if scheme.location == "cookie":
        return _AuthParts(cookies=pair)
    return _AuthParts(headers=pair)


def _basic(scheme: SecurityScheme, secret: str, password: str) -> _AuthParts:
    token = base64.b64encode(f"{secret}:{password}".encode()).decode("ascii")
    return _AuthParts(headers=((scheme.param_name, f"Basic {token}"),))


def _bearer(scheme: SecurityScheme, secret: str, password: str) -> _AuthParts:
    return _AuthParts(headers=((scheme.param_name, f"Bearer {secret}"),))


# What each kind of scheme adds to a request, given its secret (and, for basic, the
# password); the generator's registry (generator/wire/auth.py) names the kind of each.
_SENDERS: dict[str, Callable[[SecurityScheme, str, str], _AuthParts]] = {
    "apiKey": _api_key,
    "basic": _basic,
    "bearer": _bearer,
}


class _Authenticator:
    """Resolves ``Endpoint.security`` against the client's credentials.

    A credential counts as set when it is a non-empty string. For basic auth only the
    username must be set; a missing password is sent as ``""`` (APIs such as Stripe take the
    secret key as the username and no password).
    """

    def __init__(
        self,
        schemes: Mapping[str, SecurityScheme],
        credentials: Mapping[str, str | None],
        oauth: OAuthSettings | None = None,
    ) -> None:
        self._schemes = dict(schemes)
        self._set = {name: value for name, value in credentials.items() if value}
        self._parts = {
            name: parts
            for name, scheme in self._schemes.items()
            if (parts := self._scheme_parts(scheme)) is not None
        }
        self._resolved: dict[tuple[tuple[str, ...], ...], _AuthParts] = {}
        header_names = {"authorization"}
        query_names: set[str] = set()
        for scheme in self._schemes.values():
            if scheme.location == "header":
                header_names.add(scheme.param_name.lower())
            elif scheme.location == "query":
                query_names.add(scheme.param_name)
        self.header_names: frozenset[str] = frozenset(header_names)
        """Lower-cased names of every header that may carry a credential."""
        self.query_names: frozenset[str] = frozenset(query_names)
        """Names of every query parameter that may carry a credential."""
        self.redactor = _Redactor(self._secret_forms(), self.query_names)
        if oauth is not None:
            for name, scheme in self._schemes.items():
                if scheme.oauth is None:
                    continue
                tokens = oauth.holder.for_scheme(
                    scheme.param_name,
                    scheme.credential,
                    scheme.oauth,
                    self._set,
                    oauth,
                    self.redactor,
                )
                if tokens is not None:  # else a static access token, sent as bearer
                    self._parts[name] = _AuthParts(tokens=tokens)

    @property
    def set_credentials(self) -> list[str]:
        """Names (never values) of the credentials that are set, for ``repr(client)``."""
        return list(self._set)

    def parts_for(self, security: tuple[tuple[str, ...], ...], operation: str) -> _AuthParts:
        """The auth parts for an endpoint's security requirement.

        Picks the first alternative whose schemes are all satisfied. An anonymous alternative
        (an empty tuple) is used only when no alternative with credentials is satisfied, so a
        client that has a key sends it to operations where auth is optional.

        Raises:
            MissingCredentialsError: when no alternative is satisfied.
        """
        if not security:
            return _NO_AUTH
        cached = self._resolved.get(security)
        if cached is not None:
            return cached
        parts: _AuthParts | None = None
        for alternative in security:
            if alternative and all(name in self._parts for name in alternative):
                parts = _NO_AUTH
                for name in alternative:
                    parts = parts + self._parts[name]
                break
        if parts is None:
            if () not in security:
                raise MissingCredentialsError(self._missing_message(security, operation))
            parts = _NO_AUTH
        self._resolved[security] = parts
        return parts

    def _scheme_parts(self, scheme: SecurityScheme) -> _AuthParts | None:
        secret = self._set.get(scheme.credential)
        if secret is None:
            return None
        password = self._set.get(scheme.password_credential or "", "")
        return _SENDERS[scheme.kind](scheme, secret, password)

    def _missing_message(self, security: tuple[tuple[str, ...], ...], operation: str) -> str:
        options: list[str] = []
        for alternative in security:
            names: list[str] = []
            for scheme_name in alternative:
                scheme = self._schemes.get(scheme_name)
                if scheme is None:
                    names.append(f"<unknown security scheme {scheme_name!r}>")
                    continue
                names.append(scheme.credential)
                flows = scheme.oauth
                if flows is not None:
                    ways = (
                        [f"{flows.client_id} and {flows.client_secret}"] if flows.token_url else []
                    )
                    ways += [flows.refresh_token] if flows.refresh_token else []
                    names[-1] += f" (or {' or '.join(ways)})" if ways else ""
                if scheme.password_credential:
                    names.append(scheme.password_credential)
            options.append(" and ".join(dict.fromkeys(names)))
        needed = ", or ".join(dict.fromkeys(options))
        return f"{operation} needs credentials: pass {needed} to the client"

    def _secret_forms(self) -> list[str]:
        # Every form in which a secret can appear in a URL or header, so that text echoed by
        # a server (or an httpx message) is redacted whichever encoding it uses.
        forms: set[str] = set()
        for value in self._set.values():
            forms.update((value, quote(value, safe=""), quote_plus(value)))
        for parts in self._parts.values():
            for _, header_value in parts.headers:
                forms.add(header_value.split(" ", 1)[-1])
        return [form for form in forms if len(form) >= _MIN_REDACTED_LENGTH]


class _Redactor:
    """Replaces credentials with ``***`` in text and URLs."""

    def __init__(self, secrets: Iterable[str], query_names: frozenset[str]) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        self._fixed = set(secrets)
        self._secrets = sorted(self._fixed, key=len, reverse=True)
        self._query_names = query_names
        self._added: deque[str] = deque(maxlen=_MAX_RUNTIME_SECRETS)

    def add(self, secret: str) -> None:
        """Redact a secret the client got while running (an OAuth 2 token) from now on."""
        if secret in self._added or secret in self._fixed:
            return
        self._added.append(secret)
        forms = {f for s in self._added for f in (s, quote(s, safe=""), quote_plus(s))}
        forms = {f for f in forms if len(f) >= _MIN_REDACTED_LENGTH} | self._fixed
        # One assignment: a thread redacting concurrently sees the old list or the new one.
        self._secrets = sorted(forms, key=len, reverse=True)

    def text(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, _REDACTED)
        return text

    def url(self, url: httpx.URL | str) -> str:
        """The URL without userinfo and with credential query values replaced by ``***``."""
        url = httpx.URL(url)
        if url.userinfo:
            url = url.copy_with(username=None, password=None)
        if self._query_names and any(name in url.params for name in self._query_names):
            params = [
                (key, _REDACTED if key in self._query_names else value)
                for key, value in url.params.multi_items()
            ]
            # Built by hand so "***" stays readable instead of being percent-encoded.
            query = "&".join(
                f"{quote_plus(k)}={v if v == _REDACTED else quote_plus(v)}" for k, v in params
            )
            return self.text(str(url.copy_with(query=None)) + "?" + query)
        return self.text(str(url))
