"""``specforge diff --prove``: the generated clients run against mocks of the other spec, so a
breaking change comes with a call that fails.

Requests are drawn from a spec with Schemathesis (valid requests only, a fixed seed) and made
through the generated client's methods, against the mock (``generator.mock``) on 127.0.0.1.
A call passes when the server accepts it and the client parses the answer. Three suites:

- ``old client → new mock``: clients already deployed, once the server runs the new spec;
- ``old code → new SDK``: calls written against the old package, made with the new one
  against the new mock (a renamed method or argument fails here, not on the wire);
- ``new client → old mock``: forward compatibility, the new client before the server is
  upgraded (its failures are listed, not counted as breaking).

Each failing call is replayed where nothing changed (the same calls against the mock of the
spec they were drawn from, through the package generated from it); one that fails there too
says nothing about the change and is dropped. The rest are matched to the reported breaking
changes by operation and by kind (a refused request, a response the client cannot parse, a
call the package does not take).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import sys
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diff.rules import Change, Reproduction
from generator.diff.sources import Source
from generator.diff.surface import Method, Surface
from generator.diff.wire import base_path, operations
from generator.spec.operations import operation_parameters, path_shape

PROVE_REQUIRES = ("schemathesis", "hypothesis", "httpx", "pydantic")
_SHOWN = 300  # characters of a call, request or failure kept in a reproduction
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
# The constructor's own options; its other keyword arguments are credentials.
_CLIENT_OPTIONS = frozenset(
    {"base_url", "timeout", "max_retries", "default_headers", "http_client", "max_response_bytes"}
)
BACKWARD, UPGRADE, FORWARD = "old client → new mock", "old code → new SDK", "new client → old mock"


class MissingDependencyError(Exception):
    """--prove needs packages specforge itself does not."""


@dataclass
class SuiteResult:
    name: str
    calls: int = 0
    failures: list[Reproduction] = field(default_factory=list)
    dropped: int = 0  # failures that also fail where nothing changed


@dataclass
class ProveResult:
    examples: int
    suites: list[SuiteResult]
    unexplained: list[Reproduction]
    skipped: list[str]  # operations no request could be drawn for, and why

    def scope_text(self) -> str:
        return f"in {self.examples} drawn request(s) per operation"

    def document(self) -> dict[str, Any]:
        return {
            "examples": self.examples,
            "suites": [
                {
                    "name": suite.name,
                    "calls": suite.calls,
                    "failures": [asdict(item) for item in suite.failures],
                    "dropped": suite.dropped,
                }
                for suite in self.suites
            ],
            "unexplained": [asdict(item) for item in self.unexplained],
            "skipped": self.skipped,
        }


@dataclass
class _Call:
    operation: str
    owner: str
    name: str
    kwargs: dict[str, Any]

    def text(self) -> str:
        where = f"client.{self.owner}.{self.name}" if self.owner else f"client.{self.name}"
        arguments = ", ".join(f"{key}={value!r}" for key, value in self.kwargs.items())
        return _cut(f"{where}({arguments})")


@dataclass
class _Failure:
    call: _Call
    kind: str  # refused | unparsed | call | other
    reproduction: Reproduction


def require() -> None:
    """MissingDependencyError naming what is missing, before anything is generated."""
    missing = [name for name in PROVE_REQUIRES if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingDependencyError(
            f"--prove needs {', '.join(missing)}: pip install 'specforge[prove]'"
        )


def prove(
    old: Source,
    new: Source,
    packages: tuple[dict[str, str], dict[str, str]],
    surfaces: tuple[Surface, Surface],
    changes: list[Change],
    *,
    examples: int,
    workdir: Path,
) -> ProveResult:
    """Run the three suites, attach a reproduction to each breaking change one was found
    for (``Change.reproduction``) and return what ran."""
    require()
    from generator.mock import MockServer, create_app

    old_surface, new_surface = surfaces
    skipped: list[str] = []
    old_calls = _draw(old, old_surface, examples, skipped)
    new_calls = _draw(new, new_surface, examples, skipped)
    with contextlib.ExitStack() as stack:
        old_package = stack.enter_context(_imported(packages[0], workdir / "old"))
        new_package = stack.enter_context(_imported(packages[1], workdir / "new"))
        old_mock = stack.enter_context(MockServer(create_app(old.spec)))
        new_mock = stack.enter_context(MockServer(create_app(new.spec)))
        old_base, new_base = base_path(old.spec.data), base_path(new.spec.data)

        def runner(package: Any, url: str) -> _Runner:
            made = _Runner(package, url)
            stack.callback(made.close)
            return made

        on_old = runner(old_package, old_mock.url + old_base)
        on_new = runner(new_package, new_mock.url + new_base)
        suites = [
            _suite(BACKWARD, old_calls, runner(old_package, new_mock.url + old_base), on_old),
            _suite(UPGRADE, old_calls, on_new, on_old),
            _suite(FORWARD, new_calls, runner(new_package, old_mock.url + new_base), on_new),
        ]
    failures = {suite.name: found for suite, found in suites}
    unexplained = _attribute(changes, failures[BACKWARD], failures[UPGRADE])
    return ProveResult(examples, [suite for suite, _ in suites], unexplained, skipped)


# --- drawing requests -------------------------------------------------------------------------


def _draw(source: Source, surface: Surface, examples: int, skipped: list[str]) -> list[_Call]:
    """Up to ``examples`` calls per operation the surface has a method for, drawn from the
    spec by Schemathesis with a fixed seed."""
    import schemathesis

    schema = schemathesis.openapi.from_dict(source.spec.data)
    by_key = operations(source.spec)
    calls: list[_Call] = []
    for method in surface.methods.values():
        if method.operation is None or method.operation not in by_key:
            continue
        found = by_key[method.operation]
        parameters = {
            key: located[0]
            for key, located in operation_parameters(
                source.spec.refs.deref_at, found.path, found.method, found.operation, found.item
            ).items()
        }
        try:
            strategy = schema[found.path][found.method.upper()].as_strategy()
            for case in _examples(strategy, examples):
                calls.append(_call(source, method, parameters, case))
        except Exception as error:  # a schema Schemathesis cannot draw from
            skipped.append(
                f"{source.label}: {found.label}: {type(error).__name__}: {_cut(str(error))}"
            )
    return calls


def _examples(strategy: Any, examples: int) -> list[Any]:
    """Up to ``examples`` values of ``strategy``, the same ones every run."""
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[Any] = []

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def collect(case: Any) -> None:
        drawn.append(case)

    collect()
    return drawn


def _call(
    source: Source, method: Method, parameters: dict[tuple[str, str], dict[str, Any]], case: Any
) -> _Call:
    """The keyword arguments of ``method`` that send what ``case`` describes."""
    spec = source.spec
    values = {
        "path": case.path_parameters or {},
        "query": case.query or {},
        "header": {str(k).lower(): v for k, v in (case.headers or {}).items()},
        "cookie": case.cookies or {},
    }
    kwargs: dict[str, Any] = {}
    body = case.body if type(case.body).__name__ != "NotSet" else None
    for argument in method.arguments:
        if argument.wire is None:
            continue
        location, _, wire = argument.wire.partition(" ")
        if location == "body":
            if not wire and body is not None:
                kwargs[argument.name] = body
            elif isinstance(body, dict) and wire in body:
                kwargs[argument.name] = body[wire]
            continue
        key = wire.lower() if location == "header" else wire
        if key in values.get(location, {}):
            parameter = parameters.get((wire, location)) or {}
            kwargs[argument.name] = _python_value(spec, parameter, location, values[location][key])
    return _Call(method.operation_label or "", method.owner, method.name, kwargs)


def _python_value(spec: Any, parameter: dict[str, Any], location: str, value: Any) -> Any:
    """A drawn parameter value as the client method takes it: Schemathesis hands some over
    already serialized (arrays joined, booleans as text, path values percent-encoded, whole
    floats for integers); the client serializes by itself."""
    kinds = _types(spec, parameter.get("schema"))
    if isinstance(value, float) and value.is_integer() and "integer" in kinds:
        return int(value)
    if isinstance(value, str) and location == "path":
        value = unquote(value)
    if isinstance(value, str) and "array" in kinds and "string" not in kinds:
        if value == "":
            return []
        style = parameter.get("style") or ("simple" if location in ("path", "header") else "form")
        items = spec.refs.deref(spec.refs.deref(parameter.get("schema") or {}).get("items", {}))
        return [
            _scalar(part, _types(spec, items)) for part in value.split(_DELIMITERS.get(style, ","))
        ]
    if isinstance(value, str) and "string" not in kinds:
        return _scalar(value, kinds)
    return value


def _types(spec: Any, schema: Any, depth: int = 0) -> set[str]:
    schema = spec.refs.deref(schema)
    if not isinstance(schema, dict) or depth > 8:
        return set()
    kind = schema.get("type")
    found = (
        {kind}
        if isinstance(kind, str)
        else {str(k) for k in kind}
        if isinstance(kind, list)
        else set()
    )
    for keyword in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(keyword) or []:
            found |= _types(spec, branch, depth + 1)
    return found


def _scalar(text: str, kinds: set[str]) -> Any:
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    for kind, convert in (("integer", int), ("number", float)):
        if kind in kinds:
            with contextlib.suppress(ValueError):
                return convert(text)
    return text


# --- running calls ------------------------------------------------------------------------------


@contextlib.contextmanager
def _imported(files: dict[str, str], directory: Path) -> Iterator[Any]:
    """The generated package, written under a name of its own (the same package from two
    specs is imported side by side; its modules import each other relatively)."""
    name = f"_specforge_prove_{directory.name}_{uuid.uuid4().hex[:8]}"
    for path, text in files.items():
        parts = path.split("/")
        if len(parts) < 2 or not path.endswith(".py"):
            continue
        target = directory.joinpath(name, *parts[1:])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(directory))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(directory))
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


class _Runner:
    """One package's client against one server; makes calls and says how each failed."""

    def __init__(self, package: Any, base_url: str) -> None:
        import httpx

        self.last_request: Any = None
        # trust_env off: a proxy from the environment must not see requests meant for 127.0.0.1.
        self.http = httpx.Client(
            timeout=10.0, trust_env=False, event_hooks={"request": [self._seen]}
        )
        client_class = package.Client
        accepted = inspect.signature(client_class).parameters
        options: dict[str, Any] = {"base_url": base_url, "max_retries": 0}
        if "http_client" in accepted:
            options["http_client"] = self.http
        for credential in _credentials(package, accepted):
            options[credential] = f"test-{credential}"
        self.client = client_class(**{k: v for k, v in options.items() if k in accepted})

    def _seen(self, request: Any) -> None:
        self.last_request = request

    def run(self, call: _Call) -> tuple[str, str] | None:
        """None when the call passed, else (kind, what failed)."""
        self.last_request = None
        try:
            target: Any = self.client
            for attribute in [*filter(None, call.owner.split(".")), call.name]:
                target = getattr(target, attribute)
            target(**call.kwargs)
        except Exception as error:
            return _kind(error), _failure_text(error)
        return None

    def request_text(self) -> str:
        request = self.last_request
        if request is None:
            return "(no request was sent)"
        try:
            content = request.content.decode("utf-8", "replace")
        except Exception:  # a streamed body (multipart) is not kept
            content = "(streamed body)"
        return _cut(f"{request.method} {request.url}" + (f" {content}" if content else ""))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        self.http.close()


