"""``mock``: serve a spec on 127.0.0.1."""

from __future__ import annotations

import argparse
import sys


def run_mock(args: argparse.Namespace) -> int:
    print("mock: not implemented yet (see the Mock server issue)", file=sys.stderr)
    return 2
