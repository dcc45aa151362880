"""Mock features no house spec exercises, on an OpenAPI 3.0 fixture the mock has never been
tuned for: server variables, cookie/query API keys, optional security, form and multipart
bodies, deepObject filters, sorting, integer ids, literal routes, garbage input."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import create_app
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
