"""Snapshot of the code generated for a small spec that uses every parameter style and body
kind. Review a diff here as you would review hand-written code; refresh it with
``SNAPSHOT_UPDATE=1 pytest tests/test_snapshot.py``."""

from __future__ import annotations

import os

from generator.generate import build
from tests.conftest import FIXTURES

SNAPSHOT = FIXTURES / "snapshot"
RENDERED = (
    "pyproject.toml",
    "README.md",
    "petstore_client/__init__.py",
    "petstore_client/_client.py",
    "petstore_client/_errors.py",
    "petstore_client/resources/pets.py",
    "petstore_client/resources/session.py",
)


def test_petstore_snapshot() -> None:
    _, files = build(SNAPSHOT / "petstore.yaml", "petstore")
    expected_dir = SNAPSHOT / "expected"
    models = sorted(path for path in files if path.startswith("petstore_client/models/"))
    assert models == sorted(
        str(path.relative_to(expected_dir))
        for path in (expected_dir / "petstore_client" / "models").glob("*.py")
    ) or os.environ.get("SNAPSHOT_UPDATE"), "the models package's modules"
    for relative in (*RENDERED, *models):
        expected = expected_dir / relative
        if os.environ.get("SNAPSHOT_UPDATE"):
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_text(files[relative], encoding="utf-8")
        assert files[relative] == expected.read_text(encoding="utf-8"), relative
