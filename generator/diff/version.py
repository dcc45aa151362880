"""The generated package's next version and its changelog.

The bump follows semantic versioning on the release numbers of a PEP 440 version: a major
bump of ``1.4.2`` is ``2.0.0``, a minor one ``1.5.0``, a patch ``1.4.3``; before 1.0 a
breaking change bumps the minor number (``0.3.1`` → ``0.4.0``), as Cargo and npm read
``0.x``. Pre-release, post-release, dev and local parts are dropped.

The changelog (``CHANGELOG.md`` beside the package) is the record of versions: each entry
starts with ``## VERSION``, the newest first, and ``specforge diff --changelog`` prepends
one (or rewrites the newest, when it compared with the same old spec). The newest heading
is the version the next diff bumps from and the one ``make generate`` gives
``generate --package-version``.
"""

from __future__ import annotations

import re
from pathlib import Path

from packaging.version import InvalidVersion, Version

from generator.diff.rules import Bump, Change

_HEADING = re.compile(r"^## +(\S+)", re.MULTILINE)
_TITLE = "# Changelog\n"


def next_version(current: str, bump: Bump) -> str:
    """``current`` bumped; ``current`` itself for ``none``. ValueError if not PEP 440."""
    try:
        version = Version(current)
    except InvalidVersion:
        raise ValueError(f"{current!r} is not a PEP 440 version") from None
    major, minor, patch = (*version.release, 0, 0)[:3]
    if bump == "none":
        return str(version)
    if bump == "major" and major == 0:
        bump = "minor"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def bump_base(changelog: Path, old_label: str) -> tuple[str | None, bool]:
    """The version a comparison with ``old_label`` bumps from, and whether the newest entry
    is one this comparison wrote before: then that entry is rewritten, and the bump is from
    the version before it (running ``make generate BUMP=1`` twice bumps once)."""
    entries = _entries(_read(changelog) or "")
    if not entries:
        return None, False
    if _mark(old_label) in entries[0][1]:
        return (entries[1][0] if len(entries) > 1 else None), True
    return entries[0][0], False


def write_entry(changelog: Path, entry: str | None, replace_newest: bool) -> None:
    """Put ``entry`` first in the changelog (created with a title if missing), in place of
    the newest entry when ``replace_newest``; ``None`` only removes that entry."""
    text = _read(changelog)
    if text is None:
        if entry is None:
            return
        text = _TITLE
    match = _HEADING.search(text)
    at = match.start() if match else len(text)
    rest = text[at:]
    if replace_newest and match is not None:
        following = _HEADING.search(text, match.end())
        rest = text[following.start() :] if following else ""
    head = text[:at].rstrip("\n") + "\n\n"
    body = (entry + ("\n" + rest if rest else "")) if entry is not None else rest
    changelog.parent.mkdir(parents=True, exist_ok=True)
    changelog.write_text(head + body, encoding="utf-8")


def changelog_entry(
    version: str, bump: Bump, changes: list[Change], old_label: str, new_label: str
) -> str:
    """A Markdown entry: the version, what was compared, and the changes grouped as
    breaking, added and other."""
    lines = [f"## {version}", "", _mark(old_label), ""]
    lines.append(f"{_bump_text(bump)} Compared `{new_label}` with `{old_label}`.")
    groups = (
        ("Breaking changes", [c for c in changes if c.breaking]),
        ("Added", [c for c in changes if not c.breaking and c.rule.bump == "minor"]),
        ("Changed", [c for c in changes if not c.breaking and c.rule.bump == "patch"]),
    )
    for title, items in groups:
        if not items:
            continue
        lines += ["", f"### {title}", ""]
        for item in items:
            layer = "SDK" if item.rule.layer == "sdk" else "API"
            shown = ", ".join(item.operations[:3]) + (" ..." if len(item.operations) > 3 else "")
            context = f"; {_markdown(shown)}" if shown and shown not in item.message else ""
            lines.append(f"- {layer}: {_markdown(item.message)} (`{item.rule.id}`{context})")
    return "\n".join(lines) + "\n"


def _read(changelog: Path) -> str | None:
    try:
        return changelog.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _entries(text: str) -> list[tuple[str, str]]:
    """(version, text) of each entry, newest first."""
    matches = list(_HEADING.finditer(text))
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return [(m.group(1), text[m.start() : end]) for m, end in zip(matches, ends, strict=False)]


def _mark(old_label: str) -> str:
    """The line that says what an entry was compared with (a Markdown comment: not shown)."""
    return f"<!-- specforge diff: compared with {old_label.replace('-->', '--&gt;')} -->"


def _bump_text(bump: Bump) -> str:
    return {
        "major": "A **major** release: it has breaking changes.",
        "minor": "A **minor** release: additions, nothing breaks.",
        "patch": "A **patch** release: nothing is added and nothing breaks.",
        "none": "No change to the API or the SDK.",
    }[bump]


def _markdown(text: str) -> str:
    """A message in a list item: outside its `code spans`, characters Markdown would read
    as markup (emphasis, links, HTML) are escaped."""
    parts = text.split("`")
    for index in range(0, len(parts), 2):  # even parts are outside code spans
        parts[index] = re.sub(r"([<>*_\[\]\\])", r"\\\1", parts[index])
    return "`".join(parts)
