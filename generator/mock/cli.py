"""``mock``: serve a spec on 127.0.0.1."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from generator.diagnostics import SpecError


def run_mock(args: argparse.Namespace) -> int:
    from generator.mock.app import create_app
    from generator.mock.server import make_server

    started = time.perf_counter()
    try:
        app = create_app(
            args.spec,
            seed=args.seed,
            stateful=args.stateful,
            failure_rate=args.failure_rate,
        )
    except SpecError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return 1
    core = app.state.mock
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("specforge.mock")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    server = make_server(app, args.host, args.port)
    base = core.model.base_path
    modes = ", ".join(
        part
        for part in (
            "stateful" if args.stateful else "",
            f"failure rate {args.failure_rate:g}" if args.failure_rate else "",
            f"seed {args.seed}",
        )
        if part
    )
    print(
        f"Mock of {core.model.title} serving on http://{args.host}:{args.port}{base} "
        f"(base path {base or '/'}; {len(core.model.operations)} operations; {modes}; "
        f"ready in {time.perf_counter() - started:.2f}s)",
        flush=True,
    )
    server.run()
    return 0
