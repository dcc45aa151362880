"""The OAuth 2 token endpoint of a spec that declares one: issues access tokens that expire
and refresh tokens that rotate (RFC 6749 sections 4.1.3, 4.4 and 6), and tells the
credential check whether a bearer token is one it issued and still live.

Each oauth2 scheme's ``tokenUrl``/``refreshUrl`` is served at its path (a relative one
under the API's base path, as a client resolves it against the server URL; an absolute
one at its own path on the mock). Grants: ``client_credentials`` where that flow is
declared, ``authorization_code`` (any code: the mock has no login page) and
``refresh_token`` where an authorization code or password flow is. Client credentials come
in the form body or as HTTP Basic. With ``clients`` (client id -> secret) only those
clients get tokens and only refresh tokens the mock issued are redeemed; a scheme is then
*enforced*: its requests need a live token the mock issued (or the ``--credential`` value
configured for it). Without them any client and any refresh token get a token.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.wire.auth import Scheme
from generator.wire.model import WireApi

DEFAULT_TOKEN_LIFETIME = 3600.0
log = logging.getLogger("specforge.mock")
_MAX_FORM = 16 * 1024  # a token request is a short form
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}  # RFC 6749 section 5.1


@dataclass
class _Issued:
    client_id: str
    expires: float  # time.monotonic()


def token_path(url: str, base_path: str) -> str:
    """Where the mock serves a token URL: an absolute URL's path, or a relative one resolved
    under the base path as a client resolves it against the server URL."""
    if urlsplit(url).scheme:
        path = urlsplit(url).path
    else:
        path = urlsplit(urljoin("http://mock" + base_path.rstrip("/") + "/", url)).path
    return path or "/"


class TokenEndpoint:
    """Every token URL of a spec, the tokens issued there and the requests it answered."""

    def __init__(
        self,
        model: WireApi,
        *,
        lifetime: float = DEFAULT_TOKEN_LIFETIME,
        clients: dict[str, str] | None = None,
        credentials: dict[str, str] | None = None,
    ) -> None:
        self.lifetime = lifetime
        self.clients = dict(clients or {})
        self.grants: dict[str, set[str]] = {}  # path -> the grant types served there
        schemes: set[str] = set()
        for scheme in model.schemes.values():
            for path, grant in _grants(scheme, model.base_path):
                self.grants.setdefault(path, set()).add(grant)
                schemes.add(scheme.key)
        configured = set(credentials or {})
        self.enforced = frozenset(s for s in schemes if self.clients or s in configured)
        """Schemes whose requests need a live token issued here (or the configured one)."""
        self.requests: Counter[str] = Counter()  # grant type -> token requests answered
        self._access: dict[str, _Issued] = {}
        self._refresh: dict[str, str] = {}  # refresh token -> its client id
        self._lock = threading.Lock()

    def routes(self) -> list[Route]:
        return [Route(path, self._serve, methods=["POST"]) for path in sorted(self.grants)]

    def live(self, token: str) -> bool:
        """Whether ``token`` is an access token issued here that has not expired."""
        issued = self._access.get(token)
        return issued is not None and time.monotonic() < issued.expires

    async def _serve(self, request: Request) -> JSONResponse:
        answer = await self._answer(request)
        # The grant and the status only: the form holds secrets.
        log.info("POST %s %d (token endpoint)", request.url.path, answer.status_code)
        return answer

    async def _answer(self, request: Request) -> JSONResponse:
        body = await request.body()
        if len(body) > _MAX_FORM:
            return _error(413, "invalid_request", f"the form is over {_MAX_FORM} bytes")
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return _error(
                400, "invalid_request", "send the form as application/x-www-form-urlencoded"
            )
        try:
            form = dict(
                parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            )
        except UnicodeDecodeError:
            return _error(400, "invalid_request", "the form is not UTF-8")
        grant = form.get("grant_type", "")
        self.requests[grant or "(none)"] += 1
        if grant not in self.grants.get(request.url.path, set()):
            served = ", ".join(sorted(self.grants.get(request.url.path, set())))
            return _error(400, "unsupported_grant_type", f"grant types served here: {served}")
        client = _client(form, request.headers.get("authorization", ""))
        if client is None:
            return _error(400, "invalid_request", "malformed HTTP Basic client credentials")
        client_id, secret = client
        if self.clients and not (
            client_id in self.clients
            and hmac.compare_digest(self.clients[client_id].encode(), secret.encode())
        ):
            return _error(401, "invalid_client", "unknown client or wrong client secret")
        if grant == "client_credentials":
            if not client_id:
                return _error(401, "invalid_client", "send client_id and client_secret")
            return self._issue(client_id, refresh=False)
        if grant == "authorization_code":
            if not form.get("code"):
                return _error(400, "invalid_request", "send the authorization code as code")
            return self._issue(client_id, refresh=True)
        presented = form.get("refresh_token", "")
        if not presented:
            return _error(400, "invalid_request", "send the refresh token as refresh_token")
        with self._lock:
            owner = self._refresh.pop(presented, None)
        if owner is None and self.clients:
            return _error(400, "invalid_grant", "unknown, used or revoked refresh token")
        return self._issue(client_id or owner or "", refresh=True)

    def _issue(self, client_id: str, *, refresh: bool) -> JSONResponse:
        token = "mock_at_" + secrets.token_urlsafe(24)
        answer: dict[str, Any] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.lifetime,
        }
        with self._lock:
            now = time.monotonic()
            # Expired tokens go as new ones come: the table stays as large as the live set.
            for old in [t for t, issued in self._access.items() if issued.expires <= now]:
                del self._access[old]
            self._access[token] = _Issued(client_id, now + self.lifetime)
            if refresh:
                answer["refresh_token"] = "mock_rt_" + secrets.token_urlsafe(24)
                self._refresh[answer["refresh_token"]] = client_id
        return JSONResponse(answer, headers=_NO_STORE)


def _grants(scheme: Scheme, base_path: str) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for flow in scheme.flows:
        if flow.name == "clientCredentials" and flow.token_url:
            result.append((token_path(flow.token_url, base_path), "client_credentials"))
        if flow.refreshable:
            if flow.name == "authorizationCode" and flow.token_url:
                result.append((token_path(flow.token_url, base_path), "authorization_code"))
            url = flow.refresh_url or flow.token_url
            result.append((token_path(url, base_path), "refresh_token"))
    return result


def _client(form: dict[str, str], authorization: str) -> tuple[str, str] | None:
    """The client id and secret, from HTTP Basic (RFC 6749 section 2.3.1) or the form."""
    kind, _, encoded = authorization.strip().partition(" ")
    if kind.lower() != "basic":
        return form.get("client_id", ""), form.get("client_secret", "")
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    client_id, colon, secret = decoded.partition(":")
    return (unquote(client_id), unquote(secret)) if colon else None


def _error(status: int, code: str, description: str) -> JSONResponse:
    headers = dict(_NO_STORE)
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="token"'
    return JSONResponse(
        {"error": code, "error_description": description}, status_code=status, headers=headers
    )
