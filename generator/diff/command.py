"""``specforge diff OLD NEW`` and ``specforge diff --base REV SPEC...``: load both specs,
compare the wire and the generated SDK, work out the bump, print the report, and exit 0
(compatible), 1 (what ``--fail-on`` names was found) or 2 (an error)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("breaking", "any", "none")
FORMATS = ("text", "json", "markdown")


class DiffError(Exception):
    """A diff could not be made: one line saying why (exit status 2)."""


def add_parser(commands: Any) -> None:
    """The ``diff`` subcommand, on the CLI's subparsers."""
    diff = commands.add_parser(
        "diff",
        help="breaking changes between two specs, on the wire and in the generated SDK",
        description="Compare OLD with NEW (a file, or GIT_REV:path read with git show; "
        ":path is the staged file): wire changes and changes of the generated package's "
        "Python API, each classified breaking or not by a named rule and located, then the "
        "version bump the package needs. With --base REV, each SPEC is compared with its "
        "version in REV. Exit status 0 compatible, 1 when --fail-on finds something, 2 on "
        "an error.",
    )
    diff.add_argument("specs", nargs="+", metavar="SPEC", help="OLD NEW, or with --base: SPEC...")
    diff.add_argument("--base", metavar="REV", help="compare each SPEC with REV:SPEC")
    diff.add_argument("--format", choices=FORMATS, default="text", help="output (default text)")
    diff.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="breaking",
        help="exit 1 on a breaking change (default), on any change, or never",
    )
    diff.add_argument(
        "--no-sdk", action="store_true", help="compare the wire only (no packages generated)"
    )
    diff.add_argument(
        "--name", metavar="NAME", help="package name to generate with (default: the spec's)"
    )
    diff.add_argument(
        "--package-version",
        metavar="VERSION",
        help="the package's current version, to bump from (default: the changelog's newest, "
        "else OLD's info.version)",
    )
    diff.add_argument(
        "--changelog",
        metavar="FILE",
        help="write the entry at the top of FILE (Markdown; created if missing)",
    )
    diff.add_argument(
        "--prove",
        action="store_true",
        help="run the old client against a mock of NEW (and the new one against a mock of "
        "OLD): each breaking change gets a failing call",
    )
    diff.add_argument(
        "--prove-examples",
        type=_positive,
        default=5,
        metavar="N",
        help="requests drawn per operation with --prove (default 5)",
    )
    diff.set_defaults(handler=run_diff)


