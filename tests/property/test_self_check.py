"""The suite catches breakage: a deliberately broken generated client or mock makes the very
property functions the suite runs fail (run here programmatically, on one operation)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import given
from starlette.applications import Starlette

from generator.mock import MockServer, create_app
from generator.mock.app import SPEC_PATH
from generator.mock.responses import Reply
from tests.conftest import load_generated
from tests.property import _client_suite as suite
from tests.property import _harness as h


def _raised_checks(error: BaseException) -> set[str]:
    if isinstance(error, BaseExceptionGroup):
        return {name for inner in error.exceptions for name in _raised_checks(inner)}
    return set(h.failed_checks(error))


def _broken_overplane_mock() -> Starlette:
    """The overplane mock with `lead_name` of getLead's 200 body flipped to a number."""
    app = create_app(h.SPECS_DIR / "overplane.yaml")
    core = app.state.mock
    original = core._stateless_success

    def broken(operation: Any, later: bool = False) -> Reply:
        reply: Reply = original(operation, later)
        if operation.operation_id != "getLead":
            return reply
        body = json.loads(reply.encode())
        body["lead_name"] = 12345
        return Reply(reply.status, reply.media_type, json.dumps(body).encode(), reply.headers)

    core._stateless_success = broken
    return app


@pytest.fixture
def broken_mock_server() -> Iterator[MockServer]:
    with MockServer(_broken_overplane_mock()) as server:
        yield server


def _mock_target(server: MockServer, api: str) -> suite.Target:
    return suite.Target(
        name="self-check (expected)",
        base_url=server.url + h.base_path(api),
        credentials=h.test_credentials(api),
        error_headers=suite.mock_fault,
    )


def test_spec_suite_fails_on_a_mock_answering_a_wrong_field_type() -> None:
    schema = schemathesis.openapi.from_asgi(SPEC_PATH, _broken_overplane_mock())
    schema = h.configure_schema("overplane", schema, max_examples=5)
    operation = schema["/api/crm/lead/{lead_id}"]["GET"]

    @h.hypothesis_settings(5)
    @given(case=operation.as_strategy())
    def spec_property(case: Any) -> None:  # the body of test_<api>_spec_against_mock
        h.run_schemathesis_case("overplane", "self-check (expected)", case)

    with pytest.raises(BaseException) as caught:
        spec_property()
    assert "response_schema_conformance" in _raised_checks(caught.value)


def test_client_suite_fails_on_a_mock_answering_a_wrong_field_type(
    broken_mock_server: MockServer,
) -> None:
    with pytest.raises(BaseException) as caught:
        suite.run_operation("overplane", "getLead", _mock_target(broken_mock_server, "overplane"))
    assert "response_parsed" in _raised_checks(caught.value)


def test_client_suite_fails_when_the_client_drops_a_query_parameter(
    servers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Flip the generated client's query serialization: `user_id` (required) is never sent.
    pkg = load_generated("propipelines")
    base_client = pkg._base_client
    original = base_client.serialize_query

    def dropping(param: Any, value: Any) -> list[tuple[str, str]]:
        return [] if param.name == "user_id" else original(param, value)

    monkeypatch.setattr(base_client, "serialize_query", dropping)
    target = _mock_target(servers.mock("propipelines"), "propipelines")
    with pytest.raises(BaseException) as caught:
        suite.run_operation("propipelines", "logAs", target)
    assert "request_accepted" in _raised_checks(caught.value)


def test_client_suite_fails_when_the_client_loses_a_response_field(
    servers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Flip the generated client's response parsing: every parsed model forgets `lead_name`.
    pkg = load_generated("overplane")
    response_module = pkg._response
    original = response_module._validate_json

    def forgetful(tp: Any, content: bytes, context: Any = None) -> Any:
        data = json.loads(content)
        if isinstance(data, dict):
            data.pop("lead_name", None)
        return original(tp, json.dumps(data).encode(), context)

    monkeypatch.setattr(pkg._base_client, "_validate_json", forgetful)
    target = _mock_target(servers.mock("overplane"), "overplane")
    with pytest.raises(BaseException) as caught:
        suite.run_operation("overplane", "getLead", target)
    assert "response_round_trip" in _raised_checks(caught.value)


def test_client_suite_fails_when_errors_raise_the_wrong_class(
    servers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Flip the status -> exception mapping: a 404 raises the generic APIStatusError.
    pkg = load_generated("overplane")
    monkeypatch.setitem(pkg._exceptions._STATUS_ERRORS, 404, pkg.APIStatusError)
    target = _mock_target(servers.mock("overplane"), "overplane")
    with pytest.raises(BaseException) as caught:
        suite.run_operation("overplane", "getLead", target)
    assert "error_type" in _raised_checks(caught.value)
