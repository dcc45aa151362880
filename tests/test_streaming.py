"""Streamed responses end to end (issue 20): downloads, server-sent events and JSON Lines.

The client generated from tests/fixtures/mock/streaming.yaml, sync and async, against the
real mock on 127.0.0.1 (and, for malformed streams, a bare HTTP server that sends what it is
told): bytes equal and memory bounded for downloads, typed events over several `data:` lines,
resuming with Last-Event-ID after the mock drops the connection, typed JSON Lines, and a
clear error for a stream that is not what the spec says.
"""

from __future__ import annotations

import asyncio
import hashlib
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import httpx
import pytest

from generator.generate import build
from generator.load import load_spec
from generator.mock import MockServer, create_app
from generator.mock.faults import FaultSyntaxError, parse_fault
from generator.mock.streams import RETRY_MILLISECONDS, STREAM_ITEMS
from generator.validate import validate_spec
from tests.conftest import FIXTURES, generated_package

SPEC = FIXTURES / "mock" / "streaming.yaml"
BIN = Path(sys.executable).parent
SIZE = 8 * 1024 * 1024  # the download's minLength
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    out = tmp_path_factory.mktemp("streaming")
    with generated_package(out, SPEC, "feeds") as (api, package):
        assert api.warnings == []
        yield out, package


@pytest.fixture(scope="module")
def package(generated: tuple[Path, Any]) -> Any:
    return generated[1]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    server = MockServer(create_app(SPEC)).start()
    yield server
    server.stop()