def _credentials(package: Any, accepted: Any) -> list[str]:
    """The client's credential arguments: from its security schemes where the package says
    them, else every keyword argument that is not one of the constructor's own options."""
    schemes = getattr(getattr(package, "_client", None), "SECURITY_SCHEMES", None)
    if schemes is not None and hasattr(schemes, "values"):
        names: list[str] = []
        for scheme in schemes.values():
            for attribute in ("credential", "password_credential"):
                value = getattr(scheme, attribute, None)
                if isinstance(value, str) and value not in names:
                    names.append(value)
        return names
    return [name for name in accepted if name not in _CLIENT_OPTIONS and name != "self"]


def _suite(
    name: str, calls: list[_Call], runner: _Runner, baseline: _Runner
) -> tuple[SuiteResult, list[_Failure]]:
    result = SuiteResult(name)
    failures: list[_Failure] = []
    failed_operations: set[str] = set()
    for call in calls:
        if call.operation in failed_operations:
            continue  # one reproduction per operation is enough
        result.calls += 1
        outcome = runner.run(call)
        if outcome is None:
            continue
        request = runner.request_text()
        if baseline.run(call) is not None:
            result.dropped += 1
            continue
        failed_operations.add(call.operation)
        reproduction = Reproduction(name, call.operation, call.text(), request, outcome[1])
        result.failures.append(reproduction)
        failures.append(_Failure(call, outcome[0], reproduction))
    return result, failures


