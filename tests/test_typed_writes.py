"""Typed writes through the generated clients: JSON:API documents from keyword arguments
(``generator/jsonapi.py``, the runtime's ``_jsonapi.py``), misspelled options refused at
run time, and a user's script that mypy --strict accepts while each mistake in it fails."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.generate import render
from tests.conftest import load_generated

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "fixtures" / "typed_writes"
MYPY = Path(sys.executable).parent / "mypy"


@pytest.fixture(scope="module")
def overloop() -> Any:
    return load_generated("overloop")


@pytest.fixture(scope="module")
def outreach() -> Any:
    return load_generated("outreach")


def _record(seen: list[httpx.Request], answer: dict[str, Any]) -> httpx.MockTransport:
    """A transport that keeps each request and answers the first ``answer`` entry whose
    ``METHOD /path`` pattern matches."""

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        for pattern, body in answer.items():
            if re.fullmatch(pattern, f"{request.method} {request.url.path}"):
                return httpx.Response(200, json=body)
        return httpx.Response(404, json={"errors": [{"title": "not routed"}]})

    return httpx.MockTransport(handle)


def _sent(request: httpx.Request) -> Any:
    return json.loads(request.content)


def _script(name: str) -> ModuleType:
    for api in ("overloop", "outreach"):  # the script imports both packages
        load_generated(api)
    spec = importlib.util.spec_from_file_location(f"typed_writes_{name}", SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the user's script: what it sends ----------------------------------------------------

PROSPECT = {"data": {"id": "41", "type": "prospects", "attributes": {"first_name": "Ada"}}}
DEAL = {"data": {"id": "1", "type": "deals"}}


def test_overloop_script_sends_json_api_documents(overloop: Any) -> None:
    seen: list[httpx.Request] = []
    answer = {
        r"POST /public/v1/prospects": PROSPECT,
        r"PATCH /public/v1/prospects/41": PROSPECT,
        r"PATCH /public/v1/deals/1": DEAL,
        r"GET /public/v1/prospects": {"data": [PROSPECT["data"]], "links": {}},
    }
    client = overloop.Overloop(
        api_key="k", http_client=httpx.Client(transport=_record(seen, answer))
    )
    good = _script("good")
    assert good.overloop_prospects(client) == ["41", "1", "Ada"]
    create, update, create_from_model, create_from_dict, deal, page = seen
    assert _sent(create) == {
        "data": {
            "type": "prospects",
            "attributes": {
                "email": "ada@example.com",
                "first_name": "Ada",
                "lists": ["Pioneers"],
                "owner_id": 7,
                "c_favourite_number": 3,
                "c_languages": ["en", "fr"],
            },
        }
    }
    assert create.headers["content-type"] == "application/vnd.api+json"
    # The id read from the response (a string) is the path segment; the body says type.
    assert update.url.path == "/public/v1/prospects/41"
    assert _sent(update) == {"data": {"type": "prospects", "attributes": {"last_name": "Lovelace"}}}
    assert _sent(create_from_model) == {
        "data": {"type": "prospects", "attributes": {"first_name": "Grace"}}
    }
    assert _sent(create_from_dict) == {
        "data": {"type": "prospects", "attributes": {"first_name": "Katherine"}}
    }
    assert _sent(deal) == {
        "data": {"type": "deals", "attributes": {"status": "won", "title": "Analytical engine"}}
    }
    assert page.url.params["page[size]"] == "2"


def test_outreach_script_links_relationships_by_id(outreach: Any) -> None:
    seen: list[httpx.Request] = []
    prospect = {"data": {"id": 12, "type": "prospect"}}
    answer = {
        r"POST /api/v2/prospects": prospect,
        r"PATCH /api/v2/stages/3": {"data": {"id": 3, "type": "stage"}},
        r"GET /api/v2/prospects": {"data": [prospect["data"]], "links": {}},
    }
    client = outreach.Outreach(
        access_token="t", http_client=httpx.Client(transport=_record(seen, answer))
    )
    assert _script("good").outreach_prospects(client) == [12, 3, 12]
    create, stage, _page = seen
    assert _sent(create) == {
        "data": {
            "type": "prospect",
            "attributes": {"firstName": "Ada", "emails": ["ada@example.com"]},
            "relationships": {
                "owner": {"data": {"type": "user", "id": 5}},
                "account": {"data": None},  # None clears a to-one relationship
            },
        }
    }
    # JSON:API wants the id of an update in the body too: copied from the path argument.
    assert _sent(stage) == {
        "data": {"type": "stage", "id": 3, "attributes": {"name": "Engaged", "order": 2}}
    }


def test_an_optional_document_with_no_argument_is_not_sent(overloop: Any) -> None:
    seen: list[httpx.Request] = []
    transport = _record(seen, {r"POST /public/v1/deals/1/mark_as_lost": DEAL})
    client = overloop.Overloop(api_key="k", http_client=httpx.Client(transport=transport))
    client.deals.mark_as_lost(1)
    client.deals.mark_as_lost(1, lost_reason="budget")
    assert seen[0].content == b""  # no body at all, not `{"data": {"type": "deals"}}`
    assert _sent(seen[1]) == {"data": {"type": "deals", "attributes": {"lost_reason": "budget"}}}


def test_a_whole_document_and_arguments_together_are_refused(overloop: Any) -> None:
    client = overloop.Overloop(
        api_key="k", http_client=httpx.Client(transport=_record([], {".*": PROSPECT}))
    )
    document = {"data": {"type": "prospects", "attributes": {}}}
    with pytest.raises(TypeError, match="either body= or the attribute"):
        client.prospects.create(body=document, first_name="Ada")
    with pytest.raises(TypeError, match="'first_name' given twice"):
        client.prospects.create(extra_attributes={"c_x": 1, "first_name": "B"}, first_name="A")


def test_a_declared_error_body_is_typed_through_body_as(overloop: Any) -> None:
    def missing(request: httpx.Request) -> httpx.Response:
        errors = [{"code": "not_found", "message": "no such prospect"}]
        return httpx.Response(404, json={"errors": errors})

    client = overloop.Overloop(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(missing))
    )
    assert _script("good").overloop_missing_prospect(client) == 1
    with pytest.raises(overloop.NotFoundError) as raised:
        client.prospects.get(404)
    assert isinstance(raised.value.body_as(overloop.ErrorDocument), overloop.ErrorDocument)
    assert raised.value.body_as(overloop.ProspectDocument) is None


# --- mypy's verdict on the script and on each mistake in it -----------------------------

# A mistake a user makes: (the script's text, the same with the mistake, mypy's error).
MISTAKES = {
    "misspelled": (
        'first_name="Ada",\n        lists',
        'frist_name="Ada",\n        lists',
        r'Unexpected keyword argument "frist_name".*did you mean "first_name"',
    ),
    "wrong_type": (
        'last_name="Lovelace"',
        "last_name=1815",
        r'Argument "last_name" to "update" .* incompatible type "int"',
    ),
    "nested_misspelled": (
        '"attributes": {"first_name": "Katherine"}',
        '"attributes": {"frist_name": "Katherine"}',
        # mypy names the union it tried rather than the key.
        r'Argument "body" to "create" .* incompatible type .*'
        r'expected "ProspectCreate \| ProspectCreateParam',
    ),
    "missing_required_key": (
        'body={"data": {"type": "prospects", "attributes"',
        'body={"data": {"attributes"',
        # ProspectCreateDataParam's "type" is Required: a literal without it is no Param.
        r'Argument "body" to "create" .* incompatible type .*'
        r'expected "ProspectCreate \| ProspectCreateParam',
    ),
    "wrong_literal": (
        'status="won"',
        'status="wonn"',
        r"Argument \"status\" to \"update\" .* \"Literal\['wonn'\]\"",
    ),
}


@pytest.fixture(scope="module")
def mypy_verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict over the script and its mistaken copies at once: errors by script."""
    work = tmp_path_factory.mktemp("mypy")
    good = (SCRIPTS / "good.py").read_text(encoding="utf-8")
    scripts = {"good": SCRIPTS / "good.py"}
    for name, (right, wrong, _) in MISTAKES.items():
        assert good.count(right) == 1, right
        scripts[name] = work / f"{name}.py"
        scripts[name].write_text(good.replace(right, wrong), encoding="utf-8")
    env = {
        **os.environ,
        "MYPYPATH": os.pathsep.join(
            str(ROOT / "generated" / api) for api in ("overloop", "outreach")
        ),
    }
    run = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(work / "cache"),
            *(str(path) for path in scripts.values()),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    errors: dict[str, list[str]] = {name: [] for name in scripts}
    for line in run.stdout.splitlines():
        if ": error: " in line:
            errors[Path(line.split(":", 1)[0]).stem].append(line)
    assert run.returncode in (0, 1), run.stderr
    return errors


