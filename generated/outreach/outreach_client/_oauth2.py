"""OAuth 2 access tokens the client gets itself: from the token endpoint of a declared flow
(client credentials, refresh token; RFC 6749 sections 4.4 and 6) or from a caller's token
provider, kept until shortly before they expire.

A client given only an access token never gets here: it sends it as a static bearer token
(``_auth``). Otherwise one ``SyncTokens``/``AsyncTokens`` per client holds the token; the
base client asks it for the header before a request and once more after a 401. One lock per
holder makes many concurrent calls wait for a single token request. The token request goes
only to the token URL, with nothing of the client's other headers, and is never redirected;
every token and secret is handed to the client's redactor before anything can log it.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx

from ._exceptions import APIConnectionError, OAuthTokenError

if TYPE_CHECKING:
    import logging

    import anyio

    from ._auth import _Redactor

__all__ = ["AsyncTokenProvider", "OAuthFlows", "TokenProvider"]

TokenProvider = Callable[[], str]
"""Returns a current access token; called before every request and again after a 401."""
AsyncTokenProvider = Callable[[], "str | Awaitable[str]"]
"""As ``TokenProvider``, for the async client: a plain or a coroutine function."""

# A token is renewed this long before it expires (at most 30 s, at most a tenth of its
# lifetime for short-lived ones), so that it does not expire on its way to the API.
_EARLY_MAX = 30.0
_EARLY_FRACTION = 0.1
# A token response is a small JSON object; a bigger body is not read any further.
_MAX_TOKEN_RESPONSE = 64 * 1024
_MAX_DESCRIPTION = 200


@dataclass(frozen=True, slots=True)
class OAuthFlows:
    """The flows a spec declares for an oauth2 scheme, by the client's argument names."""

    token_url: str | None = None
    """The clientCredentials flow's ``tokenUrl`` (None: the flow is not declared)."""
    refresh_url: str | None = None
    """Where refresh tokens are redeemed (None: no declared flow issues them)."""
    client_id: str = "client_id"
    client_secret: str = "client_secret"
    refresh_token: str | None = None


@dataclass(frozen=True, slots=True)
class OAuthSettings:
    """What the client's constructor adds to its credentials for OAuth 2."""

    holder: type[_Tokens]  # SyncTokens or AsyncTokens, by the client
    base_url: httpx.URL
    provider: Callable[[], Any] | None
    token_url: str | None
    timeout: Mapping[str, float | None]
    log: logging.Logger
    # The package's subclass (``_errors``), so catching its AuthenticationError catches it.
    error_class: type[OAuthTokenError] = OAuthTokenError


def _endpoint(url: str, base_url: httpx.URL) -> httpx.URL:
    # A relative tokenUrl is relative to the server URL (OpenAPI), the base URL's last
    # segment included: join against it as a directory.
    resolved = httpx.URL(str(base_url).rstrip("/") + "/").join(url)
    if resolved.scheme not in ("http", "https") or not resolved.host:
        raise ValueError(f"the OAuth 2 token URL {url!r} is not an http(s) URL")
    return resolved


