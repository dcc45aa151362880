"""References to far model classes (generator/model_modules.py, templates/runtime/_lazy.py):
a class reaching more than ``LAZY_CLOSURE`` classes is referenced lazily from other modules,
so validating one model builds what its data holds, while validation, errors, dumps, JSON
schemas and static types stay those of the real classes. The spec here has a cycle across
modules of 74 classes (Customer → Link0 → … → Link69 → Customer, Customer ⇄ Card), as
Stripe's expandable fields make one of 81."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydantic
import pytest

from generator.model_modules import LAZY_CLOSURE, far_classes, layout_models
from tests.conftest import generated_package

RING = 70


def _far_spec() -> str:
    links = "\n".join(
        f"    Link{i}:\n      type: object\n      properties:\n        name: {{type: string}}\n"
        + (
            f'        next: {{$ref: "#/components/schemas/Link{i + 1}"}}'
            if i + 1 < RING
            else '        customer: {$ref: "#/components/schemas/Customer"}'
        )
        for i in range(RING)
    )
    return f"""openapi: 3.1.0
info: {{title: Far, version: "1"}}
paths:
  /customers:
    get:
      operationId: listCustomers
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/CustomerList"}}
components:
  schemas:
    CustomerList:
      type: object
      required: [data]
      properties:
        data: {{type: array, items: {{$ref: "#/components/schemas/Customer"}}}}
    Customer:
      type: object
      required: [id]
      properties:
        id: {{type: string}}
        address: {{$ref: "#/components/schemas/Address"}}
        default_source:
          anyOf:
            - {{type: string}}
            - {{$ref: "#/components/schemas/Card"}}
            - {{$ref: "#/components/schemas/BankAccount"}}
        network: {{$ref: "#/components/schemas/Link0"}}
    Address:
      type: object
      properties:
        line1: {{type: string}}
    Card:
      type: object
      required: [id, object]
      properties:
        id: {{type: string}}
        object: {{type: string, enum: [card]}}
        brand: {{type: string, enum: [visa, amex]}}
        created: {{type: string, format: date-time}}
        exp-month: {{type: integer}}
        address: {{$ref: "#/components/schemas/Address"}}
        customer:
          anyOf:
            - {{type: string}}
            - {{$ref: "#/components/schemas/Customer"}}
    BankAccount:
      type: object
      required: [id, object]
      properties:
        id: {{type: string}}
        object: {{type: string, enum: [bank_account]}}
        customer:
          anyOf:
            - {{type: string}}
            - {{$ref: "#/components/schemas/Customer"}}
{links}
"""


@pytest.fixture(scope="module")
def far(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    """(output folder, imported ``far_client``)."""
    root = tmp_path_factory.mktemp("far")
    spec = root / "far.yaml"
    spec.write_text(_far_spec(), encoding="utf-8")
    with generated_package(root / "out", spec, "far") as (_, package):
        yield root / "out", package


CARD = {"id": "card_1", "object": "card", "brand": "visa", "exp-month": 7, "extra": [1]}
PAGE = {"data": [{"id": "cus_1", "address": {"line1": "1 Way"}, "default_source": CARD}]}


# --- the layout ---------------------------------------------------------------------------


def test_far_classes_are_those_reaching_more_than_the_limit() -> None:
    # A → B → C → A (a cycle), C → D; E → D; F alone
    refs = {"A": {"B"}, "B": {"C"}, "C": {"A", "D"}, "D": set(), "E": {"D"}, "F": set()}
    assert far_classes(list(refs), refs, limit=3) == {"A", "B", "C"}  # each reaches 4
    assert far_classes(list(refs), refs, limit=4) == set()
    assert LAZY_CLOSURE >= 32  # the specs of specs/ reach at most 32: all near


def test_far_classes_of_a_long_chain_cost_the_limit_not_the_length() -> None:
    names = [f"N{i}" for i in range(20_000)]
    chain = {name: {after} for name, after in itertools.pairwise(names)}
    found = far_classes(names, chain)  # kept sets of 20,000 would hold 200 million names
    assert found == set(names[:-LAZY_CLOSURE])


def test_a_cycle_of_far_classes_splits_into_modules_importing_near_ones_only() -> None:
    refs = {"A": {"B"}, "B": {"C"}, "C": {"A", "D"}, "D": set(), "E": {"D"}}
    layout = layout_models(list(refs), refs, {}, limit=3)
    where = layout.module_of
    assert len({where["A"], where["B"], where["C"]}) == 3  # no cycle of imports to keep
    c_imports = {(".models", "A"), (".models", "D")}
    # C names A lazily; D (near) is imported at the top of C's module
    assert layout.lazy(c_imports, where["C"]) == {(f".models.{where['A']}", "A")}
    near = layout_models(list(refs), refs, {})  # the default limit: one module for the cycle
    assert near.far == frozenset()
    assert near.module_of["A"] == near.module_of["B"] == near.module_of["C"]


def test_the_generated_module_imports_far_classes_for_type_checkers_only(
    far: tuple[Path, Any],
) -> None:
    out, package = far
    models = out / "far_client" / "models"
    module = models / f"{package.models._MODULES['Customer']}.py"
    source = module.read_text(encoding="utf-8")
    head, _, body = source.partition("\nclass ")
    checking, _, runtime = head.partition("if TYPE_CHECKING:")
    assert "import Address" in checking  # near: imported where pydantic finds it
    assert "import Card" in runtime
    assert 'Card = _lazy.model(__package__, "_card", "Card")' in runtime
    assert "default_source: Annotated[str | Card | BankAccount, _lazy.FAR] | None" in body
    assert "address: Address | None" in body  # a near class's field is as before
    assert len(list(models.glob("_link*.py"))) == RING  # the cycle split, a module each


# --- validation through far references ----------------------------------------------------

_PROBE = """
import json, sys
from far_client.models import CustomerList

