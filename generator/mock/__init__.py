"""A validating, spec-driven mock server.

``create_app(spec, seed=0, stateful=False, failure_rate=0.0)`` builds the ASGI app;
``python -m generator mock SPEC`` serves it with uvicorn. Requests are routed under the
base path of ``servers[0]``, validated against the spec (credentials, parameters, body),
and answered with the documented example or data generated from the schema. With
``stateful=True`` collections keep the records created through the API. ``credentials``
(scheme name -> the one accepted value) makes the credential check exact
(``generator.mock.validation``); refusals get the closest status the operation documents. Faults are
injected per request with the ``X-Mock-Fault`` header (see ``generator.mock.faults``)::

    X-Mock-Fault: status=429;retry-after=1   documented 429 body plus Retry-After: 1
    X-Mock-Fault: status=503                 documented 503 (or 5XX) body
    X-Mock-Fault: delay=300ms                answer after 300 ms (also ``2s``)
    X-Mock-Fault: reset                      close the connection without answering
    X-Mock-Fault: truncate                   Content-Length larger than the body, then close

Limits (each malformed or oversized request gets a 4xx, never a 500): a request body over
1 MiB is a 413, a head over 256 fields or 64 kB a 431, a target over 16 kB a 414, a request
not received in full within 30 s a 408; idle connections close after 5 s and at most 1000
are open (``generator.mock.server``). The stateful store holds at most 10,000 records and
64 MiB; a create past that is a 507 (``generator.mock.store``). A bad ``X-Mock-Fault`` is a
400 (``generator.mock.faults``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.mock.app import create_app
    from generator.mock.server import MockServer

__all__ = ["MockServer", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `python -m generator generate` imports `generator.mock.cli` for
    # its option names, and the app with starlette and uvicorn costs more than a small spec.
    if name == "create_app":
        from generator.mock.app import create_app

        return create_app
    if name == "MockServer":
        from generator.mock.server import MockServer

        return MockServer
    raise AttributeError(f"module 'generator.mock' has no attribute {name!r}")