def _kind(error: BaseException) -> str:
    names = {cls.__name__ for cls in type(error).__mro__}
    if "APIResponseValidationError" in names or "ValidationError" in names:
        return "unparsed"
    if "APIStatusError" in names:
        return "refused"
    if isinstance(error, TypeError | AttributeError):
        return "call"
    return "other"


def _failure_text(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    response = getattr(error, "response", None)
    status = getattr(error, "status_code", None)
    if response is not None and status is not None:
        with contextlib.suppress(Exception):
            text = f"{status} {type(error).__name__}: {response.text}"
    return _cut(" ".join(text.split()))


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


# --- which change a failure reproduces ----------------------------------------------------------

# The failure a rule's change shows as, by the rule's prefix (the first that fits).
_EXPECTED: list[tuple[str, str]] = [
    ("response-", "unparsed"),
    ("sdk-argument-type-", "refused"),  # the package sends it; the server refuses it
    ("sdk-field-", "unparsed"),
    ("sdk-return-", "unparsed"),
    ("sdk-union-", "unparsed"),
    ("sdk-exception-", "refused"),
    ("sdk-", "call"),
    ("", "refused"),
]
# Changes without operations that every request shows: the others (a server added or
# removed, a model no method uses) have no call to fail.
_EVERY_OPERATION = frozenset({"base-path-changed"})


def _attribute(
    changes: list[Change], backward: list[_Failure], upgrade: list[_Failure]
) -> list[Reproduction]:
    """Attach to each breaking change a failure on one of its operations (any operation for
    a new base path), of the kind its rule leads to if there is one; return the failures on
    operations no breaking change touches. Operations are compared by method and path
    shape: a renamed path variable is the same operation."""
    breaking = [item for item in changes if item.breaking]
    touched = {_shape(label) for item in breaking for label in item.operations}
    everything = any(item.rule.id in _EVERY_OPERATION for item in breaking)
    for item in breaking:
        pool = upgrade + backward if item.rule.layer == "sdk" else backward + upgrade
        mine = {_shape(label) for label in item.operations}
        if item.rule.id in _EVERY_OPERATION:
            candidates = pool
        else:
            candidates = [f for f in pool if _shape(f.call.operation) in mine]
        expected = next(kind for prefix, kind in _EXPECTED if item.rule.id.startswith(prefix))
        chosen = next((f for f in candidates if f.kind == expected), None) or next(
            iter(candidates), None
        )
        if chosen is not None:
            item.reproduction = chosen.reproduction
    if everything:
        return []
    return [f.reproduction for f in backward + upgrade if _shape(f.call.operation) not in touched]


def _shape(label: str) -> str:
    method, _, path = label.partition(" ")
    return f"{method} {path_shape(path)}"
