"""The operation model (generator/wire/): the registries name classes that exist, and the
generator's IR and the mock read one description of each operation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.generate import build
from generator.load import load_spec
from generator.mock.pagination import strategies
from generator.mock.validation import CHECKS, security_requirements
from generator.wire.auth import AUTH_KINDS
from generator.wire.build import build_wire
from generator.wire.pagination import KEYS, STYLES, pagination_problems
from tests.conftest import RUNTIME_DIR, SPECS


def _runtime_names(module: str) -> set[str]:
    tree = ast.parse((RUNTIME_DIR / module).read_text())
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def _runtime_dict_keys(module: str, name: str) -> set[str]:
    tree = ast.parse((RUNTIME_DIR / module).read_text())
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id == name:
            assert isinstance(node.value, ast.Dict)
            return {ast.literal_eval(key) for key in node.value.keys if key is not None}
    raise AssertionError(f"{module} has no {name}")


def test_every_pagination_style_has_its_runtime_class_and_mock_strategy() -> None:
    from specforge_runtime import _pagination

    classes = _runtime_names("_pagination.py")
    mock = strategies()
    for name, style in STYLES.items():
        assert style.runtime_class in classes, name
        assert type(_pagination.STYLES[name]).__name__ == style.runtime_class
        assert type(mock[style.mock_strategy]).__name__ == style.mock_strategy
        assert set(style.keys) <= set(KEYS)
        assert set(style.refused) <= set(KEYS) - set(style.keys)
    assert set(_pagination.STYLES) == set(STYLES)


def test_every_auth_kind_has_its_runtime_sender_and_mock_check() -> None:
    senders = _runtime_dict_keys("_auth.py", "_SENDERS")
    for kind in AUTH_KINDS.values():
        assert kind.runtime is None or kind.runtime in senders, kind.key
        assert kind.mock_check in CHECKS, kind.key
    assert senders == {kind.runtime for kind in AUTH_KINDS.values() if kind.runtime}


def test_unknown_pagination_style_names_the_registered_ones() -> None:
    problems = list(pagination_problems({"style": "telepathy"}, set()))
    assert problems == [
        ("/style", f"unsupported pagination style 'telepathy' ({', '.join(STYLES)})")
    ]


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_ir_and_mock_read_one_description(path: Path) -> None:
    """The IR's operations keep the very operation model the mock is built from: the same
    parameters and styles, security and pagination, decided once."""
    api, _files = build(path, path.stem)
    wire = build_wire(load_spec(path))
    assert len(api.operations) == len(wire.operations)
    by_key = {(op.method, op.template): op for op in wire.operations}
    for op in api.operations:
        assert op.wire is not None
        twin = by_key[(op.wire.method, op.wire.template)]
        assert op.http_method.lower() == twin.method and op.path == twin.template
        assert {(p.wire_name, p.location) for p in op.parameters} == {
            (p.name, p.location) for p in twin.parameters
        }
        for parameter in op.parameters:
            declared = next(p for p in twin.parameters if p.name == parameter.wire_name)
            assert parameter.style == declared.declared_style
            assert parameter.explode == declared.declared_explode
        sendable = [
            requirement
            for requirement in twin.security
            if all(scheme.kind.runtime for scheme in requirement.schemes)
        ]
        assert [set(alternative) for alternative in op.security] == [
            {scheme.key for scheme in requirement.schemes} for requirement in sendable
        ]
        if twin.pagination is None:
            assert op.pagination is None
        else:
            assert op.pagination is not None
            assert op.pagination.style == twin.pagination.style.name
            assert op.pagination.items == twin.pagination.items


_SPEC = """openapi: 3.1.0
info: {title: T, version: "1"}
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
    basic: {type: http, scheme: Basic}
    digest: {type: http, scheme: digest}
    tls: {type: mutualTLS}
    oauth: {type: oauth2, flows: {}}
paths:
  /jobs/{job_id}:
    get:
      operationId: getJob
      security: [{digest: []}, {basic: [], key: []}, {}, {nowhere: []}]
      parameters:
        - {name: job_id, in: query, style: form, explode: true, schema: {type: integer}}
        - {name: Content-Length, in: header, schema: {type: integer}}
        - {name: Accept, in: header, schema: {type: string}}
        - {name: tags, in: query, style: pipeDelimited, schema: {type: array}}
        - {name: X-Trace, in: header, schema: {type: string}}
      responses:
        "200": {description: ok}
        "4XX": {description: client error}
"""


def test_the_model_decides_parameters_security_and_statuses_once(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_SPEC)
    wire = build_wire(load_spec(spec))
    (operation,) = wire.operations
    parameters = {p.name: p for p in operation.parameters}
    # HTTP-owned and OpenAPI-ignored headers are no parameters of anyone's.
    assert list(parameters) == ["tags", "X-Trace", "job_id"]
    # A path variable declared in the query is sent in the path, serialized as one.
    moved = parameters["job_id"]
    assert (moved.location, moved.required, moved.style, moved.explode) == (
        "path",
        True,
        "simple",
        False,
    )
    assert (moved.declared_style, moved.declared_explode) == ("", None)
    assert moved.schema_pointer == "/paths/~1jobs~1{job_id}/get/parameters/0/schema"
    tags = parameters["tags"]
    assert (tags.style, tags.declared_style, tags.explode) == (
        "pipeDelimited",
        "pipeDelimited",
        False,
    )
    assert (parameters["X-Trace"].style, parameters["X-Trace"].declared_style) == ("simple", "")
    assert any("declared `in: query`" in note for note in operation.notes)

    kinds = {key: scheme.kind.key for key, scheme in wire.schemes.items()}
    assert kinds == {
        "key": "apiKey",
        "basic": "http-basic",
        "digest": "http",
        "tls": "other",
        "oauth": "oauth2",
    }
    assert (wire.schemes["key"].location, wire.schemes["key"].name) == ("query", "api_key")
    alternatives = [
        ([s.key for s in r.schemes], list(r.undeclared), r.anonymous) for r in operation.security
    ]
    assert alternatives == [
        (["digest"], [], False),
        (["basic", "key"], [], False),
        ([], [], True),
        ([], ["nowhere"], False),
    ]
    # The mock: `{}` is one alternative, so no credentials are required.
    assert security_requirements(operation) == []
    # The client: only what it can send (digest it cannot; `nowhere` is undeclared).
    api, _files = build(spec, "t")
    (ir_operation,) = api.operations
    assert ir_operation.security == (("basic", "key"), ())
    assert [s.key for s in api.security_schemes] == ["key", "basic", "oauth"]
    assert [(s.kind, s.credentials) for s in api.security_schemes] == [
        ("apiKey", ("api_key",)),
        ("basic", ("username", "password")),
        ("bearer", ("access_token",)),
    ]
    assert any("'digest' (http) is not supported" in w for w in api.warnings)

    assert operation.response_for(404) is operation.by_status["4XX"]
    assert operation.response_for(500) is None
