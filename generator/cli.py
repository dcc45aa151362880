"""Command line: ``python -m generator {validate,generate,mock,diff,drift,overlay} ...``."""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from generator.diagnostics import SpecError
from generator.diff.command import add_parser as add_diff_parser
from generator.load import load_spec
from generator.mock.cli import FORWARD_COMPAT_ENV
from generator.validate import validate_spec

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.specs:
        try:
            diagnostics = validate_spec(load_spec(path))
        except SpecError as error:
            diagnostics = error.diagnostics
        for diagnostic in diagnostics:
            print(diagnostic, file=sys.stderr)
        if diagnostics:
            failed = True
            print(f"{path}: {len(diagnostics)} problem(s)", file=sys.stderr)
        elif not args.quiet:
            print(f"{path}: valid")
    return EXIT_INVALID if failed else EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from generator import prefetch

    # A spec's first run: its parse and structure check go on in a child while the pipeline
    # below is imported (generator/prefetch.py).
    wait_for_prefetch = prefetch.start(args.spec)
    from generator.generate import run_generate

    wait_for_prefetch()

    # A generation allocates hundreds of thousands of dicts and lists (the spec, its working
    # copy, the IR) and frees almost nothing before it exits: the collector's default
    # threshold (700 allocations) scans them again and again for cycles that are not there,
    # 10-15 % of the run (Stripe: 1.01 -> 0.86 s CPU), for no change in peak memory.
    gc.set_threshold(100_000, 50, 100)
    status: int = run_generate(
        args.spec,
        args.output,
        args.name or _default_name(args.spec),
        check=args.check,
        models=args.models,
        force=args.force,
        package_version=args.package_version,
        config_path=args.config,
    )
    return status


def _default_name(spec: str) -> str:
    """Without ``--name``: the spec file's name, e.g. ``overloop`` for ``specs/overloop.yaml``."""
    from generator.naming import snake_case

    return snake_case(os.path.basename(spec).split(".")[0]) or "api"


def _templates(args: argparse.Namespace) -> int:
    from generator.templates_cli import copy_templates, list_templates

    if args.action == "list":
        return list_templates()
    return copy_templates(args.directory, args.names, force=args.force)


def _mock(args: argparse.Namespace) -> int:
    from generator.mock.cli import run_mock

    status: int = run_mock(args)
    return status


def _drift(args: argparse.Namespace) -> int:
    from generator.drift.cli import run_drift

    return run_drift(args)


def _overlay_apply(args: argparse.Namespace) -> int:
    from generator.drift.cli import run_overlay_apply

    return run_overlay_apply(args)


def _port(text: str) -> int:
    """A TCP port: ASCII digits only (``int`` also takes full-width digits and spaces)."""
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return int(text)


def _count(text: str) -> int:
    """A positive whole number, in ASCII digits (``int`` takes '٣' and '1_0')."""
    if not text.isascii() or not text.isdigit() or len(text) > 18 or int(text) == 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _seconds(text: str) -> float:
    """A positive, finite number of seconds."""
    try:
        value = float(text) if text.isascii() else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _seed(text: str) -> int:
    digits = text.removeprefix("-")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 18:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return int(text)


