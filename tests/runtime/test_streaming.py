"""The event stream interpretation of templates/runtime/_streaming.py against the WHATWG HTML
standard (9.2.6), fed the same bytes in every split: line endings, multi-line data, ids,
retry, comments, a byte-order mark, the size bound. The end-to-end tests over sockets are in
tests/test_streaming.py."""

from __future__ import annotations

import pytest
from specforge_runtime._streaming import _EventParser, _RawEvent, _TooLarge

STREAM = (
    b"\xef\xbb\xbfdata: first\r\n"  # a byte-order mark, then CR LF line endings
    b"data:second line\r\n"  # no space after the colon
    b"\r\n"
    b": a comment, ignored\n"
    b"event: tick\rid: 7\rretry: 250\rdata\r\r"  # CR alone ends lines; `data` without a value
    b"id: bad\x00id\n"  # an id with NUL is ignored: the last id stays 7
    b"retry: soon\n"  # not digits: ignored
    b"unknown: field\n"
    b"data:  two spaces\n\n"
    b"event: no data\n\n"  # nothing to dispatch
    b"data: cut short"  # no blank line before the end: dropped
)
EXPECTED = [
    _RawEvent("message", "first\nsecond line", None, None),
    _RawEvent("tick", "", "7", 250),
    _RawEvent("message", " two spaces", "7", None),
]


def _parse(chunks: list[bytes]) -> tuple[list[_RawEvent], _EventParser]:
    parser = _EventParser(limit=None)
    events = [event for chunk in chunks for event in parser.feed(chunk)]
    return events + parser.finish(), parser


@pytest.mark.parametrize("size", [len(STREAM), 1, 2, 3, 7])
def test_events_are_the_same_however_the_bytes_are_split(size: int) -> None:
    chunks = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
    events, parser = _parse(chunks)
    assert events == EXPECTED
    assert parser.last_event_id == "7" and parser.retry == 250


def test_a_cr_lf_split_between_chunks_is_one_line_ending() -> None:
    events, _ = _parse([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert events == [_RawEvent("message", "a\nb", None, None)]


def test_a_new_connection_keeps_the_last_id_and_drops_a_half_event() -> None:
    parser = _EventParser(limit=None)
    assert parser.feed(b"id: 3\ndata: x\n\ndata: half") == [_RawEvent("message", "x", "3", None)]
    parser.reset()
    assert parser.feed(b"data: y\n\n") == [_RawEvent("message", "y", "3", None)]


def test_an_event_or_line_over_the_limit_is_refused() -> None:
    with pytest.raises(_TooLarge):
        _EventParser(limit=10).feed(b"data: " + b"x" * 20)  # one unfinished line
    parser = _EventParser(limit=10)
    with pytest.raises(_TooLarge):
        for _ in range(5):  # many short data lines of one event
            parser.feed(b"data: abc\n")
