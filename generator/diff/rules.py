"""Every rule a change between two specs is classified by, and the change record itself.

A rule has one level whatever fired it: a change that breaks in one direction and not in the
other (a required field in a request, in a response) is two rules. Each rule also says which
release its change needs on its own: ``major`` for a breaking change, ``minor`` for an
addition, ``patch`` for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.diagnostics import Location as Location

Layer = Literal["wire", "sdk"]
Level = Literal["breaking", "non-breaking"]
Bump = Literal["major", "minor", "patch", "none"]
BUMP_ORDER: tuple[Bump, ...] = ("none", "patch", "minor", "major")


@dataclass(frozen=True)
class Rule:
    id: str
    layer: Layer
    level: Level
    bump: Bump
    summary: str


def _rules(layer: Layer, table: str) -> dict[str, Rule]:
    """Rules from a table of ``id | B/A/P | summary`` lines (a line without ``|`` goes on with the
        summary): B breaking (major), A a
    non-breaking addition (minor), P another non-breaking change (patch)."""
    rows: list[list[str]] = []
    for line in table.strip().splitlines():
        if "|" in line:
            rows.append([part.strip() for part in line.split("|", 2)])
        else:  # a long summary goes on over the next lines
            rows[-1][2] += " " + line.strip()
    found: dict[str, Rule] = {}
    for rule_id, kind, summary in rows:
        level, bump = _KINDS[kind]
        found[rule_id] = Rule(rule_id, layer, level, bump, summary)
    return found


_KINDS: dict[str, tuple[Level, Bump]] = {
    "B": ("breaking", "major"),
    "A": ("non-breaking", "minor"),
    "P": ("non-breaking", "patch"),
}


WIRE_RULES = _rules(
    "wire",
    """
    operation-removed | B | an operation (method and path) is gone
    operation-added | A | a new operation
    operation-deprecated | P | an operation is now `deprecated: true`
    operation-id-changed | P | the `operationId` changed (the wire is the same; see
        sdk-method-renamed)
    parameter-removed | B | a parameter clients send is no longer declared
    parameter-added-required | B | a new required parameter
    parameter-added-optional | A | a new optional parameter
    parameter-became-required | B | an optional parameter is now required
    parameter-became-optional | A | a required parameter is now optional
    parameter-serialization-changed | B | a parameter's `style` or `explode` changed: the same
        value goes out as other text
    request-body-removed | B | an operation no longer takes the body clients send
    request-body-added | A | an operation takes an optional body it did not take
    request-body-became-required | B | the body is required where it was optional or absent
    request-body-became-optional | A | a required body is now optional
    request-media-type-removed | B | a request media type clients send is gone
    request-media-type-added | A | a new request media type
    request-property-removed | B | a request property clients send is no longer declared
    request-property-added-required | B | a new required request property
    request-property-added-optional | A | a new optional request property
    request-property-became-required | B | an optional request property is now required
    request-property-became-optional | A | a required request property is now optional
    request-type-narrowed | B | a request value accepts less: type, format, bounds, pattern,
        `null`, a `oneOf`/`anyOf` branch, `additionalProperties`
    request-type-widened | A | a request value accepts more
    request-type-changed | B | a request value's type changed to an unrelated one
    request-enum-value-removed | B | a request enum lost a value clients may send
    request-enum-value-added | A | a request enum gained a value
    response-removed | B | a documented response status is gone
    response-added | A | a new response status
    response-media-type-removed | B | a response media type clients read is gone
    response-media-type-added | A | a new response media type
    response-property-removed | B | a response property clients read is gone
    response-property-became-optional | B | a required response property may now be absent
    response-property-became-required | P | an optional response property is now always present
    response-property-added | A | a new response property
    response-type-widened | B | a response value may be more than before (a new type, `null`, a
        wider bound, a new branch)
    response-type-narrowed | P | a response value is narrower than before
    response-type-changed | B | a response value's type changed to an unrelated one
    response-enum-value-added | B | a response enum gained a value clients do not expect
    response-enum-value-removed | P | a response enum lost a value
    security-requirement-added | B | credentials that were enough for an operation are not any more
    security-requirement-removed | A | an operation accepts credentials (or none) it did not accept
    security-scheme-changed | B | a security scheme in use changed how credentials are sent
    server-changed | B | the first server's host changed: the SDK's default base URL
    base-path-changed | B | the first server's path changed: every request goes elsewhere
    server-removed | B | a server clients may be configured with is gone
    server-added | P | a new server
    pagination-removed | B | a paginated operation is no longer paginated
    pagination-added | A | an operation is now paginated (`x-pagination`)
    pagination-style-changed | B | the pagination style changed (offset, page, cursor)
    pagination-changed | B | how pages are requested or read changed (parameters, pointers)
    """,
)

SDK_RULES = _rules(
    "sdk",
    """
    sdk-client-renamed | B | the client class has another name (the `Client` alias stays)
    sdk-method-removed | B | a client method is gone
    sdk-method-added | A | a new client method
    sdk-method-renamed | B | an operation is called through another resource or method name
    sdk-argument-removed | B | a method argument is gone
    sdk-argument-added-required | B | a new required method argument
    sdk-argument-added-optional | A | a new optional method argument
    sdk-argument-renamed | B | a method argument has another name
    sdk-argument-moved | B | a positional argument moved, or became keyword-only or positional
    sdk-argument-became-required | B | an optional method argument is now required
    sdk-argument-became-optional | A | a required method argument is now optional
    sdk-argument-type-narrowed | B | a method argument accepts fewer types or values
    sdk-argument-type-widened | A | a method argument accepts more types or values
    sdk-argument-type-changed | B | a method argument's type changed to an unrelated one
    sdk-default-changed | P | an optional argument or field has another default value
    sdk-return-type-changed | B | a method returns a wider or another type
    sdk-return-type-narrowed | P | a method returns a narrower type
    sdk-model-removed | B | a model class is gone
    sdk-model-added | A | a new model class
    sdk-model-renamed | B | a model class has another name (same fields)
    sdk-field-removed | B | a model field is gone
    sdk-field-added | A | a new optional model field, or a required one in a model only received
    sdk-field-added-required | B | a new required field in a model the SDK sends
    sdk-field-renamed | B | a model field has another name (same type)
    sdk-field-became-required | B | a field of a model the SDK sends is now required
    sdk-field-type-changed | B | a field's type changed incompatibly: narrower in a model sent,
        wider in one received, or unrelated
    sdk-field-type-relaxed | P | a field's type changed compatibly: wider in a model only sent,
        narrower in one only received
    sdk-union-reordered | B | a union's members are in another order: pydantic may pick another
        member when parsing
    sdk-exception-changed | B | the body type of an error status changed, or the status is no
        longer documented
    sdk-exception-added | A | an error status with a typed body is newly documented
    sdk-export-removed | B | a name the package exported is gone
    sdk-export-added | A | the package exports a new name
    """,
)

RULES: dict[str, Rule] = {**WIRE_RULES, **SDK_RULES}


@dataclass
class Reproduction:
    """A failing call that shows a change breaking (``specforge diff --prove``)."""

    suite: str  # "old client -> new mock", ...
    operation: str
    call: str
    request: str
    failure: str


@dataclass
class Change:
    rule: Rule
    message: str
    old: Location | None = None
    new: Location | None = None
    operations: list[str] = field(default_factory=list)
    reproduction: Reproduction | None = None

    @property
    def level(self) -> Level:
        return self.rule.level

    @property
    def breaking(self) -> bool:
        return self.rule.level == "breaking"

    @property
    def location(self) -> Location | None:
        """Where to look: the new document where the change is there, else the old one."""
        return self.new or self.old

    def sort_key(self) -> tuple[int, str, str, str]:
        where = self.location
        return (0 if self.breaking else 1, where.file if where else "", self._line(), self.message)

    def _line(self) -> str:
        where = self.location
        return f"{where.line:09d}{where.pointer}" if where else ""


def change(
    rule_id: str,
    message: str,
    *,
    old: Location | None = None,
    new: Location | None = None,
    operations: list[str] | None = None,
) -> Change:
    """A change by its rule's id (a KeyError names an id that is not registered)."""
    return Change(RULES[rule_id], message, old, new, list(operations or ()))


def required_bump(changes: list[Change]) -> Bump:
    """The release the changes need together: the largest any one of them needs."""
    found: Bump = "none"
    for item in changes:
        if BUMP_ORDER.index(item.rule.bump) > BUMP_ORDER.index(found):
            found = item.rule.bump
    return found
