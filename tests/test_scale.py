"""Generation does the same work per operation at any API size (issue 23: cost grows
linearly). Counted in lines of the generator's own code executed (templates included), not
timed: the count is exact and the same on a loaded machine, and a loop over every class
inside a loop over every module shows as a rising count per operation long before it
shows in a benchmark."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any, Self

import pytest

import generator
from generator.generate import render

GENERATOR_DIR = str(Path(generator.__file__).resolve().parent)
SIZES = (50, 100, 200)  # resources; two operations and three schemas each
# Line counts do not depend on load or hash seed; the quadratic scan this guards against
# (models/__init__ grouped by a pass over every name per module) made it 1.085x.
LINEAR_TOLERANCE = 1.01


def _ref(schema: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{schema}"}


def _json_body(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": _ref(schema)}}


def scaled_spec(resources: int) -> dict[str, Any]:
    """``resources`` resources, each listing and creating its item; items form a tree (each
    references the one at a tenth of its index), so the models package has a module per
    schema or so and modules import each other."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for index in range(resources):
        item, tag = f"Item{index}", f"items{index}"
        paths[f"/{tag}"] = {
            "get": {
                "operationId": f"list{item}",
                "tags": [tag],
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "OK", "content": _json_body(f"{item}List")}},
            },
            "post": {
                "operationId": f"create{item}",
                "tags": [tag],
                "requestBody": {"required": True, "content": _json_body(f"{item}Create")},
                "responses": {"201": {"description": "Made", "content": _json_body(item)}},
            },
        }
        schemas[item] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "size": {"type": "integer"},
                "parent": _ref(f"Item{index // 10}"),
            },
        }
        schemas[f"{item}Create"] = {"type": "object", "properties": {"size": {"type": "integer"}}}
        schemas[f"{item}List"] = {
            "type": "object",
            "properties": {"data": {"type": "array", "items": _ref(item)}},
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Scaled", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


class LineCounter:
    """Counts the lines executed in the generator's own code while active."""

    def __init__(self) -> None:
        self.lines = 0
        self._previous: Any = None  # a debugger's or coverage's tracer, put back after

    def _line(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            self.lines += 1
        return self._line

    def _call(self, frame: FrameType, event: str, arg: object) -> Any:
        # Only our frames are traced line by line: a library's lines are its own business.
        return self._line if frame.f_code.co_filename.startswith(GENERATOR_DIR) else None

    def __enter__(self) -> Self:
        self._previous = sys.gettrace()
        sys.settrace(self._call)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)


def test_work_per_operation_is_the_same_at_every_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every size parses and compiles alike: a cache hit would skip work at some sizes only.
    monkeypatch.setenv("SPECFORGE_NO_CACHE", "1")
    counts = []
    for resources in SIZES:
        spec = tmp_path / f"scaled-{resources}.json"
        spec.write_text(json.dumps(scaled_spec(resources)), encoding="utf-8")
        with LineCounter() as counter:
            api, files = render(spec, "scaled")
        assert len(api.operations) == 2 * resources  # every size generated in full
        # A models module per schema or so: the layout's per-module work is exercised.
        assert sum("/models/_" in path for path in files) > 2 * resources
        counts.append(counter.lines)
    # The marginal count per resource: fixed costs (templates, runtime files) cancel.
    first = (counts[1] - counts[0]) / (SIZES[1] - SIZES[0])
    last = (counts[2] - counts[1]) / (SIZES[2] - SIZES[1])
    assert last <= first * LINEAR_TOLERANCE, (counts, first, last)