def test_mypy_accepts_the_typed_script(mypy_verdicts: dict[str, list[str]]) -> None:
    assert mypy_verdicts["good"] == []


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_mypy_refuses_each_mistake(mypy_verdicts: dict[str, list[str]], mistake: str) -> None:
    errors = mypy_verdicts[mistake]
    assert len(errors) == 1, errors
    assert re.search(MISTAKES[mistake][2], errors[0]), errors[0]


# --- misspelled keyword arguments at run time ---------------------------------------------


def test_unknown_keyword_arguments_raise_type_error(overloop: Any) -> None:
    seen: list[httpx.Request] = []
    client = overloop.Overloop(
        api_key="k", http_client=httpx.Client(transport=_record(seen, {".*": PROSPECT}))
    )
    prospects: Any = client.prospects  # the misspellings are the point: mypy would refuse them
    with pytest.raises(TypeError) as raised:
        prospects.list(page_sise=2)
    assert str(raised.value) == (
        "ProspectsResource.list() got an unexpected keyword argument 'page_sise';"
        " did you mean 'page_size'?"
    )
    with pytest.raises(TypeError, match=r"get\(\) .* 'timeuot'; did you mean 'timeout'\?"):
        prospects.get(1, timeuot=5)
    with pytest.raises(TypeError, match=r"create\(\) .* 'frist_name'; did you mean 'first_name'"):
        prospects.with_raw_response.create(frist_name="Ada")
    with pytest.raises(TypeError, match=r"'zzz'$"):
        prospects.get(1, zzz=1)  # nothing near: no suggestion
    assert seen == []  # nothing was sent
    prospects.get(1, timeout=5, max_retries=0)  # the real options still pass
    assert len(seen) == 1


