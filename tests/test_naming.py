from __future__ import annotations

import keyword

import pytest

from generator.naming import (
    class_identifier,
    member_identifier,
    singular,
    snake_case,
    snake_identifier,
    unique,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("listProspects", "list_prospects"),
        ("page[size]", "page_size"),
        ("X-API-KEY", "x_api_key"),
        ("HTTPResponseCode", "http_response_code"),
        ("Café crème", "cafe_creme"),
        ("mark_as_won", "mark_as_won"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("checkout.session", "CheckoutSession"),
        ("lead-input", "LeadInput"),
        ("1st", "Model1st"),
        ("BaseModel", "BaseModelModel"),
        ("", "Model"),
        ("日本", "Model"),
    ],
)
def test_class_identifier(text: str, expected: str) -> None:
    reserved = frozenset({"BaseModel"})
    assert class_identifier(text, reserved=reserved) == expected


@pytest.mark.parametrize("word", [*keyword.kwlist, "match", "case", "type", "list", "self"])
def test_identifiers_are_never_keywords(word: str) -> None:
    for name in (snake_identifier(word), member_identifier(word, fallback="x")):
        assert name.isidentifier()
        assert not keyword.iskeyword(name)
        assert name != "self"


def test_members_may_use_builtin_names() -> None:
    assert member_identifier("list", fallback="x") == "list"
    assert snake_identifier("list") == "list_"


def test_unique_and_singular() -> None:
    taken: set[str] = set()
    assert [unique("get", taken) for _ in range(3)] == ["get", "get2", "get3"]
    assert singular("Categories") == "Category"
    assert singular("Prospects") == "Prospect"
    assert singular("Addresses") == "Address"
