"""Mock features no house spec exercises, on an OpenAPI 3.0 fixture the mock has never been
tuned for: server variables, cookie/query API keys, optional security, form and multipart
bodies, deepObject filters, sorting, integer ids, literal routes, garbage input."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import create_app
from generator.mock.validation import security_requirements
from tests.conftest import FIXTURES

PETS = FIXTURES / "mock" / "pets30.yaml"
KEY = {"api_key": "k"}


def client(stateful: bool = False) -> httpx.AsyncClient:
    app = create_app(PETS, stateful=stateful, seed=5)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pets.test")


async def test_base_path_security_variants_and_literal_routes() -> None:
    async with client() as c:
        assert (await c.get("/pets")).status_code == 404  # outside the base path /v2
        health = await c.get("/v2/health")
        assert health.status_code == 200 and health.text == "ok"
        assert health.headers["content-type"] == "text/plain"
        assert (await c.get("/v2/pets")).status_code == 200  # `{}`: credentials optional
        assert (await c.get("/v2/pets/1")).status_code == 401
        assert (await c.get("/v2/pets/1", params=KEY)).status_code == 200
        assert (await c.get("/v2/pets/1", headers={"Cookie": "session=s"})).status_code == 200
        mine = await c.get(
            "/v2/pets/mine",
            params=KEY,
            headers={"X-Request-Id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427"},
        )
        assert mine.status_code == 200 and isinstance(mine.json(), list)
        no_header = await c.get("/v2/pets/mine", params=KEY)
        assert no_header.status_code == 400 and "X-Request-Id" in no_header.text
        not_int = await c.get("/v2/pets/abc", params=KEY)
        # Documented 404: a path naming no resource is Not Found, and says why.
        assert not_int.status_code == 404 and "pet_id" in not_int.text
        head = await c.head("/v2/pets/1", params=KEY)
        assert head.status_code == 200 and head.content == b""


async def test_form_body_coercion_integer_ids_and_documented_errors() -> None:
    async with client(stateful=True) as c:
        first = await c.post(
            "/v2/pets", params=KEY, data={"name": "Tom", "species": "cat", "age": "3"}
        )
        assert first.status_code == 201, first.text
        assert first.json()["id"] == 1 and first.json()["age"] == 3
        assert first.headers["location"].startswith("https://")
        second = await c.post("/v2/pets", params=KEY, json={"name": "Rex", "nickname": None})
        assert second.json()["id"] == 2 and second.json()["nickname"] is None
        bad = await c.post("/v2/pets", params=KEY, json={"name": "lowercase", "age": 99})
        assert bad.status_code == 422
        error = bad.json()
        assert set(error) >= {"code", "message"} and error["code"] == 422
        assert "body/name" in error["message"] and "body/age" in error["message"]
        patched = await c.patch(
            "/v2/pets/1",
            params=KEY,
            content=b'{"name": "Tom", "age": 4}',  # PetInput requires name, even here
            headers={"Content-Type": "application/merge-patch+json"},
        )
        assert patched.status_code == 200 and patched.json()["age"] == 4
        assert patched.json()["species"] == "cat"  # unchanged fields survive the merge
        assert (await c.delete("/v2/pets/2", params=KEY)).status_code == 204
        missing = await c.get("/v2/pets/2", params=KEY)
        assert missing.status_code == 404 and missing.json()["code"] == 404


async def test_stateful_filters_and_sort() -> None:
    async with client(stateful=True) as c:
        for name, species, age in (("Tom", "cat", 3), ("Rex", "dog", 5), ("Kit", "cat", 1)):
            created = await c.post(
                "/v2/pets", params=KEY, json={"name": name, "species": species, "age": age}
            )
            assert created.status_code == 201
        cats = await c.get("/v2/pets", params={"species": "cat", "sort": "-age"})
        assert [p["name"] for p in cats.json()["items"]] == ["Tom", "Kit"]
        assert cats.json()["total"] == 2
        deep = await c.get("/v2/pets", params={"filter[name]": "Rex"})
        assert [p["name"] for p in deep.json()["items"]] == ["Rex"]
        by_age = await c.get("/v2/pets", params={"sort": "age", "limit": "2"})
        assert [p["name"] for p in by_age.json()["items"]] == ["Kit", "Tom"]
        assert by_age.json()["total"] == 3
        bad = await c.get("/v2/pets", params={"filter[age]": "old"})
        assert bad.status_code == 400 and "filter" in bad.text


async def test_multipart_upload() -> None:
    async with client() as c:
        ok = await c.put(
            "/v2/pets/1/photo",
            params=KEY,
            files={"file": ("cat.png", b"\x89PNG...", "image/png")},
            data={"caption": "hello", "meta": '{"width": 3}'},
        )
        assert ok.status_code == 200, ok.text
        assert ok.json()["size"] > 0
        missing = await c.put(
            "/v2/pets/1/photo", params=KEY, data={"caption": "x"}, files={"other": ("a", b"a")}
        )
        # Neither 400 nor 422 is documented here: a body that breaks its schema is a 422.
        assert missing.status_code == 422 and "file" in missing.text
        too_long = await c.put(
            "/v2/pets/1/photo",
            params=KEY,
            files={"file": ("a", b"a")},
            data={"caption": "x" * 30},
        )
        assert too_long.status_code == 422 and "caption" in too_long.text
        no_boundary = await c.put(
            "/v2/pets/1/photo",
            params=KEY,
            content=b"xx",
            headers={"Content-Type": "multipart/form-data"},
        )
        assert no_boundary.status_code == 400


_garbage = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    path=_garbage,
    query=st.lists(st.tuples(_garbage, _garbage), max_size=4),
    body=st.binary(max_size=200),
    content_type=st.sampled_from(
        [
            "application/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "text/plain",
            "",
            "application/json; charset=latin-9",
        ]
    ),
    method=st.sampled_from(["GET", "POST", "PATCH", "PUT", "DELETE"]),
    fault=st.sampled_from(["", "status=5000", "delay=abc", "status=418", "nonsense=1"]),
)
async def test_garbage_never_causes_a_server_error(
    path: str,
    query: list[tuple[str, str]],
    body: bytes,
    content_type: str,
    method: str,
    fault: str,
) -> None:
    headers = {"Content-Type": content_type, "Cookie": "session=s"}
    if fault:
        headers["X-Mock-Fault"] = fault
    async with client(stateful=True) as c:
        for target in (f"/v2/pets/{path}", "/v2/pets", "/v2/pets/1/photo"):
            try:
                response = await c.request(
                    method, target, params=query, content=body, headers=headers
                )
            except httpx.InvalidURL:
                continue
            assert response.status_code < 500, (response.status_code, response.text)


@pytest.mark.parametrize("header", ["status=418", "status=503;retry-after=3"])
async def test_fault_status_in_process(header: str) -> None:
    async with client() as c:
        response = await c.get("/v2/pets", headers={"X-Mock-Fault": header})
        assert response.status_code == int(header.split(";")[0].split("=")[1])
        assert response.json()["error"]


# --- issue 15: strict numbers, bodiless statuses, header limits, store capacity ----------


@pytest.mark.parametrize(
    "fault",
    [
        b"status=\xb2\xb2\xb2",  # latin-1 superscripts: '²'.isdigit() is true, int('²') raises
        b"status=4\xb2\xb2",
        "status=\u0664\u0660\u0660".encode(),  # Arabic-Indic digits, as UTF-8
        "status=\uff14\uff10\uff10".encode(),  # full-width digits
        b"status=+200",
        b"status=2_00",
        b"status=100",  # 1xx: interim, not a final status
        b"status=199",
        b"status=600",
        b"status=" + b"9" * 5000,
        b"status=429;retry-after=\xb2",
        b"status=429;retry-after=" + b"9" * 5000,
        b"delay=\xb2s",
        b"delay=-1s",
        b"delay=nan",
        b"delay=1e3ms",
        b"status=204;truncate",
        b"status=304;truncate",
    ],
)
async def test_fault_header_numbers_are_strict(fault: bytes) -> None:
    """Each is a documented 400 naming the header (before: '²' was a 500, 1xx was sent)."""
    async with client() as c:
        response = await c.get("/v2/pets", headers={"X-Mock-Fault": fault})
        assert response.status_code == 400, (response.status_code, response.text)
        assert "x-mock-fault" in response.text
        assert len(response.content) < 1000  # the client's text is echoed only in part


@pytest.mark.parametrize("status", [204, 205, 304])
async def test_bodiless_fault_status_has_no_content(status: int) -> None:
    async with client() as c:
        response = await c.get(
            "/v2/pets", headers={"X-Mock-Fault": f"status={status};retry-after=1"}
        )
        assert response.status_code == status
        assert response.content == b""
        assert response.headers["retry-after"] == "1"
        assert "content-type" not in response.headers
        if status == 205:
            assert response.headers["content-length"] == "0"
        else:
            assert "content-length" not in response.headers


@pytest.mark.parametrize(
    "query",
    [
        "limit=\u0663",  # Arabic-Indic 3: int() reads it, so it was accepted as 3
        "limit=\uff13",  # full-width 3
        "limit=1_0",
        "limit=" + "9" * 5000,  # int() raises past 4300 digits: was a 500
        "offset=" + "9" * 5000,
        "filter[age]=" + "9" * 5000,
        "filter[age]=\u0663",
        "filter[name][²]=x",  # '²'.isdigit() made it a list index: int('²') was a 500
    ],
)
async def test_numbers_in_the_query_are_ascii_and_bounded(query: str) -> None:
    async with client(stateful=True) as c:
        response = await c.get(f"/v2/pets?api_key=k&{query}")
        assert response.status_code == 400, (response.status_code, response.text)


async def test_index_like_keys_that_are_not_ascii_stay_object_keys() -> None:
    async with client(stateful=True) as c:
        response = await c.get("/v2/pets?api_key=k&filter[\u00b2]=1&filter[\u0663]=2")
        assert response.status_code == 200, response.text  # was a 500


@pytest.mark.parametrize("length", [b"\xb2", b"1\xb2", b"-1", b"0x10", b"1_0", b"9" * 5000])
async def test_content_length_must_be_ascii_digits(length: bytes) -> None:
    """In-process (the server's parser refuses these itself): a 400, was a 500 for '²'."""
    sent: list[dict[str, object]] = []
    app = create_app(PETS, seed=5)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v2/pets",
        "raw_path": b"/v2/pets",
        "query_string": b"api_key=k",
        "headers": [(b"content-type", b"application/json"), (b"content-length", length)],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b'{"name": "Tom"}', "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = sent[0]["status"]
    # A 5000-digit length is over the 1 MiB limit (413); text that is not digits is a 400.
    assert status == (413 if length.isdigit() else 400), sent


async def test_repeated_header_names_are_merged_in_linear_time() -> None:
    """100,000 repeats of one name: a 431 at once (before: joined pairwise, 26 s)."""
    from generator.mock.app import MAX_HEADER_FIELDS, _merged_headers

    assert _merged_headers([(b"X-A", b"1"), (b"x-a", b"2"), (b"X-B", b"3"), (b"x-a", b"4")]) == {
        "x-a": "1, 2, 4",
        "x-b": "3",
    }
    many = [(b"x-dup", b"v")] * MAX_HEADER_FIELDS
    assert _merged_headers(many)["x-dup"] == ", ".join(["v"] * MAX_HEADER_FIELDS)
    async with client() as c:
        response = await c.get("/v2/pets", headers=[(b"x-dup", b"v")] * 100_000)
        assert response.status_code == 431 and "header" in response.text
        big = await c.get("/v2/pets", headers={"x-big": "h" * 70_000})
        assert big.status_code == 431
        assert (await c.get("/v2/pets")).status_code == 200


async def test_request_body_limit_is_a_413() -> None:
    app = create_app(PETS, seed=5, max_body=64)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        ok = await c.post("/v2/pets", params=KEY, json={"name": "Tom"})
        assert ok.status_code == 201
        big = await c.post("/v2/pets", params=KEY, json={"name": "Tom", "nickname": "x" * 100})
        assert big.status_code == 413 and "64 byte limit" in big.text


async def test_stateful_store_has_a_capacity_answered_with_507() -> None:
    app = create_app(PETS, stateful=True, seed=5, max_records=2)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        for name in ("Tom", "Rex"):
            assert (await c.post("/v2/pets", params=KEY, json={"name": name})).status_code == 201
        full = await c.post("/v2/pets", params=KEY, json={"name": "Kit"})
        assert full.status_code == 507, full.text
        assert "store is full" in full.text and "max_records" in full.text
        assert (await c.get("/v2/pets")).json()["total"] == 2  # nothing was stored
        assert (await c.delete("/v2/pets/1", params=KEY)).status_code == 204
        again = await c.post("/v2/pets", params=KEY, json={"name": "Kit"})
        assert again.status_code == 201  # deleting made room


async def test_stateful_store_bytes_are_capped_for_creates_and_updates() -> None:
    app = create_app(PETS, stateful=True, seed=5, max_store_bytes=600)
    merge = {"Content-Type": "application/merge-patch+json"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        first = await c.post("/v2/pets", params=KEY, json={"name": "Tom"})
        assert first.status_code == 201
        size = len(first.content)
        grow = await c.patch(
            "/v2/pets/1", params=KEY, content=b'{"name": "T%s"}' % (b"o" * 600), headers=merge
        )
        assert grow.status_code == 507 and "max_store_bytes" in grow.text
        assert (await c.get("/v2/pets/1", params=KEY)).json()["name"] == "Tom"  # unchanged
        created = 1
        while created * size < 600 - size:
            assert (await c.post("/v2/pets", params=KEY, json={"name": "Tom"})).status_code == 201
            created += 1
        for _ in range(3):  # bounded: the next create or two must hit the byte limit
            response = await c.post("/v2/pets", params=KEY, json={"name": "Tom"})
            if response.status_code == 507:
                break
        assert response.status_code == 507 and "max_store_bytes" in response.text


# --- issue 18 section 2: credentials, lists that end, documented refusals -------------------

from tests.test_mock import SPECS, client_for, model_of, valid_call  # noqa: E402

_MAX_PAGES = 12


def _pointer(body: object, pointer: str) -> object:
    node = body
    for part in [p for p in pointer.split("/") if p]:
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


async def _walk(client: httpx.AsyncClient, path: object, operation: object) -> int:
    """Pages a client following the runtime's rules fetches before the list ends."""
    from urllib.parse import urljoin

    call = valid_call(path, operation)  # type: ignore[arg-type]
    style = operation.pagination.style.name  # type: ignore[attr-defined]
    pagination = operation.pagination.values  # type: ignore[attr-defined]
    params = dict(call.params)
    url: str | None = None
    for page in range(1, _MAX_PAGES + 1):
        if url is None:
            response = await client.get(call.path, params=params, headers=call.headers)
        else:
            response = await client.get(url, headers=call.headers)
        assert response.status_code == 200, response.text
        body = response.json()
        items = _pointer(body, pagination.get("items", ""))
        assert isinstance(items, list), body
        if not items:
            return page
        if "has_more" in pagination and _pointer(body, pagination["has_more"]) is False:
            return page
        link = _pointer(body, pagination["next_url"]) if "next_url" in pagination else None
        if style == "cursor":
            if not isinstance(link, str) or not link:
                return page
            url = urljoin(str(response.url), link)
        elif style == "page":
            if "next_url" in pagination and not link:
                return page
            params[pagination["page_param"]] = str(int(params.get(pagination["page_param"], 1)) + 1)
        else:
            limit = params.get(pagination.get("limit_param", ""))
            if limit is not None and len(items) < int(limit):
                return page
            offset = int(params.get(pagination["offset_param"], 0)) + len(items)
            params[pagination["offset_param"]] = str(offset)
    raise AssertionError(f"{operation.operation_id}: the list did not end in {_MAX_PAGES} pages")  # type: ignore[attr-defined]


@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
async def test_every_paginated_list_ends(path: object, stateful: bool) -> None:
    model = model_of(path)  # type: ignore[arg-type]
    lists = [op for op in model.operations if op.pagination]
    assert lists, "every spec here has paginated lists"
    async with client_for(create_app(path, stateful=stateful)) as client:  # type: ignore[arg-type]
        for operation in lists:
            assert await _walk(client, path, operation) <= 2


async def test_an_unknown_cursor_is_an_empty_last_page() -> None:
    outreach = next(p for p in SPECS if p.stem == "outreach")
    operation = next(
        op for op in model_of(outreach).operations if op.operation_id == "listProspects"
    )
    call = valid_call(outreach, operation)
    for stateful in (False, True):
        async with client_for(create_app(outreach, stateful=stateful)) as client:
            response = await client.get(
                call.path,
                params=[*call.params, ("page[after]", "never-issued")],
                headers=call.headers,
            )
            assert response.status_code == 200, response.text
            assert response.json()["data"] == []
            assert not (response.json().get("links") or {}).get("next")


def _spec(stem: str) -> object:
    return next(p for p in SPECS if p.stem == stem)


@pytest.mark.parametrize(
    ("stem", "credential", "good", "bad"),
    [
        (
            "overplane",
            "bearerAuth=sk_right",
            {"Authorization": "Bearer sk_right"},
            {"Authorization": "Bearer sk_wrong"},
        ),
        (
            "overloop",
            "ApiKeyAuth=ol_right",
            {"Authorization": "ol_right"},
            {"Authorization": "ol_wrong"},
        ),
        (
            "outreach",
            "outreachOAuth=tok_right",
            {"Authorization": "Bearer tok_right"},
            {"Authorization": "Bearer tok_wrong"},
        ),
        ("propipelines", "ApiKey=pp_right", {"X-API-KEY": "pp_right"}, {"X-API-KEY": "pp_wrong"}),
    ],
)
async def test_credential_is_enforced(
    stem: str, credential: str, good: dict[str, str], bad: dict[str, str]
) -> None:
    from generator.mock.cli import read_credentials

    path = _spec(stem)
    credentials = read_credentials([credential], [], {})
    operation = next(
        op
        for op in model_of(path).operations  # type: ignore[arg-type]
        if security_requirements(op) and op.method == "get"
    )
    call = valid_call(path, operation)  # type: ignore[arg-type]
    plain = {
        k: v
        for k, v in call.headers.items()
        if k.lower() not in ("authorization", "x-api-key", "x-user-token")
    }
    async with client_for(create_app(path, credentials=credentials)) as client:  # type: ignore[arg-type]
        assert (await client.get(call.url, headers={**plain, **good})).status_code == 200
        for headers in (bad, {}):
            refused = await client.get(call.url, headers={**plain, **headers})
            assert refused.status_code in (401, 403), refused.text
            assert str(refused.status_code) in operation.by_status
            assert "_wrong" not in refused.text and "_right" not in refused.text
    async with client_for(create_app(path)) as client:  # type: ignore[arg-type]
        # No credential configured: any well-formed one is accepted, as before.
        assert (await client.get(call.url, headers={**plain, **bad})).status_code == 200


async def test_basic_query_and_cookie_credentials() -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "components": {
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "q": {"type": "apiKey", "in": "query", "name": "api_key"},
                "c": {"type": "apiKey", "in": "cookie", "name": "session"},
            }
        },
        "paths": {
            f"/{name}": {
                "get": {
                    "security": [{name: []}],
                    "responses": {"200": {"description": "ok"}, "401": {"description": "no"}},
                }
            }
            for name in ("basic", "q", "c")
        },
    }
    import base64
    import json

    from generator.load import LoadedSpec, load_spec

    del LoadedSpec
    file = FIXTURES.parent / "_tmp_credentials_spec.json"
    file.write_text(json.dumps(spec))
    try:
        loaded = load_spec(file)
    finally:
        file.unlink()
    app = create_app(loaded, credentials={"basic": "ann:pw", "q": "qk", "c": "ck"})
    token = base64.b64encode(b"ann:pw").decode()
    wrong = base64.b64encode(b"ann:nope").decode()
    async with client_for(app) as client:
        assert (
            await client.get("/basic", headers={"Authorization": f"Basic {token}"})
        ).status_code == 200
        assert (
            await client.get("/basic", headers={"Authorization": f"Basic {wrong}"})
        ).status_code == 401
        assert (await client.get("/q?api_key=qk")).status_code == 200
        assert (await client.get("/q?api_key=no")).status_code == 401
        assert (await client.get("/c", headers={"Cookie": "session=ck"})).status_code == 200
        assert (await client.get("/c", headers={"Cookie": "session=no"})).status_code == 401