def test_unknown_keyword_arguments_raise_in_the_async_client(overloop: Any) -> None:
    async def run() -> None:
        transport = _record([], {".*": PROSPECT})
        async with overloop.AsyncOverloop(
            api_key="k", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            prospects: Any = client.prospects
            with pytest.raises(TypeError, match=r"AsyncProspectsResource.get\(\) .* 'timeuot'"):
                await prospects.get(1, timeuot=5)
            with pytest.raises(TypeError, match=r"did you mean 'page_size'"):
                prospects.list(page_sise=2)

    asyncio.run(run())


# --- included records ---------------------------------------------------------------------


def test_related_records_resolves_a_relationship_in_included(outreach: Any) -> None:
    document = outreach.ProspectDocument.model_validate(
        {
            "data": {
                "id": 12,
                "type": "prospect",
                "relationships": {"owner": {"data": {"type": "user", "id": 5}}},
            },
            "included": [
                {"type": "account", "id": 5},
                {"type": "user", "id": "5", "attributes": {"name": "Ada"}},
            ],
        }
    )
    relationships = document.data.relationships
    assert relationships is not None
    owner = outreach.related_records(document.included, relationships.owner)
    assert [(r.type_, r.attributes) for r in owner] == [("user", {"name": "Ada"})]
    assert outreach.related_records(document.included, relationships.account) == []
    assert outreach.related_records(None, relationships.owner) == []
    linked = {"data": [{"type": "user", "id": 5}, {"type": "account", "id": 5}]}
    assert outreach.related_records(document.included, linked) == [
        document.included[1],
        document.included[0],
    ]


# --- what the analyzer reads as a JSON:API write ------------------------------------------


def _operations(spec: dict[str, Any], tmp_path: Path) -> list[Any]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    api, _files = render(path, "t")
    return api.operations


def _spec(data: dict[str, Any]) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": data}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "post": {
                    "operationId": "make",
                    "requestBody": body,
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }


@pytest.mark.parametrize(
    "data",
    [
        {"data": {"type": "object", "properties": {"type": {"type": "string"}}}},  # free type
        {"data": {"type": "object", "properties": {"type": {"const": "a"}, "meta": {}}}},
        {"data": {"type": "object", "properties": {"attributes": {"type": "object"}}}},
        {"data": {"type": "array"}},
    ],
)
def test_other_bodies_keep_their_plain_arguments(data: dict[str, Any], tmp_path: Path) -> None:
    (operation,) = _operations(_spec(data), tmp_path)
    assert operation.body.jsonapi is None
    assert [f.py_name for f in operation.body.fields] == ["data"]


def test_a_write_takes_attributes_relationships_and_extras(tmp_path: Path) -> None:
    identifier = {
        "type": "object",
        "properties": {"type": {"enum": ["user"]}, "id": {"type": "string"}},
    }
    data = {
        "data": {
            "type": "object",
            "required": ["type", "attributes"],
            "properties": {
                "type": {"type": "string", "enum": ["things", "thing"]},
                "attributes": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "made": {"readOnly": True}},
                    "additionalProperties": {"type": "integer"},
                },
                "relationships": {
                    "type": "object",
                    "properties": {
                        "owner": {"properties": {"data": identifier}},
                        "tags": {"properties": {"data": {"type": "array", "items": identifier}}},
                    },
                },
            },
        }
    }
    (operation,) = _operations(_spec(data), tmp_path)
    write = operation.body.jsonapi
    assert write.resource_type == "things"  # the first spelling the API accepts
    assert [(a.py_name, a.required) for a in write.attributes] == [("name", True)]
    assert [(r.py_name, r.resource_type, r.many, r.type.render()) for r in write.relationships] == [
        ("owner_id", "user", False, "str"),
        ("tag_ids", "user", True, "list[str]"),
    ]
    assert (write.extra_name, write.extra_type.render()) == ("extra_attributes", "int")
