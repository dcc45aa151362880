"""``generate``: spec → installable client package."""

from __future__ import annotations

import sys


def run_generate(spec: str, output: str, name: str, *, check: bool = False) -> int:
    print("generate: not implemented yet (see the Generator issue)", file=sys.stderr)
    return 2
