"""Pagination iterators over several pages of the stateful mock, in each API's style, and
custom fields surviving the round trip. Records are created through the generated clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.mock import MockServer, create_app
from tests.conftest import load_generated
from tests.property import _harness as h


@pytest.fixture
def stateful() -> Iterator[Any]:
    """A fresh stateful mock per test, with a client factory recording every request."""
    started: list[MockServer] = []

    def start(api: str) -> tuple[Any, list[httpx.Request]]:
        server = MockServer(create_app(h.SPECS_DIR / f"{api}.yaml", stateful=True)).start()
        started.append(server)
        seen: list[httpx.Request] = []
        http = httpx.Client(event_hooks={"request": [seen.append]})
        client = load_generated(api).Client(
            base_url=server.url + h.base_path(api),
            max_retries=0,
            http_client=http,
            **h.test_credentials(api),
        )
        return client, seen

    yield start
    for server in started:
        server.stop()


def _pages(first: Any) -> list[Any]:
    return list(first.iter_pages())


def test_offset_pagination_overplane_leads(stateful: Any) -> None:
    client, seen = stateful("overplane")
    created = [client.leads.create(lead_name=f"Lead {i}").id for i in range(7)]
    seen.clear()
    first = client.leads.list(limit=3)
    assert len(first.items) == 3
    every = [lead.id for lead in first]
    assert sorted(every) == sorted(created)
    offsets = [r.url.params.get("offset", "0") for r in seen]
    assert offsets == ["0", "3", "6"], offsets
    h.SUMMARY.case("overplane", "pagination", "listLeads")


def test_page_pagination_overloop_prospects(stateful: Any) -> None:
    client, seen = stateful("overloop")
    created = [
        str(client.prospects.create(email=f"p{i}@example.com", first_name=f"P{i}").data.id)
        for i in range(5)
    ]
    seen.clear()
    first = client.prospects.list(page_size=2)
    pages = _pages(first)
    assert len(pages) >= 3
    every = [str(item.id) for page in pages for item in page.items]
    assert set(created) <= set(every)
    numbers = [r.url.params.get("page[number]", "1") for r in seen]
    assert numbers[:3] == ["1", "2", "3"], numbers
    h.SUMMARY.case("overloop", "pagination", "listProspects")


def test_cursor_pagination_outreach_prospects(stateful: Any) -> None:
    client, seen = stateful("outreach")
    created = [
        str(client.prospects.create(first_name=f"P{i}", last_name="Doe").data.id) for i in range(5)
    ]
    seen.clear()
    first = client.prospects.list(page_size=2)
    every = [str(item.id) for item in first]
    assert set(created) <= set(every)
    assert len(seen) >= 3
    # After the first page the client follows the server's links.next (page[after]=...).
    assert all("page[after]" in r.url.params for r in seen[1:]), [str(r.url) for r in seen]
    h.SUMMARY.case("outreach", "pagination", "listProspects")


def test_custom_fields_round_trip_overloop(stateful: Any) -> None:
    # specs/overloop.yaml: custom fields are `c_*` attributes (patternProperties). The client's
    # models do not declare them; they must survive parsing as extra fields, and dumping the
    # model must give back exactly the JSON the server sent.
    client, _ = stateful("overloop")
    created = client.prospects.create(
        email="custom@example.com", extra_attributes={"c_custom_field_a": "blue"}
    )
    raw = client.prospects.with_raw_response.get(int(created.data.id))
    attributes = raw.parsed.data.attributes
    assert (attributes.model_extra or {}).get("c_custom_field_a") == "blue"
    op = h.operations_by_id("overloop")["getProspect"]
    h.check_round_trip(op, raw.http_response, raw.parsed)
    h.SUMMARY.case("overloop", "custom-fields", "getProspect")
