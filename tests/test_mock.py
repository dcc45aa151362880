"""The mock server in-process (ASGI): every operation of every spec, invalid requests,
stateful round trips and pagination. Real-socket behaviour is in test_mock_server.py."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette

from generator.diagnostics import parts_from_pointer
from generator.load import LoadedSpec, load_spec
from generator.mock import create_app
from generator.mock.params import schema_types
from generator.mock.responses import answer_media, success_status
from generator.mock.store import Role
from generator.mock.store import _roles as roles_of
from generator.mock.synth import Synthesizer
from generator.mock.validation import (
    MALFORMED,
    UNSUPPORTED_MEDIA,
    client_error,
    security_requirements,
)
from generator.wire.build import build_wire
from generator.wire.model import Media, Operation, Parameter, WireApi, is_json_media
from tests.conftest import FIXTURES, SPECS

SPEC_IDS = [spec.stem for spec in SPECS]
FIXTURE_SPECS = sorted((FIXTURES / "mock").glob("*.yaml"))
ALL_SPECS = SPECS + FIXTURE_SPECS
_FORMATS = FormatChecker(
    [f for f in ("date-time", "date", "email", "uuid") if f in FormatChecker.checkers]
)


# --- shared helpers (also used by test_mock_server.py) ------------------------------------


@cache
def loaded(path: Path) -> LoadedSpec:
    return load_spec(path)


@cache
def model_of(path: Path) -> WireApi:
    return build_wire(loaded(path))


class SpecChecker:
    """Validates response bodies against the spec with jsonschema (not the mock's own code)."""

    def __init__(self, spec: LoadedSpec) -> None:
        version = str(spec.data.get("openapi", "3.1"))
        self.validator_class: Any = OAS30Validator if version.startswith("3.0") else OAS31Validator
        resource = Resource.from_contents(spec.data, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)

    def errors(self, media: Media, body: Any) -> list[str]:
        if media.schema_pointer is None:
            return []
        validator = self.validator_class(
            {"$ref": f"urn:spec#{media.schema_pointer}"},
            registry=self.registry,
            format_checker=_FORMATS,
        )
        return [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(body)
        ]


@cache
def checker(path: Path) -> SpecChecker:
    return SpecChecker(loaded(path))


@dataclass
class Call:
    method: str
    path: str
    params: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    json_body: Any = None
    content: bytes | None = None
    data: dict[str, Any] | None = None
    files: dict[str, Any] | None = None

    @property
    def url(self) -> str:
        return self.path + ("?" + urlencode(self.params) if self.params else "")

    async def send(self, client: httpx.AsyncClient, **overrides: Any) -> httpx.Response:
        kwargs: dict[str, Any] = {"headers": self.headers}
        if self.content is not None:
            kwargs["content"] = self.content
        elif self.json_body is not None:
            kwargs["content"] = json.dumps(self.json_body).encode()
        elif self.data is not None or self.files is not None:
            kwargs["data"] = self.data
            kwargs["files"] = self.files
        kwargs.update(overrides)
        return await client.request(self.method.upper(), self.url, **kwargs)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def parameter_value(spec: LoadedSpec, parameter: Parameter, seed: str) -> Any:
    raw = _raw_parameter(spec, parameter)
    if isinstance(raw, dict):
        if "example" in raw:
            return raw["example"]
        examples = raw.get("examples")
        if isinstance(examples, dict) and examples:
            first = next(iter(examples.values()))
            if isinstance(first, dict) and "value" in first:
                return first["value"]
    return Synthesizer(spec.data).generate(parameter.schema, seed=seed, direction="request")


def _raw_parameter(spec: LoadedSpec, parameter: Parameter) -> Any:
    if parameter.schema_pointer is None:
        return None
    pointer = parameter.schema_pointer.rsplit("/schema", 1)[0]
    node: Any = spec.data
    for part in parts_from_pointer(pointer):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def serialize_query(parameter: Parameter, value: Any) -> list[tuple[str, str]]:
    name = parameter.name
    if parameter.style == "deepObject" and isinstance(value, dict):
        return [(f"{name}[{k}]", _text(v)) for k, v in value.items()]
    if isinstance(value, list):
        if parameter.explode and parameter.style == "form":
            return [(name, _text(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(parameter.style, ",")
        return [(name, separator.join(_text(v) for v in value))]
    if isinstance(value, dict):
        if parameter.explode:
            return [(k, _text(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{_text(v)}" for k, v in value.items()))]
    return [(name, _text(value))]


def serialize_simple(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ",".join(f"{k},{_text(v)}" for k, v in value.items())
    return _text(value)


def credentials(
    model: WireApi, operation: Operation
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    headers: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    requirements = security_requirements(operation)
    if not requirements:
        return headers, query
    for scheme in requirements[0]:
        check = scheme.kind.mock_check
        if check == "apiKey" and scheme.location == "query":
            query.append((scheme.name, "test-secret-key"))
        elif check == "apiKey" and scheme.location == "cookie":
            headers["Cookie"] = f"{scheme.name}=test-secret-key"
        elif check == "apiKey":
            headers[scheme.name] = "test-secret-key"
        elif check == "bearer":
            headers["Authorization"] = "Bearer test-secret-token"
        elif check == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(b"user:pass").decode()
        elif check == "http":
            headers["Authorization"] = f"{scheme.http_scheme} test-secret"
    return headers, query


def request_media(operation: Operation) -> Media | None:
    for media in operation.bodies.values():
        if is_json_media(media.media_type) or media.media_type.endswith("+json"):
            return media
    return next(iter(operation.bodies.values()), None)


def body_example(spec: LoadedSpec, media: Media, seed: str) -> Any:
    node: Any = spec.data
    for part in parts_from_pointer(media.pointer):
        node = node[part]
    if isinstance(node, dict):
        if "example" in node:
            return node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict) and examples:
            first = next(iter(examples.values()))
            if isinstance(first, dict) and "value" in first:
                return first["value"]
    return Synthesizer(spec.data).generate(media.schema, seed=seed, direction="request")


def _form_pairs(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            pairs.extend(_form_pairs(item, f"{prefix}[{key}]" if prefix else str(key)))
        return pairs
    if isinstance(value, list):
        return [p for item in value for p in _form_pairs(item, f"{prefix}[]")]
    return [(prefix, _text(value))]


def valid_call(path: Path, operation: Operation, *, with_body: bool = True) -> Call:
    spec = loaded(path)
    model = model_of(path)
    headers, query = credentials(model, operation)
    url_path = operation.template
    for parameter in operation.parameters:
        seed = f"{operation.operation_id}:{parameter.name}"
        if parameter.location == "path":
            value = serialize_simple(parameter_value(spec, parameter, seed))
            url_path = url_path.replace("{" + parameter.name + "}", value)
        elif parameter.required:
            value = parameter_value(spec, parameter, seed)
            if parameter.location == "query":
                query.extend(serialize_query(parameter, value))
            elif parameter.location == "header":
                headers[parameter.name] = serialize_simple(value)
            elif parameter.location == "cookie":
                headers["Cookie"] = f"{parameter.name}={serialize_simple(value)}"
    call = Call(operation.method, model.base_path + url_path, query, headers)
    media = request_media(operation)
    if media is not None and with_body:
        body = body_example(spec, media, operation.operation_id)
        call.headers["Content-Type"] = media.media_type
        if media.media_type == "application/x-www-form-urlencoded":
            call.content = urlencode(_form_pairs(body)).encode()
        elif media.media_type.startswith("multipart/"):
            del call.headers["Content-Type"]
            call.data, call.files = {}, {}
            for key, item in (body or {}).items():
                if isinstance(item, str) and _is_binary(spec, media, key):
                    call.files[key] = ("upload.bin", b"\x00\x01binary", "application/octet-stream")
                elif isinstance(item, dict | list):
                    call.data[key] = json.dumps(item)
                else:
                    call.data[key] = _text(item)
            if not call.files:
                call.files = {"__unused": ("x.txt", b"x")} if not call.data else None
        elif is_json_media(media.media_type) or media.media_type.endswith("+json"):
            call.json_body = body
        else:
            call.content = body.encode() if isinstance(body, str) else b"data"
    return call


def _is_binary(spec: LoadedSpec, media: Media, key: str) -> bool:
    properties = Synthesizer(spec.data).properties(media.schema)
    resolved = Synthesizer(spec.data).merge(properties.get(key, {}))
    return resolved.get("format") in ("binary", "byte") or "contentMediaType" in resolved


def operations_of(path: Path) -> Iterator[tuple[Path, Operation]]:
    for operation in model_of(path).operations:
        yield path, operation


ALL_OPERATIONS = [pair for path in ALL_SPECS for pair in operations_of(path)]


def response_media(operation: Operation, status: int) -> Media | None:
    response = operation.response_for(status)
    return answer_media(response) if response is not None else None


def assert_documented(path: Path, operation: Operation, response: httpx.Response) -> None:
    """The response's status is documented and its body validates against the spec."""
    documented = operation.response_for(response.status_code)
    assert documented is not None, f"{response.status_code} is not documented: {response.text}"
    media = answer_media(documented)
    if media is None or response.status_code == 204:
        assert response.content == b""
        return
    assert response.headers["content-type"] == media.media_type
    if is_json_media(media.media_type) or media.media_type.endswith("+json"):
        errors = checker(path).errors(media, response.json())
        assert not errors, f"{operation.operation_id} {response.status_code}: {errors[:3]}"


@cache
def stateless_app(path: Path) -> Starlette:
    return create_app(loaded(path), seed=7)


def client_for(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test")


# --- every operation answers a valid request ---------------------------------------------


@pytest.mark.parametrize(
    ("path", "operation"),
    ALL_OPERATIONS,
    ids=[f"{p.stem}-{op.operation_id}" for p, op in ALL_OPERATIONS],
)
async def test_operation_answers_valid_request(path: Path, operation: Operation) -> None:
    call = valid_call(path, operation)
    async with client_for(stateless_app(path)) as client:
        response = await call.send(client)
    expected, _ = success_status(operation)
    assert response.status_code == expected, response.text
    assert_documented(path, operation, response)


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_responses_are_deterministic_for_a_seed(path: Path) -> None:
    operation = next(op for op in model_of(path).operations if op.method == "get")
    bodies = []
    for _ in range(2):
        app = create_app(loaded(path), seed=3)
        async with client_for(app) as client:
            bodies.append((await valid_call(path, operation).send(client)).content)
    assert bodies[0] == bodies[1]


# --- invalid requests --------------------------------------------------------------------


def _first(path: Path, predicate: Any) -> Operation | None:
    return next((op for op in model_of(path).operations if predicate(op)), None)


def _typed_query_parameter(path: Path, operation: Operation) -> Parameter | None:
    for parameter in operation.parameters:
        if parameter.location != "query" or parameter.content_type is not None:
            continue
        kinds = schema_types(loaded(path).data, parameter.schema)
        # A parameter that also takes a string accepts the text sent as a bad value.
        if kinds and kinds[0] in ("integer", "number", "boolean") and "string" not in kinds:
            return parameter
    return None


async def _assert_error(
    path: Path, operation: Operation | None, response: httpx.Response, statuses: tuple[int, ...]
) -> None:
    assert response.status_code in statuses, response.text
    body = response.json()
    assert body, "an error response has a body"
    if operation is not None and operation.response_for(response.status_code) is not None:
        media = response_media(operation, response.status_code)
        if media is not None and response.headers["content-type"] == media.media_type:
            assert not checker(path).errors(media, body)
            return
    assert response.headers["content-type"] == "application/json"
    assert body["error"] and body["detail"][0]["message"]


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_bad_type_in_query_is_rejected(path: Path) -> None:
    operation = _first(path, lambda op: _typed_query_parameter(path, op) is not None)
    if operation is None:
        pytest.skip("no operation with a typed query parameter")
    parameter = _typed_query_parameter(path, operation)
    assert parameter is not None
    call = valid_call(path, operation)
    call.params = [(k, v) for k, v in call.params if k != parameter.name]
    call.params.append((parameter.name, "not-a-number-or-bool"))
    async with client_for(stateless_app(path)) as client:
        response = await call.send(client)
    await _assert_error(path, operation, response, (400, 422))
    assert parameter.name in response.text


def _required_json_field(path: Path, operation: Operation) -> tuple[Media, list[str]] | None:
    """A JSON body media type and the pointer path of one required field in its example."""
    media = request_media(operation)
    if media is None or not (is_json_media(media.media_type) or media.media_type.endswith("+json")):
        return None
    synth = Synthesizer(loaded(path).data)
    schema: Any = media.schema
    trail: list[str] = []
    for _ in range(3):
        merged = synth.merge(schema)
        required = [r for r in merged.get("required", []) if isinstance(r, str)]
        if not required:
            return None
        name = required[0]
        trail.append(name)
        child = synth.merge(synth.properties(schema).get(name, {}))
        if trail[-1] == "data" and "required" in child:
            schema = child
            continue
        return media, trail
    return media, trail


# Specs without any JSON body that requires a field (overplane) have nothing to test here.
WITH_REQUIRED_BODY_FIELD = [
    p for p in ALL_SPECS if any(_required_json_field(p, op) for op in model_of(p).operations)
]


@pytest.mark.parametrize(
    "path", WITH_REQUIRED_BODY_FIELD, ids=[p.stem for p in WITH_REQUIRED_BODY_FIELD]
)
async def test_missing_required_body_field_is_rejected(path: Path) -> None:
    found = None
    for operation in model_of(path).operations:
        field_info = _required_json_field(path, operation)
        if field_info is not None:
            found = operation, field_info
            break
    assert found is not None
    operation, (_, trail) = found
    call = valid_call(path, operation)
    body = json.loads(json.dumps(call.json_body))
    node = body
    for part in trail[:-1]:
        node = node[part]
    node.pop(trail[-1], None)
    call.json_body = body
    async with client_for(stateless_app(path)) as client:
        response = await call.send(client)
    await _assert_error(path, operation, response, (400, 422))
    assert trail[-1] in response.text


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_wrong_content_type_and_malformed_json(path: Path) -> None:
    operation = _first(
        path,
        lambda op: (
            any(is_json_media(m) or m.endswith("+json") for m in op.bodies)
            and "text/plain" not in op.bodies
        ),
    )
    if operation is None:
        pytest.skip("no operation with a JSON body")
    call = valid_call(path, operation)
    async with client_for(stateless_app(path)) as client:
        # The closest status the operation documents (415, else 400/422; 400, else 422).
        unsupported = client_error(operation, UNSUPPORTED_MEDIA)
        malformed_status = client_error(operation, MALFORMED)
        assert operation.response_for(unsupported) is not None
        assert operation.response_for(malformed_status) is not None
        wrong = await call.send(
            client, content=b"hello", headers={**call.headers, "Content-Type": "text/plain"}
        )
        await _assert_error(path, operation, wrong, (unsupported,))
        malformed = await call.send(client, content=b'{"unterminated": ')
        await _assert_error(path, operation, malformed, (malformed_status,))
        invalid_utf8 = await call.send(client, content=b'{"a": "\xff\xfe"}')
        await _assert_error(path, operation, invalid_utf8, (malformed_status,))
        too_big = await call.send(client, content=b"[" + b"1," * 600_000 + b"1]")
        await _assert_error(path, operation, too_big, (413,))
        deep = await call.send(client, content=b"[" * 100_000 + b"]" * 100_000)
        assert 400 <= deep.status_code < 500


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_missing_credentials_get_401(path: Path) -> None:
    operation = _first(path, lambda op: bool(security_requirements(op)))
    if operation is None:
        pytest.skip("no operation requires credentials")
    call = valid_call(path, operation)
    names = {scheme.name for r in security_requirements(operation) for scheme in r}
    call.headers = {
        k: v
        for k, v in call.headers.items()
        if k.lower() not in ("authorization", "cookie") and k not in names
    }
    call.params = [(k, v) for k, v in call.params if k not in names]
    async with client_for(stateless_app(path)) as client:
        response = await call.send(client)
    await _assert_error(path, operation, response, (401,))


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_unknown_path_404_and_wrong_method_405(path: Path) -> None:
    model = model_of(path)
    operation = model.operations[0]
    call = valid_call(path, operation, with_body=False)
    async with client_for(stateless_app(path)) as client:
        missing = await client.get(
            model.base_path + "/definitely/not/a/path/here", headers=call.headers
        )
        assert missing.status_code == 404
        assert missing.json()["error"]
        used = {op.method for op in model.operations if op.template == operation.template}
        unused = next(m for m in ("trace", "put", "patch", "delete", "post") if m not in used)
        wrong = await client.request(unused.upper(), call.url, headers=call.headers)
        assert wrong.status_code == 405
        allowed = {m.strip().lower() for m in wrong.headers["allow"].split(",")}
        assert used <= allowed
        assert wrong.json()["error"]


# --- stateful mode -----------------------------------------------------------------------


def _collections(path: Path) -> dict[str, dict[str, Operation]]:
    """Collection template → role → operation, for collections with a create."""
    model = model_of(path)
    roles: dict[tuple[str, str], Role] = roles_of(model.operations)
    found: dict[str, dict[str, Operation]] = {}
    for operation in model.operations:
        role = roles.get((operation.method, operation.template))
        if role is not None:
            found.setdefault(role.collection.template, {}).setdefault(role.kind, operation)
    return found


def _round_trip_collection(path: Path) -> dict[str, Operation] | None:
    for roles in _collections(path).values():
        if {"create", "retrieve", "update", "list", "delete"} <= set(roles) and not any(
            "{" in op.template.rsplit("/", 1)[0] for op in roles.values() if op.method == "post"
        ):
            return roles
    return None


def _record_id(body: Any) -> Any:
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" in body["data"]:
        return body["data"]["id"]
    assert isinstance(body, dict) and "id" in body, body
    return body["id"]


def _item_call(path: Path, operation: Operation, record_id: Any, with_body: bool = True) -> Call:
    call = valid_call(path, operation, with_body=with_body)
    model = model_of(path)
    template = model.base_path + operation.template
    name = template.rsplit("{", 1)[1].rstrip("}")
    prefix = template.rsplit("{", 1)[0]
    call.path = prefix + str(record_id)
    assert name
    return call


def _string_attribute(path: Path, operation: Operation) -> tuple[list[str], str] | None:
    """A writable plain string attribute of the update body: its path in the body."""
    media = request_media(operation)
    if media is None:
        return None
    synth = Synthesizer(loaded(path).data)
    properties = synth.properties(media.schema)
    trail: list[str] = []
    if "data" in properties:
        properties = synth.properties(properties["data"])
        trail = ["data"]
        if "attributes" not in properties:
            return None
        properties = synth.properties(properties["attributes"])
        trail.append("attributes")
    for name, schema in properties.items():
        merged = synth.merge(schema)
        if (
            schema_types(loaded(path).data, schema)[:1] == ["string"]
            and not merged.get("format")
            and "enum" not in merged
            and "pattern" not in merged
            and not merged.get("readOnly")
        ):
            return trail, name
    return None


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_stateful_round_trip(path: Path) -> None:
    roles = _round_trip_collection(path)
    if roles is None:
        pytest.skip("no collection with create, retrieve, update, list and delete")
    app = create_app(loaded(path), stateful=True)
    async with client_for(app) as client:
        created = await valid_call(path, roles["create"]).send(client)
        assert created.status_code // 100 == 2, created.text
        assert_documented(path, roles["create"], created)
        record_id = _record_id(created.json())

        fetched = await _item_call(path, roles["retrieve"], record_id).send(client)
        assert fetched.status_code // 100 == 2, fetched.text
        assert_documented(path, roles["retrieve"], fetched)
        assert str(_record_id(fetched.json())) == str(record_id)

        update = _item_call(path, roles["update"], record_id)
        attribute = _string_attribute(path, roles["update"])
        if attribute is not None and isinstance(update.json_body, dict):
            trail, name = attribute
            node = update.json_body
            for part in trail:
                node = node.setdefault(part, {})
            node[name] = "changed-by-test"
        updated = await update.send(client)
        assert updated.status_code // 100 == 2, updated.text
        assert_documented(path, roles["update"], updated)
        refetched = await _item_call(path, roles["retrieve"], record_id).send(client)
        if attribute is not None:
            assert "changed-by-test" in refetched.text

        listing = valid_call(path, roles["list"])
        listed = await listing.send(client)
        assert listed.status_code == 200, listed.text
        assert_documented(path, roles["list"], listed)
        assert json.dumps(record_id) in listed.text or str(record_id) in listed.text

        deleted = await _item_call(path, roles["delete"], record_id).send(client)
        assert deleted.status_code // 100 == 2, deleted.text
        assert_documented(path, roles["delete"], deleted)
        gone = await _item_call(path, roles["retrieve"], record_id).send(client)
        assert gone.status_code == 404
        await _assert_error(path, roles["retrieve"], gone, (404,))


def _paginated_collection(path: Path) -> tuple[Operation, Operation] | None:
    for roles in _collections(path).values():
        listing = roles.get("list")
        create = roles.get("create")
        if create and listing and listing.pagination and "{" not in create.template:
            return create, listing
    return None


def _pointer_get(body: Any, pointer: str) -> Any:
    node = body
    for part in parts_from_pointer(pointer):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.stem for p in ALL_SPECS])
async def test_stateful_pagination(path: Path) -> None:
    found = _paginated_collection(path)
    if found is None:
        pytest.skip("no paginated collection with a create operation")
    create, listing = found
    assert listing.pagination is not None
    style = listing.pagination.style.name
    pagination = listing.pagination.values
    app = create_app(loaded(path), stateful=True)
    created: list[str] = []
    async with client_for(app) as client:
        for _ in range(5):
            response = await valid_call(path, create).send(client)
            assert response.status_code // 100 == 2, response.text
            created.append(str(_record_id(response.json())))
        call = valid_call(path, listing)
        size_name = pagination.get("limit_param") or pagination.get("size_param")
        call.params = [(k, v) for k, v in call.params if k != size_name] + [(size_name, "2")]
        seen: list[str] = []
        pages = 0
        url: str | None = call.url
        offset = 0
        while url is not None and pages < 10:
            response = await client.get(url, headers=call.headers)
            assert response.status_code == 200, response.text
            assert_documented(path, listing, response)
            body = response.json()
            items = _pointer_get(body, pagination["items"]) if pagination.get("items") else body
            seen.extend(str(item["id"]) for item in items)
            pages += 1
            if style == "offset":
                has_more = (
                    _pointer_get(body, pagination["has_more"])
                    if pagination.get("has_more")
                    else len(items) == 2
                )
                if pagination.get("total"):
                    assert _pointer_get(body, pagination["total"]) == 5
                offset += 2
                params = [(k, v) for k, v in call.params if k != pagination["offset_param"]]
                params.append((pagination["offset_param"], str(offset)))
                url = call.path + "?" + urlencode(params) if has_more and items else None
            else:
                next_url = _pointer_get(body, pagination["next_url"])
                if next_url:
                    parts = urlsplit(next_url)
                    url = parts.path + ("?" + parts.query if parts.query else "")
                else:
                    url = None
        assert seen == created
        assert pages == 3
