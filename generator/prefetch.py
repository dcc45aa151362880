"""A spec's first generation: parse it and check it against the OpenAPI schema in a forked
child while the parent imports the generation pipeline.

On a spec's first run, importing PyYAML and jsonschema_rs, parsing and checking the document
(~40 ms on the 5-operation spec) and importing Jinja, the IR and the renderer (~40 ms) are
independent, and ran one after the other on one core. The child does the first part and
leaves its results where the parent looks first anyway, the parse cache
(``generator/parse_cache.py``) and the structure verdict (``validate.passes_openapi_schema``),
then exits; the parent imports meanwhile, waits for it, and runs as on any later run. Nothing
passes between them but the cache: when the child fails for any reason (a broken spec, a full
disk), the parent does the work itself and reports what it finds, as it would without one.
Only with a cache that lacks the spec, ``os.fork`` and more than one CPU.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from generator.load import load_spec, parse_is_cached
from generator.spec.grammar import openapi_version


def _nothing() -> None:
    return None


def start(spec: str | Path) -> Callable[[], None]:
    """Start the child when it can help; returns what waits for it (call it before loading)."""
    if not hasattr(os, "fork") or len(os.sched_getaffinity(0)) < 2:
        return _nothing
    if parse_is_cached(spec) is not False:
        return _nothing
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    try:
        pid = os.fork()
    except OSError:
        return _nothing
    if pid == 0:
        _child(spec)

    def wait() -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    return wait


def _child(spec: str | Path) -> None:
    status = 1
    try:
        # Whatever it would say, the parent says again when it matters.
        silent = os.open(os.devnull, os.O_WRONLY)
        os.dup2(silent, 1)
        os.dup2(silent, 2)
        from generator.validate import passes_openapi_schema

        loaded = load_spec(spec)
        version = openapi_version(loaded.data)
        if version is not None:
            passes_openapi_schema(loaded, version)
        status = 0
    except BaseException:  # anything at all: the parent does the work instead
        pass
    finally:
        os._exit(status)