class Recorded:
    """Every request a client sends."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def last_event_ids(self) -> list[str | None]:
        return [request.headers.get("last-event-id") for request in self.requests]


def client(package: Any, url: str, recorded: Recorded | None = None, **options: Any) -> Any:
    hooks = {"request": [recorded.requests.append]} if recorded else {}
    return package.Client(
        base_url=url, api_key="t", http_client=httpx.Client(event_hooks=hooks), **options
    )


def async_client(package: Any, url: str, recorded: Recorded | None = None, **options: Any) -> Any:
    async def record(request: httpx.Request) -> None:
        if recorded is not None:
            recorded.requests.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    return package.AsyncClient(base_url=url, api_key="t", http_client=http, **options)


# -- what the generator decides ----------------------------------------------------------------


def test_the_operation_model_decides_each_streaming_kind() -> None:
    api, _ = build(SPEC, "feeds")
    by_id = {op.operation_id: op for op in api.operations}
    assert {key: op.stream for key, op in by_id.items()} == {
        "downloadFile": "bytes",
        "exportLeads": "bytes",
        "streamTicks": "sse",
        "tailLogs": "sse",
        "exportRecords": "jsonl",
    }
    assert by_id["streamTicks"].sse_reconnect and not by_id["tailLogs"].sse_reconnect
    assert by_id["tailLogs"].item_type is None  # a string schema: the data stays text
    assert getattr(by_id["exportRecords"].item_type, "name", None) == "Record"


def test_the_generated_package_passes_ruff_and_mypy_strict(
    generated: tuple[Path, Any],
) -> None:
    out = generated[0]
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "feeds_client"],
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert ruff.returncode == 0, ruff.stdout
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "feeds_client"],
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_the_readme_shows_streaming(generated: tuple[Path, Any]) -> None:
    readme = (generated[0] / "README.md").read_text(encoding="utf-8")
    assert "client.files.with_streaming_response.download" in readme
    assert "write_to_file(" in readme
    assert "for event in client.events.stream_ticks(" in readme
    assert "Last-Event-ID" in readme
    assert "for item in client.records.export(" in readme


def test_x_sse_reconnect_must_be_a_boolean(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8").replace(
        "x-sse-reconnect: true", 'x-sse-reconnect: "yes"'
    )
    spec = tmp_path / "bad.yaml"
    spec.write_text(text, encoding="utf-8")
    found = [str(d) for d in validate_spec(load_spec(spec), levels=("extensions",))]
    assert len(found) == 1
    assert "/paths/~1ticks/get/x-sse-reconnect" in found[0]
    assert "x-sse-reconnect must be true or false, not 'yes'" in found[0]


def test_the_drop_after_fault_counts_chunks_in_ascii_digits() -> None:
    fault = parse_fault("drop-after=3")
    assert fault is not None and fault.drop_after == 3 and fault.describe() == "drop-after=3"
    for bad in ("drop-after=x", "drop-after=\u0663", "drop-after"):
        with pytest.raises(FaultSyntaxError):
            parse_fault(bad)


# -- downloads -------------------------------------------------------------------------------


def _expected_digest(package: Any, url: str) -> str:
    with client(package, url) as whole:
        body = whole.files.download("file_1")
    assert len(body) == SIZE
    return hashlib.sha256(body).hexdigest()


def test_a_download_streams_in_chunks_with_bounded_memory(package: Any, mock: MockServer) -> None:
    expected = _expected_digest(package, mock.url)
    with client(package, mock.url) as api:
        digest = hashlib.sha256()
        sizes: list[int] = []
        tracemalloc.start()
        try:
            with api.files.with_streaming_response.download("file_1") as response:
                assert response.status_code == 200
                assert response.headers["content-length"] == str(SIZE)
                for chunk in response.iter_bytes(CHUNK):
                    # The first chunk is here long before the body has all arrived.
                    sizes.append(len(chunk))
                    digest.update(chunk)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert digest.hexdigest() == expected
    assert len(sizes) == SIZE // CHUNK and set(sizes) == {CHUNK}
    assert peak < SIZE // 8, f"{peak} bytes held at once for an {SIZE} byte body"


def test_a_download_writes_to_a_file(package: Any, mock: MockServer, tmp_path: Path) -> None:
    expected = _expected_digest(package, mock.url)
    target = tmp_path / "content.bin"
    # The whole-body limit is for reads into memory; a streamed download is not one.
    with (
        client(package, mock.url, max_response_bytes=1024) as api,
        api.files.with_streaming_response.download("file_1") as response,
    ):
        assert response.write_to_file(target) == SIZE
    assert hashlib.sha256(target.read_bytes()).hexdigest() == expected


def test_a_download_read_whole_keeps_the_response_limit(package: Any, mock: MockServer) -> None:
    with client(package, mock.url) as api, pytest.raises(package.ResponseTooLargeError):
        api.files.download("file_1", max_response_bytes=1024 * 1024)


def test_a_csv_export_streams_too(package: Any, mock: MockServer) -> None:
    with (
        client(package, mock.url) as api,
        api.exports.with_streaming_response.leads() as response,
    ):
        text = "".join(response.iter_text())
    assert response.headers["content-type"].startswith("text/csv")
    assert text == api.exports.leads()


def test_a_failed_download_raises_the_status_error(package: Any, mock: MockServer) -> None:
    with (
        client(package, mock.url) as api,
        pytest.raises(package.APIStatusError) as raised,
        api.files.with_streaming_response.download(
            "file_1", extra_headers={"X-Mock-Fault": "status=404"}
        ),
    ):
        pass
    assert raised.value.status_code == 404


def test_an_async_download_streams_and_writes_to_a_file(
    package: Any, mock: MockServer, tmp_path: Path
) -> None:
    expected = _expected_digest(package, mock.url)
    target = tmp_path / "content.bin"

    async def main() -> tuple[str, int, int]:
        async with async_client(package, mock.url) as api:
            digest = hashlib.sha256()
            chunks = 0
            async with api.files.with_streaming_response.download("file_1") as response:
                assert response.status_code == 200
                async for chunk in response.aiter_bytes(CHUNK):
                    digest.update(chunk)
                    chunks += 1
            async with api.files.with_streaming_response.download("file_1") as response:
                written = await response.write_to_file(target)
            return digest.hexdigest(), chunks, written

    digest, chunks, written = asyncio.run(main())
    assert digest == expected and chunks == SIZE // CHUNK
    assert written == SIZE
    assert hashlib.sha256(target.read_bytes()).hexdigest() == expected


# -- server-sent events ------------------------------------------------------------------------


def test_events_are_typed_and_their_data_spans_several_lines(
    package: Any, mock: MockServer
) -> None:
    with client(package, mock.url) as api, api.events.stream_ticks(symbol="ACME") as stream:
        events = list(stream)
    assert [event.id for event in events] == [str(n) for n in range(1, STREAM_ITEMS + 1)]
    assert {event.event for event in events} == {"message"}
    assert all(isinstance(event.data, package.Tick) for event in events)
    assert events[0].data.note == "opening\nbell"
    assert stream.status_code == 200


def test_plain_text_events_keep_their_data_as_text(package: Any, mock: MockServer) -> None:
    with client(package, mock.url) as api:
        events = list(api.events.tail_logs())
    texts = [event.data for event in events]
    assert len(texts) == STREAM_ITEMS and isinstance(texts[0], str) and texts[0]
    assert texts == texts[:1] * STREAM_ITEMS


def test_a_dropped_event_stream_resumes_after_the_last_event_id(
    package: Any, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = Recorded()
    waits: list[float] = []
    monkeypatch.setattr(package._streaming, "time", SimpleNamespace(sleep=waits.append))
    # The mock resets the connection after three chunks: its preamble and two events.
    fault = {"X-Mock-Fault": "drop-after=3"}
    with client(package, mock.url, recorded) as api:
        events = list(api.events.stream_ticks(extra_headers=fault))
    assert [event.id for event in events] == ["1", "2", "3", "4", "5"]
    assert recorded.last_event_ids() == [None, "2", "4"]
    assert waits == [RETRY_MILLISECONDS / 1000] * 2  # the stream's `retry:`, not the default


def test_resuming_is_bounded(package: Any, mock: MockServer) -> None:
    recorded = Recorded()
    fault = {"X-Mock-Fault": "drop-after=1"}  # every connection drops before an event
    with (
        client(package, mock.url, recorded, max_retries=2) as api,
        pytest.raises(package.APIConnectionError, match="while its body was being read"),
    ):
        list(api.events.stream_ticks(extra_headers=fault))
    assert len(recorded.requests) == 3  # the call and two reconnections


def test_a_stream_the_spec_does_not_let_resume_fails_when_dropped(
    package: Any, mock: MockServer
) -> None:
    recorded = Recorded()
    received: list[str] = []
    with (
        client(package, mock.url, recorded) as api,
        pytest.raises(package.APIConnectionError, match="GET /logs"),
    ):
        for event in api.events.tail_logs(extra_headers={"X-Mock-Fault": "drop-after=2"}):
            received.append(event.data)
    assert len(received) == 1 and isinstance(received[0], str)
    assert len(recorded.requests) == 1


def test_async_events_resume_after_the_last_event_id(package: Any, mock: MockServer) -> None:
    recorded = Recorded()

    async def main() -> list[Any]:
        async with async_client(package, mock.url, recorded) as api:
            stream = await api.events.stream_ticks(extra_headers={"X-Mock-Fault": "drop-after=3"})
            async with stream:
                return [event async for event in stream]

    events = asyncio.run(main())
    assert [event.id for event in events] == ["1", "2", "3", "4", "5"]
    assert all(isinstance(event.data, package.Tick) for event in events)
    assert recorded.last_event_ids() == [None, "2", "4"]


# -- JSON Lines --------------------------------------------------------------------------------


def test_json_lines_are_typed_items(package: Any, mock: MockServer) -> None:
    with client(package, mock.url) as api:
        records = list(api.records.export())
    assert len(records) == STREAM_ITEMS
    assert all(isinstance(record, package.Record) for record in records)

    async def main() -> list[Any]:
        async with async_client(package, mock.url) as api:
            return [record async for record in await api.records.export()]

    assert [r.model_dump() for r in asyncio.run(main())] == [r.model_dump() for r in records]


# -- malformed streams -------------------------------------------------------------------------


class _Canned(BaseHTTPRequestHandler):
    """Answers each path with the media type and body in ``BODIES``."""

    BODIES: ClassVar[dict[str, tuple[str, bytes]]] = {
        "/ticks": (
            "text/event-stream",
            b'id: 1\ndata: {"symbol": "A", "price": 1, "note": ""}\n\nid: 2\ndata: {not json\n\n',
        ),
        "/logs": ("application/json", b'{"not": "an event stream"}'),
        "/records": ("application/x-ndjson", b'{"id": 1, "name": "Ada"}\n{"id": "x"}\n'),
    }

    def do_GET(self) -> None:
        media_type, body = self.BODIES[self.path.split("?")[0]]
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def canned() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_malformed_event_is_a_clear_error(package: Any, canned: str) -> None:
    received = []
    with (
        client(package, canned) as api,
        pytest.raises(package.APIResponseValidationError) as raised,
    ):
        for event in api.events.stream_ticks():
            received.append(event.id)
    assert received == ["1"]
    message = str(raised.value)
    assert "The stream of GET /ticks is malformed: event 2 (id '2')" in message
    assert "does not carry the documented data" in message


def test_a_body_that_is_not_an_event_stream_is_a_clear_error(package: Any, canned: str) -> None:
    with (
        client(package, canned) as api,
        pytest.raises(package.APIResponseValidationError, match="not application/json"),
    ):
        list(api.events.tail_logs())


def test_a_malformed_json_line_is_a_clear_error(package: Any, canned: str) -> None:
    async def main() -> list[Any]:
        async with async_client(package, canned) as api:
            return [record async for record in await api.records.export()]

    with pytest.raises(package.APIResponseValidationError, match="line 2 is not the documented"):
        asyncio.run(main())
