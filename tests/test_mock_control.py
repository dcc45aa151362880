"""Replay, seed data, admin endpoints and webhook delivery, over real sockets."""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

import httpx
import pytest

from generator.diagnostics import SpecError
from generator.mock import MockServer, create_app
from generator.mock.modes import ModeError, Modes, configure
from tests.conftest import ROOT, load_generated

FIXTURES = ROOT / "tests" / "fixtures" / "drift"
DOCUMENTED = FIXTURES / "documented.yaml"
PROPIPELINES = ROOT / "specs" / "propipelines.yaml"
KEY = {"X-API-KEY": "k"}


def _served(app: Any) -> MockServer:
    return MockServer(app)


# --- replay ------------------------------------------------------------------------------


def test_replay_serves_recordings_then_falls_back_to_the_spec(tmp_path: Path) -> None:
    cassette = tmp_path / "cassette.jsonl"
    recorded = {"id": 1, "name": "Recorded", "status": "sold", "extra": True}
    lines = [
        {
            "request": {"method": "GET", "path": "/api/pets/1", "query": "", "headers": {}},
            "response": {
                "status": 200,
                "headers": {"content-type": "application/json", "x-recorded": "yes"},
                "body": json.dumps(recorded),
            },
        },
        {
            "request": {"method": "GET", "path": "/api/pets/1", "query": "", "headers": {}},
            "response": {"status": 404, "headers": {}, "body": ""},
        },
    ]
    cassette.write_text("".join(json.dumps(line) + "\n" for line in lines))
    app = create_app(DOCUMENTED)
    configure(app, Modes(replay=str(cassette)))
    with _served(app) as mock, httpx.Client(base_url=mock.url, headers={"X-Api-Key": "k"}) as c:
        first = c.get("/api/pets/1")
        assert first.status_code == 200 and first.json() == recorded
        assert first.headers["x-recorded"] == "yes"
        # Recordings of one request are served in turn, the last one again and again.
        assert c.get("/api/pets/1").status_code == 404
        assert c.get("/api/pets/1").status_code == 404
        fallback = c.get("/api/pets/2")
        assert fallback.status_code == 200
        assert set(fallback.json()) >= {"id", "name", "status"}
        assert "x-recorded" not in fallback.headers


def test_replay_refuses_a_broken_cassette(tmp_path: Path) -> None:
    cassette = tmp_path / "bad.jsonl"
    cassette.write_text('{"request": {"method": "GET", "path": "/x"}, "response": {}}\n')
    with pytest.raises(ModeError, match=r"--replay: .*bad.jsonl:1: response/status"):
        configure(create_app(DOCUMENTED), Modes(replay=str(cassette)))


# --- seed data ---------------------------------------------------------------------------


