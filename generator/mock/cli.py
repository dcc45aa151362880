"""``mock``: serve a spec on 127.0.0.1."""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from generator.diagnostics import SpecError
from generator.load import LoadedSpec

if TYPE_CHECKING:  # socket loads when a mock starts, not with every CLI command
    import socket

ENV_PREFIX = "SPECFORGE_MOCK_CREDENTIAL_"
FORWARD_COMPAT_ENV = "SPECFORGE_MOCK_FORWARD_COMPAT"


def forward_compat(option: bool | None, environ: Mapping[str, str]) -> bool:
    """Whether to serve forward-compatible variants: ``--forward-compat``, else the
    environment variable (``1``, ``true``, ``yes`` or ``on``)."""
    if option is not None:
        return option
    return environ.get(FORWARD_COMPAT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def env_name(scheme: str) -> str:
    """The environment variable holding ``scheme``'s credential: ``outreachOAuth`` ->
    ``SPECFORGE_MOCK_CREDENTIAL_OUTREACHOAUTH``, ``api-key`` -> ``..._API_KEY``."""
    return ENV_PREFIX + re.sub(r"[^A-Z0-9]", "_", scheme.upper())


def _scheme_names(data: object) -> list[str]:
    components = data.get("components") if isinstance(data, dict) else None
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    return [str(name) for name in schemes] if isinstance(schemes, dict) else []


def read_credentials(
    options: Sequence[str], schemes: Sequence[str], environ: Mapping[str, str]
) -> dict[str, str]:
    """Scheme name -> accepted value, from the environment and then ``--credential``
    options (which win). A ``ValueError`` says what is wrong without the value."""
    credentials: dict[str, str] = {}
    for scheme in schemes:
        value = environ.get(env_name(scheme))
        if value:
            credentials[scheme] = value
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name:
            raise ValueError("expected SCHEME=VALUE (the name of a security scheme, then =)")
        credentials[name] = value
    return credentials


def read_oauth_clients(options: Sequence[str]) -> dict[str, str]:
    """``--oauth-client ID:SECRET`` options -> client id -> secret (never echoed)."""
    clients: dict[str, str] = {}
    for option in options:
        client_id, sep, secret = option.partition(":")
        if not sep or not client_id or not secret:
            raise ValueError("expected ID:SECRET (a client id, then : and its secret)")
        clients[client_id] = secret
    return clients


class _RateLimitOptionError(ValueError):
    """``--rate-limit`` is unusable (told apart from the credentials' ``ValueError``)."""


def _rate_limit(option: str | None, loaded: LoadedSpec) -> str | None:
    """``--rate-limit``, checked against the spec before the app is built."""
    if option is None:
        return None
    from generator.mock.quota import parse_rate_limit
    from generator.wire.build import documented_quota

    try:
        parse_rate_limit(option, documented_quota(loaded.data))
    except ValueError as error:
        raise _RateLimitOptionError(str(error)) from None
    return option


def run_mock(args: argparse.Namespace) -> int:
    """Serve ``args.spec``. Besides the options every caller has (spec, host, port, seed,
    stateful, failure_rate), reads the limits when the parser defines them: ``max_records``
    and ``max_store_bytes`` (the stateful store; past them a create is a 507),
    ``max_body`` (bytes; a larger request body is a 413), ``idle_timeout`` and
    ``request_timeout`` (seconds) and ``max_connections`` (``generator.mock.server``), and
    ``workers`` (server processes, ``generator.mock.workers``)."""
    from generator.mock.app import MAX_BODY, create_app
    from generator.mock.oauth import DEFAULT_TOKEN_LIFETIME
    from generator.mock.server import IDLE_TIMEOUT, MAX_CONNECTIONS, REQUEST_TIMEOUT, make_server
    from generator.mock.store import MAX_RECORDS, MAX_STORE_BYTES

    limits = {
        "token_lifetime": (DEFAULT_TOKEN_LIFETIME, float),
        "max_records": (MAX_RECORDS, int),
        "max_store_bytes": (MAX_STORE_BYTES, int),
        "max_body": (MAX_BODY, int),
        "max_connections": (MAX_CONNECTIONS, int),
        "idle_timeout": (IDLE_TIMEOUT, float),
        "request_timeout": (REQUEST_TIMEOUT, float),
    }
    values: dict[str, float] = {}
    for name, (default, kind) in limits.items():
        value = getattr(args, name, None)
        value = default if value is None else value
        # A limit of 0, a negative one, nan or inf would switch the protection off or
        # make the mock refuse everything.
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value <= 0
            or (kind is int and value != int(value))
        ):
            option = "--" + name.replace("_", "-")
            print(f"{option}: expected a positive {kind.__name__}, got {value!r}", file=sys.stderr)
            return 2
        values[name] = kind(value)
    failure_rate = args.failure_rate
    if not (isinstance(failure_rate, int | float) and 0.0 <= failure_rate <= 1.0):
        print(f"--failure-rate: expected 0 to 1, got {failure_rate!r}", file=sys.stderr)
        return 2

    from generator.mock.workers import bind_workers, refusal, supervise

    workers = getattr(args, "workers", 1)
    refused = refusal(
        workers,
        args.stateful,
        {name: getattr(args, name[2:], None) for name in ("--replay", "--record", "--report")},
    )
    if refused:
        print(refused, file=sys.stderr)
        return 2

    forward = forward_compat(getattr(args, "forward_compat", None), os.environ)
    try:
        oauth_clients = read_oauth_clients(getattr(args, "oauth_client", None) or [])
    except ValueError as error:
        print(f"--oauth-client: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        from generator.load import load_spec

        loaded = load_spec(args.spec)
        credentials = read_credentials(
            getattr(args, "credential", None) or [], _scheme_names(loaded.data), os.environ
        )
        rate_limit = _rate_limit(getattr(args, "rate_limit", None), loaded)
        app = create_app(
            loaded,
            seed=args.seed,
            stateful=args.stateful,
            failure_rate=failure_rate,
            max_body=int(values["max_body"]),
            max_records=int(values["max_records"]),
            max_store_bytes=int(values["max_store_bytes"]),
            credentials=credentials,
            forward_compat=forward,
            token_lifetime=values["token_lifetime"],
            oauth_clients=oauth_clients,
            rate_limit=rate_limit,
        )
    except SpecError as error:
        error.print()
        return 1
    except _RateLimitOptionError as error:
        print(f"--rate-limit: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"--credential: {error}", file=sys.stderr)
        return 2
    from generator.mock.modes import ModeError, Modes, configure

    chosen = Modes(
        proxy=getattr(args, "proxy", None),
        upstream_timeout=getattr(args, "upstream_timeout", None),
        report=getattr(args, "report", None),
        record=getattr(args, "record", None),
        replay=getattr(args, "replay", None),
        data=getattr(args, "data", None),
        webhooks=getattr(args, "webhook", None) or [],
        webhook_secret=getattr(args, "webhook_secret", None) or "",
        webhook_hosts=getattr(args, "webhook_allow_host", None) or [],
    )
    try:
        described = configure(app, chosen)
    except ModeError as error:
        print(error, file=sys.stderr)
        return 2
    except SpecError as error:
        error.print()
        return 1
    core = app.state.mock
    # Imported here: `generate` imports this module for its option names, and needs no logging.
    import logging

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("specforge.mock")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    server = make_server(
        app,
        args.host,
        args.port,
        idle_timeout=values["idle_timeout"],
        request_timeout=values["request_timeout"],
        max_connections=int(values["max_connections"]),
    )
    try:
        listening = _bind(args.host, args.port)
        sockets = [listening] if workers == 1 else bind_workers(listening, workers)
    except OSError as error:
        print(f"mock: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    host, port = sockets[0].getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    base = core.model.base_path
    # Scheme names only, never the values.
    enforced = ", ".join(sorted(set(credentials) | core.tokens.enforced))
    modes = ", ".join(
        part
        for part in (
            "stateful" if args.stateful else "",
            f"failure rate {args.failure_rate:g}" if args.failure_rate else "",
            "forward-compatible responses" if forward else "",
            f"rate limit {core.rate_limiter.rule.label}" if core.rate_limiter else "",
            f"seed {args.seed}",
            *(f"OAuth 2 token endpoint {path}" for path in sorted(core.tokens.grants)),
            f"{workers} worker processes" if workers > 1 else "",
            *described,
        )
        if part
    )
    print(
        f"Mock of {core.model.title} serving on http://{host}:{port}{base} "
        f"(base path {base or '/'}; {len(core.model.operations)} operations; {modes}; "
        f"ready in {time.perf_counter() - started:.2f}s); inject faults per request with "
        "the X-Mock-Fault header (status=503, delay=300ms, reset, truncate) or for a share "
        "of all requests with --failure-rate F"
        + (f"; credentials enforced for {enforced}" if enforced else ""),
        flush=True,
    )
    if workers == 1:
        server.run(sockets=sockets)
        return 0

    def serve(sock: socket.socket) -> bool:
        server.run(sockets=[sock])
        return bool(server.started)

    return supervise(serve, sockets)


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the start line is printed: the line then names
    the real port (``--port 0`` picks a free one) and a refusal is one line, not a log."""
    import socket

    family, kind, protocol, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listening = socket.socket(family, kind, protocol)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
        listening.listen(2048)
    except OSError:
        listening.close()
        raise
    listening.setblocking(False)
    return listening
