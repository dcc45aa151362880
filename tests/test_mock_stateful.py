"""--stateful fidelity (issue 18 section 2): a created record keeps what was sent and nothing
of the documented examples, updates change only what was sent, relationships are what was
sent, ``include=`` side-loads the stored related records, and a path id of the wrong type
gets the documented 4xx in both modes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.mock import create_app
from generator.mock.params import schema_types
from generator.wire.model import Operation
from tests.conftest import SPECS
from tests.test_mock import client_for, loaded, model_of, valid_call

SPEC_DIR = SPECS[0].parent
OVERLOOP = {"Authorization": "test-key", "Content-Type": "application/vnd.api+json"}
OUTREACH = {"Authorization": "Bearer test-token", "Content-Type": "application/vnd.api+json"}
OVERPLANE = {"Authorization": "Bearer sk_test_1"}
PROPIPELINES = {"X-API-KEY": "test-key"}
STAMPS = {"created_at", "updated_at", "createdAt", "updatedAt"}


def _client(stem: str) -> httpx.AsyncClient:
    return client_for(create_app(loaded(SPEC_DIR / f"{stem}.yaml"), stateful=True))


def _document(attributes: dict[str, Any], kind: str, **members: Any) -> bytes:
    return json.dumps({"data": {"type": kind, "attributes": attributes, **members}}).encode()


def _assert_only_sent(sent: dict[str, Any], kept: dict[str, Any]) -> None:
    """Every value sent is kept as sent; every other value is null or a timestamp."""
    for name, value in sent.items():
        assert kept.get(name) == value, (name, kept.get(name))
    filler = {
        name: value
        for name, value in kept.items()
        if name not in sent and name not in STAMPS and value is not None
    }
    assert not filler, f"values nobody sent: {filler}"


async def _overloop_prospect(
    client: httpx.AsyncClient, sent: dict[str, Any]
) -> tuple[dict[str, Any], str]:
    """An organization, then a prospect sent with ``sent`` and that organization's id."""
    organization = await client.post(
        "/public/v1/organizations",
        headers=OVERLOOP,
        content=_document({"name": "Acme"}, "organizations"),
    )
    assert organization.status_code == 201, organization.text
    sent["organization_id"] = int(organization.json()["data"]["id"])
    created = await client.post(
        "/public/v1/prospects", headers=OVERLOOP, content=_document(sent, "prospects")
    )
    assert created.status_code == 201, created.text
    return organization.json()["data"], str(created.json()["data"]["id"])


async def test_overloop_create_keeps_what_was_sent() -> None:
    async with _client("overloop") as client:
        sent = {"first_name": "Ann", "email": "ann@acme.test"}
        _, record_id = await _overloop_prospect(client, sent)
        fetched = await client.get(f"/public/v1/prospects/{record_id}", headers=OVERLOOP)
        assert fetched.status_code == 200, fetched.text
        _assert_only_sent(sent, fetched.json()["data"]["attributes"])
        assert "Vincenzo" not in fetched.text and "Ruggiero" not in fetched.text


async def test_overloop_update_changes_only_what_was_sent() -> None:
    async with _client("overloop") as client:
        sent = {"first_name": "Ann"}
        _, record_id = await _overloop_prospect(client, sent)
        before = (await client.get(f"/public/v1/prospects/{record_id}", headers=OVERLOOP)).json()
        updated = await client.patch(
            f"/public/v1/prospects/{record_id}",
            headers=OVERLOOP,
            content=_document({"last_name": "Lee"}, "prospects"),
        )
        assert updated.status_code == 200, updated.text
        after = (await client.get(f"/public/v1/prospects/{record_id}", headers=OVERLOOP)).json()
        _assert_only_sent({**sent, "last_name": "Lee"}, after["data"]["attributes"])
        assert after["data"]["relationships"] == before["data"]["relationships"]


async def test_overloop_relationships_are_what_was_sent() -> None:
    async with _client("overloop") as client:
        organization, record_id = await _overloop_prospect(client, {"first_name": "Ann"})
        fetched = await client.get(f"/public/v1/prospects/{record_id}", headers=OVERLOOP)
        relationships = fetched.json()["data"]["relationships"]
        # `organization_id` is how Overloop takes the relationship.
        assert relationships["organization"]["data"] == {
            "type": "organizations",
            "id": organization["id"],
        }
        # Not sent, and the linkage may be null: null (not the example's user 2).
        assert relationships["owner"]["data"] is None


async def test_overloop_include_side_loads_the_stored_related_record() -> None:
    async with _client("overloop") as client:
        organization, record_id = await _overloop_prospect(client, {"first_name": "Ann"})
        single = await client.get(
            f"/public/v1/prospects/{record_id}?include=organization", headers=OVERLOOP
        )
        assert single.status_code == 200, single.text
        assert single.json()["included"] == [organization]
        listed = await client.get(
            "/public/v1/prospects?include=organization,owner", headers=OVERLOOP
        )
        assert listed.status_code == 200, listed.text
        assert listed.json()["included"] == [organization]
        plain = await client.get(f"/public/v1/prospects/{record_id}", headers=OVERLOOP)
        assert "included" not in plain.json()


async def _outreach_prospect(client: httpx.AsyncClient) -> tuple[dict[str, Any], str]:
    account = await client.post(
        "/api/v2/accounts", headers=OUTREACH, content=_document({"name": "Acme"}, "account")
    )
    assert account.status_code == 201, account.text
    linkage = {"type": "account", "id": account.json()["data"]["id"]}
    created = await client.post(
        "/api/v2/prospects",
        headers=OUTREACH,
        content=_document(
            {"firstName": "Ann", "lastName": "Lee"},
            "prospect",
            relationships={"account": {"data": linkage}},
        ),
    )
    assert created.status_code == 201, created.text
    return account.json()["data"], str(created.json()["data"]["id"])