class _Tokens:
    """One scheme's access token and how to get the next one (no I/O here).

    ``grant`` is ``"provider"``, ``"client_credentials"`` or ``"refresh_token"``; the two
    grants post ``form`` (the client's id and secret when set) to ``url``.
    """

    def __init__(
        self,
        header: str,
        grant: str,
        settings: OAuthSettings,
        redactor: _Redactor,
        *,
        url: httpx.URL | None = None,
        form: Mapping[str, str] | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
    ) -> None:
        self.header = header
        self.grant = grant
        self._settings = settings
        self._redactor = redactor
        self._url = url
        self._form = dict(form or {})
        self._refresh_token = refresh_token
        self._token = access_token
        # A token given to the constructor has no known expiry: it is used until a 401.
        self._renew_at = math.inf if access_token else -math.inf

    @classmethod
    def for_scheme(
        cls,
        header: str,
        access_credential: str,
        flows: OAuthFlows,
        credentials: Mapping[str, str],
        settings: OAuthSettings,
        redactor: _Redactor,
    ) -> _Tokens | None:
        """The holder for the credentials given, or None when they are a static token (or
        nothing): a provider first, then a refresh token, then a client id and secret."""
        if settings.provider is not None:
            return cls(header, "provider", settings, redactor)
        client_id = credentials.get(flows.client_id)
        secret = credentials.get(flows.client_secret)
        refresh = credentials.get(flows.refresh_token) if flows.refresh_token else None
        client = {"client_id": client_id} if client_id else {}
        if secret and client_id:
            client["client_secret"] = secret
        if refresh and flows.refresh_url:
            url = _endpoint(settings.token_url or flows.refresh_url, settings.base_url)
            return cls(
                header,
                "refresh_token",
                settings,
                redactor,
                url=url,
                form={"grant_type": "refresh_token", **client},
                access_token=credentials.get(access_credential),
                refresh_token=refresh,
            )
        if client_id and secret and flows.token_url:
            url = _endpoint(settings.token_url or flows.token_url, settings.base_url)
            form = {"grant_type": "client_credentials", **client}
            return cls(header, "client_credentials", settings, redactor, url=url, form=form)
        return None

    def _fresh(self, stale: str | None) -> str | None:
        """The held token unless it is due for renewal or is ``stale`` (refused by a 401)."""
        token = self._token
        if token is not None and token != stale and time.monotonic() < self._renew_at:
            return token
        return None

    def _request(self) -> httpx.Request:
        assert self._url is not None
        form = dict(self._form)
        if self._refresh_token is not None:
            form["refresh_token"] = self._refresh_token
        return httpx.Request(
            "POST",
            self._url,
            headers={
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            content=urlencode(form).encode("ascii"),
            extensions={"timeout": dict(self._settings.timeout)},
        )

    def _accept(self, response: httpx.Response, body: bytes, url: str) -> str:
        """Keep the token of a token response, or raise ``OAuthTokenError``."""
        try:
            data = json.loads(body) if body else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            data = {}
        token = data.get("access_token")
        token_type = data.get("token_type", "bearer")
        if response.is_success and isinstance(token, str) and token:
            # Kept out of every log line and message from now on, before anything logs.
            self._redactor.add(token)
            if not isinstance(token_type, str) or token_type.lower() != "bearer":
                raise self._error(response, url, None, f"a token of type {token_type!r}")
            refresh = data.get("refresh_token")
            if isinstance(refresh, str) and refresh:
                self._redactor.add(refresh)
                self._refresh_token = refresh  # a rotated refresh token replaces the old one
            lifetime = _seconds(data.get("expires_in"))
            # The token first: a thread reading both meanwhile sees the new token with the
            # old deadline (and waits on the lock), never the old token with the new one.
            self._token = token
            if lifetime is None:
                self._renew_at = math.inf  # no expiry given: used until a 401
            else:
                early = min(_EARLY_MAX, lifetime * _EARLY_FRACTION)
                self._renew_at = time.monotonic() + lifetime - early
            return token
        error = data.get("error")
        code = error if isinstance(error, str) and error else None
        description = data.get("error_description")
        detail = description if isinstance(description, str) else ""
        raise self._error(response, url, code, detail)

    def _error(
        self, response: httpx.Response, url: str, code: str | None, detail: str
    ) -> OAuthTokenError:
        # The description is the server's text: it may echo what it was sent.
        detail = self._redactor.text(detail)[:_MAX_DESCRIPTION]
        what = f"error {code!r}" if code else f"status {response.status_code}"
        message = f"The OAuth 2 token endpoint refused the {self.grant} grant ({what})"
        if code is None and response.is_success:
            message = f"The OAuth 2 token endpoint gave no usable bearer token ({detail})"
        elif detail:
            message += f": {detail}"
        return self._settings.error_class(
            message,
            error=code,
            response=response,
            body={"error": code, "error_description": detail or None},
            method="POST",
            url=url,
        )

    def _connection_error(self, exc: httpx.TransportError, url: str) -> APIConnectionError:
        detail = self._redactor.text(str(exc)) or type(exc).__name__
        return APIConnectionError(
            f"The OAuth 2 token request to {url} failed: {detail}", method="POST", url=url
        )

    def _log(self, url: str, status: object, started: float) -> None:
        elapsed = (time.monotonic() - started) * 1000
        self._settings.log.debug("POST %s (token request) -> %s in %.0f ms", url, status, elapsed)

    def _bearer(self, request: httpx.Request, token: str) -> None:
        request.headers[self.header] = f"Bearer {token}"

    def _used(self, request: httpx.Request) -> str | None:
        value = request.headers.get(self.header, "")
        return value[7:] if value.startswith("Bearer ") else None


def _seconds(value: object) -> float | None:
    """``expires_in``: a number, or a string of one as some servers send it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value):
        return max(float(value), 0.0)
    return None


def _read_limited(chunks: Iterable[bytes]) -> bytes:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) > _MAX_TOKEN_RESPONSE:
            break
    return bytes(body)


class SyncTokens(_Tokens):
    """``_Tokens`` for the sync client: a thread lock around getting a token."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()

    def authorize(self, request: httpx.Request, client: httpx.Client) -> None:
        """Put the access token on ``request``, getting one first if none is fresh."""
        self._bearer(request, self._get(client, None))

    def renew(self, request: httpx.Request, client: httpx.Client) -> bool:
        """After a 401: put a new token on ``request``; False when there is none to get."""
        if self.grant == "refresh_token" and self._refresh_token is None:
            return False
        self._bearer(request, self._get(client, self._used(request)))
        return True

    def _get(self, client: httpx.Client, stale: str | None) -> str:
        if self.grant == "provider":
            return _provided(self._settings.provider, self._redactor)
        token = self._fresh(stale)
        if token is not None:
            return token
        with self._lock:
            # Another thread may have got one while this one waited.
            token = self._fresh(stale)
            return token if token is not None else self._fetch(client)

    def _fetch(self, client: httpx.Client) -> str:
        request = self._request()
        url = self._redactor.url(request.url)
        started = time.monotonic()
        try:
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                # Raw: the request asked for no content coding, and none is decoded. A
                # response built with its content (a mock transport's) has no stream left.
                consumed = response.is_stream_consumed
                body = response.content if consumed else _read_limited(response.iter_raw())
            finally:
                response.close()
        except httpx.TransportError as exc:
            self._log(url, type(exc).__name__, started)
            raise self._connection_error(exc, url) from None
        self._log(url, response.status_code, started)
        return self._accept(response, body, url)


class AsyncTokens(_Tokens):
    """``_Tokens`` for the async client: an anyio lock (asyncio and trio alike), made on
    first use inside the event loop."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock: anyio.Lock | None = None

    async def authorize(self, request: httpx.Request, client: httpx.AsyncClient) -> None:
        """Put the access token on ``request``, getting one first if none is fresh."""
        self._bearer(request, await self._get(client, None))

    async def renew(self, request: httpx.Request, client: httpx.AsyncClient) -> bool:
        """After a 401: put a new token on ``request``; False when there is none to get."""
        if self.grant == "refresh_token" and self._refresh_token is None:
            return False
        self._bearer(request, await self._get(client, self._used(request)))
        return True

    async def _get(self, client: httpx.AsyncClient, stale: str | None) -> str:
        if self.grant == "provider":
            value = self._settings.provider() if self._settings.provider else None
            if isinstance(value, Awaitable):
                value = await value
            return _checked_token(value, self._redactor)
        token = self._fresh(stale)
        if token is not None:
            return token
        if self._lock is None:
            import anyio  # only clients that get tokens pay for the import

            self._lock = anyio.Lock()
        async with self._lock:
            token = self._fresh(stale)
            return token if token is not None else await self._fetch(client)

    async def _fetch(self, client: httpx.AsyncClient) -> str:
        request = self._request()
        url = self._redactor.url(request.url)
        started = time.monotonic()
        try:
            response = await client.send(request, stream=True, follow_redirects=False)
            try:
                body = bytearray(response.content if response.is_stream_consumed else b"")
                if not response.is_stream_consumed:
                    async for chunk in response.aiter_raw():
                        body += chunk
                        if len(body) > _MAX_TOKEN_RESPONSE:
                            break
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            self._log(url, type(exc).__name__, started)
            raise self._connection_error(exc, url) from None
        self._log(url, response.status_code, started)
        return self._accept(response, bytes(body), url)


def _provided(provider: Callable[[], Any] | None, redactor: _Redactor) -> str:
    return _checked_token(provider() if provider is not None else None, redactor)


def _checked_token(value: object, redactor: _Redactor) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("the token provider must return a non-empty access token string")
    redactor.add(value)
    return value
