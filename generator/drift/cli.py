"""``drift`` and ``overlay apply``: propose a spec correction from traffic, and apply it.

Neither command overwrites a file that exists unless ``--force`` is given; without
``--output`` the result goes to standard output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import SpecError
from generator.load import LoadedSpec, load_spec, parse_json_text, parse_spec_text
from generator.mock.cassette import CassetteError
from generator.validate import validate_spec


def dump(data: Any, as_json: bool) -> str:
    if as_json:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def _write(text: str, output: str | None, force: bool, protected: list[str]) -> int:
    if output is None:
        sys.stdout.write(text)
        return 0
    path = Path(output)
    if path.exists() and not force:
        print(f"{output}: exists; choose a new path or pass --force to overwrite", file=sys.stderr)
        return 2
    if not force and any(path.resolve() == Path(p).resolve() for p in protected):
        print(f"{output}: is an input; choose a new path or pass --force", file=sys.stderr)
        return 2
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{output}: cannot write: {error.strerror}", file=sys.stderr)
        return 1
    return 0


def _print(error: SpecError) -> int:
    error.print()
    return 1


def run_drift(args: argparse.Namespace) -> int:
    from generator.drift.propose import observed_violations, propose
    from generator.mock.app import create_app
    from generator.mock.conformance import Conformance

    try:
        spec = load_spec(args.spec)
        conformance = Conformance(create_app(spec).state.mock)
        observed = observed_violations(Path(args.source), conformance)
    except SpecError as error:
        return _print(error)
    except CassetteError as error:
        print(error, file=sys.stderr)
        return 1
    overlay = propose(spec, observed, args.source)
    as_json = bool(args.output and args.output.lower().endswith(".json"))
    status = _write(dump(overlay, as_json), args.output, args.force, [args.spec, args.source])
    if status == 0:
        print(
            f"{len(overlay['actions'])} action(s) proposed from {len(observed)} violation(s); "
            f"{len(overlay.get('x-specforge-unresolved', []))} kind(s) left for review",
            file=sys.stderr,
        )
    return status


def overlaid(spec: LoadedSpec, overlay_path: str) -> tuple[LoadedSpec, str]:
    """The spec with the overlay applied, reparsed (so its lines are its own) and checked
    by the gate ``generate`` runs; a ``SpecError`` says where either fails."""
    from generator.drift.overlay import apply_overlay, read_overlay

    data = apply_overlay(spec.data, read_overlay(overlay_path))
    as_json = spec.path.suffix.lower() == ".json"
    text = dump(data, as_json)
    name = f"{spec.name} + {overlay_path}"
    result = parse_json_text(text, name) if as_json else parse_spec_text(text, name)
    problems = validate_spec(result, house_rules=False, examples=False, thorough=False)
    if problems:
        raise SpecError(problems)
    return result, text


def run_overlay_apply(args: argparse.Namespace) -> int:
    try:
        _, text = overlaid(load_spec(args.spec), args.overlay)
    except SpecError as error:
        return _print(error)
    return _write(text, args.output, args.force, [args.spec, args.overlay])
