"""Generator vs hostile specs: every spec either becomes a package that imports and passes
``mypy --strict``, or is rejected with located diagnostics (exit 1) — never a traceback,
never code that runs spec text.

mypy is the slow part, so packages are checked in batches: one import subprocess and one
mypy run for the whole hand-written corpus, and one for all the drawn documents.
"""

from __future__ import annotations

import http.server
import itertools
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings

from generator.cli import main as cli_main
from generator.diagnostics import SpecError, pointer_from_parts

from .conftest import HOSTILE, JINJA_LITERAL, ROOT, Generated, check_packages, generate
from .strategies import openapi_documents

LOCATED = re.compile(r"^.+?(:\d+)?: /.*: .+$")


def _header(spec: Path) -> dict[str, str]:
    """``# key: value`` lines at the top of a corpus file."""
    found: dict[str, str] = {}
    for line in spec.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].partition(":")
        if sep and key.strip().isidentifier():
            found[key.strip()] = value.strip()
    return found


CORPUS = sorted(HOSTILE.glob("*.yaml"))
IN_PROCESS = [s for s in CORPUS if _header(s).get("isolate") != "true"]
ISOLATED = [s for s in CORPUS if _header(s).get("isolate") == "true"]


def _name(spec: Path) -> str:
    return "h_" + re.sub(r"\W", "_", spec.stem).lower()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Generated], dict[str, str]]:
    out = tmp_path_factory.mktemp("corpus")
    results = {spec.name: generate(spec, _name(spec), out / "packages") for spec in IN_PROCESS}
    work = out / "work"
    work.mkdir()
    return results, check_packages(list(results.values()), work)


@pytest.mark.parametrize("spec", IN_PROCESS, ids=[s.name for s in IN_PROCESS])
def test_corpus_spec(
    spec: Path,
    corpus: tuple[dict[str, Generated], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each hand-written nasty spec has its declared outcome: `generated` (imports, mypy
    --strict clean, nothing executed) or `rejected` (CLI exit 1, every line located)."""
    results, problems = corpus
    result = results[spec.name]
    expected = _header(spec)["expect"]
    assert result.crash is None, result.crash
    if expected == "generated":
        assert result.package_dir is not None, "\n".join(result.diagnostics)
        assert "CANARY" not in problems, problems["CANARY"]
        assert result.package not in problems, problems[result.package]
        assert "*" not in problems, problems["*"]
        source = "\n".join(p.read_text(encoding="utf-8") for p in result.package_dir.rglob("*.py"))
        raw = spec.read_text(encoding="utf-8")
        if JINJA_LITERAL in raw:
            assert JINJA_LITERAL in source, "template syntax in spec text was rendered"
    else:
        assert result.package_dir is None, "a spec that must be rejected was generated"
        status = cli_main(
            ["generate", str(spec), "--output", str(spec.parent / "never"), "--name", "never"]
        )
        err = capsys.readouterr().err
        assert status == 1
        assert "Traceback" not in err
        lines = [line for line in err.splitlines() if line and not line.endswith("not generated")]
        assert lines and all(LOCATED.match(line) for line in lines), err
        assert not (spec.parent / "never").exists()


CPU_SECONDS = 10


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    # CPU time, not wall time: on a machine busy with parallel test workers a child's wall
    # time says more about its neighbours than about it (SIGXCPU past the limit).
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))


@pytest.mark.parametrize("spec", ISOLATED, ids=[s.name for s in ISOLATED])
def test_corpus_spec_isolated(spec: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Specs built to exhaust the generator (alias bombs, extreme nesting) run in a child
    process with 2 GB of memory and 10 s of CPU: they must exit 1 with a located error."""
    known = _header(spec).get("known_bug")
    if known:
        request.applymarker(pytest.mark.xfail(reason=f"BUG {known}", strict=False))
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(spec),
                "-o",
                str(tmp_path / "out"),
                "-n",
                "isolated",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,  # a safety net for a child that sleeps instead of computing
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{spec.name}: generation still running after 120 s")
    if run.returncode == -signal.SIGXCPU:
        pytest.fail(f"{spec.name}: generation used more than {CPU_SECONDS} s of CPU")
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode == 1, run.stderr[-2000:]
    lines = [line for line in run.stderr.splitlines() if not line.endswith("not generated")]
    assert lines and all(LOCATED.match(line) for line in lines), run.stderr[-2000:]


# --- drawn documents ----------------------------------------------------------------------

MAX_EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "15"))


