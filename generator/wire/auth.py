"""Security schemes: one registry of the kinds of authentication, read by the analyzer, the
client runtime and the mock.

Each kind says how its credential travels and names the two places that implement it: the
``SecurityScheme.kind`` the client's runtime sends it as (``templates/runtime/_auth.py``;
None when a generated client cannot send it) and the mock's check for it
(``generator/mock/auth.py``). The analyzer names the credentials from ``credentials``.
tests/test_wire.py checks that every entry's runtime kind and mock check exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(eq=False)
class AuthKind:
    key: str
    summary: str
    runtime: str | None  # templates/runtime/_auth.py SecurityScheme.kind; None: not sendable
    mock_check: str  # a key of generator/mock/auth.py CHECKS
    # The words each secret's constructor argument is preferably named by, in order of
    # preference (the next one when the first is taken); None: after the scheme's parameter.
    credentials: tuple[tuple[str, ...], ...] | None = ()


AUTH_KINDS: dict[str, AuthKind] = {
    kind.key: kind
    for kind in (
        AuthKind(
            "apiKey", "a key in a header, query parameter or cookie", "apiKey", "apiKey", None
        ),
        AuthKind(
            "http-basic",
            "Authorization: Basic <base64 user:password>",
            "basic",
            "basic",
            (("username",), ("password",)),
        ),
        AuthKind(
            "http-bearer",
            "Authorization: Bearer <token>",
            "bearer",
            "bearer",
            (("api_key", "bearer_token"),),
        ),
        # Sent as a bearer token: one the client was given, or one it gets from the token
        # endpoint of a declared flow (``Scheme.flows``, templates/runtime/_oauth2.py).
        AuthKind(
            "oauth2",
            "an OAuth 2 access token, as a bearer token",
            "bearer",
            "bearer",
            (("access_token",),),
        ),
        AuthKind(
            "openIdConnect",
            "an OpenID Connect access token, as a bearer token",
            "bearer",
            "bearer",
            (("access_token",),),
        ),
        AuthKind("http", "Authorization: <scheme> <credentials>", None, "http"),
        # mutualTLS, and any type OpenAPI does not define: below HTTP, nothing to send or see.
        AuthKind("other", "below HTTP (mutual TLS)", None, "none"),
    )
}


@dataclass(frozen=True, eq=False)
class OAuthFlow:
    """One declared OAuth 2 flow of an oauth2 scheme (``flows.clientCredentials``, ...)."""

    name: str  # clientCredentials | authorizationCode | password | implicit
    token_url: str  # as the spec says (maybe relative to the server URL); "" for implicit
    refresh_url: str  # "" when the spec names none (refreshing then goes to token_url)
    scopes: tuple[str, ...]

    @property
    def refreshable(self) -> bool:
        """Whether the flow hands out refresh tokens (RFC 6749: not client credentials,
        nor implicit), so a client may hold one."""
        return self.name in ("authorizationCode", "password") and bool(
            self.refresh_url or self.token_url
        )


@dataclass(eq=False)
class Scheme:
    """One entry of ``components.securitySchemes``, resolved."""

    key: str  # its name there
    kind: AuthKind
    declared_type: str  # as the spec says: apiKey, http, oauth2, ...
    location: str  # where the credential travels: header | query | cookie
    name: str  # the header, query parameter or cookie that carries it
    http_scheme: str  # for type http, the scheme (basic, bearer, digest, ...), lower-case
    description: str
    pointer: str
    flows: tuple[OAuthFlow, ...] = ()  # for oauth2, in the spec's order

    def flow(self, name: str) -> OAuthFlow | None:
        return next((flow for flow in self.flows if flow.name == name), None)

    @property
    def refresh_flow(self) -> OAuthFlow | None:
        """The first flow whose refresh tokens the client can redeem."""
        return next((flow for flow in self.flows if flow.refreshable), None)


def _flows(raw: dict[str, Any]) -> tuple[OAuthFlow, ...]:
    flows = raw.get("flows")
    if not isinstance(flows, dict):
        return ()
    result: list[OAuthFlow] = []
    for name, flow in flows.items():
        if not isinstance(flow, dict):
            continue
        scopes = flow.get("scopes")
        result.append(
            OAuthFlow(
                name=str(name),
                token_url=str(flow.get("tokenUrl") or ""),
                refresh_url=str(flow.get("refreshUrl") or ""),
                scopes=tuple(str(s) for s in scopes) if isinstance(scopes, dict) else (),
            )
        )
    return tuple(result)


def resolve_scheme(key: str, scheme: Any, pointer: str) -> Scheme:
    """The ``Scheme`` of a security scheme object (its `$ref` already followed)."""
    raw = scheme if isinstance(scheme, dict) else {}
    declared = raw.get("type")
    http_scheme = str(raw.get("scheme", "")).lower() if declared == "http" else ""
    if declared == "http":
        kind = AUTH_KINDS.get(f"http-{http_scheme}", AUTH_KINDS["http"])
    else:
        kind = AUTH_KINDS.get(str(declared), AUTH_KINDS["other"])
    if kind.key == "apiKey":
        location, name = str(raw.get("in") or "header"), str(raw.get("name") or "Authorization")
    else:
        location, name = "header", "Authorization"
    return Scheme(
        key=key,
        kind=kind,
        declared_type=str(declared),
        location=location,
        name=name,
        http_scheme=http_scheme,
        description=str(raw.get("description") or "").strip(),
        pointer=pointer,
        flows=_flows(raw) if kind.key == "oauth2" else (),
    )


@dataclass(eq=False)
class Requirement:
    """One alternative of a `security` list: every scheme it names must be satisfied."""

    schemes: tuple[Scheme, ...]
    undeclared: tuple[str, ...]  # names no security scheme of the document has

    @property
    def anonymous(self) -> bool:
        """`{}`: no credentials at all is one of the alternatives."""
        return not self.schemes and not self.undeclared
