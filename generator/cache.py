"""The per-user cache directory: ``$XDG_CACHE_HOME/specforge`` (``~/.cache/specforge``).

Everything kept there is keyed by content, so a stale entry is never used: it is simply
never asked for again. ``SPECFORGE_NO_CACHE=1`` turns every cache off.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir(name: str) -> Path | None:
    """A writable cache directory for ``name``, or None when caching is off or impossible."""
    if os.environ.get("SPECFORGE_NO_CACHE"):
        return None
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "specforge" / name
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return root


def read_entry(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_bytes_entry(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_entry(path: Path, content: str | bytes) -> None:
    """Written whole or not at all (concurrent generators may share the cache); text as
    UTF-8."""
    import tempfile  # a warm run writes nothing: it never needs tempfile (~10 ms to import)

    raw = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(raw)
        os.replace(temporary, path)
    except OSError:
        # A cache that cannot be written only costs time on the next run.
        return
