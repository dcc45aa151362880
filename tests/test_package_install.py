"""A generated package builds into a wheel that installs and imports on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, install_wheel, run_installed


def test_generated_package_builds_and_installs(tmp_path: Path) -> None:
    # Built from a copy: setuptools writes build/ and *.egg-info into the source folder, and
    # generated/ is read by other tests running at the same time.
    source = tmp_path / "overplane"
    shutil.copytree(ROOT / "generated" / "overplane", source)
    wheel, target = install_wheel(source, tmp_path)
    assert wheel.name.startswith("overplane_client-")
    installed = target / "overplane_client"
    assert (installed / "py.typed").exists()
    assert (installed / "resources" / "leads.py").exists()
    probe = (
        "import overplane_client as p; c = p.Client(api_key='k'); "
        "print(type(c).__name__, p.Lead.__name__, c.leads.list.__name__)"
    )
    assert run_installed(target, probe, tmp_path).split() == ["OverplaneCRMLead", "Lead", "list"]