def test_drawn_specs(tmp_path: Path) -> None:
    """Hypothesis draws hostile OpenAPI 3.1 documents (keyword/builtin/runtime/colliding/
    non-ASCII names, injection payloads in every text, recursive schemas, unions with and
    without discriminators, type arrays with null, awkward enums); each one generates a
    package that imports and passes mypy --strict, or is rejected with located errors."""
    packages = tmp_path / "packages"
    work = tmp_path / "work"
    work.mkdir()
    drawn: list[Generated] = []

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize="ROBUSTNESS_EXAMPLES" not in os.environ,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(document=openapi_documents())
    def generate_one(document: dict[str, Any]) -> None:
        index = len(drawn)
        spec = tmp_path / f"drawn{index}.yaml"
        spec.write_text(json.dumps(document, ensure_ascii=True, indent=1), encoding="utf-8")
        drawn.append(generate(spec, f"drawn{index}", packages))

    generate_one()
    crashes = [f"{g.spec}:\n{g.crash}" for g in drawn if g.crash]
    assert not crashes, "\n\n".join(crashes)
    problems = check_packages(drawn, work)
    summary = {
        "generated": sum(g.package_dir is not None for g in drawn),
        "rejected": sum(g.package_dir is None for g in drawn),
    }
    print(f"drawn specs: {summary}")
    assert not problems, "\n\n".join(
        f"{name} (spec {tmp_path / name.removesuffix('_client')}.yaml):\n{text}"
        for name, text in problems.items()
    )
    assert summary["generated"] >= len(drawn) // 2, f"too few drawn specs generate: {summary}"


REJECTED = [s for s in IN_PROCESS if _header(s).get("expect") == "rejected"]


