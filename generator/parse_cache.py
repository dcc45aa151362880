"""The parsed-spec cache: a spec file's data and line map, kept under the hash of its bytes.

Parsing is most of a warm generation of a large spec (Stripe's 4 MB of YAML: about 60 %).
What ``generator.load`` makes of a file depends only on its bytes, its kind (YAML or JSON),
the limits it enforces and the loader's own code, so the result is kept under a key of all
of those (``generator/cache.py``: a stale entry is never asked for again). Only documents
that loaded without a problem are kept: every diagnostic still comes from a parse.

The data and the line map are two entries: the line map (a pointer for every node, several
times the size of the data) is read only when a diagnostic needs a line.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.cache import cache_dir, read_bytes_entry, write_entry

# Bumped when the entries' layout changes.
_FORMAT = b"specforge-parsed-spec-1"


def code_identity(sources: Iterable[str]) -> bytes:
    """The source files a parse runs (their bytes), so that editing the loader or upgrading
    the YAML library invalidates what was parsed before."""
    digest = hashlib.sha256(sys.version.encode())  # marshal's format follows the interpreter
    for source in sources:
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            digest.update(source.encode())
    return digest.digest()


class ParseCache:
    """The entries of one spec file's bytes, parsed under ``settings`` (kind, limits, code)."""

    def __init__(self, content: bytes, settings: bytes) -> None:
        folder = cache_dir("parsed")
        key = hashlib.sha256(_FORMAT + b"\0" + settings + b"\0" + content).hexdigest()
        self._base = None if folder is None else folder / key[:2] / key

    def has_data(self) -> bool | None:
        """Whether an entry is there (not read), None without a cache."""
        return None if self._base is None else self._base.with_suffix(".data").is_file()

    def data(self) -> Any | None:
        """The cached data, or None (no cache, no entry, or an unreadable one)."""
        found = self._read(".data")
        return found if isinstance(found, dict) else None

    def lines(self) -> dict[str, int] | None:
        found = self._read(".lines")
        return found if isinstance(found, dict) else None

    def store(self, data: Any, lines: dict[str, int]) -> None:
        if self._base is None:
            return
        # The line map first: a data entry is only ever found with its line map beside it.
        write_entry(self._base.with_suffix(".lines"), marshal.dumps(lines))
        write_entry(self._base.with_suffix(".data"), marshal.dumps(data))

    def _read(self, suffix: str) -> Any:
        if self._base is None:
            return None
        raw = read_bytes_entry(self._base.with_suffix(suffix))
        if raw is None:
            return None
        try:
            return marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            return None  # damaged: parsed again, and rewritten
