"""Regeneration never loses a user's file: only what specforge wrote is replaced."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.generate import build
from generator.write import MANIFEST, WriteError, check_output, write_output
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "overplane.yaml"
MODELS = "overplane_client/models/_lead_list.py"


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return build(SPEC, "overplane")[1]


def _generate(output: str | Path, *extra: str, cwd: Path | None = None, **env: str) -> Any:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(SPEC),
            "-o",
            str(output),
            "-n",
            "overplane",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


def _user_tree(target: Path) -> dict[str, bytes]:
    """A user's things inside a package directory: a repo, a venv, tests, notes."""
    made = {
        ".git/HEAD": b"ref: refs/heads/main\n",
        ".venv/bin/python": b"#!/bin/sh\n",
        "tests/test_client.py": b"def test_it():\n    pass\n",
        "NOTES.md": b"precious\n",
        "overplane_client/my_helpers.py": b"HELPER = 1\n",
    }
    for relative, content in made.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return made


def _assert_kept(target: Path, made: dict[str, bytes]) -> None:
    for relative, content in made.items():
        assert (target / relative).read_bytes() == content, relative


def test_regeneration_keeps_every_file_it_did_not_write(
    tmp_path: Path, files: dict[str, str]
) -> None:
    target = tmp_path / "pkg"
    write_output(target, files)
    made = _user_tree(target)
    plan = write_output(target, files)
    assert plan.write == {} and plan.delete == []
    _assert_kept(target, made)
    assert check_output(target, files) == []


def test_a_user_folder_gets_the_package_beside_its_files(
    tmp_path: Path, files: dict[str, str]
) -> None:
    made = _user_tree(tmp_path)
    write_output(tmp_path, files)
    _assert_kept(tmp_path, made)
    assert (tmp_path / MODELS).read_text() == files[MODELS]
    listing = json.loads((tmp_path / MANIFEST).read_text())["files"]
    assert set(listing) == set(files)  # the user's files are not claimed


def test_files_no_longer_generated_are_removed_others_kept(
    tmp_path: Path, files: dict[str, str]
) -> None:
    target = tmp_path / "pkg"
    extra = {**files, "overplane_client/resources/gone.py": "X = 1\n"}
    write_output(target, extra)
    made = _user_tree(target)
    plan = write_output(target, files)
    assert plan.delete == ["overplane_client/resources/gone.py"]
    assert not (target / "overplane_client/resources/gone.py").exists()
    _assert_kept(target, made)


def test_an_edited_generated_file_is_not_overwritten_without_force(
    tmp_path: Path, files: dict[str, str]
) -> None:
    target = tmp_path / "pkg"
    write_output(target, files)
    edited = target / MODELS
    edited.write_text(files[MODELS] + "# my fix\n")
    changed = {**files, MODELS: files[MODELS] + "# regenerated\n"}
    with pytest.raises(WriteError, match=r"overplane_client/models/_lead_list\.py: edited since"):
        write_output(target, changed)
    assert edited.read_text().endswith("# my fix\n")
    write_output(target, changed, force=True)
    assert edited.read_text().endswith("# regenerated\n")


def test_an_edited_file_that_is_no_longer_generated_is_kept(
    tmp_path: Path, files: dict[str, str]
) -> None:
    target = tmp_path / "pkg"
    write_output(target, {**files, "extra.py": "X = 1\n"})
    (target / "extra.py").write_text("X = 2  # mine now\n")
    with pytest.raises(WriteError, match=r"extra\.py: no longer generated, but edited"):
        write_output(target, files)
    assert (target / "extra.py").read_text() == "X = 2  # mine now\n"


def test_a_foreign_file_in_the_way_is_refused_and_named(
    tmp_path: Path, files: dict[str, str]
) -> None:
    (tmp_path / "README.md").write_text("my project\n")
    with pytest.raises(WriteError, match=r"README\.md: exists and was not written by specforge"):
        write_output(tmp_path, files)
    assert (tmp_path / "README.md").read_text() == "my project\n"
    assert not (tmp_path / MANIFEST).exists()  # nothing was written at all
    assert not (tmp_path / "overplane_client").exists()


def test_an_identical_file_in_the_way_is_adopted(tmp_path: Path, files: dict[str, str]) -> None:
    (tmp_path / "README.md").write_text(files["README.md"])
    write_output(tmp_path, files)
    assert check_output(tmp_path, files) == []


def test_a_package_generated_before_manifests_is_upgraded_in_place(
    tmp_path: Path, files: dict[str, str]
) -> None:
    target = tmp_path / "pkg"
    write_output(target, files)
    (target / MANIFEST).unlink()  # as written by specforge before manifests
    made = _user_tree(target)
    changed = {**files, MODELS: files[MODELS] + "# regenerated\n"}
    write_output(target, changed)
    _assert_kept(target, made)
    assert check_output(target, changed) == []