def test_seed_data_is_served_and_reset_restores_it(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text("/leads:\n  - id: 41\n    title: ACME\n  - id: 42\n    title: Globex\n")
    app = create_app(PROPIPELINES, stateful=True)
    assert configure(app, Modes(data=str(seed))) == ["2 seed record(s)"]
    with _served(app) as mock, httpx.Client(base_url=mock.url + "/api/v2", headers=KEY) as c:
        assert c.get("/leads/41").json()["title"] == "ACME"
        titles = [lead["title"] for lead in c.get("/leads").json()]
        assert titles[:2] == ["ACME", "Globex"]
        assert c.delete("/leads/41").status_code < 300
        assert c.get("/leads/41").status_code == 404
        created = c.post("/leads", json={"title": "New", "description": "d"}).json()
        assert created["id"] == 43  # after the seeded ids
        reset = httpx.post(mock.url + "/__specforge__/reset")
        assert reset.json() == {"reset": True, "seeded": 2}
        assert c.get("/leads/41").json()["title"] == "ACME"
        assert c.get("/leads/43").status_code == 404


def test_seed_data_errors_are_located(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text(
        "/leads:\n"
        "  - id: 1\n"
        "    title: 5\n"  # line 3: not a string
        "  - title: no id\n"  # line 4
        "/nothing:\n"  # line 5
        "  - id: 1\n"
    )
    app = create_app(PROPIPELINES, stateful=True)
    with pytest.raises(SpecError) as caught:
        configure(app, Modes(data=str(seed)))
    shown = [str(d) for d in caught.value.diagnostics]
    assert any(s.startswith(f"{seed}:3: /~1leads/0/title: ") and "string" in s for s in shown)
    assert f"{seed}:4: /~1leads/1: a record is an object with an id" in shown
    assert any(s.startswith(f"{seed}:5: /~1nothing: '/nothing' is not a collection") for s in shown)
    assert app.state.mock.store.collections()  # nothing was loaded ...
    with _served(app) as mock:  # ... so the store is empty
        assert httpx.get(mock.url + "/api/v2/leads/1", headers=KEY).status_code == 404


# --- admin ---------------------------------------------------------------------------------


@pytest.fixture()
def stateful_pets() -> Iterator[MockServer]:
    with _served(create_app(DOCUMENTED)) as mock:
        yield mock


def test_admin_scenario_faults_the_next_n_responses(stateful_pets: MockServer) -> None:
    url = stateful_pets.url
    scenario = {"operation": "getPet", "fault": "status=404", "count": 2}
    created = httpx.post(url + "/__specforge__/scenarios", json=scenario)
    assert created.status_code == 201
    assert created.json()["scenarios"] == [scenario]
    headers = {"X-Api-Key": "k"}
    assert httpx.get(url + "/api/pets", headers=headers).status_code == 200  # another operation
    assert [httpx.get(url + "/api/pets/1", headers=headers).status_code for _ in range(3)] == [
        404,
        404,
        200,
    ]
    assert httpx.get(url + "/__specforge__/scenarios").json() == {"scenarios": []}
    bad = httpx.post(url + "/__specforge__/scenarios", json={**scenario, "fault": "status=9"})
    assert bad.status_code == 422 and "fault: status='9'" in bad.text
    unknown = httpx.post(url + "/__specforge__/scenarios", json={**scenario, "operation": "x"})
    assert unknown.status_code == 422


def test_admin_request_log(stateful_pets: MockServer) -> None:
    url = stateful_pets.url
    httpx.delete(url + "/__specforge__/requests")
    httpx.get(url + "/api/pets/1", headers={"X-Api-Key": "k"})
    httpx.get(url + "/api/pets/abc", headers={"X-Api-Key": "k"})
    httpx.get(url + "/api/pets?limit=1&api_key=hidden")
    log = httpx.get(url + "/__specforge__/requests").json()["requests"]
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("GET", "/api/pets/1", 200),
        ("GET", "/api/pets/abc", 404),
        ("GET", "/api/pets?limit=1&api_key=***", 401),
    ]
    assert log[0]["outcome"] == "valid"
    assert log[1]["outcome"].startswith("refused: path/pet_id")
    assert log[2]["outcome"].startswith("refused:")


def test_admin_prefix_cannot_collide(tmp_path: Path) -> None:
    spec = tmp_path / "clash.yaml"
    spec.write_text(
        DOCUMENTED.read_text()
        .replace("http://localhost/api", "http://localhost")
        .replace("  /pets:\n", "  /__specforge__/pets:\n")
    )
    with pytest.raises(SpecError) as caught:
        create_app(spec)
    assert "is under /__specforge__, the prefix reserved" in str(caught.value.diagnostics[0])


def test_reset_needs_a_stateful_mock(stateful_pets: MockServer) -> None:
    response = httpx.post(stateful_pets.url + "/__specforge__/reset")
    assert response.status_code == 409


# --- webhooks ------------------------------------------------------------------------------


class _Receiver:
    """An HTTP server collecting POSTed events; answers the first ``failures`` with 500."""

    def __init__(self, failures: int = 0) -> None:
        self.events: list[tuple[bytes, dict[str, str]]] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                if receiver.failures > 0:
                    receiver.failures -= 1
                    self.send_response(500)
                else:
                    receiver.events.append((body, dict(self.headers.items())))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait(self, count: int, timeout: float = 10.0) -> None:
        deadline = threading.Event()
        for _ in range(int(timeout / 0.05)):
            if len(self.events) >= count:
                return
            deadline.wait(0.05)
        raise AssertionError(f"{len(self.events)} event(s) received, expected {count}")


SECRET = "webhook-secret"


def test_webhooks_on_record_change_verify_with_the_generated_unwrap() -> None:
    load_generated("propipelines")
    webhooks = importlib.import_module("propipelines_client.webhooks")
    with _Receiver(failures=1) as receiver:
        app = create_app(PROPIPELINES, stateful=True)
        configure(app, Modes(webhooks=[receiver.url], webhook_secret=SECRET))
        with _served(app) as mock:
            lead = httpx.post(
                mock.url + "/api/v2/leads", headers=KEY, json={"title": "Deal", "description": "d"}
            )
            assert lead.status_code < 300
            receiver.wait(1)
            body, _headers = receiver.events[0]
            event = webhooks.unwrap(body, secret=SECRET)
            assert event.event == "lead.creation"
            assert event.data.id == lead.json()["id"]
            assert event.data.title == "Deal"
            with pytest.raises(webhooks.WebhookVerificationError):
                webhooks.unwrap(body, secret="another secret")
            log = httpx.get(mock.url + "/__specforge__/webhooks/deliveries").json()
            # The receiver's first answer was a 500: the delivery was retried.
            assert log["deliveries"][0]["attempts"] == ["500", "204"]
            assert log["deliveries"][0]["delivered"] is True


def test_webhooks_on_demand_and_registration_rules() -> None:
    load_generated("propipelines")
    webhooks = importlib.import_module("propipelines_client.webhooks")
    with _Receiver() as receiver:
        app = create_app(PROPIPELINES, stateful=True)
        configure(app, Modes(webhook_secret=SECRET))
        with _served(app) as mock:
            admin = mock.url + "/__specforge__/webhooks"
            outside = httpx.post(admin, json={"url": "http://192.0.2.1/hook"})
            assert outside.status_code == 422
            assert "--webhook-allow-host" in outside.json()["error"]
            unknown = httpx.post(admin, json={"url": receiver.url, "events": ["nope"]})
            assert unknown.status_code == 422
            registered = httpx.post(
                admin, json={"url": receiver.url, "events": ["task.status.changed.to.done"]}
            )
            assert registered.status_code == 201
            assert registered.json() == {
                "webhooks": [{"url": receiver.url, "events": ["task.status.changed.to.done"]}]
            }
            fired = httpx.post(
                admin + "/trigger",
                json={"event": "task.status.changed.to.done", "record": {"id": 77}},
            )
            assert fired.status_code == 200
            assert fired.json()["deliveries"][0]["delivered"] is True
            assert len(receiver.events) == 1
            event = webhooks.unwrap(receiver.events[0][0], secret=SECRET)
            assert event.event == "task.status.changed.to.done"
            assert event.data.id == 77
            # Not subscribed to lead events: a created lead sends nothing to this receiver.
            httpx.post(
                mock.url + "/api/v2/leads", headers=KEY, json={"title": "Deal", "description": "d"}
            )
            assert len(receiver.events) == 1


def test_webhook_option_refuses_other_hosts_unless_allowed() -> None:
    app = create_app(PROPIPELINES, stateful=True)
    with pytest.raises(ModeError, match=r"only to 127\.0\.0\.1"):
        configure(app, Modes(webhooks=["http://hooks.example.com/x"]))
    allowed = create_app(PROPIPELINES, stateful=True)
    described = configure(
        allowed,
        Modes(webhooks=["http://hooks.example.com/x"], webhook_hosts=["hooks.example.com"]),
    )
    assert described == ["webhooks to 1 receiver(s)"]
