"""Match a request path to the spec's path templates.

Templates are grouped by segment count and tried most-specific first: at the first segment
where two templates differ, a literal beats a partly templated segment (``{id}.json``),
which beats a fully templated one, so ``/leads/unassigned`` wins over ``/leads/{lead_id}``.
Templates that differ only in their variables' names (``/d/{idOrUrl}`` GET beside ``/d/{id}``
DELETE, which OpenAPI forbids and real specs have) are one route, told apart by method.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from generator.spec.operations import path_shape
from generator.wire.model import Operation

_TEMPLATE = re.compile(r"{([^{}/]+)}")


@dataclass(frozen=True)
class _Segment:
    literal: str | None  # decoded literal text, or None for a templated segment
    pattern: re.Pattern[str] | None = None
    names: tuple[str, ...] = ()  # the template's parameter names, in group order

    @classmethod
    def parse(cls, segment: str) -> tuple[_Segment, int]:
        names = tuple(_TEMPLATE.findall(segment))
        if not names:
            return cls(unquote(segment)), 0
        pieces = _TEMPLATE.split(segment)  # literal, name, literal, name, ..., literal
        source = "".join(
            re.escape(piece) if index % 2 == 0 else f"(?P<g{index // 2}>[^/]+?)"
            for index, piece in enumerate(pieces)
        )
        fully_templated = _TEMPLATE.fullmatch(segment) is not None
        return cls(None, re.compile(source), names), 2 if fully_templated else 1


@dataclass
class Route:
    template: str
    segments: list[_Segment]
    rank: tuple[int, ...]
    operations: dict[str, Operation] = field(default_factory=dict)
    # The variable names of other templates of the same shape (`/a/{id}` beside `/a/{key}`,
    # which OpenAPI forbids but real specs have, one method on each), segment by segment:
    # a match names each value by all of them, so every operation finds its own names.
    aliases: list[list[tuple[str, ...]]] = field(default_factory=list)

    def match(self, raw: list[str], decoded: list[str]) -> dict[str, str] | None:
        params: dict[str, str] = {}
        for position, (segment, raw_part, decoded_part) in enumerate(
            zip(self.segments, raw, decoded, strict=True)
        ):
            if segment.literal is not None:
                if segment.literal != decoded_part:
                    return None
                continue
            assert segment.pattern is not None
            # Templated segments see the raw text so that an encoded `/` (`%2F`) inside a
            # value cannot split it; the value is decoded afterwards.
            found = segment.pattern.fullmatch(raw_part)
            if found is None:
                return None
            value_names = [segment.names] + [
                alias[position] for alias in self.aliases if position < len(alias)
            ]
            for names in value_names:
                for index, name in enumerate(names):
                    params.setdefault(name, unquote(found.group(f"g{index}"), errors="replace"))
        return params


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


class Router:
    def __init__(self, operations: list[Operation]) -> None:
        by_template: dict[str, Route] = {}
        for operation in operations:
            # Templates of one shape are one route, told apart by method.
            shape = path_shape(operation.template)
            parsed = [_Segment.parse(s) for s in operation.template.split("/") if s]
            route = by_template.get(shape)
            if route is None:
                route = Route(
                    operation.template,
                    [segment for segment, _ in parsed],
                    tuple(weight for _, weight in parsed),
                )
                by_template[shape] = route
            elif operation.template != route.template:
                names = [segment.names for segment, _ in parsed]
                if names not in route.aliases:
                    route.aliases.append(names)
            # The first operation of a method wins: validate reports the other.
            route.operations.setdefault(operation.method, operation)
        self._by_length: dict[int, list[Route]] = {}
        for route in by_template.values():
            self._by_length.setdefault(len(route.segments), []).append(route)
        for routes in self._by_length.values():
            routes.sort(key=lambda r: r.rank)
        self.routes = list(by_template.values())

    def match(self, path: str) -> Match | None:
        raw = [s for s in path.split("/") if s]
        routes = self._by_length.get(len(raw))
        if not routes:
            return None
        decoded = [unquote(s, errors="replace") for s in raw]
        for route in routes:
            params = route.match(raw, decoded)
            if params is not None:
                return Match(route, params)
        return None