def _fraction(text: str) -> float:
    """A probability: 0 to 1 (``float`` also takes 'nan', 'inf' and '1e9')."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not text.isascii() or not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a fraction from 0 to 1")
    return value


class _Version(argparse.Action):
    """``--version``: the installed distribution's version, looked up only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import generator

        print(f"specforge {generator.__version__}")
        parser.exit()


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", "-o", metavar="FILE", help="default: standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Validate OpenAPI specs, generate typed Python clients, serve a mock.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check specs: OpenAPI 3.x structure, $refs, house rules, examples",
        description="Check each SPEC and print every problem as FILE:LINE: /json/pointer: "
        "message. Exit status 1 if any spec has a problem.",
    )
    validate.add_argument("specs", nargs="+", metavar="SPEC", help="OpenAPI YAML/JSON file")
    validate.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    validate.set_defaults(handler=_validate)

    generate = commands.add_parser(
        "generate",
        help="write an installable typed client package for a spec",
        description="Validate SPEC and write the client package NAME-client into DIR. Only the "
        "files specforge wrote there before (listed in DIR/.specforge-manifest) are replaced.",
    )
    generate.add_argument("spec", metavar="SPEC")
    generate.add_argument("--output", "-o", required=True, metavar="DIR")
    generate.add_argument(
        "--name",
        "-n",
        metavar="NAME",
        help="package name: the import package is NAME_client (default: the spec file's name)",
    )
    generate.add_argument(
        "--config",
        "-c",
        metavar="FILE",
        help="TOML file of settings: package_name, package_version, client_class, templates, "
        "class_overrides, include_tags, exclude_tags, exclude_operations, dependencies, "
        "post_hooks (command line options win over it; see README)",
    )
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if DIR differs from what would be written",
    )
    generate.add_argument(
        "--force",
        action="store_true",
        help="overwrite files in DIR that specforge did not write or that were edited since "
        "(by default generation refuses and names them; other files in DIR are never touched)",
    )
    generate.add_argument(
        "--models",
        choices=("native", "datamodel-code-generator"),
        default="native",
        help="model renderer: specforge's own (fast, default) or datamodel-code-generator",
    )
    generate.add_argument(
        "--package-version",
        metavar="VERSION",
        help="the package's version (PEP 440) instead of the one info.version gives; "
        "`make generate` passes the newest in DIR/CHANGELOG.md (see `diff --changelog`)",
    )
    generate.set_defaults(handler=_generate)

    templates = commands.add_parser(
        "templates",
        help="list the built-in templates, or copy them to override them",
        description="A config's `templates` folder overrides any built-in template by "
        "holding a file of the same relative path.",
    )
    actions = templates.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="print every built-in template with its purpose")
    copy = actions.add_parser("copy", help="copy built-in templates into DIR for editing")
    copy.add_argument("directory", metavar="DIR")
    copy.add_argument("names", nargs="*", metavar="NAME", help="templates to copy (default: all)")
    copy.add_argument("--force", action="store_true", help="overwrite files that differ in DIR")
    templates.set_defaults(handler=_templates)

    mock = commands.add_parser(
        "mock",
        help="serve a validating mock of a spec on 127.0.0.1",
        description="Serve the API that SPEC describes: requests are validated, responses "
        "come from examples or are generated from the schemas.",
    )
    mock.add_argument("spec", metavar="SPEC")
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=_port, default=4010, help="0 picks a free port")
    mock.add_argument("--seed", type=_seed, default=0, help="seed for generated data")
    mock.add_argument(
        "--stateful", action="store_true", help="keep created records in memory per collection"
    )
    mock.add_argument(
        "--workers",
        type=_count,
        default=1,
        metavar="N",
        help="serve from N processes on one port (default 1); each has its own memory, so "
        "not with --stateful, --replay, --record or --report",
    )
    mock.add_argument(
        "--failure-rate",
        type=_fraction,
        default=0.0,
        help="fraction of requests answered with an injected 503 (0 to 1)",
    )
    mock.add_argument(
        "--forward-compat",
        action="store_true",
        default=None,
        help="answer as the API may once it has grown: success bodies gain undeclared fields "
        "and unknown enum values and leave optional fields out (a client must parse them); "
        f"also {FORWARD_COMPAT_ENV}=1",
    )
    mock.add_argument(
        "--rate-limit",
        metavar="N/PERIOD",
        help="answer 429 past N requests per PERIOD (5/s, 100/15m, 2000/day) per credential, "
        "with RateLimit-* headers on every response; 'documented' enforces the spec's "
        "x-rate-limit",
    )
    mock.add_argument(
        "--credential",
        action="append",
        default=[],
        metavar="SCHEME=VALUE",
        help="accept only VALUE for the security scheme SCHEME (user:password for http basic, "
        "the token for bearer/oauth2); any other value gets the documented 401/403. "
        "Repeatable; also SPECFORGE_MOCK_CREDENTIAL_<SCHEME> (the scheme name upper-cased, "
        "other characters than A-Z and 0-9 as _). Without it any credential is accepted",
    )
    mock.add_argument(
        "--oauth-client",
        action="append",
        default=[],
        metavar="ID:SECRET",
        help="an OAuth 2 client the spec's token endpoint issues tokens to; once one is given "
        "only these clients get tokens and its oauth2 schemes accept only live tokens it "
        "issued (docs/mock.md). Repeatable",
    )
    mock.add_argument(
        "--token-lifetime",
        type=float,
        default=None,
        metavar="SECONDS",
        help="the expires_in of the access tokens the token endpoint issues (default 3600)",
    )
    limits = mock.add_argument_group("limits (each refused request gets a documented 4xx/5xx)")
    for option, kind, text in (
        ("--max-body", _count, "largest request body in bytes (default 1 MiB); larger: 413"),
        (
            "--max-records",
            _count,
            "--stateful keeps at most this many records (default 10000); a create past it: 507",
        ),
        (
            "--max-store-bytes",
            _count,
            "--stateful keeps at most this many bytes (default 64 MiB); past it: 507",
        ),
        (
            "--max-connections",
            _count,
            "open connections at most (default 1000); a new one closes the oldest idle one",
        ),
        ("--idle-timeout", _seconds, "seconds before an idle connection is closed (default 5)"),
        (
            "--request-timeout",
            _seconds,
            "seconds for a request to arrive in full, else 408 (default 30)",
        ),
    ):
        limits.add_argument(option, type=kind, default=None, help=text)
    modes = mock.add_argument_group("modes (docs/mock.md)")
    modes.add_argument(
        "--proxy",
        metavar="UPSTREAM_URL",
        help="forward every request to the live API at UPSTREAM_URL (its base URL) and "
        "report each exchange's violations of the spec; answers are passed back unchanged",
    )
    modes.add_argument(
        "--upstream-timeout",
        type=_seconds,
        default=None,
        help="--proxy: seconds to wait for the upstream (default 30); then a 504",
    )
    modes.add_argument(
        "--report", metavar="FILE", help="--proxy: append violations to FILE (JSON Lines)"
    )
    modes.add_argument(
        "--record",
        metavar="FILE",
        help="--proxy: append each exchange to the cassette FILE (credentials redacted)",
    )
    modes.add_argument(
        "--replay",
        metavar="FILE",
        help="answer requests recorded in the cassette FILE as recorded, others from the spec",
    )
    modes.add_argument(
        "--data",
        metavar="FILE",
        help="--stateful: preload records from FILE (YAML/JSON: collection path -> records)",
    )
    modes.add_argument(
        "--webhook",
        action="append",
        default=[],
        metavar="URL",
        help="--stateful: deliver the spec's webhook events to URL (repeatable; also "
        "POST /__specforge__/webhooks); signed with --webhook-secret",
    )
    modes.add_argument(
        "--webhook-secret", default="", help="the secret webhook events are signed with"
    )
    modes.add_argument(
        "--webhook-allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver webhooks to HOST (by default only to 127.0.0.1, ::1 and localhost)",
    )
    mock.set_defaults(handler=_mock)
    add_diff_parser(commands)

    drift = commands.add_parser(
        "drift",
        help="propose an OpenAPI Overlay correcting SPEC from a proxy report or cassette",
        description="Turn the violations observed by `mock --proxy` (its --report, or a "
        "--record cassette, checked again here) into an OpenAPI Overlay 1.0 for SPEC: "
        "undocumented fields, enum values, nulls and statuses, each with its evidence.",
    )
    drift.add_argument("source", metavar="REPORT_OR_CASSETTE")
    drift.add_argument("spec", metavar="SPEC")
    _output_options(drift)
    drift.set_defaults(handler=_drift)

    overlay = commands.add_parser("overlay", help="apply an OpenAPI Overlay 1.0 to a spec")
    overlay_commands = overlay.add_subparsers(dest="overlay_command", required=True)
    apply = overlay_commands.add_parser(
        "apply",
        help="write SPEC with OVERLAY applied",
        description="Apply OVERLAY's actions to SPEC; the result must pass the gate generate "
        "runs. An existing file is overwritten only with --force.",
    )
    apply.add_argument("spec", metavar="SPEC")
    apply.add_argument("overlay", metavar="OVERLAY")
    _output_options(apply)
    apply.set_defaults(handler=_overlay_apply)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except KeyboardInterrupt:
        return 130
    return result


def run() -> NoReturn:
    """``python -m generator`` and the ``specforge`` script: ``main()``, then exit without
    the interpreter's teardown, as mypy does. Freeing every module and object costs ~15 ms,
    about as much as generating a small API; by now every file is written and closed."""
    try:
        status = main()
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing left to say, and no traceback.
        status = EXIT_INVALID
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
