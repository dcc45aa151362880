from __future__ import annotations

import keyword

import pytest
from packaging.version import Version

from generator.naming import (
    MAX_MODULE_NAME,
    bounded_name,
    class_identifier,
    member_identifier,
    package_version,
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


@pytest.mark.parametrize(
    ("spec_version", "expected", "rule"),
    [
        ("1.0", "1.0", "pep440"),
        ("v1", "1", "pep440"),
        ("V2.3", "2.3", "pep440"),
        ("1.0-beta", "1.0b0", "pep440"),
        ("2024-01-15", "2024.1.15", "date"),
        (" 2022-11-28 ", "2022.11.28", "date"),
        ("2024-01-15T00:00", "0.0.0+2024.1.15t00.0", "fallback"),
        ("latest", "0.0.0+latest", "fallback"),
        ("\U0001f389", "0.0.0", "fallback"),
        ("", "0.0.0", "fallback"),
        ('1"; import os #', "0.0.0+1.import.os", "fallback"),
    ],
)
def test_package_version_rule(spec_version: str, expected: str, rule: str) -> None:
    assert package_version(spec_version) == (expected, rule)
    assert str(Version(expected)) == expected


def test_bounded_name_is_short_distinct_and_not_reserved() -> None:
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    assert len(bounded_name(long_a)) <= MAX_MODULE_NAME
    assert bounded_name(long_a) != bounded_name(long_b)
    assert bounded_name(long_a).isidentifier()
    assert bounded_name("con") == "con_" and bounded_name("lpt1") == "lpt1_"
    assert bounded_name("leads") == "leads"
