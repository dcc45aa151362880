"""The generated clients, driven through httpx.MockTransport: what they send, what they return."""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.conftest import load_generated

Handler = Callable[[httpx.Request], httpx.Response]


def transport(handler: Handler, seen: list[httpx.Request]) -> httpx.MockTransport:
    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return handler(request)

    return httpx.MockTransport(record)


def lead(index: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"lead_{index}",
        "created_at": "2024-01-15T09:30:00Z",
        "updated_at": "2024-01-15T09:30:00Z",
        **extra,
    }


# --- Overplane: bearer auth, limit/offset pagination, partial updates, undocumented errors ---


@pytest.fixture
def overplane() -> Any:
    return load_generated("overplane")


def test_overplane_bearer_auth_and_env_var(overplane: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    monkeypatch.setenv("OVERPLANE_API_KEY", "sk_test_env")
    handler = transport(lambda r: httpx.Response(200, json=lead(1)), seen)
    client = overplane.Client(http_client=httpx.Client(transport=handler))
    result = client.leads.get("lead_1")
    assert isinstance(result, overplane.Lead)
    assert seen[0].headers["authorization"] == "Bearer sk_test_env"
    assert seen[0].url == "https://api.overplane.dev/api/crm/lead/lead_1"
    assert "sk_test_env" not in repr(client)


def test_overplane_pagination_walks_every_page(overplane: Any) -> None:
    seen: list[httpx.Request] = []
    total = 7

    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        offset = int(request.url.params.get("offset", "0"))
        data = [lead(i) for i in range(offset, min(offset + limit, total))]
        return httpx.Response(
            200, json={"data": data, "has_more": offset + limit < total, "total": total}
        )

    client = overplane.Client(
        api_key="k", http_client=httpx.Client(transport=transport(handler, seen))
    )
    page = client.leads.list(limit=3)
    assert [item.id for item in page.items] == ["lead_0", "lead_1", "lead_2"]
    assert [item.id for item in page] == [f"lead_{i}" for i in range(total)]
    assert [r.url.params.get("offset", "0") for r in seen] == ["0", "3", "6"]


def test_overplane_partial_update_sends_only_given_fields(overplane: Any) -> None:
    seen: list[httpx.Request] = []
    handler = transport(lambda r: httpx.Response(200, json=lead(1, city=None)), seen)
    client = overplane.Client(api_key="k", http_client=httpx.Client(transport=handler))
    updated = client.leads.update("lead_1", city=None, lead_name="Ada")
    assert json.loads(seen[0].content) == {"city": None, "lead_name": "Ada"}
    assert seen[0].method == "PATCH"
    assert seen[0].headers["content-type"] == "application/json"
    assert updated.city is None


def test_overplane_unknown_fields_round_trip(overplane: Any) -> None:
    body = lead(1, lead_name="Ada", custom_score=42, nested={"a": [1, 2]})
    handler = transport(lambda r: httpx.Response(200, json=body), [])
    client = overplane.Client(api_key="k", http_client=httpx.Client(transport=handler))
    result = client.leads.get("lead_1")
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


def test_overplane_path_ids_cannot_escape_their_segment(overplane: Any) -> None:
    seen: list[httpx.Request] = []
    handler = transport(lambda r: httpx.Response(200, json=lead(1)), seen)
    client = overplane.Client(api_key="k", http_client=httpx.Client(transport=handler))
    client.leads.get("../admin")
    client.leads.get("..")
    assert seen[0].url.raw_path == b"/api/crm/lead/..%2Fadmin"
    assert seen[1].url.raw_path == b"/api/crm/lead/%2E%2E"


@pytest.mark.parametrize(
    ("status", "body", "error_name"),
    [
        (
            404,
            {"type": "about:blank", "title": "Not Found", "detail": "No such lead"},
            "NotFoundError",
        ),
        (401, ["not", "an", "object"], "AuthenticationError"),
        (409, "conflict", "ConflictError"),
    ],
)
def test_overplane_error_bodies_are_kept_as_sent(
    overplane: Any, status: int, body: Any, error_name: str
) -> None:
    # The docs document no error body: whatever JSON arrives is kept, not parsed into an
    # assumed (problem+json) shape that would fail on anything else.
    handler = transport(lambda r: httpx.Response(status, json=body), [])
    client = overplane.Client(
        api_key="sk_secret", max_retries=0, http_client=httpx.Client(transport=handler)
    )
    with pytest.raises(getattr(overplane, error_name)) as caught:
        client.leads.get("lead_9")
    error = caught.value
    assert error.status_code == status
    assert error.body == body
    assert not hasattr(overplane, "Problem")
    assert "sk_secret" not in str(error) + repr(error)


def test_overplane_delete_and_raw_response(overplane: Any) -> None:
    handler = transport(
        lambda r: httpx.Response(
            200, json={"id": "lead_1", "deleted": True}, headers={"x-req": "7"}
        ),
        [],
    )
    client = overplane.Client(api_key="k", http_client=httpx.Client(transport=handler))
    raw = client.leads.with_raw_response.delete("lead_1")
    assert raw.status_code == 200
    assert raw.headers["x-req"] == "7"
    assert raw.parsed.deleted is True


async def test_overplane_async_pagination(overplane: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        data = [lead(i) for i in range(offset, min(offset + 2, 5))]
        return httpx.Response(200, json={"data": data, "has_more": offset + 2 < 5, "total": 5})

    client = overplane.AsyncClient(
        api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    ids = [item.id async for item in client.leads.list(limit=2)]
    assert ids == [f"lead_{i}" for i in range(5)]
    first = await client.leads.list(limit=2)
    assert [item.id for item in first.items] == ["lead_0", "lead_1"]
    await client.close()


# --- Overloop: raw key in Authorization, JSON:API, page pagination, include lists ----------


def test_overloop_raw_key_jsonapi_and_include_list() -> None:
    overloop = load_generated("overloop")
    seen: list[httpx.Request] = []
    document = {
        "data": {
            "id": "1",
            "type": "prospects",
            "attributes": {"email": "a@example.com", "c_favourite_colour": "teal"},
        }
    }
    handler = transport(lambda r: httpx.Response(200, json=document), seen)
    client = overloop.Client(api_key="ovl_key", http_client=httpx.Client(transport=handler))
    result = client.prospects.get(1, include=["organization", "owner"])
    assert seen[0].headers["authorization"] == "ovl_key"
    assert seen[0].url.params["include"] == "organization,owner"
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped["data"]["attributes"]["c_favourite_colour"] == "teal"


def test_overloop_page_pagination_follows_until_no_next_link() -> None:
    overloop = load_generated("overloop")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        links = {"self": str(request.url)}
        if number < 3:
            links["next"] = (
                f"https://api.overloop.com/public/v1/prospects?page[number]={number + 1}"
            )
        data = [
            {"id": str(number * 10 + i), "type": "prospects", "attributes": {}} for i in range(2)
        ]
        return httpx.Response(200, json={"data": data, "links": links})

    client = overloop.Client(
        api_key="k", http_client=httpx.Client(transport=transport(handler, seen))
    )
    ids = [item.id for item in client.prospects.list(page_size=2)]
    assert ids == ["10", "11", "20", "21", "30", "31"]
    assert [r.url.params["page[number]"] for r in seen[1:]] == ["2", "3"]
    assert all(r.url.params["page[size]"] == "2" for r in seen)


def test_overloop_automation_status_beyond_the_documented_two_parses() -> None:
    # The docs announce three statuses and list two (on, off): the third must not break parsing.
    overloop = load_generated("overloop")
    document = {"data": {"id": "1", "type": "automations", "attributes": {"status": "paused"}}}
    handler = transport(lambda r: httpx.Response(200, json=document), [])
    client = overloop.Client(api_key="k", http_client=httpx.Client(transport=handler))
    result = client.automations.get(1)
    assert result.data.attributes.status == "paused"


# --- Pro Pipe Lines: server variable, alternative schemes, basic login, webhooks -----------


def test_propipelines_slug_and_scheme_choice() -> None:
    propipelines = load_generated("propipelines")
    seen: list[httpx.Request] = []
    handler = transport(lambda r: httpx.Response(200, json=[]), seen)
    client = propipelines.Client(
        user_token="tok", slug="acme", http_client=httpx.Client(transport=handler)
    )
    client.pipelines.list()
    assert seen[0].url.host == "acme.propipelines.com"
    assert seen[0].headers["x-user-token"] == "tok"
    assert "x-api-key" not in seen[0].headers


def test_propipelines_missing_credentials_name_the_argument() -> None:
    propipelines = load_generated("propipelines")
    client = propipelines.Client(
        slug="acme",
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500))),
    )
    with pytest.raises(propipelines.MissingCredentialsError) as caught:
        client.pipelines.list()
    assert "api_key" in str(caught.value)


