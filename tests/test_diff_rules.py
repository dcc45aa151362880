"""Every rule of ``specforge diff`` fires on a fixture pair, and only where it should.

``tests/fixtures/diff/base.yaml`` and each ``variant-*.yaml`` (the base with one edit, named
in its first line) are a pair diffed both ways: base → variant, then variant → base, the
reverse edit, which fires each rule's counterpart. The rules no spec edit can make fire
(the generator always exports the same runtime names) are covered in test_diff.py.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from generator.diff.rules import RULES, Change, required_bump
from generator.diff.sdk import sdk_changes
from generator.diff.sources import Source, load_source
from generator.diff.surface import Surface, read_surface
from generator.diff.wire import wire_changes
from generator.generate import build
from generator.spec.pointer import resolve_pointer
from tests.conftest import FIXTURES

PAIRS = FIXTURES / "diff"
BASE = PAIRS / "base.yaml"
# Rules test_diff.py covers with packages written by hand.
COVERED_ELSEWHERE = {"sdk-argument-moved", "sdk-export-added", "sdk-export-removed"}

# variant -> (rules base → variant, rules variant → base), each sorted, repeated per change.
EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    "base-path-changed": (
        ["base-path-changed"],
        ["base-path-changed"],
    ),
    "operation-deprecated": (
        ["operation-deprecated"],
        [],
    ),
    "operation-id-changed": (
        ["operation-id-changed", "sdk-method-renamed"],
        ["operation-id-changed", "sdk-method-renamed"],
    ),
    "operation-removed": (
        ["operation-removed", "sdk-method-removed"],
        ["operation-added", "sdk-method-added"],
    ),
    "pagination-changed": (
        ["pagination-changed"],
        ["pagination-changed"],
    ),
    "pagination-removed": (
        ["pagination-removed", "sdk-return-type-changed"],
        ["pagination-added", "sdk-return-type-changed"],
    ),
    "pagination-style-changed": (
        ["pagination-style-changed"],
        ["pagination-style-changed"],
    ),
    "parameter-added-optional": (
        ["parameter-added-optional", "sdk-argument-added-optional"],
        ["parameter-removed", "sdk-argument-removed"],
    ),
    "parameter-added-required": (
        ["parameter-added-required", "sdk-argument-added-required"],
        ["parameter-removed", "sdk-argument-removed"],
    ),
    "parameter-became-required": (
        ["parameter-became-required", "sdk-argument-became-required"],
        ["parameter-became-optional", "sdk-argument-became-optional"],
    ),
    "parameter-serialization-changed": (
        ["parameter-serialization-changed"],
        ["parameter-serialization-changed"],
    ),
    "request-body-became-required": (
        ["request-body-became-required"],
        ["request-body-became-optional"],
    ),
    "request-body-removed": (
        ["request-body-removed", "sdk-argument-removed"],
        ["request-body-added", "sdk-argument-added-optional"],
    ),
    "request-enum-value-removed": (
        ["request-enum-value-removed", "sdk-argument-type-narrowed", "sdk-field-type-changed"],
        ["request-enum-value-added", "sdk-argument-type-widened", "sdk-field-type-changed"],
    ),
    "request-media-type-added": (
        ["request-media-type-added"],
        ["request-media-type-removed"],
    ),
    "request-property-added-optional": (
        ["request-property-added-optional", "sdk-argument-added-optional", "sdk-field-added"],
        ["request-property-removed", "sdk-argument-removed", "sdk-field-removed"],
    ),
    "request-property-added-required": (
        [
            "request-property-added-required",
            "sdk-argument-added-required",
            "sdk-field-added-required",
        ],
        ["request-property-removed", "sdk-argument-removed", "sdk-field-removed"],
    ),
    "request-property-became-required": (
        [
            "request-property-became-required",
            "sdk-argument-became-required",
            "sdk-field-became-required",
        ],
        [
            "request-property-became-optional",
            "sdk-argument-became-optional",
            "sdk-field-type-changed",
        ],
    ),
    "request-type-changed": (
        ["request-type-changed", "sdk-argument-type-changed", "sdk-field-type-changed"],
        ["request-type-changed", "sdk-argument-type-changed", "sdk-field-type-changed"],
    ),
    "request-type-narrowed": (
        ["request-type-narrowed"],
        ["request-type-widened"],
    ),
    "response-enum-value-added": (
        ["response-enum-value-added", "sdk-field-type-changed"],
        ["response-enum-value-removed", "sdk-field-type-relaxed"],
    ),
    "response-media-type-added": (
        ["response-media-type-added"],
        ["response-media-type-removed"],
    ),
    "response-property-became-optional": (
        ["response-property-became-optional", "sdk-field-type-changed"],
        ["response-property-became-required", "sdk-field-type-relaxed"],
    ),
    "response-property-removed": (
        ["response-property-removed", "sdk-field-removed"],
        ["response-property-added", "sdk-field-added"],
    ),
    "response-removed": (
        ["response-removed", "sdk-exception-changed"],
        ["response-added", "sdk-exception-added"],
    ),
    "response-required-property-removed": (
        ["response-property-removed", "sdk-field-removed"],
        ["response-property-added", "sdk-field-added"],
    ),
    "response-type-changed": (
        ["response-type-changed", "sdk-field-type-changed"],
        ["response-type-changed", "sdk-field-type-changed"],
    ),
    "response-type-narrowed": (
        ["response-type-narrowed", "sdk-return-type-narrowed"],
        ["response-type-widened", "sdk-return-type-changed"],
    ),
    "response-type-widened": (
        ["response-type-widened", "sdk-field-type-changed"],
        ["response-type-narrowed", "sdk-field-type-relaxed"],
    ),
    "sdk-argument-renamed": (
        ["sdk-argument-renamed", "sdk-argument-renamed"],
        ["sdk-argument-renamed", "sdk-argument-renamed"],
    ),
    "sdk-client-renamed": (
        ["sdk-client-renamed"],
        ["sdk-client-renamed"],
    ),
    "sdk-default-changed": (["sdk-default-changed"], ["sdk-default-changed"]),
    "sdk-field-renamed": (
        ["response-property-added", "response-property-removed", "sdk-field-renamed"],
        ["response-property-added", "response-property-removed", "sdk-field-renamed"],
    ),
    "sdk-model-removed": (
        [
            "response-type-narrowed",
            "response-type-narrowed",
            "sdk-field-type-relaxed",
            "sdk-model-removed",
            "sdk-return-type-narrowed",
        ],
        [
            "response-type-widened",
            "response-type-widened",
            "sdk-field-type-changed",
            "sdk-model-added",
            "sdk-return-type-changed",
        ],
    ),
    "sdk-model-renamed": (
        ["sdk-model-renamed"],
        ["sdk-model-renamed"],
    ),
    "sdk-union-reordered": (
        ["sdk-union-reordered"],
        ["sdk-union-reordered"],
    ),
    "security-requirement-added": (
        ["security-requirement-added"],
        ["security-requirement-removed"],
    ),
    "security-scheme-changed": (
        ["sdk-argument-renamed", "security-scheme-changed"],
        ["sdk-argument-renamed", "security-scheme-changed"],
    ),
    "server-changed": (
        ["server-changed"],
        ["server-changed"],
    ),
    "server-removed": (
        ["server-removed"],
        ["server-added"],
    ),
}


@functools.cache
def _source(path: Path) -> Source:
    return load_source(str(path))


@functools.cache
def _surface(path: Path) -> Surface:
    _, files = build(path, "pets")
    return read_surface(files)


def _changes(old: Path, new: Path) -> list[Change]:
    return wire_changes(_source(old).spec, _source(new).spec) + sdk_changes(
        _surface(old), _surface(new)
    )


def test_every_variant_is_listed() -> None:
    found = {path.stem.removeprefix("variant-") for path in PAIRS.glob("variant-*.yaml")}
    assert found == set(EXPECTED)


def test_every_rule_fires_somewhere() -> None:
    fired = {rule for pair in EXPECTED.values() for side in pair for rule in side}
    assert fired | COVERED_ELSEWHERE == set(RULES)
    assert not fired & COVERED_ELSEWHERE


@pytest.mark.parametrize("variant", sorted(EXPECTED))
@pytest.mark.parametrize("direction", ["forward", "reverse"])
def test_pair(variant: str, direction: str) -> None:
    path = PAIRS / f"variant-{variant}.yaml"
    old, new = (BASE, path) if direction == "forward" else (path, BASE)
    changes = _changes(old, new)
    expected = EXPECTED[variant][0 if direction == "forward" else 1]
    assert Counter(c.rule.id for c in changes) == Counter(expected), [
        str(c.message) for c in changes
    ]
    for item in changes:
        _check_located(item, old, new)
    breaking = any(RULES[rule].level == "breaking" for rule in expected)
    assert (required_bump(changes) == "major") == breaking


def _check_located(item: Change, old: Path, new: Path) -> None:
    """A wire change names a line of its document and a pointer that is in it; an SDK change
    a module of the package and a dotted name."""
    assert item.message and (item.old or item.new)
    for where, path in ((item.old, old), (item.new, new)):
        if where is None:
            continue
        if item.rule.layer == "wire":
            assert where.file == str(path)
            assert where.line > 0
            resolve_pointer(_source(path).spec.data, where.pointer)  # KeyError if not there
        else:
            assert where.file.startswith("pets_client/") and where.file.endswith(".py")
            assert where.pointer


def test_a_removed_operation_names_it_where_it_was() -> None:
    path = PAIRS / "variant-operation-removed.yaml"
    [removed] = [c for c in _changes(BASE, path) if c.rule.id == "operation-removed"]
    assert removed.new is None and removed.old is not None
    assert removed.old.pointer == "/paths/~1pets~1{petId}/delete"
    assert BASE.read_text().splitlines()[removed.old.line - 1].strip() == "delete:"
    assert removed.operations == ["DELETE /pets/{petId}"]


def test_a_shared_schema_change_lists_every_operation_once() -> None:
    path = PAIRS / "variant-response-property-removed.yaml"
    [removed] = [c for c in _changes(BASE, path) if c.rule.id == "response-property-removed"]
    assert removed.message == "`Pet`: response property `tag` removed"
    assert sorted(removed.operations) == ["GET /pets", "GET /pets/{petId}", "POST /pets"]


def test_a_renamed_operation_id_is_a_renamed_method_not_a_removal() -> None:
    path = PAIRS / "variant-operation-id-changed.yaml"
    sdk = [c for c in _changes(BASE, path) if c.rule.layer == "sdk"]
    assert [(c.rule.id, c.message) for c in sdk] == [
        ("sdk-method-renamed", "`pets.get()` → `pets.fetch()`")
    ]
