"""Discriminated unions and open enums (tests/fixtures/unions/discriminators.yaml): the
generated models parse to the variant the discriminator maps to even when every variant fits
the data, the mock serves only mapped discriminator values, response enums are open (and
strict on request), and the mock's forward-compatible variants keep what must not change.
The mock and validate's examples check a union by its discriminator; each status error of
the fixture's package types the body the spec declares for it (``typed_body``)."""

from __future__ import annotations

import asyncio
import importlib
import itertools
import os
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from generator.generate import build
from generator.load import load_spec
from generator.mock import MockServer, create_app
from generator.mock.cli import FORWARD_COMPAT_ENV, forward_compat
from generator.mock.forward import ADDED_FIELD, ADDED_VALUE, UNKNOWN_ENUM_VALUE, ForwardCompat
from generator.mock.synth import Synthesizer
from generator.spec.grammar import document_structure
from generator.spec.schemas import with_dispatch
from generator.typed_errors import status_class
from generator.validate import check_examples

SPEC = Path(__file__).parent / "fixtures" / "unions" / "discriminators.yaml"
BIN = Path(__file__).resolve().parent.parent / ".venv" / "bin"
_COUNTER = itertools.count()


@pytest.fixture
def pets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The package generated from the fixture, imported under a name of its own."""
    name = f"pets{next(_COUNTER)}"
    _api, files = build(SPEC, name)
    for relative, content in files.items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return importlib.import_module(f"{name}_client")


def _home(pets: ModuleType, data: dict[str, Any]) -> Any:
    return pets.models.Home.model_validate(data)


def test_mapping_picks_the_class_even_when_variants_overlap(pets: ModuleType) -> None:
    models = pets.models
    # Every pet fits Cat and Dog alike: a plain union would take the first, Cat.
    assert type(_home(pets, {"pet": {"kind": "dog", "name": "Rex"}}).pet) is models.Dog
    assert type(_home(pets, {"pet": {"kind": "cat", "name": "Tom"}}).pet) is models.Cat
    # Two values map to Dog.
    assert type(_home(pets, {"pet": {"kind": "puppy"}}).pet) is models.Dog
    # An instance passes as itself.
    assert type(models.Home(pet=models.Dog(kind="dog")).pet) is models.Dog


def test_implicit_mapping_by_schema_name(pets: ModuleType) -> None:
    models = pets.models
    home = _home(pets, {"pet": {"kind": "cat"}, "animal": {"kind": "Dog", "name": "Rex"}})
    assert type(home.animal) is models.Dog
    critters = _home(
        pets, {"pet": {"kind": "cat"}, "critters": [{"kind": "feline"}, {"kind": "Bird"}]}
    ).critters
    assert [type(c) for c in critters] == [models.Cat, models.Bird]


def test_values_the_discriminator_does_not_map_are_refused(pets: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError, match="union_tag"):
        _home(pets, {"pet": {"kind": "hamster"}})
    # A mapped variant is reached only by its mapped value, not by its schema name.
    with pytest.raises(pydantic.ValidationError, match="union_tag"):
        _home(pets, {"pet": {"kind": "cat"}, "critters": [{"kind": "Cat"}]})


def test_response_enums_are_open_and_keep_the_raw_value(pets: ModuleType) -> None:
    home = _home(pets, {"pet": {"kind": "cat"}, "status": "demolished"})
    assert isinstance(home.status, pets.UnknownEnum)
    assert home.status == "demolished" and home.status.raw == "demolished"
    assert home.model_dump(mode="json")["status"] == "demolished"
    known = _home(pets, {"pet": {"kind": "cat"}, "status": "open"}).status
    assert known == "open" and not isinstance(known, pets.UnknownEnum)


def test_strict_client_refuses_unknown_enum_values(pets: ModuleType) -> None:
    body = b'{"pet": {"kind": "dog"}, "status": "demolished"}'

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    lenient = pets.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert lenient.homes.list().status == "demolished"
    strict = pets.Client(
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        strict_response_validation=True,
    )
    with pytest.raises(pets.APIResponseValidationError, match="status"):
        strict.homes.list()


def test_synthesizer_serves_only_mapped_values() -> None:
    data = load_spec(SPEC).data
    synth = Synthesizer(data)
    expected = {
        "Pet": {"cat", "dog", "puppy"},
        "Animal": {"Cat", "Dog"},
        "Critter": {"feline", "Dog", "Bird"},
    }
    for name, allowed in expected.items():
        seen = set()
        for seed, attempt in itertools.product(range(5), range(3)):
            value = synth.generate(
                {"$ref": f"#/components/schemas/{name}"},
                seed=str(seed),
                attempt=attempt,
                use_examples=False,
            )
            seen.add(value["kind"])
        assert seen <= allowed, (name, seen)
        assert len(seen) > 1, (name, seen)  # each branch is served with its own value


def test_mock_serves_mapped_discriminator_values() -> None:
    async def fetch(seed: int) -> Any:
        app = create_app(load_spec(SPEC), seed=seed)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://pets.test") as client:
            return (await client.get("/pet")).json()

    kinds = {asyncio.run(fetch(seed))["kind"] for seed in range(4)}
    assert kinds <= {"cat", "dog", "puppy"}, kinds


@pytest.fixture(scope="module")
def pet_server() -> Any:
    with MockServer(create_app(load_spec(SPEC), seed=3)) as running:
        yield running


@pytest.mark.parametrize(
    "pet",
    [
        {"kind": "dog", "name": "Rex"},  # fits Cat and Dog alike: oneOf alone refuses it
        {"kind": "puppy", "good": True},  # the second value mapped to Dog
        {"kind": "cat", "lives": 9},
    ],
)
def test_mock_accepts_overlapping_variants_by_their_discriminator(
    pet_server: MockServer, pet: dict[str, Any]
) -> None:
    with httpx.Client(base_url=pet_server.url) as client:
        response = client.post("/pet", json=pet)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("pet", "message"),
    [
        # An unmapped value, and a mapped variant's schema name: one error, at the property,
        # listing the values the discriminator maps.
        ({"kind": "hamster"}, 'body/kind: "hamster" is not one of '),
        ({"kind": "Cat"}, 'body/kind: "Cat" is not one of '),
        ({"name": "Rex"}, 'body: "kind" is a required property'),
        # The mapped variant's own schema is applied: Cat's lives is an integer.
        ({"kind": "cat", "lives": "nine"}, 'body/lives: "nine" is not of type "integer"'),
    ],
)
def test_mock_refuses_what_the_discriminator_does_not_map(
    pet_server: MockServer, pet: dict[str, Any], message: str
) -> None:
    with httpx.Client(base_url=pet_server.url) as client:
        response = client.post("/pet", json=pet)
    assert response.status_code == 422, response.text
    problem = response.json()["message"]
    assert problem.startswith(message), problem
    if "is not one of" in message:
        assert all(f'"{value}"' in problem for value in ("cat", "dog", "puppy")), problem


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_validate_checks_examples_by_the_discriminator(tmp_path: Path, version: str) -> None:
    text = SPEC.read_text(encoding="utf-8").replace("openapi: 3.1.0", f"openapi: {version}")
    good = tmp_path / "good.yaml"
    good.write_text(text, encoding="utf-8")
    assert list(check_examples(load_spec(good), version[:3])) == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("{kind: puppy, name: Rex", "{kind: hamster, name: Rex"))
    [problem] = check_examples(load_spec(bad), version[:3])
    assert problem.pointer.endswith("/examples/puppy/value/kind"), problem
    assert "'hamster' is not one of ['cat', 'dog', 'puppy']" in problem.message, problem


def test_dispatch_copies_only_documents_with_discriminators() -> None:
    plain = load_spec(Path(__file__).parent.parent / "specs" / "overplane.yaml").data
    assert with_dispatch(plain, document_structure(plain).schemas) is plain
    data = load_spec(SPEC).data
    rewritten = with_dispatch(data, document_structure(data).schemas)
    assert "oneOf" in data["components"]["schemas"]["Pet"]  # the document is not changed
    pet = rewritten["components"]["schemas"]["Pet"]
    assert "oneOf" not in pet and "discriminator" not in pet


def test_forward_compatible_variant_keeps_discriminators_and_top_level() -> None:
    data = load_spec(SPEC).data
    synth = Synthesizer(data)
    home = {
        "pet": {"kind": "puppy", "name": "Rex", "good": True},
        "critters": [{"kind": "feline", "name": "Tom", "lives": 9}],
        "status": "open",
    }
    grown = ForwardCompat(synth, seed=1).variant({"$ref": "#/components/schemas/Home"}, home, "t")
    assert home["status"] == "open"  # the body given is not changed
    assert grown["status"] == UNKNOWN_ENUM_VALUE
    assert grown[ADDED_FIELD] == ADDED_VALUE
    # The discriminator keeps its value; every object gains a field.
    assert grown["pet"]["kind"] == "puppy" and grown["pet"][ADDED_FIELD] == ADDED_VALUE
    assert grown["critters"][0]["kind"] == "feline"
    assert set(grown) >= set(home)  # the top level keeps every field (pagination lives there)
    # Across seeds, optional fields below the top level are left out, required ones never.
    dropped = set()
    for seed in range(10):
        variant = ForwardCompat(synth, seed).variant(
            {"$ref": "#/components/schemas/Home"}, home, "t"
        )
        assert variant["pet"]["kind"] == "puppy"
        dropped |= {key for key in home["pet"] if key not in variant["pet"]}
    assert dropped == {"name", "good"}


def test_forward_compat_option_and_environment() -> None:
    assert forward_compat(None, {FORWARD_COMPAT_ENV: "1"}) is True
    assert forward_compat(None, {FORWARD_COMPAT_ENV: "yes"}) is True
    assert forward_compat(None, {FORWARD_COMPAT_ENV: "0"}) is False
    assert forward_compat(None, {}) is False
    assert forward_compat(True, {}) is True


def _mypy_strict(pets: ModuleType, script: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over a user's script that imports the generated package."""
    return subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(script.parent / ".mypy"), str(script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=script.parent,
        env={**os.environ, "MYPYPATH": str(Path(pets.__file__).parent.parent)},
    )


