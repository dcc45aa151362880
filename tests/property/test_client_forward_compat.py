"""Forward compatibility: every operation of every generated client parses what the API may
answer once it has grown (``mock --forward-compat``: undeclared fields, unknown enum values,
optional fields left out), and dumps it back unchanged; a strict client refuses an unknown
enum value."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.mock.forward import ADDED_FIELD, UNKNOWN_ENUM_VALUE
from tests.property import _client_suite as suite
from tests.property import _harness as h
from tests.property.conftest import Servers


def forward_target(servers: Servers, api: str, **client_kwargs: Any) -> suite.Target:
    server = servers.mock(api, forward_compat=True)
    return suite.Target(
        name="client-forward-compat",
        base_url=server.url + h.base_path(api),
        credentials=h.test_credentials(api),
        error_headers=None,  # error bodies keep their shape in this mode: test_client_mock
        client_kwargs=client_kwargs,
    )


@pytest.mark.parametrize(("api", "operation_id"), suite.operation_params())
def test_client_parses_grown_responses(servers: Servers, api: str, operation_id: str) -> None:
    suite.run_operation(api, operation_id, forward_target(servers, api))


def _unknown_enum_response(servers: Servers) -> tuple[Any, Any]:
    """A propipelines operation whose forward-compatible answer holds an unknown enum value
    (found, not assumed: the test fails if the mode stops serving one), and its endpoint."""
    pkg = suite.package("propipelines")
    target = forward_target(servers, "propipelines")
    client = suite.make_client("propipelines", target)
    for op in h.api_ir("propipelines").operations:
        if op.http_method.upper() != "GET" or op.pagination is not None:
            continue
        try:
            raw = h.invoke(client, op, {})
        except (TypeError, pkg.APIStatusError):  # required arguments: not this one
            continue
        if UNKNOWN_ENUM_VALUE.encode() in raw.http_response.content:
            return op, raw
    raise AssertionError("no GET without arguments answered with an unknown enum value")


def test_unknown_enum_value_kept_and_strict_client_refuses(servers: Servers) -> None:
    pkg = suite.package("propipelines")
    op, raw = _unknown_enum_response(servers)
    body = json.loads(raw.http_response.content)
    assert ADDED_FIELD in json.dumps(body)
    found = [v for v in _values(raw.parsed) if isinstance(v, pkg.UnknownEnum)]
    assert found and all(v == UNKNOWN_ENUM_VALUE and v.raw == UNKNOWN_ENUM_VALUE for v in found)
    strict = suite.make_client(
        "propipelines", forward_target(servers, "propipelines", strict_response_validation=True)
    )
    with pytest.raises(pkg.APIResponseValidationError, match="not the documented body"):
        h.invoke(strict, op, {})


def _values(value: Any) -> list[Any]:
    """Every value inside a parsed response (models, lists, dicts), depth first."""
    if hasattr(value, "__pydantic_fields__"):
        found: list[Any] = []
        for name in type(value).model_fields:
            found += _values(getattr(value, name))
        return found
    if isinstance(value, list):
        return [v for item in value for v in _values(item)]
    if isinstance(value, dict):
        return [v for item in value.values() for v in _values(item)]
    return [value]
