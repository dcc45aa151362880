from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def load_generated(api: str) -> Any:
    """Import the committed generated package ``generated/<api>/<api>_client``."""
    path = str(ROOT / "generated" / api)
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module(f"{api}_client")