_USER_SCRIPT = """
from typing import assert_never

from {package} import UnknownEnum
from {package}.models import Cat, Dog, Home


def describe(home: Home) -> str:
    if home.status == "open":
        return "open"
    match home.status:
        case "closed":
            return "closed"
        case UnknownEnum():
            return "grown: " + home.status.raw
        case None:
            return "unknown"
        case other:
            assert_never(other)


def pet_name(home: Home) -> str | None:
    if isinstance(home.pet, Dog):
        return home.pet.name
    cat: Cat = home.pet
    return cat.name
"""


def test_user_code_on_open_enums_and_unions_passes_mypy_strict(
    pets: ModuleType, tmp_path: Path
) -> None:
    """Comparisons and an exhaustive ``match`` on the listed values type-check; the union of
    the discriminated variants narrows like a plain one."""
    package = pets.__name__
    script = tmp_path / "user_script.py"
    script.write_text(_USER_SCRIPT.format(package=package), encoding="utf-8")
    result = _mypy_strict(pets, script)
    assert result.returncode == 0, result.stdout + result.stderr
    # The same script matching a value the spec does not list instead of a listed one fails.
    script.write_text(
        _USER_SCRIPT.format(package=package).replace('case "closed":', 'case "shut":'),
        encoding="utf-8",
    )
    wrong = _mypy_strict(pets, script)
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    # "closed" is no longer handled: the exhaustive match notices.
    assert "assert_never" in wrong.stdout and "Literal['closed']" in wrong.stdout, wrong.stdout