def test_credentials_from_the_environment_and_bad_options() -> None:
    from generator.mock.cli import env_name, read_credentials

    assert env_name("outreachOAuth") == "SPECFORGE_MOCK_CREDENTIAL_OUTREACHOAUTH"
    assert env_name("api-key") == "SPECFORGE_MOCK_CREDENTIAL_API_KEY"
    environ = {
        "SPECFORGE_MOCK_CREDENTIAL_APIKEY": "from-env",
        "SPECFORGE_MOCK_CREDENTIAL_USERTOKEN": "u",
    }
    got = read_credentials(["ApiKey=from-option"], ["ApiKey", "UserToken"], environ)
    assert got == {"ApiKey": "from-option", "UserToken": "u"}
    with pytest.raises(ValueError) as error:
        read_credentials(["secret-without-a-name"], [], {})
    assert "secret" not in str(error.value)
    with pytest.raises(ValueError) as error:
        create_app(_spec("overplane"), credentials={"nope": "s3cr3t"})  # type: ignore[arg-type]
    assert "nope" in str(error.value) and "s3cr3t" not in str(error.value)
    with pytest.raises(ValueError, match="user:password"):
        create_app(_spec("propipelines"), credentials={"BasicAuth": "nocolon"})  # type: ignore[arg-type]


