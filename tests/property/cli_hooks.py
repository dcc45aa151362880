"""Schemathesis CLI hooks: the property suite's documented wire-level workarounds, for
``schemathesis run`` (loaded through ``SCHEMATHESIS_HOOKS=tests.property.cli_hooks``, the
CLI's own mechanism; ``SPECFORGE_CLI_API`` names the spec under test).

The same functions serve the pytest suite (``_harness.configure_schema``): integral floats
in positive parameters are sent as integers, and "negative" cases that are valid once on the
wire (percent-escaped path values, a query array of only empty strings, which serializes to
``name=`` just as the empty array does) are not sent. Nothing else is filtered.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from tests.property._harness import negative_on_the_wire, positive_case_as_sent

API = os.environ.get("SPECFORGE_CLI_API", "")


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    return positive_case_as_sent(case)


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    return negative_on_the_wire(API, case)