def test_propipelines_webhook_signature() -> None:
    load_generated("propipelines")
    webhooks = importlib.import_module("propipelines_client.webhooks")
    secret = "91Jy7XxreymBRMASfTF8"
    event = {"id": 3, "event": "lead.creation", "data": {"id": 8113, "title": "Deal"}}
    event["signature"] = hashlib.sha1(f"8113{secret}".encode()).hexdigest()
    parsed = webhooks.unwrap(json.dumps(event), secret=secret)
    assert parsed.data.id == 8113
    event["signature"] = "0" * 40
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.unwrap(json.dumps(event), secret=secret)


# --- Outreach: OAuth bearer, cursor pagination ------------------------------------------------


def test_outreach_cursor_pagination_follows_next_links() -> None:
    outreach = load_generated("outreach")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("page[after]")
        index = 0 if cursor is None else int(cursor)
        links: dict[str, str] = {}
        if index < 2:
            links["next"] = (
                f"https://api.outreach.io/api/v2/prospects?page[size]=1&page[after]={index + 1}"
            )
        data = [{"id": index + 1, "type": "prospect", "attributes": {}}]
        return httpx.Response(200, json={"data": data, "links": links})

    client = outreach.Client(
        access_token="tok", http_client=httpx.Client(transport=transport(handler, seen))
    )
    ids = [item.id for item in client.prospects.list(page_size=1)]
    assert ids == [1, 2, 3]
    assert seen[0].headers["authorization"] == "Bearer tok"
    assert len(seen) == 3


def test_outreach_account_custom_fields_are_typed_and_sent_flat() -> None:
    outreach = load_generated("outreach")
    fields = outreach.AccountAttributes.model_fields
    assert {f"custom{i}" for i in range(1, 151)} <= set(fields)
    assert "custom_fields" not in fields and "customFields" not in fields
    seen: list[httpx.Request] = []
    document = {
        "data": {"id": 7, "type": "account", "attributes": {"name": "Acme", "custom7": "gold"}}
    }
    handler = transport(lambda r: httpx.Response(201, json=document), seen)
    client = outreach.Client(access_token="tok", http_client=httpx.Client(transport=handler))
    created = client.accounts.create(name="Acme", custom7="gold")
    assert json.loads(seen[0].content) == {
        "data": {"type": "account", "attributes": {"name": "Acme", "custom7": "gold"}}
    }
    assert json.loads(seen[0].content)["data"]["attributes"]["custom7"] == "gold"
    assert created.data.attributes.custom7 == "gold"
    assert created.data.attributes.custom8 is None
