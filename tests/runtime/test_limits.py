"""Hostile response sizes (compression bombs, endless bodies), large error bodies, and a
password in ``base_url``: each ends in a typed error, with memory bounded and nothing leaked."""

from __future__ import annotations

import logging
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from specforge_runtime._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from specforge_runtime._endpoint import Endpoint
from specforge_runtime._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    ResponseTooLargeError,
)
from specforge_runtime._response import MAX_KEPT_BODY

from .conftest import BASE_URL, SCHEMES, SECRET, Lead, Recorder, make_async, make_sync

GET = Endpoint("GET", "/leads/1", {}, security=(("ApiKeyHeader",),), response_type=Lead)
BINARY = Endpoint("GET", "/files/1", {}, response_kind="binary")
MB = 1024 * 1024


def gzip_bomb(size: int, layers: int) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times, built in bounded memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(MB)
    parts = [compressor.compress(block) for _ in range(size // MB)]
    data = b"".join(parts) + compressor.flush()
    for _ in range(layers - 1):
        compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        data = compressor.compress(data) + compressor.flush()
    return data


class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that never ends; counts what was read of it."""

    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.sent += 65536
            yield b"x" * 65536

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.sent += 65536
            yield b"x" * 65536


def _streamed(body: bytes | httpx.SyncByteStream, headers: dict[str, str]) -> httpx.Response:
    stream = httpx.ByteStream(body) if isinstance(body, bytes) else body
    return httpx.Response(200, headers=headers, stream=stream)


BOMB = gzip_bomb(200 * MB, 3)


def test_the_bomb_is_small() -> None:
    assert len(BOMB) < 10_000


def test_gzip_bomb_stops_at_the_limit_in_bounded_memory() -> None:
    recorder = Recorder(lambda request: _streamed(BOMB, {"Content-Encoding": "gzip, gzip, gzip"}))
    client = make_sync(recorder)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as info:
            client.request(BINARY, {}, options={"max_response_bytes": MB})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # httpx's own decoding inflates all 200 MB at once; ours never holds much past the limit.
    assert peak < 16 * MB, peak
    error = info.value
    assert error.limit == MB and error.status_code == 200
    assert str(MB) in str(error) and "max_response_bytes" in str(error)
    assert error.method == "GET" and SECRET not in str(error) + repr(error)


async def test_gzip_bomb_async() -> None:
    recorder = Recorder(lambda request: _streamed(BOMB, {"Content-Encoding": "gzip, gzip, gzip"}))
    client = make_async(recorder)
    with pytest.raises(ResponseTooLargeError):
        await client.request(BINARY, {}, options={"max_response_bytes": MB})


def test_client_wide_limit_and_per_call_override() -> None:
    body = gzip_bomb(3 * MB, 1)
    recorder = Recorder(lambda request: _streamed(body, {"Content-Encoding": "gzip"}))
    client = SyncAPIClient(
        base_url=BASE_URL,
        credentials={"api_key": SECRET},
        security_schemes=SCHEMES,
        timeout=DEFAULT_TIMEOUT,
        max_retries=0,
        default_headers=None,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        user_agent="t",
        logger_name="t",
        max_response_bytes=2 * MB,
    )
    with pytest.raises(ResponseTooLargeError) as info:
        client.request(BINARY, {})
    assert info.value.limit == 2 * MB
    assert client.request(BINARY, {}, options={"max_response_bytes": 4 * MB}) == bytes(3 * MB)
    assert client.request(BINARY, {}, options={"max_response_bytes": None}) == bytes(3 * MB)


def test_decoded_bodies_within_the_limit_are_intact() -> None:
    payload = b'{"id": 7, "email": "a@b.c"}'
    gz = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    gzipped = gz.compress(payload) + gz.flush()
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    cases = {
        "gzip": gzipped,
        "deflate": zlib.compress(payload),
        "deflate, identity": zlib.compress(payload),
        "GZIP": gzipped,
    }
    for coding, body in cases.items():
        client = make_sync(
            Recorder(lambda request, b=body, c=coding: _streamed(b, {"Content-Encoding": c}))
        )
        assert client.request(GET, {}) == Lead(id=7, email="a@b.c"), coding
    # Raw deflate (no zlib header), as some servers send it: decoded like httpx does.
    body = raw_deflate.compress(payload) + raw_deflate.flush()
    client = make_sync(Recorder(lambda request: _streamed(body, {"Content-Encoding": "deflate"})))
    assert client.request(GET, {}) == Lead(id=7, email="a@b.c")


def test_corrupt_gzip_is_a_connection_error() -> None:
    recorder = Recorder(
        lambda request: _streamed(b"\x1f\x8bnot gzip", {"Content-Encoding": "gzip"})
    )
    with pytest.raises(APIConnectionError, match="undecodable"):
        make_sync(recorder, max_retries=0).request(GET, {})


def test_endless_body_stops_at_the_limit() -> None:
    stream = Endless()
    client = make_sync(Recorder(lambda request: httpx.Response(200, stream=stream)))
    with pytest.raises(ResponseTooLargeError):
        client.request(BINARY, {}, options={"max_response_bytes": MB})
    assert stream.sent <= MB + 65536


async def test_endless_body_stops_at_the_limit_async() -> None:
    stream = Endless()
    client = make_async(Recorder(lambda request: httpx.Response(200, stream=stream)))
    with pytest.raises(ResponseTooLargeError):
        await client.request(BINARY, {}, options={"max_response_bytes": MB})
    assert stream.sent <= MB + 65536


def test_content_length_over_the_limit_is_refused_before_reading() -> None:
    stream = Endless()
    recorder = Recorder(
        lambda request: httpx.Response(200, headers={"Content-Length": str(5 * MB)}, stream=stream)
    )
    with pytest.raises(ResponseTooLargeError):
        make_sync(recorder).request(BINARY, {}, options={"max_response_bytes": MB})
    assert stream.sent == 0


def test_default_limit_is_generous() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 100 * MB
    body = bytes(2 * MB)
    client = make_sync(Recorder(lambda request: _streamed(body, {})))
    assert client.request(BINARY, {}) == body


@pytest.mark.parametrize("limit", [-1, 1.5, "10", True])
def test_bad_limit_is_a_clear_error(limit: object) -> None:
    client = make_sync(Recorder(lambda request: _streamed(b"", {})))
    with pytest.raises(ValueError, match="max_response_bytes"):
        client.request(BINARY, {}, options={"max_response_bytes": limit})  # type: ignore[typeddict-item]


def test_error_bodies_kept_on_exceptions_are_truncated() -> None:
    big = b"<html>" + b"e" * (5 * MB) + b"</html>"
    recorder = Recorder(lambda request: _streamed(big, {"Content-Type": "text/html"}))
    recorder.responses = [lambda request: httpx.Response(500, content=big)]
    with pytest.raises(InternalServerError) as info:
        make_sync(recorder, max_retries=0).request(GET, {})
    body = info.value.body
    assert isinstance(body, str) and len(body) < MAX_KEPT_BODY + 100
    assert body.endswith(f"[truncated: {len(big)} bytes in all]")

    recorder = Recorder(lambda request: httpx.Response(200, content=big))
    with pytest.raises(APIResponseValidationError) as validation:
        make_sync(recorder).request(GET, {})
    assert len(validation.value.body) < MAX_KEPT_BODY + 100
    assert "truncated" in validation.value.body


def test_accept_encoding_offers_only_what_is_bounded() -> None:
    recorder = Recorder(lambda request: _streamed(b'{"id": 1}', {}))
    make_sync(recorder).request(GET, {})
    assert recorder.last.headers["accept-encoding"] == "gzip, deflate"


# --- a password in base_url ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{SECRET}@api.example.com/v1",
        f"https://{SECRET}@api.example.com/v1",
        f"http://user:{SECRET}@[::1",
    ],
)
@pytest.mark.parametrize("cls", [SyncAPIClient, AsyncAPIClient])
def test_credentials_in_base_url_are_refused_without_echoing_them(
    url: str, cls: type[SyncAPIClient | AsyncAPIClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)  # restored after the test
    with pytest.raises(ValueError) as info:
        cls(
            base_url=url,
            credentials={},
            security_schemes=SCHEMES,
            timeout=DEFAULT_TIMEOUT,
            max_retries=0,
            default_headers=None,
            http_client=None,
            user_agent="t",
            logger_name="t",
        )
    error: BaseException | None = info.value
    assert "base_url" in str(info.value)
    while error is not None:
        assert SECRET not in str(error) + repr(error) + repr(error.args)
        error = error.__cause__ or error.__context__
    for record in caplog.records:
        assert SECRET not in record.getMessage() + repr(record.args)
