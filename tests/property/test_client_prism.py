"""Part 3: the same client suite against Stoplight Prism, an independent mock.

Prism workarounds (see docs/property-tests.md) live in ``prism_target`` and nowhere else;
none of them relaxes a check on the generated clients.
"""

from __future__ import annotations

import pytest

from tests.property import _client_suite as suite
from tests.property import _harness as h
from tests.property.conftest import Servers


def prism_target(servers: Servers, api: str) -> suite.Target:
    server = servers.prism(api)
    return suite.Target(
        name="client-prism",
        # Prism routes the spec's paths at its root: it ignores the servers[0] base path.
        base_url=server.url,
        credentials=h.test_credentials(api),
        # Prism's documented way to pick a response: `Prefer: code=404`.
        error_headers=suite.prism_prefer,
        # Our bug, not Prism's: test_prism_interop.py::test_client_accepts_documented_media_type
        accept_documented_media_type=True,
        rejects_empty_required_query=True,
    )


@pytest.mark.parametrize(("api", "operation_id"), suite.operation_params())
def test_client_operation_against_prism(servers: Servers, api: str, operation_id: str) -> None:
    suite.run_operation(api, operation_id, prism_target(servers, api))
