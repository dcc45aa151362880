"""A generated package builds into a wheel that installs and imports on its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_generated_package_builds_and_installs(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    source = ROOT / "generated" / "overplane"
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("overplane_client-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    installed = target / "overplane_client"
    assert (installed / "py.typed").exists()
    assert (installed / "resources" / "leads.py").exists()
    probe = (
        "import overplane_client as p; c = p.Client(api_key='k'); "
        "print(type(c).__name__, p.Lead.__name__, c.leads.list.__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.split() == ["OverplaneCRMLead", "Lead", "list"]