@pytest.mark.parametrize("spec", REJECTED, ids=[s.name for s in REJECTED])
def test_validate_command_on_rejected_spec(
    spec: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    """`python -m generator validate` on each rejected spec: exit 1, located lines, no
    exception."""
    known = _header(spec).get("known_validate_bug")
    if known:
        request.applymarker(pytest.mark.xfail(reason=f"BUG {known}", strict=False))
    status = cli_main(["validate", str(spec)])
    err = capsys.readouterr().err
    assert status == 1
    lines = [line for line in err.splitlines() if not line.endswith("problem(s)")]
    assert lines and all(LOCATED.match(line) for line in lines), err


# --- nothing outside the spec is ever opened ----------------------------------------------

CANARY_TEXT = "SFCANARY-7f3a"  # in the canary file and every canary HTTP answer


class _CanaryHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = json.dumps({"type": "string", "description": CANARY_TEXT}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def canaries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A canary file and a canary HTTP server on 127.0.0.1 that counts its hits."""
    directory = tmp_path_factory.mktemp("canary")
    (directory / "canary.json").write_text(
        json.dumps({"type": "string", "description": CANARY_TEXT}), encoding="utf-8"
    )
    hits: list[str] = []
    handler = type("Handler", (_CanaryHandler,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    (directory / "port").write_text(str(server.server_address[1]), encoding="utf-8")
    yield directory, hits
    server.shutdown()
    server.server_close()


def _canary_urls(directory: Path) -> list[str]:
    port = (directory / "port").read_text(encoding="utf-8")
    return [
        (directory / "canary.json").as_uri(),
        f"http://127.0.0.1:{port}/canary.json",
        "canary.json",  # relative to the spec, which is written beside the canary
        "../canary/canary.json#/description",
    ]


def _base_spec(version: str) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/c"}}}}
    ok["content"]["application/json"]["schema"]["$ref"] = "#/components/schemas/Item"
    return {
        "openapi": version,
        "info": {"title": "Canary", "version": "1"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "summary": "Get",
                    "tags": ["items"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": ok},
                }
            }
        },
        "components": {
            "schemas": {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}}
        },
    }


_OP = ("paths", "/items/{id}", "get")
_ITEM = ("components", "schemas", "Item")
_MEDIA = (*_OP, "responses", "200", "content", "application/json")
# (name, where the `$ref` object goes, what is put there, the pointer of the diagnostic)
# for every structural position where a `$ref` IS a reference: an external one is refused.
_REFERENCE_POSITIONS: list[tuple[str, tuple[str | int, ...], str, str]] = [
    ("property named value", (*_ITEM, "properties", "value"), "ref", "/$ref"),
    ("property named example", (*_ITEM, "properties", "example"), "ref", "/$ref"),
    ("property named examples", (*_ITEM, "properties", "examples"), "ref", "/$ref"),
    ("property named default", (*_ITEM, "properties", "default"), "ref", "/$ref"),
    ("property named enum", (*_ITEM, "properties", "enum"), "ref", "/$ref"),
    ("property named $ref", (*_ITEM, "properties", "$ref"), "ref", "/$ref"),
    ("property named x-data", (*_ITEM, "properties", "x-data"), "ref", "/$ref"),
    ("schema named example", ("components", "schemas", "example"), "ref", "/$ref"),
    ("items", (*_ITEM, "properties", "list", "items"), "ref", "/$ref"),
    ("allOf", (*_ITEM, "allOf"), "ref-list", "/0/$ref"),
    ("additionalProperties", (*_ITEM, "additionalProperties"), "ref", "/$ref"),
    ("$defs", (*_ITEM, "$defs", "value"), "ref", "/$ref"),
    ("parameter", (*_OP, "parameters", 1), "ref", "/$ref"),
    ("parameter schema", (*_OP, "parameters", 0, "schema"), "ref", "/$ref"),
    ("response", (*_OP, "responses", "404"), "ref", "/$ref"),
    ("request body", (*_OP, "requestBody"), "ref", "/$ref"),
    ("media type schema", (*_MEDIA, "schema"), "ref", "/$ref"),
    ("media type example object", (*_MEDIA, "examples", "value"), "ref", "/$ref"),
    ("header", (*_OP, "responses", "200", "headers", "X-Rate"), "ref", "/$ref"),
    ("link", (*_OP, "responses", "200", "links", "next"), "ref", "/$ref"),
    ("callback", (*_OP, "callbacks", "onEvent"), "ref", "/$ref"),
    (
        "callback operation",
        (*_OP, "callbacks", "onEvent", "{$request.body#/url}", "post", "requestBody"),
        "ref",
        "/$ref",
    ),
    ("path item", ("paths", "/other"), "ref", "/$ref"),
    ("component parameter", ("components", "parameters", "value"), "ref", "/$ref"),
    ("component example", ("components", "examples", "example"), "ref", "/$ref"),
    ("component response", ("components", "responses", "default"), "ref", "/$ref"),
    ("component header", ("components", "headers", "value"), "ref", "/$ref"),
    ("discriminator mapping", (*_ITEM, "discriminator"), "mapping", "/mapping/a"),
    # A parameter whose `$ref` points into an example's value makes that value a parameter.
    ("through an example value", ("components", "examples", "E", "value"), "indirect", ""),
]
_WEBHOOK_POSITIONS: list[tuple[str, tuple[str | int, ...], str, str]] = [
    ("webhook", ("webhooks", "newItem"), "ref", "/$ref"),
    (
        "webhook body schema",
        ("webhooks", "event", "post", "requestBody", "content", "application/json", "schema"),
        "ref",
        "/$ref",
    ),
    ("$dynamicRef", (*_ITEM, "properties", "d"), "dynamic", "/$dynamicRef"),
]


def _put(spec: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    node: Any = spec
    for part, following in itertools.pairwise(path):
        if isinstance(node, list):
            node = node[int(part)]
            continue
        node = node.setdefault(part, [] if isinstance(following, int) else {})
    if isinstance(node, list):
        node.insert(int(path[-1]), value)
    else:
        node[path[-1]] = value


def _position_spec(version: str, path: tuple[str | int, ...], how: str, url: str) -> dict[str, Any]:
    spec = _base_spec(version)
    if how == "ref":
        _put(spec, path, {"$ref": url})
    elif how == "ref-list":
        _put(spec, path, [{"$ref": url}])
    elif how == "dynamic":
        _put(spec, path, {"$dynamicRef": url})
    elif how == "mapping":
        _put(spec, path, {"propertyName": "id", "mapping": {"a": url}})
    else:  # indirect
        _put(spec, path, {"name": "q", "in": "query", "schema": {"$ref": url}})
        _put(spec, (*_OP, "parameters", 1), {"$ref": "#/components/examples/E/value"})
    return spec


def _data_spec(version: str, url: str) -> dict[str, Any]:
    """Every position where a `$ref` is data (examples, defaults, enums, extensions, link
    values), plus a property named `$ref`: valid, and nothing may follow them."""
    spec = _base_spec(version)
    ref = {"$ref": url}
    item = spec["components"]["schemas"]["Item"]
    item["properties"]["$ref"] = {"type": "string"}
    item["properties"]["meta"] = {"type": "object", "default": ref, "enum": [ref]}
    item["example"] = {"id": "x", "meta": ref}
    item["x-extension"] = ref
    if version.startswith("3.1"):
        item["examples"] = [{"id": "y", "meta": ref}]
        item["properties"]["fixed"] = {"const": ref}
    operation = spec["paths"]["/items/{id}"]["get"]
    operation["x-extension"] = {"nested": ref}
    operation["parameters"][0]["example"] = ref
    media = operation["responses"]["200"]["content"]["application/json"]
    # (3.0 forbids `example` beside `examples`)
    spec["components"]["responses"] = {
        "R": {"description": "r", "content": {"application/json": {"example": {"z": ref}}}}
    }
    media["examples"] = {"e1": {"value": {"id": "w", "meta": ref}}}
    operation["responses"]["200"]["links"] = {
        "self": {
            "operationId": "getItem",
            "parameters": {"id": "$response.body#/id"},
            "requestBody": ref,
        }
    }
    spec["components"]["examples"] = {"E": {"value": ref}}
    spec["x-root"] = ref
    spec["info"]["x-info"] = ref
    return spec


def _run_everything(
    spec_path: Path, out: Path, capsys: pytest.CaptureFixture[str], *, backends: tuple[str, ...]
) -> tuple[int, str, dict[str, int]]:
    """validate, generate (each backend) and the mock's app; their output and statuses
    (``generated["mock"]`` is 1 when the mock refused the spec with located lines)."""
    from generator.mock.app import create_app

    status = cli_main(["validate", str(spec_path)])
    generated: dict[str, int] = {}
    for backend in backends:
        target = out / backend
        generated[backend] = cli_main(
            ["generate", str(spec_path), "-o", str(target), "-n", "canary", "--models", backend]
        )
    try:
        create_app(spec_path)
        generated["mock"] = 0
    except SpecError as error:
        print("\n".join(str(d) for d in error.diagnostics), file=sys.stderr)
        generated["mock"] = 1
    captured = capsys.readouterr()
    text = captured.out + captured.err
    if out.exists():
        text += "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    return status, text, generated


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize(
    ("name", "path", "how", "suffix"),
    _REFERENCE_POSITIONS + _WEBHOOK_POSITIONS,
    ids=[p[0] for p in _REFERENCE_POSITIONS + _WEBHOOK_POSITIONS],
)
def test_external_reference_is_refused_never_opened(
    version: str,
    name: str,
    path: tuple[str | int, ...],
    how: str,
    suffix: str,
    canaries: tuple[Path, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An external `$ref` at any position where the grammar makes it a reference: validate,
    generate and the mock refuse it with a located diagnostic; the canary file is never
    read and the canary server never hit."""
    if version.startswith("3.0") and (name, path, how, suffix) in _WEBHOOK_POSITIONS:
        pytest.skip("3.1 only")
    directory, hits = canaries
    for url in _canary_urls(directory):
        spec = _position_spec(version, path, how, url)
        spec_path = directory / f"spec-{len(hits)}-{abs(hash((name, version, url)))}.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        status, text, generated = _run_everything(
            spec_path, tmp_path / "out", capsys, backends=("native",)
        )
        assert hits == [], f"{name} ({url}): the canary server was contacted"
        assert CANARY_TEXT not in text, f"{name} ({url}): the canary file was read:\n{text}"
        assert "Traceback (most recent call last)" not in text
        assert status == 1 and generated == {"native": 1, "mock": 1}, text
        expected = pointer_from_parts(path) + suffix
        if how == "indirect":
            expected = "/components/examples/E/value/schema/$ref"
        refused = [
            line
            for line in text.splitlines()
            if LOCATED.match(line) and "external reference" in line and f": {expected}:" in line
        ]
        assert refused, f"{name} ({url}): no located refusal at {expected}:\n{text}"


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_references_in_data_are_never_followed(
    version: str,
    canaries: tuple[Path, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`$ref`s that are data (examples, defaults, enums, extensions, link values): the spec
    generates with both model backends, and nothing (validate, generate, the mock, the
    libraries they use) opens the file or the URL."""
    directory, hits = canaries
    for index, url in enumerate(_canary_urls(directory)):
        spec_path = directory / f"data-{version}-{index}.json"
        spec_path.write_text(json.dumps(_data_spec(version, url)), encoding="utf-8")
        _status, text, generated = _run_everything(
            spec_path,
            tmp_path / f"out{index}",
            capsys,
            backends=("native", "datamodel-code-generator"),
        )
        assert hits == [], f"{url}: the canary server was contacted"
        assert CANARY_TEXT not in text, f"{url}: the canary file was read:\n{text}"
        assert "Traceback (most recent call last)" not in text
        assert generated == {"native": 0, "datamodel-code-generator": 0, "mock": 0}, text


# --- text that must not reach generated files raw -----------------------------------------

_INVISIBLE = "\u202e\u2066\u2069\u200e\u200f\u061c\u202a\x07\x1b\u2028\u2029\x85\ufeff"
_AWKWARD = "\U0001f389 \"quoted\" 'single' \\back\\slash\\ \ttab"


def _text(label: str) -> str:
    return f"{label} {_INVISIBLE} {_AWKWARD} end"


def _text_spec() -> dict[str, Any]:
    """Invisible/bidi characters and TOML-awkward text in every text field; a 300-character
    tag and tags differing only in case."""
    operation = {
        "summary": _text("summary"),
        "description": _text("description"),
        "parameters": [
            {
                "name": "q",
                "in": "query",
                "description": _text("param"),
                "schema": {"type": "string"},
            }
        ],
        "responses": {
            "200": {
                "description": _text("response"),
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": _text("title"),
            "version": _text("version"),
            "description": _text("info"),
        },
        "servers": [
            {
                "url": "https://api.example.com/{v}",
                "description": _text("server"),
                "variables": {"v": {"default": "v1", "description": _text("variable")}},
            }
        ],
        "tags": [{"name": "T" * 300, "description": _text("tag")}],
        "paths": {
            "/a": {"get": {**operation, "operationId": "getA", "tags": ["T" * 300]}},
            "/b": {"get": {**operation, "operationId": "getB", "tags": ["Foo"]}},
            "/c": {"get": {**operation, "operationId": "getC", "tags": ["foo"]}},
            "/d": {"get": {**operation, "operationId": "getD", "tags": ["con"]}},
        },
        "webhooks": {
            _text("hook"): {
                "post": {
                    "summary": _text("webhook"),
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "securitySchemes": {
                "key": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Key",
                    "description": _text("scheme"),
                }
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": _text("schema"),
                    "properties": {
                        "name": {"type": "string", "description": _text("property")},
                        "kind": {"type": "string", "enum": [_text("enum")]},
                        "$ref": {"type": "string", "description": "a property named $ref"},
                    },
                }
            },
        },
    }


def test_spec_text_never_reaches_generated_files_raw(tmp_path: Path) -> None:
    """Every generated file is free of invisible characters (bidi controls, other controls
    and format characters, line/paragraph separators); pyproject.toml is valid TOML holding
    the title (emoji and all); tag-derived file names are bounded, distinct and not reserved;
    a property named `$ref` is a field; the package imports and passes mypy --strict."""
    import tomllib
    import unicodedata

    spec = tmp_path / "text.json"
    spec.write_text(json.dumps(_text_spec()), encoding="utf-8")
    result = generate(spec, "texts", tmp_path / "packages")
    assert result.crash is None, result.crash
    assert result.package_dir is not None, result.diagnostics
    for path in result.package_dir.rglob("*"):
        if not path.is_file() or path.name.startswith("."):
            continue
        text = path.read_text(encoding="utf-8")
        raw = {
            f"U+{ord(c):04X}"
            for c in text
            if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs")
        }
        assert not raw, f"{path.name} holds {sorted(raw)}"
        assert len(path.name) <= 100, path.name
    pyproject = tomllib.loads((result.package_dir / "pyproject.toml").read_text(encoding="utf-8"))
    assert "\U0001f389" in pyproject["project"]["description"]
    assert pyproject["project"]["version"].startswith("0.0.0+version")
    modules = sorted(
        p.stem for p in (result.package_dir / "texts_client" / "resources").glob("*.py")
    )
    assert "con" not in modules and "con_" in modules
    assert "foo" in modules and "foo2" in modules
    models = "".join(
        path.read_text(encoding="utf-8")
        for path in (result.package_dir / "texts_client" / "models").glob("*.py")
    )
    assert "Field(alias='$ref')" in models or 'Field(alias="$ref")' in models
    readme = (result.package_dir / "README.md").read_text(encoding="utf-8")
    assert "## Version" in readme and "neither a PEP 440 version nor a date" in readme
    work = tmp_path / "work"
    work.mkdir()
    assert check_packages([result], work) == {}


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "\U0001f389 emoji",
        'quote " and backslash \\ and \\u0041',
        "newline\nand\r\nreturn and tab\t",
        "controls \x00\x01\x1b\x7f and \u2028\u2029\x85 separators",
        "lone \ud800 surrogate",
        "'''\"\"\"",
    ],
)
def test_toml_string_round_trips(text: str) -> None:
    import tomllib

    from generator.escape import toml_string

    parsed = tomllib.loads(f"value = {toml_string(text)}\n")["value"]
    assert parsed == text.replace("\ud800", "\ufffd")