def loaded():
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("far_client.models."))

report = {"import": loaded()}
CustomerList.model_validate({"data": [{"id": "c", "default_source": "card_1"}]})
report["ids"] = loaded()
card = {"id": "b", "object": "card"}
CustomerList.model_validate({"data": [{"id": "c", "default_source": card}]})
report["card"] = loaded()
print(json.dumps(report))
"""


def test_first_validation_imports_what_the_data_holds(far: tuple[Path, Any]) -> None:
    out, _ = far
    env = {**os.environ, "PYTHONPATH": str(out)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["import"] == ["_customer_list"]
    # A str id needs no far class; a card needs Card (and BankAccount, tried beside it), not
    # the 70 links they reach.
    assert report["ids"] == ["_address", "_customer", "_customer_list"]
    assert {"_card"} <= set(report["card"]) - set(report["ids"]) <= {"_card", "_bank_account"}


def test_nested_values_validate_dump_and_round_trip(far: tuple[Path, Any]) -> None:
    _, package = far
    page = package.models.CustomerList.model_validate(PAGE)
    card = page.data[0].default_source
    assert type(card) is package.models.Card  # the real class, not a stand-in
    assert card.exp_month == 7 and card.model_extra == {"extra": [1]}
    assert page.model_dump(by_alias=True, exclude_unset=True) == PAGE
    again = package.models.CustomerList.model_validate_json(page.model_dump_json(by_alias=True))
    assert again == page
    assert page.model_dump(exclude_unset=True)["data"][0]["default_source"]["exp_month"] == 7
    # a model instance passes as itself
    built = package.models.Customer(id="c", default_source=card)
    assert built.default_source is card


def test_a_far_union_member_is_tried_in_order_after_the_others_fail(
    far: tuple[Path, Any],
) -> None:
    _, package = far
    customer = package.models.Customer
    assert customer.model_validate({"id": "c", "default_source": "card_9"}).default_source == (
        "card_9"
    )
    bank = {"id": "ba", "object": "bank_account"}
    assert type(customer.model_validate({"id": "c", "default_source": bank}).default_source) is (
        package.models.BankAccount
    )


def test_errors_name_the_nested_location(far: tuple[Path, Any]) -> None:
    _, package = far
    bad = {"data": [{"id": "cus_1", "default_source": {"id": 5, "object": "card"}}]}
    with pytest.raises(pydantic.ValidationError) as raised:
        package.models.CustomerList.model_validate_json(json.dumps(bad))
    locations = {error["loc"] for error in raised.value.errors()}
    assert ("data", 0, "default_source", "str") in locations
    assert ("data", 0, "default_source", "Card", "id") in locations
    assert ("data", 0, "default_source", "BankAccount", "object") in locations


def test_strictness_and_context_reach_through(far: tuple[Path, Any]) -> None:
    from far_client._unions import STRICT_CONTEXT, UnknownEnum

    _, package = far
    card = {"id": "c", "object": "card", "created": "2026-11-30T12:00:00Z", "brand": "new"}
    page = {"data": [{"id": "cus", "default_source": card}]}
    customers = package.models.CustomerList
    # strict from JSON takes a date-time as text, as it does without the far reference
    parsed = customers.model_validate_json(json.dumps(page), strict=True)
    source = parsed.data[0].default_source
    assert source.created == datetime(2026, 11, 30, 12, tzinfo=UTC)
    assert isinstance(source.brand, UnknownEnum)
    with pytest.raises(pydantic.ValidationError) as raised:  # strict Python: no text dates
        customers.model_validate(page, strict=True)
    assert ("data", 0, "default_source", "Card", "created") in {
        error["loc"] for error in raised.value.errors()
    }
    with pytest.raises(pydantic.ValidationError) as raised:  # a strict client's context
        customers.model_validate_json(json.dumps(page), context=STRICT_CONTEXT)
    brand = ("data", 0, "default_source", "Card", "brand")
    found = {error["type"] for error in raised.value.errors() if error["loc"][:5] == brand}
    assert "unknown_enum_value" in found


def test_json_schema_refers_to_every_class_reached(far: tuple[Path, Any]) -> None:
    _, package = far
    for mode in ("validation", "serialization"):
        schema = package.models.CustomerList.model_json_schema(mode=mode)
        defs = schema["$defs"]
        assert {"Customer", "Card", "BankAccount", "Address", "Link0", f"Link{RING - 1}"} <= set(
            defs
        )
        source = defs["Customer"]["properties"]["default_source"]["anyOf"]
        assert source == [
            {"type": "string"},
            {"$ref": "#/$defs/Card"},
            {"$ref": "#/$defs/BankAccount"},
            {"type": "null"},
        ]
        assert defs[f"Link{RING - 1}"]["properties"]["customer"]["anyOf"][0] == {
            "$ref": "#/$defs/Customer"
        }
        assert "exp-month" in defs["Card"]["properties"]


_USER = """
from far_client.models import Card, CustomerList

page = CustomerList.model_validate({"data": []})
for customer in page.data:
    source = customer.default_source
    if isinstance(source, Card):
        month: int | None = source.exp_month
    elif source is not None and not isinstance(source, str):
        reveal_type(source)
"""


def test_the_package_and_its_users_pass_mypy_strict(far: tuple[Path, Any]) -> None:
    out, _ = far
    (out / "user.py").write_text(_USER, encoding="utf-8")
    mypy = Path(sys.executable).with_name("mypy")
    done = subprocess.run(
        [str(mypy), "--strict", "--cache-dir", str(out / ".mypy"), "far_client", "user.py"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    # one note: the static type is the real class, the union's last member
    assert 'Revealed type is "far_client.models._bank_account.BankAccount"' in done.stdout
    assert done.stdout.count("error:") == 0, done.stdout
