"""Generated Python modules → ruff-formatted modules, with a content-addressed cache.

``ruff format`` is the one external process a generation starts. Its output depends only
on the ruff binary, our configuration and the module's text, so results are cached under
that key (``generator/cache.py``): regenerating after a spec edit reformats only the
modules that changed, and regenerating an unchanged spec starts no process at all (nor
imports ``subprocess`` and ``tempfile``: they load only when ruff runs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Collection
from pathlib import Path

from generator.cache import cache_dir, read_entry, write_entry

RUFF_CONFIG = "line-length = 100\n"
# What `ruff format` rewrites: Python modules, and the Python code blocks of Markdown.
FORMATTED_SUFFIXES = (".py", ".md")


class FormatError(Exception):
    pass


def _ruff() -> str:
    # ruff is a dependency: its package knows where pip put the binary, wherever that is
    # (a venv's bin/, a --user or --target install), which PATH may not include.
    try:
        from ruff.__main__ import find_ruff_bin

        return os.fsdecode(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        pass
    beside_python = Path(sys.executable).with_name("ruff")
    if beside_python.exists():
        return str(beside_python)
    import shutil

    return shutil.which("ruff") or "ruff"


def _ruff_identity(ruff: str) -> str:
    """Changes whenever the ruff binary does (an upgrade replaces the file)."""
    try:
        status = os.stat(ruff)
    except OSError:
        return ruff
    return f"{os.path.realpath(ruff)}:{status.st_size}:{status.st_mtime_ns}"


def _run_ruff(ruff: str, modules: dict[str, str]) -> dict[str, str]:
    try:
        return _run_ruff_in_temporary_folder(ruff, modules)
    except OSError as error:
        # TMPDIR missing, full or read-only, a name too long, ruff not executable: one line.
        where = f" ({error.filename})" if error.filename else ""
        raise FormatError(f"cannot run ruff format: {error.strerror or error}{where}") from None


def _run_ruff_in_temporary_folder(ruff: str, modules: dict[str, str]) -> dict[str, str]:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="specforge-") as tmp:
        root = Path(tmp)
        for relative, content in modules.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        (root / "ruff.toml").write_text(RUFF_CONFIG, encoding="utf-8")
        result = subprocess.run(
            [ruff, "format", "--no-cache", "."],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            detail = [line for line in result.stderr.splitlines() if "error" in line]
            # ruff names the module by its path in the package and the line: keep both.
            where = detail[0].removeprefix("error: ").removeprefix("Failed to parse ")
            raise FormatError(
                "generated code does not parse: " + (where if detail else "ruff failed")
            )
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in modules}


def format_sources(files: dict[str, str], *, preformatted: Collection[str] = ()) -> dict[str, str]:
    """The files, formatted by ruff; ``preformatted`` ones (the runtime, kept ruff-formatted
    in the repository) are passed through."""
    modules = {
        relative: content
        for relative, content in files.items()
        if relative.endswith(FORMATTED_SUFFIXES) and relative not in preformatted
    }
    ruff = _ruff()
    cache = cache_dir("format")
    key_prefix = f"{_ruff_identity(ruff)}\0{RUFF_CONFIG}\0".encode()
    entries: dict[str, Path] = {}
    if cache is not None:
        for relative, content in modules.items():
            digest = hashlib.sha256(key_prefix + content.encode()).hexdigest()
            entries[relative] = cache / digest[:2] / digest
    formatted: dict[str, str] = {}
    for relative, entry in entries.items():
        hit = read_entry(entry)
        if hit is not None:
            formatted[relative] = hit
    missing = {relative: modules[relative] for relative in modules if relative not in formatted}
    if missing:
        fresh = _run_ruff(ruff, missing)
        for relative, content in fresh.items():
            if relative in entries:
                write_entry(entries[relative], content)
        formatted.update(fresh)
    return {**files, **formatted}