async def test_outreach_create_and_update_keep_what_was_sent() -> None:
    async with _client("outreach") as client:
        account, _ = await _outreach_prospect(client)
        _assert_only_sent({"name": "Acme"}, account["attributes"])
        updated = await client.patch(
            f"/api/v2/accounts/{account['id']}",
            headers=OUTREACH,
            content=json.dumps(
                {"data": {"type": "account", "id": account["id"], "attributes": {"domain": "a.b"}}}
            ).encode(),
        )
        assert updated.status_code == 200, updated.text
        _assert_only_sent({"name": "Acme", "domain": "a.b"}, updated.json()["data"]["attributes"])


async def test_outreach_relationships_are_what_was_sent() -> None:
    async with _client("outreach") as client:
        account, record_id = await _outreach_prospect(client)
        fetched = await client.get(f"/api/v2/prospects/{record_id}", headers=OUTREACH)
        data = fetched.json()["data"]
        _assert_only_sent({"firstName": "Ann", "lastName": "Lee"}, data["attributes"])
        relationships = data["relationships"]
        assert relationships["account"] == {"data": {"type": "account", "id": account["id"]}}
        assert relationships.get("owner") == {"data": None}


async def test_outreach_include_side_loads_the_stored_related_record() -> None:
    async with _client("outreach") as client:
        account, record_id = await _outreach_prospect(client)
        single = await client.get(
            f"/api/v2/prospects/{record_id}?include=account", headers=OUTREACH
        )
        assert single.status_code == 200, single.text
        assert single.json()["included"] == [account]
        listed = await client.get("/api/v2/prospects?include=account,owner", headers=OUTREACH)
        assert listed.status_code == 200, listed.text
        assert listed.json()["included"] == [account]


async def test_plain_json_create_keeps_what_was_sent() -> None:
    async with _client("overplane") as client:
        sent = {"lead_name": "Ann Lee", "email_id": "ann@acme.test"}
        created = await client.post("/api/crm/lead", headers=OVERPLANE, json=sent)
        assert created.status_code == 200, created.text
        lead_id = created.json()["id"]
        fetched = (await client.get(f"/api/crm/lead/{lead_id}", headers=OVERPLANE)).json()
        # Unsent attributes take their documented defaults and are otherwise absent.
        defaults = {
            "lead_owner": "__user",
            "status": "Lead",
            "unsubscribed": False,
            "blog_subscriber": False,
            "disabled": False,
        }
        assert set(fetched) == {"id", *STAMPS & set(fetched), *sent, *defaults}
        assert {k: fetched[k] for k in (*sent, *defaults)} == {**sent, **defaults}
        assert "Example Corp" not in json.dumps(fetched)

        patched = await client.patch(
            f"/api/crm/lead/{lead_id}", headers=OVERPLANE, json={"city": "Wavre"}
        )
        assert patched.status_code == 200, patched.text
        again = (await client.get(f"/api/crm/lead/{lead_id}", headers=OVERPLANE)).json()
        changed = {k for k in set(again) | set(fetched) if again.get(k) != fetched.get(k)}
        assert changed <= {"city", "updated_at"} and again["city"] == "Wavre"

    async with _client("propipelines") as client:
        created = await client.post("/api/v2/clients", headers=PROPIPELINES, json={"name": "Acme"})
        assert created.status_code == 200, created.text
        client_id = created.json()["id"]
        fetched = await client.get(f"/api/v2/clients/{client_id}", headers=PROPIPELINES)
        assert fetched.status_code == 200, fetched.text
        _assert_only_sent({"name": "Acme"}, {k: v for k, v in fetched.json().items() if k != "id"})


# --- wrong-type path ids -------------------------------------------------------------------

_WRONG_IDS = ["abc", "1.5", "true", "0x1F", "1,2", "%D9%A1", "null"]


def _typed_id_calls() -> list[tuple[Path, Operation, str]]:
    found: list[tuple[Path, Operation, str]] = []
    for path in SPECS:
        for operation in model_of(path).operations:
            for parameter in operation.parameters:
                kinds = schema_types(loaded(path).data, parameter.schema)
                if parameter.location == "path" and kinds and set(kinds) <= {"integer", "number"}:
                    found.append((path, operation, parameter.name))
    return found


@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
@pytest.mark.parametrize("stem", [p.stem for p in SPECS])
async def test_wrong_type_path_id_gets_the_documented_4xx(stem: str, stateful: bool) -> None:
    calls = [c for c in _typed_id_calls() if c[0].stem == stem]
    if not calls:
        pytest.skip("no numeric path id (every id is a string)")
    async with client_for(create_app(loaded(calls[0][0]), stateful=stateful)) as client:
        for path, operation, name in calls:
            template = (model_of(path).base_path + operation.template).split("/")
            for wrong in _WRONG_IDS:
                call = valid_call(path, operation)
                segments = call.path.split("/")
                segments[template.index("{" + name + "}")] = wrong
                call.path = "/".join(segments)
                response = await call.send(client)
                where = f"{operation.method} {call.path}"
                assert response.status_code in (400, 404), (where, response.text)
                assert operation.response_for(response.status_code) is not None, where
                assert str(response.status_code) in operation.by_status, where