def test_check_mode_reports_drift_but_not_user_files(tmp_path: Path, files: dict[str, str]) -> None:
    target = tmp_path / "pkg"
    write_output(target, {**files, "stale.py": "X = 1\n"})
    module = target / MODELS
    module.write_text(module.read_text() + "# edited\n")
    (target / "stray.py").write_text("")
    assert check_output(target, files) == [
        f"{MANIFEST}: differs",
        "overplane_client/models/_lead_list.py: differs",
        "stale.py: not generated any more",
    ]


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "pkg"
    probe = (
        "import os, sys; os.umask(0o027); sys.argv = ['specforge', *sys.argv[1:]]; "
        "from generator.cli import main; raise SystemExit(main())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "generate", str(SPEC), "-o", str(target), "-n", "overplane"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((target / MODELS).stat().st_mode) == 0o640
    assert stat.S_IMODE((target / "overplane_client").stat().st_mode) == 0o750
    assert not list(target.rglob("*specforge-tmp*"))


# --- the command line: one clear line, a non-zero status, nothing lost ---------------------


def test_output_dot_keeps_the_current_directory(tmp_path: Path) -> None:
    made = _user_tree(tmp_path)
    result = _generate(".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    _assert_kept(tmp_path, made)
    assert (tmp_path / MODELS).exists()
    again = _generate(".", cwd=tmp_path)
    assert again.returncode == 0 and "0 file(s) written" in again.stdout


def test_output_dot_in_a_project_with_its_own_pyproject_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mine"\n')
    result = _generate(".", cwd=tmp_path)
    assert result.returncode == 1
    assert "pyproject.toml: exists and was not written by specforge" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "pyproject.toml").read_text() == '[project]\nname = "mine"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml"]


def test_force_overwrites_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("old\n")
    result = _generate(tmp_path, "--force")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "README.md").read_text() != "old\n"


def test_symlinked_output_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    result = _generate(tmp_path / "link")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .endswith(f"is a symbolic link (to {real}); pass the real directory instead")
    )
    assert list(real.iterdir()) == []


def test_a_symlink_inside_the_output_is_never_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "pkg"
    target.mkdir()
    (target / "overplane_client").symlink_to(outside)
    result = _generate(target)
    assert result.returncode == 1
    assert "overplane_client: is a symbolic link" in result.stderr
    assert list(outside.iterdir()) == []


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("mine\n")
    result = _generate(target)
    assert result.returncode == 1
    assert result.stderr.strip() == f"{target}: is a file, not a directory"
    assert target.read_text() == "mine\n"


def test_output_below_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine\n")
    result = _generate(tmp_path / "file" / "pkg")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"cannot be made: {tmp_path / 'file'} is a file" in result.stderr


def test_a_temporary_folder_on_another_file_system_is_fine(tmp_path: Path) -> None:
    """Files are staged beside their destination, never in TMPDIR: no cross-device move."""
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs a TMPDIR on another file system")
    scratch = other / f"specforge-test-{os.getpid()}"
    scratch.mkdir()
    try:
        result = _generate(tmp_path / "pkg", TMPDIR=str(scratch))
        assert result.returncode == 0, result.stderr
        again = _generate(tmp_path / "pkg", TMPDIR=str(scratch))
        assert again.returncode == 0, again.stderr
    finally:
        for leftover in sorted(scratch.rglob("*"), reverse=True):
            leftover.unlink() if leftover.is_file() else leftover.rmdir()
        scratch.rmdir()


def test_a_permission_error_midway_is_one_line_and_loses_nothing(
    tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores file modes, so the file system's refusal is simulated at os.replace.
    target = tmp_path / "pkg"
    write_output(target, files)
    made = _user_tree(target)
    real_replace = os.replace
    calls = []

    def refuse_second(source: str | Path, destination: str | Path) -> None:
        calls.append(destination)
        if len(calls) == 2:
            raise PermissionError(errno.EACCES, "Permission denied", str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", refuse_second)
    changed = {name: content + "# v2\n" for name, content in files.items()}
    with pytest.raises(WriteError, match=r"^.+: permission denied$"):
        write_output(target, changed)
    monkeypatch.undo()
    _assert_kept(target, made)
    assert not list(target.rglob("*specforge-tmp*"))
    write_output(target, changed)  # the previous manifest still holds: running again works
    assert check_output(target, changed) == []


@pytest.mark.parametrize("output", ["n" * 300, "d/" * 3000, "missing/" + "n" * 300 + "/pkg"])
def test_names_the_file_system_refuses_are_one_line(tmp_path: Path, output: str) -> None:
    result = _generate(output, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.rstrip().endswith("file name too long for this file system")


def test_a_broken_link_on_the_way_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    result = _generate(tmp_path / "gone" / "pkg")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("exists but is not a folder (a file or a broken link)")
    for check in (False, True):
        again = _generate(tmp_path / "gone" / "pkg", *(["--check"] if check else []))
        assert "Traceback" not in again.stderr