# --- typed error bodies: each status error class types the body the spec declares ---------


def test_the_mock_s_error_reaches_the_client_with_its_declared_model_typed(
    pets: ModuleType, pet_server: MockServer
) -> None:
    client = pets.Client(base_url=pet_server.url, max_retries=0)
    # The mock refuses an unmapped discriminator value with a 422 in the declared shape.
    with pytest.raises(pets.UnprocessableEntityError) as refused:
        client.pets.create(body={"kind": "hamster"})
    error = refused.value
    assert isinstance(error, pets._exceptions.UnprocessableEntityError)  # caught either way
    assert "_declared_body" not in vars(error)  # parsed on first use, not when raised
    assert type(error.typed_body) is pets.models.Invalid
    assert error.typed_body.message.startswith('body/kind: "hamster" is not one of')
    assert error.body is error.typed_body
    with pytest.raises(pets.NotFoundError) as missing:
        client.pets.list(extra_headers={"X-Mock-Fault": "status=404"})
    assert type(missing.value.typed_body) is pets.models.Error
    assert missing.value.body_as(pets.models.Error) is missing.value.typed_body


@pytest.mark.parametrize(
    ("content", "body"),
    [
        (b'{"code": 404}', {"code": 404}),  # JSON, but not an Error: kept as sent
        (b"<html>gone</html>", "<html>gone</html>"),
        (b"", None),
    ],
)
def test_a_body_that_is_not_the_declared_model_is_kept_raw(
    pets: ModuleType, content: bytes, body: object
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=content)

    client = pets.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(pets.NotFoundError) as raised:
        client.pets.list()
    assert raised.value.typed_body is None
    assert raised.value.body == body


