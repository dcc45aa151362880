"""Part 2: every operation of every generated client against the mock on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.property import _client_suite as suite
from tests.property import _harness as h
from tests.property.conftest import Servers


def mock_target(servers: Servers, api: str) -> suite.Target:
    server = servers.mock(api)
    return suite.Target(
        name="client-mock",
        base_url=server.url + h.base_path(api),
        credentials=h.test_credentials(api),
        error_headers=suite.mock_fault,
    )


@pytest.mark.parametrize(("api", "operation_id"), suite.operation_params())
def test_client_operation_against_mock(servers: Servers, api: str, operation_id: str) -> None:
    suite.run_operation(api, operation_id, mock_target(servers, api))
