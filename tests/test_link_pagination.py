"""`x-pagination: {style: link}` end to end (issue 16's proof): a GitHub-style list whose pages
are linked by the RFC 8288 Link header (tests/fixtures/mock/link_pagination.yaml), walked by
the generated client against the real mock on 127.0.0.1, stateful and stateless; the
validator refusing what the style cannot mean. The runtime's Link parsing and its safety
rules are in tests/runtime/test_pagination.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.diagnostics import SpecError
from generator.generate import build
from generator.load import load_spec
from generator.mock import MockServer, create_app
from generator.validate import validate_spec
from tests.conftest import FIXTURES, generated_package
from tests.test_validate import _PAGED

SPEC = FIXTURES / "mock" / "link_pagination.yaml"
OWNER, REPO = "octo", "hello"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The client generated from the fixture, imported."""
    with generated_package(tmp_path_factory.mktemp("link_pagination"), SPEC, "linkpages") as (
        api,
        package,
    ):
        assert api.warnings == []
        yield package


class Served:
    """The mock on a real socket, and a client of it that records every request and the
    Link header of every response."""

    def __init__(self, package: Any, *, stateful: bool) -> None:
        self.server = MockServer(create_app(SPEC, stateful=stateful)).start()
        self.requests: list[httpx.Request] = []
        self.links: list[str | None] = []
        hooks = {
            "request": [self.requests.append],
            "response": [lambda response: self.links.append(response.headers.get("link"))],
        }
        self.http = httpx.Client(event_hooks=hooks)
        self.client = package.Client(
            base_url=self.server.url, api_key="token", http_client=self.http, max_retries=0
        )

    def forget(self) -> None:
        self.requests.clear()
        self.links.clear()

    def close(self) -> None:
        self.http.close()
        self.server.stop()


@pytest.fixture
def serve(package: Any) -> Iterator[Any]:
    started: list[Served] = []

    def start(*, stateful: bool) -> Served:
        served = Served(package, stateful=stateful)
        started.append(served)
        return served

    yield start
    for served in started:
        served.close()


def test_the_analyzer_types_the_items_from_the_array_body() -> None:
    api, files = build(SPEC, "linkpages")
    (listing,) = [op for op in api.operations if op.pagination is not None]
    assert listing.pagination is not None
    assert (listing.pagination.style, listing.pagination.items) == ("link", "")
    assert listing.pagination.item_type.render() == "Issue"
    assert listing.pagination.arguments == (("size_param", "per_page"),)
    resource = files["linkpages_client/resources/issues.py"]
    assert "-> SyncPage[Issue]:" in resource
    assert 'style="link"' in resource


def test_the_client_walks_every_page_of_the_stateful_mock(serve: Any) -> None:
    served = serve(stateful=True)
    issues = served.client.issues
    created = [issues.create(OWNER, REPO, title=f"Issue {n}").id for n in range(7)]
    served.forget()

    first = issues.list(OWNER, REPO, per_page=3)
    assert [issue.id for issue in first.items] == created[:3]
    assert [issue.id for issue in first] == created
    # The first request is the method's; then the server's rel="next" links, verbatim.
    assert [r.url.params.get("page") for r in served.requests] == [None, "2", "3"]
    assert all(r.url.params["per_page"] == "3" for r in served.requests)
    assert all(r.headers["authorization"] == "Bearer token" for r in served.requests)
    assert [_rels(link) for link in served.links] == [
        ["first", "next", "last"],
        ["first", "prev", "next", "last"],
        ["first", "prev", "last"],
    ]
    # Absolute links to the mock's own origin, keeping the request's query.
    assert f'<{served.server.url}/repos/octo/hello/issues?per_page=3&page=2>; rel="next"' in (
        served.links[0] or ""
    )
    pages = list(issues.list(OWNER, REPO, per_page=3).iter_pages())
    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()


async def test_the_async_client_walks_every_page(package: Any, serve: Any) -> None:
    served = serve(stateful=True)
    created = [served.client.issues.create(OWNER, REPO, title=f"I{n}").id for n in range(5)]
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    async with httpx.AsyncClient(event_hooks={"request": [record]}) as http:
        client = package.AsyncClient(
            base_url=served.server.url, api_key="token", http_client=http, max_retries=0
        )
        found = [issue.id async for issue in client.issues.list(OWNER, REPO, per_page=2)]
    assert found == created
    assert [r.url.params.get("page") for r in seen] == [None, "2", "3"]


def test_the_stateless_mock_serves_one_page_that_ends_the_list(serve: Any) -> None:
    served = serve(stateful=False)
    page = served.client.issues.list(OWNER, REPO, per_page=5)
    # The documented example's items, and no next link: the walk ends after one request.
    assert [issue.id for issue in page] == [1, 2]
    assert len(served.requests) == 1
    assert _rels(served.links[0]) == ["first", "last"]
    # The documented example's Link header (to api.issues.test, rel="next") is not served.
    assert "api.issues.test" not in (served.links[0] or "")
    later = served.client.issues.list(OWNER, REPO, per_page=5, page=3)
    assert later.items == []
    assert not later.has_next_page()


def _rels(link: str | None) -> list[str]:
    assert link is not None
    return [part.split('rel="', 1)[1].rstrip('"') for part in link.split(", ")]


@pytest.mark.parametrize(
    ("pagination", "key", "says"),
    [
        ("{style: link, next_url: /next}", "next_url", 'the Link header\'s rel="next"'),
        ("{style: link, page_param: cursor}", "page_param", "walked by the Link header"),
        ("{style: link, limit_param: cursor}", "limit_param", "is size_param"),
    ],
)
def test_a_link_config_that_cannot_work_is_refused_by_the_mock_too(
    tmp_path: Path, pagination: str, key: str, says: str
) -> None:
    # Where and how validate and generate refuse these: tests/test_validate.py.
    spec = tmp_path / "spec.yaml"
    spec.write_text(_PAGED.format(pagination=pagination))
    with pytest.raises(SpecError) as refused:
        create_app(spec)
    (diagnostic,) = refused.value.diagnostics
    assert diagnostic.pointer == f"/paths/~1items~1{{item_id}}/get/x-pagination/{key}"
    assert "has no meaning for style link: " in diagnostic.message and says in diagnostic.message


def test_a_good_link_config_passes(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_PAGED.format(pagination="{style: link, size_param: cursor, items: ''}"))
    assert [d for d in validate_spec(load_spec(spec)) if "/x-" in d.pointer] == []
    create_app(spec)
