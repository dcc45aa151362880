"""Part 2 (and 3): the generated clients, driven with Schemathesis-drawn inputs, against a server.

For one operation: hypothesis draws valid requests from the spec (Schemathesis'
``as_strategy``), the generated client method is called with them, and

- the server accepted the request (a mock or Prism that validates requests answers an
  invalid one with 4xx, which the client raises; any raise is a failure),
- the parsed value dumps back to exactly the JSON received (``response_round_trip``),
- every documented error status (injected with the target's fault mechanism) raises the
  exception class the runtime promises for it, with the declared error model as ``body``.

The package driven is the committed ``generated/<api>/`` unless a ``Package`` names another
one generated from the same spec (e.g. with the other model backend, installed elsewhere).
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import assume, given
from hypothesis import strategies as st

from generator.generate import build
from generator.ir import Api, Operation
from tests.conftest import load_generated
from tests.property import _harness as h


@dataclass
class Target:
    """Where the client suite sends its requests, and how that server is asked for errors."""

    name: str  # suite name in the summary, e.g. "client-mock"
    base_url: str
    credentials: Mapping[str, str | None]
    error_headers: Callable[[int], dict[str, str]] | None
    """Headers that make the server answer with a status; None: error checks not possible."""
    before_call: Callable[[], None] = lambda: None
    max_retries: int = 0
    safe_only: bool = False
    accept_statuses: frozenset[int] = frozenset()
    """Documented statuses a server may legitimately answer a valid request with (live: 404)."""
    client_kwargs: dict[str, Any] = field(default_factory=dict)
    accept_documented_media_type: bool = False
    """Send ``Accept: <the 2xx media types the spec documents>`` on every call. Works around
    the runtime bug pinned by test_prism_interop.py::test_client_accepts_documented_media_type
    (the clients always send ``Accept: application/json``; Prism answers 406 for JSON:API)."""

    rejects_empty_required_query: bool = False
    """Do not draw ``""`` for required query parameters: Prism reads ``name=`` as absent."""

    def headers(self, api: str, op: Operation, status: int | None = None) -> dict[str, str]:
        if not self.accept_documented_media_type:
            return {}
        media_types = h.success_media_types(api, op)
        if status is not None:
            # Prism answers 200 instead of the `Prefer`red status when the Accept header
            # does not name that response's media type (application/problem+json ...).
            media_types = h.error_media_types(api, op, status) + media_types
        return {"Accept": ", ".join(dict.fromkeys(media_types))} if media_types else {}


def mock_fault(status: int) -> dict[str, str]:
    return {"X-Mock-Fault": f"status={status}"}


def prism_prefer(status: int) -> dict[str, str]:
    return {"Prefer": f"code={status}"}


@functools.cache
def strategy_schema(api: str) -> Any:
    schema = schemathesis.openapi.from_dict(h.raw_spec(api))
    return h.configure_schema(api, schema, max_examples=h.CLIENT_EXAMPLES)


@dataclass(frozen=True)
class Package:
    """The generated package the suite drives: the committed ``generated/<api>/`` unless
    ``location`` names the folder (e.g. a ``pip install --target``) that holds a package
    generated from ``specs/<api>.yaml`` with ``--name name --models models``."""

    api: str
    location: Path | None = None
    name: str = ""
    models: str = "native"

    def ir(self) -> Api:
        """The IR the package was rendered from (operations, method and parameter names)."""
        if self.location is None:
            return h.api_ir(self.api)
        return built_ir(self.api, self.name or self.api, self.models)

    def module(self) -> Any:
        if self.location is None:
            return load_generated(self.api)
        if str(self.location) not in sys.path:
            sys.path.insert(0, str(self.location))
        return importlib.import_module(self.ir().package)


@functools.cache
def built_ir(api: str, name: str, models: str) -> Api:
    """The IR of ``specs/<api>.yaml`` generated with ``--name name --models models``."""
    built, _ = build(h.SPECS_DIR / f"{api}.yaml", name, models=models)
    return built


def package(api: str, chosen: Package | None = None) -> Any:
    return (chosen or Package(api)).module()


def make_client(api: str, target: Target, chosen: Package | None = None) -> Any:
    pkg = package(api, chosen)
    credentials = {k: v for k, v in target.credentials.items() if v is not None}
    return pkg.Client(
        base_url=target.base_url,
        max_retries=target.max_retries,
        **credentials,
        **target.client_kwargs,
    )


def endpoint_of(client: Any, op: Operation) -> Any:
    resource = getattr(client, op.resource_attr)
    module = importlib.import_module(type(resource).__module__)
    return getattr(module, op.constant_name)


def error_statuses(op: Operation) -> list[int]:
    """One status per documented error response (``4XX`` -> 400, ``5XX`` -> 500 and 503,
    ``default`` -> 400 and 500 unless listed: it stands for every status not listed)."""
    statuses: set[int] = set()
    for key in op.error_types:
        if key.isdigit():
            statuses.add(int(key))
        elif key.upper() == "4XX":
            statuses.add(400)
        elif key.upper() == "5XX":
            statuses.update((500, 503))
        elif key == "default":
            statuses.update((400, 500))
    return sorted(s for s in statuses if 400 <= s <= 599)


# The runtime contract (docs/runtime-contract.md, `_exceptions.py` docstring), written out
# here rather than read from the runtime, so a broken mapping in the runtime is caught.
_ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def expected_error_class(pkg: Any, status: int) -> type[Exception]:
    name = "InternalServerError" if status >= 500 else _ERROR_CLASSES.get(status, "APIStatusError")
    found: type[Exception] = getattr(pkg, name)
    return found


def is_safe(op: Operation) -> bool:
    return op.http_method.upper() in ("GET", "HEAD", "OPTIONS")


def call_once(
    api: str, target: Target, client: Any, op: Operation, case: Any, chosen: Package | None = None
) -> None:
    """One drawn case through the client; raises ClientCheckFailed on a broken property."""
    pkg = package(api, chosen)
    call = h.client_call(api, op, case)
    target.before_call()
    try:
        extra = target.headers(api, op)
        raw = h.invoke(client, op, call.kwargs, **({"extra_headers": extra} if extra else {}))
    except pkg.APIStatusError as error:
        if error.status_code in target.accept_statuses:
            expected = expected_error_class(pkg, error.status_code)
            if type(error) is not expected:
                raise h.ClientCheckFailed(
                    "error_type", f"{error.status_code} raised {type(error).__name__}"
                ) from error
            return
        raise h.ClientCheckFailed(
            "request_accepted",
            f"{op.operation_id}: the server refused what the client sent for a valid case "
            f"({error.status_code}): {error.message}\n  arguments: {call.kwargs!r}",
        ) from error
    except pkg.APIResponseValidationError as error:
        raise h.ClientCheckFailed(
            "response_parsed", f"{op.operation_id}: {error.message}"
        ) from error
    h.check_round_trip(op, raw.http_response, raw.parsed)


def check_errors(
    api: str, target: Target, client: Any, op: Operation, case: Any, chosen: Package | None = None
) -> None:
    """Each documented error status raises its exception class, with the declared body type."""
    if target.error_headers is None:
        return
    pkg = package(api, chosen)
    call = h.client_call(api, op, case)
    endpoint = endpoint_of(client, op)
    for status in error_statuses(op):
        target.before_call()
        try:
            headers = {**target.headers(api, op, status), **target.error_headers(status)}
            h.invoke(client, op, call.kwargs, extra_headers=headers)
        except pkg.APIStatusError as caught:
            # The generated package is imported at run time, so its error class is Any to mypy.
            status_error: Any = caught
            # Any, not type[Exception]: the identity check below would narrow status_error to it.
            expected: Any = expected_error_class(pkg, status)
            if type(status_error) is not expected or status_error.status_code != status:
                raise h.ClientCheckFailed(
                    "error_type",
                    f"{op.operation_id}: {status} raised {type(status_error).__name__} "
                    f"({status_error.status_code}), expected {expected.__name__}",
                ) from caught
            declared = pkg._response._error_type_for(endpoint.error_types, status)
            content = status_error.response.content
            if declared is Any:
                # An undocumented body (any JSON, e.g. every Overplane error): kept as sent.
                # `typing.Any` is a class since Python 3.11, so it must not reach isinstance.
                if content.strip() and status_error.body != json.loads(content):
                    raise h.ClientCheckFailed(
                        "error_body",
                        f"{op.operation_id}: the {status} body was not kept as sent: "
                        f"{status_error.body!r}",
                    ) from caught
                continue
            if isinstance(declared, type) and not isinstance(status_error.body, declared):
                raise h.ClientCheckFailed(
                    "error_body",
                    f"{op.operation_id}: the {status} body is not a {declared.__name__}: "
                    f"{status_error.body!r}",
                ) from caught
            if isinstance(declared, type) and content.strip():
                problems = h.differences(json.loads(content), h.dump(status_error.body))
                if problems:
                    raise h.ClientCheckFailed(
                        "error_body", f"{op.operation_id} {status}: " + "; ".join(problems[:5])
                    ) from caught
        except httpx.HTTPError as transport_error:  # pragma: no cover - reported as a failure
            raise h.ClientCheckFailed(
                "error_type", f"{status}: transport error {transport_error}"
            ) from transport_error
        else:
            raise h.ClientCheckFailed(
                "error_type", f"{op.operation_id}: a {status} response did not raise"
            )


def run_operation(
    api: str, operation_id: str, target: Target, chosen: Package | None = None
) -> None:
    """The property test of one operation against ``target`` (drives hypothesis itself), with
    the committed package or the ``chosen`` one."""
    op = {op.operation_id: op for op in (chosen or Package(api)).ir().operations}[operation_id]
    if target.safe_only and not is_safe(op):
        raise AssertionError("unsafe operations are deselected before they get here")
    path, method = h.spec_operation(api, op)
    strategy = strategy_schema(api)[path][method].as_strategy()
    client = make_client(api, target, chosen)
    errors_checked = False

    @h.hypothesis_settings(h.CLIENT_EXAMPLES)
    @given(case=strategy, data=st.data())
    def property_test(case: Any, data: Any) -> None:
        nonlocal errors_checked
        if target.rejects_empty_required_query:
            required = {p.wire_name for p in op.parameters if p.location == "query" and p.required}
            assume(all((case.query or {}).get(name) != "" for name in required))
        failed: list[str] = []
        try:
            call_once(api, target, client, op, case, chosen)
            if not errors_checked:
                errors_checked = True
                check_errors(api, target, client, op, case, chosen)
        except BaseException as error:
            failed = h.failed_checks(error)
            raise
        finally:
            h.SUMMARY.case(api, target.name, operation_id, failed)

    try:
        property_test()
    finally:
        client.close()


def operation_params(safe_only: bool = False) -> list[Any]:
    return [
        pytest.param(api, op.operation_id, id=f"{api}-{op.operation_id}")
        for api in h.APIS
        for op in h.api_ir(api).operations
        if not safe_only or is_safe(op)
    ]
