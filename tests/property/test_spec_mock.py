"""Part 1: every spec against its mock, in-process (ASGI), with every Schemathesis check.

Stateless: positive and negative cases for every operation (``negative_data_rejection``:
invalid input gets a 4xx; ``not_a_server_error``: never a 5xx). Stateful: sequences built
from the spec's OpenAPI links (and Schemathesis' inference) against ``stateful=True``.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

from generator.mock import create_app
from generator.mock.app import SPEC_PATH
from tests.property import _harness as h


def _schema(api: str, *, stateful: bool) -> Any:
    app = create_app(h.SPECS_DIR / f"{api}.yaml", stateful=stateful)
    schema = schemathesis.openapi.from_asgi(SPEC_PATH, app)
    return h.configure_schema(api, schema, max_examples=h.SPEC_EXAMPLES)


def _stateless_test(api: str) -> Any:
    schema = _schema(api, stateful=False)

    @schema.parametrize()  # type: ignore[untyped-decorator]
    def test(case: Any) -> None:
        h.run_schemathesis_case(api, "spec-mock", case)

    test.__name__ = f"test_{api}_spec_against_mock"
    return test


test_overplane_spec_against_mock = _stateless_test("overplane")
test_overloop_spec_against_mock = _stateless_test("overloop")
test_propipelines_spec_against_mock = _stateless_test("propipelines")
test_outreach_spec_against_mock = _stateless_test("outreach")


def test_every_spec_is_covered() -> None:
    assert h.APIS == ["outreach", "overloop", "overplane", "propipelines"], (
        "a new spec needs its own test_<api>_spec_against_mock line above"
    )


def state_machine(api: str) -> Any:
    """The Schemathesis state machine of ``api`` against the stateful mock, recording results."""
    schema = _schema(api, stateful=True)
    base = schema.as_state_machine()

    class Machine(base):  # type: ignore[valid-type,misc]
        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            label = case.operation.label
            try:
                case.validate_response(
                    response,
                    excluded_checks=h.MOCK_EXCLUDED_CHECKS,
                    additional_checks=[*(additional_checks or []), *h.MOCK_ADDITIONAL_CHECKS],
                    transport_kwargs=kwargs or None,
                    recorder=self.recorder,
                )
            except BaseException as error:
                h.SUMMARY.case(api, "spec-mock-stateful", label, h.failed_checks(error))
                raise
            h.SUMMARY.case(api, "spec-mock-stateful", label)

    return Machine


@pytest.mark.parametrize("api", h.APIS)
def test_stateful_sequences_against_mock(api: str) -> None:
    machine = state_machine(api)
    machine.run(settings=h.hypothesis_settings(h.STATEFUL_EXAMPLES, stateful_step_count=6))
