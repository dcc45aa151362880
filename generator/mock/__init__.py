"""A validating, spec-driven mock server.

``create_app(spec, seed=0, stateful=False, failure_rate=0.0)`` builds the ASGI app;
``python -m generator mock SPEC`` serves it with uvicorn. Requests are routed under the
base path of ``servers[0]``, validated against the spec (credentials, parameters, body),
and answered with the documented example or data generated from the schema. With
``stateful=True`` collections keep the records created through the API. Faults are
injected per request with the ``X-Mock-Fault`` header (see ``generator.mock.faults``)::

    X-Mock-Fault: status=429;retry-after=1   documented 429 body plus Retry-After: 1
    X-Mock-Fault: status=503                 documented 503 (or 5XX) body
    X-Mock-Fault: delay=300ms                answer after 300 ms (also ``2s``)
    X-Mock-Fault: reset                      close the connection without answering
    X-Mock-Fault: truncate                   Content-Length larger than the body, then close
"""

from generator.mock.app import create_app
from generator.mock.server import MockServer

__all__ = ["MockServer", "create_app"]