async def test_refusals_use_a_documented_status() -> None:
    from generator.mock.validation import MALFORMED, UNSUPPORTED_MEDIA, client_error

    outreach = _spec("outreach")
    for operation in model_of(outreach).operations:  # type: ignore[arg-type]
        if not operation.bodies:
            continue
        for preferred in (MALFORMED, UNSUPPORTED_MEDIA):
            assert str(client_error(operation, preferred)) in operation.by_status, (
                operation.operation_id
            )
    operation = next(op for op in model_of(outreach).operations if op.operation_id == "createTask")  # type: ignore[arg-type]
    call = valid_call(outreach, operation)  # type: ignore[arg-type]
    async with client_for(create_app(outreach)) as client:  # type: ignore[arg-type]
        response = await call.send(client, content=b"\x00")
        assert response.status_code == 422  # createTask documents 422, not 400


async def test_trailing_slash_is_the_item_with_an_empty_id() -> None:
    propipelines = _spec("propipelines")
    async with client_for(create_app(propipelines)) as client:  # type: ignore[arg-type]
        response = await client.get("/api/v2/users/", headers={"X-API-KEY": "k"})
        assert response.status_code == 200
        assert isinstance(response.json(), dict)  # the user object, not the list
        leads = await client.get("/api/v2/leads/", headers={"X-API-KEY": "k"})
        assert leads.status_code == 404  # an empty integer id names no lead


def test_a_stateless_list_ends_even_when_its_synthesized_items_are_ambiguous() -> None:
    """A cursor list whose items are an overlapping ``oneOf`` (no example): the synthesized
    body fails the schema already, and the next link was left in place, so a client
    following it got a 404 instead of the end of the list."""
    from starlette.testclient import TestClient

    from generator.mock import create_app

    spec = FIXTURES / "realworld" / "ambiguous_one_of_list.json"
    with TestClient(create_app(spec)) as client:
        body = client.get("/eu/v2/animals", headers={"X-Zoo-Key": "k"}).json()
    assert body.get("next") is None
