"""The two specs a diff compares: a file, or ``GIT_REF:path`` read with ``git show``.

An argument that names an existing file is that file. Otherwise ``REF:path`` is the file at
``path`` (from the repository's top, as git reads it; ``REF:./path`` from here) in the
commit ``REF`` of the repository the command runs in, and ``:path`` is the staged version.
Nothing else is opened: a spec's `$ref`s are never followed outside the document.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, SpecError
from generator.load import MAX_FILE_BYTES, LoadedSpec, load_spec, parse_json_text, parse_spec_text
from generator.validate import GENERATE_LEVELS, validate_spec


@dataclass(frozen=True)
class Source:
    """A loaded spec that passed the gate ``generate`` runs, and its text (to generate from)."""

    label: str  # as the user wrote it: the name in every location
    spec: LoadedSpec
    text: str | None  # the file's text when it came from git; None for a file on disk

    @property
    def suffix(self) -> str:
        return ".json" if self.label.lower().endswith(".json") else ".yaml"

    def write_to(self, directory: Path) -> Path:
        """A path to generate from: the file itself, or the text from git written into
        ``directory``."""
        if self.text is None:
            return Path(self.label)
        path = directory / f"spec{self.suffix}"
        path.write_text(self.text, encoding="utf-8")
        return path


def is_git_source(argument: str) -> bool:
    return ":" in argument and not os.path.exists(argument)


def load_source(argument: str) -> Source:
    """The spec ``argument`` names, loaded and checked. Raises SpecError, each problem one
    located line (a missing file, a bad revision, YAML that is not an OpenAPI document)."""
    if is_git_source(argument):
        text = _git_text(argument)
        if argument.lower().endswith(".json"):
            spec = parse_json_text(text, argument)
        else:
            spec = parse_spec_text(text, argument)
        source = Source(argument, spec, text)
    else:
        source = Source(argument, load_spec(argument), None)
    problems = validate_spec(source.spec, levels=GENERATE_LEVELS)
    if problems:
        raise SpecError(problems)
    return source


def revision_has(revision: str, path: str) -> bool:
    """Whether ``path`` (as git reads it after ``REV:``) exists in ``revision``; SpecError
    when the revision itself does not."""
    label = f"{revision}:{path}"
    if revision.startswith("-"):
        raise _error(label, f"{revision!r} is not a git revision")
    _git(
        ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
        label,
        f"no commit {revision!r}",
    )
    try:
        _git(["cat-file", "-e", "--", label], label)
    except SpecError:
        return False
    return True


def _git_text(argument: str) -> str:
    revision, _, path = argument.partition(":")
    if revision.startswith("-"):
        # Never an option to git: a revision name cannot start with "-".
        raise _error(argument, f"{revision!r} is not a git revision")
    kind = _git(["cat-file", "-t", "--", argument], argument)
    if kind.strip() != b"blob":
        raise _error(
            argument, f"{path or '/'} is a {kind.decode().strip()} in {revision}, not a file"
        )
    data = _git(["show", "--no-textconv", argument], argument)
    if len(data) > MAX_FILE_BYTES:
        raise _error(argument, f"larger than {MAX_FILE_BYTES // 2**20} MiB: not read")
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise _error(argument, f"not UTF-8 text (byte {exc.start}): not a YAML/JSON spec") from None


def _git(arguments: list[str], argument: str, failure: str = "") -> bytes:
    try:
        result = subprocess.run(
            ["git", *arguments], capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise _error(argument, "git is not installed: a REV:path spec is read with git") from None
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = failure or (
            lines[0].removeprefix("fatal: ") if lines else f"git exited with {result.returncode}"
        )
        raise _error(argument, reason)
    return result.stdout


def _error(argument: str, message: str) -> SpecError:
    return SpecError([Diagnostic(argument, 0, "", message)])