def test_reading_the_typed_body_never_raises(pets: ModuleType) -> None:
    def broken(value: object) -> object:
        raise RecursionError("a validator that fails in an unexpected way")

    response = httpx.Response(404, json={"code": "x", "message": "y"})
    error = pets.NotFoundError("404", response=response, body={"code": "x"}, parse_body=broken)
    assert error.typed_body is None
    assert error.body == {"code": "x"}


_ERROR_SCRIPT = """
from typing import assert_type

from {package} import Client, ConflictError, NotFoundError, UnprocessableEntityError
from {package}.models import Error, Invalid


def adopt(client: Client) -> str:
    try:
        client.pets.create(body={{"kind": "hamster"}})
    except UnprocessableEntityError as e:
        assert_type(e.typed_body, Invalid | None)
        return e.typed_body.message if e.typed_body else ""
    except (ConflictError, NotFoundError) as e:
        assert_type(e.typed_body, Error | None)
        return e.typed_body.code if e.typed_body else ""
    return "adopted"
"""


def test_mypy_infers_each_error_s_declared_model(pets: ModuleType, tmp_path: Path) -> None:
    package = pets.__name__
    good = _ERROR_SCRIPT.format(package=package)
    # The 422's model is Invalid, not Error: the same script claiming otherwise fails.
    wrong = good.replace(
        "assert_type(e.typed_body, Invalid | None)", "assert_type(e.typed_body, Error | None)"
    )
    verdicts = []
    for name, text in (("good", good), ("wrong", wrong)):
        script = tmp_path / f"{name}_errors.py"
        script.write_text(text, encoding="utf-8")
        verdicts.append(_mypy_strict(pets, script))
    assert verdicts[0].returncode == 0, verdicts[0].stdout + verdicts[0].stderr
    assert verdicts[1].returncode == 1, verdicts[1].stdout
    assert 'Expression is of type "Invalid | None", not "Error | None"' in verdicts[1].stdout


def test_the_generator_knows_which_class_each_status_raises(pets: ModuleType) -> None:
    for code in range(100, 600):
        runtime = pets._exceptions._status_error_class(code).__name__
        assert (status_class(str(code)) or "APIStatusError") == runtime, code


def _errors_module(tmp_path: Path, text: str) -> str:
    spec = tmp_path / "variant.yaml"
    spec.write_text(text, encoding="utf-8")
    _api, files = build(spec, "variant")
    return files["variant_client/_errors.py"]


def test_operations_that_disagree_type_the_body_as_a_union(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    # getPet's 404 declares Invalid where createPet's 409 keeps Error.
    disagree = text.replace(
        """"404":
          description: No pet.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}""",
        """"404":
          description: No pet.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Invalid"}
        "4XX":
          description: Other.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}""",
    )
    assert disagree != text
    module = _errors_module(tmp_path, disagree)
    # 404 declared Invalid; 400..499 otherwise fall to Error on getPet (4XX).
    assert "class NotFoundError" in module and "def typed_body(self) -> Invalid | None" in module
    assert "class BadRequestError" in module
    assert "class ConflictError" in module  # createPet's Error
    assert "def typed_body(self) -> Error | None" in module
    # A 422 is Invalid on createPet and Error (4XX) on getPet: the union.
    assert "def typed_body(self) -> Error | Invalid | None" in module
    # Any declared body leaves the class untyped: a type would claim what it cannot know.
    untyped = text.replace('schema: {$ref: "#/components/schemas/Invalid"}', "schema: {}")
    module = _errors_module(tmp_path, untyped)
    assert "class UnprocessableEntityError" not in module
    assert "class ConflictError" in module


def test_a_body_of_builtin_type_needs_no_import(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8").replace(
        'schema: {$ref: "#/components/schemas/Error"}', "schema: {type: string}"
    )
    text = text.replace('schema: {$ref: "#/components/schemas/Invalid"}', "schema: {type: string}")
    module = _errors_module(tmp_path, text)
    compile(module, "_errors.py", "exec")  # an empty TYPE_CHECKING block would not parse
    assert "TYPE_CHECKING" not in module
    assert "def typed_body(self) -> str | None" in module
