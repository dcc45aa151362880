"""A diff's result and its three forms: text for people (default), JSON for tools, and the
Markdown changelog entry.

The JSON document (``--format json``), one object per compared pair::

    {
      "old": "main:specs/overloop.yaml", "new": "specs/overloop.yaml",
      "compatible": false,                 # no breaking change
      "bump": "major",                     # major | minor | patch | none
      "version": {"current": "1", "next": "2.0.0"},
      "summary": {"wire": {"breaking": 1, "non-breaking": 0},
                  "sdk": {"breaking": 1, "non-breaking": 0}},   # "sdk": null with --no-sdk
      "changes": [{
        "layer": "wire",                   # wire | sdk
        "rule": "request-property-became-required",
        "level": "breaking",               # breaking | non-breaking
        "bump": "major",                   # what this change alone needs
        "message": "request property `email` became required",
        "old": {"file": "...", "line": 4478, "pointer": "/components/..."},  # or null
        "new": {"file": "...", "line": 4479, "pointer": "/components/..."},  # or null
        "operations": ["POST /prospects", "PATCH /prospects/{prospect_id}"],
        "reproduction": null               # --prove: {"suite", "operation", "call",
      }],                                  #   "request", "failure"} or null
      "prove": null,                       # --prove: {"examples", "suites": [...],
                                           #   "unexplained": [reproduction...]}
      "changelog": "## 2.0.0\\n..."         # the Markdown entry
    }

SDK locations name a file of the generated package (relative to its directory) and a dotted
name (``ProspectsResource.get``) as the pointer.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from generator.diff.prove import FORWARD, ProveResult
from generator.diff.rules import Bump, Change, Location, Reproduction
from generator.diff.version import changelog_entry

_SHOWN_OPERATIONS = 3


@dataclass
class Report:
    old: str
    new: str
    wire: list[Change]
    sdk: list[Change] | None  # None: the SDK surface was not compared (--no-sdk)
    bump: Bump
    current_version: str
    next_version: str
    prove: ProveResult | None = None
    note: str = ""  # said after the summary (e.g. why a change-free diff is a patch)

    @property
    def changes(self) -> list[Change]:
        return self.wire + (self.sdk or [])

    @property
    def compatible(self) -> bool:
        return not any(item.breaking for item in self.changes)

    def changelog(self) -> str:
        return changelog_entry(self.next_version, self.bump, self.changes, self.old, self.new)


def render_text(report: Report) -> str:
    lines = [f"{report.old} → {report.new}"]
    sections = [("wire", report.wire), ("SDK", report.sdk)]
    for title, changes in sections:
        if changes is None:
            lines.append(f"{title}: not compared (--no-sdk)")
            continue
        lines.append(f"{title}: {_counts(changes)}")
        for item in changes:
            lines.append("  " + _change_line(item))
            if item.reproduction is not None:
                lines.extend("    " + line for line in _reproduction_lines(item.reproduction))
            elif report.prove is not None and item.breaking:
                lines.append(
                    "    not reproduced: no failing call found " + report.prove.scope_text()
                )
    if report.prove is not None:
        lines.extend(_prove_lines(report.prove))
    version = (
        f"{report.current_version} → {report.next_version}"
        if report.bump != "none"
        else f"stays {report.current_version}"
    )
    lines.append(f"required bump: {report.bump} ({version})")
    if report.note:
        lines.append(report.note)
    return "\n".join(lines) + "\n"


def render_json(reports: list[Report], *, as_list: bool = False) -> str:
    """One object for one pair; a list (``--base``, any number of specs) when ``as_list``."""
    documents = [_document(report) for report in reports]
    shown: Any = documents if as_list or len(documents) != 1 else documents[0]
    return json.dumps(shown, indent=2, ensure_ascii=False) + "\n"


def _document(report: Report) -> dict[str, Any]:
    return {
        "old": report.old,
        "new": report.new,
        "compatible": report.compatible,
        "bump": report.bump,
        "version": {"current": report.current_version, "next": report.next_version},
        "summary": {
            "wire": _count_map(report.wire),
            "sdk": _count_map(report.sdk) if report.sdk is not None else None,
        },
        "changes": [_change_document(item) for item in report.changes],
        "prove": report.prove.document() if report.prove is not None else None,
        "changelog": report.changelog(),
    }


def _change_document(item: Change) -> dict[str, Any]:
    return {
        "layer": item.rule.layer,
        "rule": item.rule.id,
        "level": item.level,
        "bump": item.rule.bump,
        "message": item.message,
        "old": _location(item.old),
        "new": _location(item.new),
        "operations": item.operations,
        "reproduction": asdict(item.reproduction) if item.reproduction is not None else None,
    }


def _location(where: Location | None) -> dict[str, Any] | None:
    return asdict(where) if where is not None else None


def _count_map(changes: list[Change]) -> dict[str, int]:
    breaking = sum(1 for item in changes if item.breaking)
    return {"breaking": breaking, "non-breaking": len(changes) - breaking}


def _counts(changes: list[Change]) -> str:
    if not changes:
        return "no changes"
    counts = _count_map(changes)
    return f"{counts['breaking']} breaking, {counts['non-breaking']} non-breaking"


def _change_line(item: Change) -> str:
    where = f"{item.location}: " if item.location is not None else ""
    text = f"{where}{item.level}: {item.message} [{item.rule.id}]"
    if item.operations:
        shown = ", ".join(item.operations[:_SHOWN_OPERATIONS])
        more = len(item.operations) - _SHOWN_OPERATIONS
        text += f" ({shown}{f' and {more} more' if more > 0 else ''})"
    return text


def _reproduction_lines(reproduction: Reproduction) -> list[str]:
    return [
        f"reproduced ({reproduction.suite}): {reproduction.call}",
        f"  request: {reproduction.request}",
        f"  failed: {reproduction.failure}",
    ]


def _prove_lines(result: ProveResult) -> list[str]:
    lines = ["prove: " + result.scope_text()]
    for suite in result.suites:
        dropped = (
            f" ({suite.dropped} more failed where nothing changed too)" if suite.dropped else ""
        )
        lines.append(f"  {suite.name}: {suite.calls} calls, {len(suite.failures)} failing{dropped}")
    for reason in result.skipped:
        lines.append(f"  no requests drawn: {reason}")
    forward = [item for suite in result.suites if suite.name == FORWARD for item in suite.failures]
    if forward:
        lines.append(f"  the new client fails before the server is upgraded ({FORWARD}):")
        for reproduction in forward[:_SHOWN_OPERATIONS]:
            lines.extend("    " + line for line in _reproduction_lines(reproduction))
        if len(forward) > _SHOWN_OPERATIONS:
            more = len(forward) - _SHOWN_OPERATIONS
            lines.append(f"    and {more} more operation(s) (--format json lists them)")
    if result.unexplained:
        lines.append("  failing calls no reported change explains:")
        for reproduction in result.unexplained:
            lines.extend("    " + line for line in _reproduction_lines(reproduction))
    return lines