def _positive(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 0 < int(text) <= 10_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 10000")
    return int(text)


def run_diff(args: argparse.Namespace) -> int:
    from generator.diagnostics import SpecError

    try:
        pairs = _pairs(args)
    except (DiffError, SpecError) as error:
        _say_error(error)
        return EXIT_ERROR
    reports = []
    status = EXIT_OK
    for old, new in pairs:
        try:
            reports.append(compare(old, new, args))
        except (DiffError, SpecError) as error:
            _say_error(error)
            status = EXIT_ERROR
    if reports or args.base is not None:
        _print(reports, args.format, as_list=args.base is not None)
    if status == EXIT_ERROR:
        return status
    failed = any(
        (args.fail_on == "breaking" and not report.compatible)
        or (args.fail_on == "any" and report.changes)
        for report in reports
    )
    return EXIT_FAILED if failed else EXIT_OK


def _pairs(args: argparse.Namespace) -> list[tuple[str, str]]:
    from generator.diff.sources import revision_has

    if args.base is None:
        if len(args.specs) != 2:
            raise DiffError(f"diff: give OLD and NEW (got {len(args.specs)} specs), or --base REV")
        return [(args.specs[0], args.specs[1])]
    if args.changelog and len(args.specs) > 1:
        raise DiffError("diff: --changelog takes one SPEC")
    pairs = []
    for spec in args.specs:
        # `./` makes git read the path from here, as the file itself is read.
        relative = "./" + os.path.relpath(spec).replace(os.sep, "/")
        if revision_has(args.base, relative):
            pairs.append((f"{args.base}:{relative}", spec))
        else:
            print(f"{spec}: not in {args.base}: a new spec, nothing to compare", file=sys.stderr)
    return pairs


def compare(old_argument: str, new_argument: str, args: argparse.Namespace) -> Any:
    """The report of one pair (``generator.diff.report.Report``). Raises SpecError or
    DiffError."""
    from generator.diff.report import Report
    from generator.diff.rules import required_bump
    from generator.diff.sources import load_source
    from generator.diff.wire import wire_changes

    old = load_source(old_argument)
    new = load_source(new_argument)
    # The same document: nothing to compare, and no package worth generating (the common
    # case of `make check-compat` on a branch that left a spec alone).
    same = old.spec.data == new.spec.data
    wire = [] if same else wire_changes(old.spec, new.spec)
    sdk: list[Any] | None = None if args.no_sdk else []
    prove_result = None
    if args.prove or (sdk is not None and not same):
        import tempfile  # here, not at the top: every CLI start imports this module

        with tempfile.TemporaryDirectory(prefix="specforge-diff-") as work:
            name = _package_name(args, new.label)
            packages, surfaces = _packages(old, new, name, Path(work), keep_files=args.prove)
            if sdk is not None:
                from generator.diff.sdk import sdk_changes

                sdk = sdk_changes(*surfaces)
            if args.prove:
                prove_result = _prove(old, new, packages, surfaces, wire + (sdk or []), args, work)
    changes = wire + (sdk or [])
    bump = required_bump(changes)
    note = ""
    if bump == "none" and not same:
        bump = "patch"
        note = "no wire or SDK change; the documents differ (descriptions, examples): a patch"
    current, pending = _current_version(args, old)
    report = Report(
        old.label, new.label, wire, sdk, bump, current, _next(current, bump), prove_result, note
    )
    if args.changelog:
        from generator.diff.version import write_entry

        write_entry(Path(args.changelog), report.changelog() if bump != "none" else None, pending)
    return report


# Specs larger than this generate their packages in two processes at once: Stripe's (4 MB)
# takes seconds each. Smaller ones are quicker in this process than a process starts.
_PARALLEL_BYTES = 512 * 1024


def _packages(
    old: Any, new: Any, name: str, work: Path, *, keep_files: bool
) -> tuple[tuple[Any, Any], tuple[Any, Any]]:
    """Both packages generated, and their surfaces."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    jobs = []
    for side, source in (("old", old), ("new", new)):
        directory = work / f"{side}-spec"
        directory.mkdir()
        jobs.append((str(source.write_to(directory)), source.label, name, keep_files))
    if max(Path(job[0]).stat().st_size for job in jobs) > _PARALLEL_BYTES:
        # spawn, not fork: a fork of a process with threads (a mock's, a test runner's) may
        # copy a lock another thread holds.
        with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
            results = list(pool.map(_generate_package, *zip(*jobs, strict=True)))
    else:
        results = [_generate_package(*job) for job in jobs]
    for result in results:
        if isinstance(result, str):
            raise DiffError(result)
    (old_files, old_surface), (new_files, new_surface) = results
    return (old_files, new_files), (old_surface, new_surface)


def _generate_package(path: str, label: str, name: str, keep_files: bool) -> Any:
    """(files or None, surface) of the package generated from ``path``, or the line saying
    why it could not be (a string: exceptions do not cross processes intact)."""
    from generator.diagnostics import SpecError
    from generator.diff.surface import read_surface
    from generator.format import FormatError
    from generator.generate import build

    try:
        _, files = build(path, name)
    except (SpecError, FormatError) as error:
        return f"{label}: the package could not be generated: {error}"
    return (files if keep_files else None), read_surface(files)


def _prove(
    old: Any,
    new: Any,
    packages: Any,
    surfaces: Any,
    changes: Any,
    args: argparse.Namespace,
    work: str,
) -> Any:
    from generator.diff.prove import MissingDependencyError, prove

    try:
        return prove(
            old,
            new,
            packages,
            surfaces,
            changes,
            examples=args.prove_examples,
            workdir=Path(work),
        )
    except MissingDependencyError as error:
        raise DiffError(f"diff: {error}") from None


def _package_name(args: argparse.Namespace, label: str) -> str:
    from generator.naming import MAX_MODULE_NAME, snake_case

    if args.name:
        name: str = args.name
        if snake_case(name) != name.replace("-", "_").lower() or len(name) > MAX_MODULE_NAME:
            raise DiffError(
                f"diff: --name {name[:80]!r} must be a lowercase word (letters, digits, _)"
            )
        return name
    stem = Path(label.rsplit(":", 1)[-1]).stem
    return snake_case(stem)[:MAX_MODULE_NAME] or "api"


def _current_version(args: argparse.Namespace, old: Any) -> tuple[str, bool]:
    """The version to bump from, and whether the changelog's newest entry is the one this
    comparison wrote before (then it is rewritten, not added to)."""
    from generator.diff.version import bump_base
    from generator.naming import package_version

    pending = False
    recorded = None
    if args.changelog:
        recorded, pending = bump_base(Path(args.changelog), old.label)
    current: str = (
        args.package_version
        or recorded
        or package_version(str((old.spec.data.get("info") or {}).get("version") or ""))[0]
    )
    return current, pending


def _next(current: str, bump: Any) -> str:
    from generator.diff.version import next_version

    try:
        return next_version(current, bump)
    except ValueError as error:
        raise DiffError(f"diff: cannot bump the current version: {error}") from None


def _print(reports: list[Any], form: str, *, as_list: bool) -> None:
    from generator.diff.report import render_json, render_text

    if form == "json":
        sys.stdout.write(render_json(reports, as_list=as_list))
    elif form == "markdown":
        sys.stdout.write("\n".join(report.changelog() for report in reports))
    else:
        sys.stdout.write("\n".join(render_text(report) for report in reports))


def _say_error(error: Exception) -> None:
    from generator.diagnostics import SpecError

    if isinstance(error, SpecError):
        error.print()
    else:
        print(error, file=sys.stderr)
