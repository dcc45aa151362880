"""Shared machinery of the property suite: profiles, Schemathesis set-up, the summary, and the
mapping from a Schemathesis case to a call of the generated client.

Nothing here is specific to one API: operations are matched to client methods through the
generator's own IR (``generator.generate.build``), so a new spec is covered by adding it to
``specs/``.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import hypothesis
import jsonschema
import pydantic
import referencing
from hypothesis import HealthCheck
from referencing.jsonschema import DRAFT202012
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi._auth_retry import (
    get_security_parameters,
    remove_auth,
    send_probe,
)
from schemathesis.specs.openapi.checks import ignored_auth

from generator.generate import build
from generator.ir import Api, Operation

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"
APIS = sorted(path.stem for path in SPECS_DIR.glob("*.yaml"))

# --- profiles --------------------------------------------------------------------------------

PROFILE = os.environ.get("SPECFORGE_PROPERTY_PROFILE", "ci")
"""``ci`` (default: fixed seeds, few examples) or ``fuzz`` (``make fuzz``: many more)."""

_EXAMPLES = {
    # (spec <-> mock stateless, stateful scenarios, client <-> server per operation)
    "ci": (6, 8, 4),
    "fuzz": (100, 60, 50),
}


def _default_settings() -> hypothesis.settings:
    default = hypothesis.settings.default
    assert default is not None  # hypothesis always has a current profile
    return default


def _examples(index: int) -> int:
    base = _EXAMPLES.get(PROFILE, _EXAMPLES["ci"])[index]
    override = os.environ.get("SPECFORGE_PROPERTY_EXAMPLES")
    return int(override) if override and index != 1 else base


SPEC_EXAMPLES = _examples(0)
STATEFUL_EXAMPLES = _examples(1)
CLIENT_EXAMPLES = _examples(2)


def hypothesis_settings(max_examples: int, **extra: Any) -> hypothesis.settings:
    """Settings for every property test here: derandomized (fixed seed) except in fuzz runs."""
    return hypothesis.settings(
        max_examples=max_examples,
        derandomize=PROFILE != "fuzz",
        database=None,
        deadline=None,
        print_blob=PROFILE == "fuzz",
        # CI reports the failing example as drawn; shrinking is for `make fuzz` runs.
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate]
        if PROFILE != "fuzz"
        else list(_default_settings().phases),
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
        **extra,
    )


# --- the summary -------------------------------------------------------------------------------


@dataclass
class ApiStats:
    operations: set[tuple[str, str]] = field(default_factory=set)  # (suite, operation)
    cases: Counter[str] = field(default_factory=Counter)  # suite -> cases run
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)  # (suite, check)


class Summary:
    """What the run exercised, per API; printed by ``pytest_terminal_summary``."""

    def __init__(self) -> None:
        self.apis: dict[str, ApiStats] = {}
        self._lock = threading.Lock()

    def case(
        self,
        api: str,
        suite: str,
        operation: str,
        failed: Iterator[str] | list[str] | tuple[str, ...] = (),
    ) -> None:
        with self._lock:
            stats = self.apis.setdefault(api, ApiStats())
            stats.operations.add((suite, operation))
            stats.cases[suite] += 1
            for check in failed:
                stats.failures[(suite, check)] += 1

    def dump(self) -> dict[str, Any]:
        """Plain data for ``merge`` in another process (an xdist worker's to the controller)."""
        with self._lock:
            return {
                api: {
                    "operations": sorted(stats.operations),
                    "cases": dict(stats.cases),
                    "failures": [[suite, check, n] for (suite, check), n in stats.failures.items()],
                }
                for api, stats in self.apis.items()
            }

    def merge(self, data: dict[str, Any]) -> None:
        with self._lock:
            for api, part in data.items():
                stats = self.apis.setdefault(api, ApiStats())
                stats.operations.update((suite, op) for suite, op in part["operations"])
                stats.cases.update(part["cases"])
                for suite, check, n in part["failures"]:
                    stats.failures[(suite, check)] += n

    def lines(self) -> list[str]:
        out: list[str] = []
        for api in sorted(self.apis):
            stats = self.apis[api]
            suites = sorted(stats.cases)
            out.append(f"{api}:")
            for suite in suites:
                operations = len({op for s, op in stats.operations if s == suite})
                failures = {check: n for (s, check), n in stats.failures.items() if s == suite}
                shown = (
                    ", ".join(f"{check}={n}" for check, n in sorted(failures.items()))
                    if failures
                    else "none"
                )
                out.append(
                    f"  {suite:<22} operations {operations:>3}  cases {stats.cases[suite]:>5}  "
                    f"failures: {shown}"
                )
        return out


SUMMARY = Summary()


def failed_checks(error: BaseException) -> list[str]:
    """Check names behind a Schemathesis failure (or the exception type for anything else)."""
    if isinstance(error, FailureGroup):
        names: list[str] = []
        for failure in error.exceptions:
            names.extend(failure.checks or (type(failure).__name__,))
        return names
    if isinstance(error, Failure):
        return list(error.checks or (type(error).__name__,))
    if isinstance(error, ClientCheckFailed):
        return [error.check]
    return [type(error).__name__]


# --- the IR and the specs ----------------------------------------------------------------------


@functools.cache
def api_ir(api: str) -> Api:
    """The generator's IR for ``specs/<api>.yaml`` (what the generated client was built from)."""
    built, _ = build(SPECS_DIR / f"{api}.yaml", api)
    return built


@functools.cache
def raw_spec(api: str) -> dict[str, Any]:
    from generator.load import load_spec

    return load_spec(SPECS_DIR / f"{api}.yaml").data  # type: ignore[no-any-return]


def operations_by_id(api: str) -> dict[str, Operation]:
    return {op.operation_id: op for op in api_ir(api).operations}


def base_path(api: str) -> str:
    """The path of ``servers[0]`` (e.g. ``/public/v1``), which the mock serves under."""
    servers = raw_spec(api).get("servers") or [{"url": "/"}]
    url = str(servers[0].get("url", "/"))
    path = url.split("://", 1)[-1]
    path = "/" + path.split("/", 1)[1] if "/" in path else ""
    return path.rstrip("/")


def success_media_types(api: str, op: Operation) -> list[str]:
    """The media types of the operation's documented 2xx responses."""
    operation = raw_spec(api)["paths"][op.path][op.http_method.lower()]
    found: list[str] = []
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2"):
            response = _resolve(api, response)
            for media_type in response.get("content") or {}:
                if media_type not in found:
                    found.append(media_type)
    return found


def error_media_types(api: str, op: Operation, status: int) -> list[str]:
    """The media types documented for ``status`` (exact code, then ``4XX``, then default)."""
    responses = raw_spec(api)["paths"][op.path][op.http_method.lower()].get("responses") or {}
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            return list((_resolve(api, responses[key]).get("content") or {}).keys())
    return []


def spec_operation(api: str, op: Operation) -> tuple[str, str]:
    """(path template, method) of an IR operation, as Schemathesis indexes it."""
    return op.path, op.http_method.upper()


# --- Schemathesis set-up -----------------------------------------------------------------------


def _integral_floats_to_ints(values: Any) -> Any:
    if not isinstance(values, dict):
        return values
    return {
        key: int(value) if isinstance(value, float) and value.is_integer() else value
        for key, value in values.items()
    }


@functools.cache
def _registry(api: str) -> referencing.Registry[Any]:
    resource = referencing.Resource.from_contents(raw_spec(api), default_specification=DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:spec", resource)
    return registry


def _parameter_schema(api: str, path: str, method: str, name: str, location: str) -> Any:
    spec = raw_spec(api)
    item = spec["paths"][path]
    resolver = _registry(api).resolver(base_uri="urn:spec")
    for parameter in [
        *item.get(method.lower(), {}).get("parameters", []),
        *item.get("parameters", []),
    ]:
        if "$ref" in parameter:
            parameter = resolver.lookup("urn:spec" + parameter["$ref"]).contents
        if parameter.get("name") == name and parameter.get("in") == location:
            return parameter.get("schema", {})
    return None


def _multipart_required(api: str, path: str, method: str, media_type: str) -> list[str] | None:
    """The required part names of an operation's multipart body schema, if it has one."""
    resolver = _registry(api).resolver(base_uri="urn:spec")
    operation = raw_spec(api)["paths"][path].get(method.lower(), {})
    body = operation.get("requestBody", {})
    if "$ref" in body:
        body = resolver.lookup("urn:spec" + body["$ref"]).contents
    schema = body.get("content", {}).get(media_type, {}).get("schema")
    if isinstance(schema, dict) and "$ref" in schema:
        schema = resolver.lookup("urn:spec" + schema["$ref"]).contents
    if not isinstance(schema, dict):
        return None
    return [str(name) for name in schema.get("required", [])]


def _valid_as_text(api: str, schema: Any, text: str) -> bool:
    """Whether the text of a path value, read as the schema's type, validates."""
    candidates: list[Any] = [text]
    try:
        candidates.append(int(text))
    except ValueError:
        with contextlib.suppress(ValueError):
            candidates.append(float(text))
    registry = _registry(api).with_resource(
        "urn:param",
        referencing.Resource.from_contents(_rebase_refs(schema), default_specification=DRAFT202012),
    )
    checker = jsonschema.Draft202012Validator(
        {"$ref": "urn:param"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    return any(checker.is_valid(value) for value in candidates)


def _rebase_refs(schema: Any) -> Any:
    """Point ``#/components/...`` references of a parameter schema at the whole spec."""
    if isinstance(schema, dict):
        return {
            key: (
                "urn:spec" + value
                if key == "$ref" and str(value).startswith("#")
                else _rebase_refs(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase_refs(item) for item in schema]
    return schema


def positive_case_as_sent(case: Any) -> Any:
    """Workaround 1 (see ``configure_schema``): integral floats of positive cases as ints."""
    meta = case.meta
    if meta is not None and meta.generation.mode == GenerationMode.POSITIVE:
        case.path_parameters = _integral_floats_to_ints(case.path_parameters)
        case.query = _integral_floats_to_ints(case.query)
        case.headers = _integral_floats_to_ints(case.headers)
    return case


def negative_on_the_wire(api: str, case: Any) -> bool:
    """Workarounds 2 and 3 (see ``configure_schema``): False for a "negative" case that is
    a valid request once sent (escaped path values, arrays of empty strings in a query)."""
    meta = case.meta
    if meta is None or meta.generation.mode != GenerationMode.NEGATIVE:
        return True
    negated = {
        str(getattr(location, "value", location))
        for location, info in (meta.components or {}).items()
        if info.mode == GenerationMode.NEGATIVE
    }
    media_type = str(getattr(case, "media_type", "") or "")
    if negated == {"body"} and media_type.startswith("multipart/") and isinstance(case.body, dict):
        # Multipart parts are text or bytes on the wire: a "negative" number or boolean in a
        # part is the same bytes as a valid string; only a missing required part is invalid.
        required = _multipart_required(api, case.operation.path, case.operation.method, media_type)
        if required is not None and all(name in case.body for name in required):
            return False
    if "query" in negated and isinstance(case.query, dict):
        path, method = case.operation.path, case.operation.method
        for name, value in case.query.items():
            items = value if isinstance(value, list) else [value]
            if not items or any(item != "" for item in items):
                continue
            param_schema = _parameter_schema(api, path, method, name, "query")
            if isinstance(param_schema, dict) and param_schema.get("type") == "array":
                return False
    if negated != {"path"} or not isinstance(case.path_parameters, dict):
        return True
    path, method = case.operation.path, case.operation.method
    for name, value in case.path_parameters.items():
        if not isinstance(value, str) or "%" not in value:
            return True
        param_schema = _parameter_schema(api, path, method, name, "path")
        if param_schema is None or not _valid_as_text(api, param_schema, unquote(value)):
            return True
    return False


def configure_schema(api: str, schema: Any, *, max_examples: int) -> Any:
    """Apply the suite's generation settings and its two documented Schemathesis workarounds.

    1. Integral floats in parameters. Schemathesis 4 draws ``60.0`` for ``type: integer``
       (JSON Schema 2020-12 counts it as an integer) and sends it as the text ``60.0`` in a
       path, query or header parameter. OpenAPI 3.1.0 defines ``integer`` as "a JSON number
       without a fraction or exponent part", and no HTTP server reads ``60.0`` as an integer
       in a URL, so positive cases send such values as ``60``. Negative cases are untouched.
    2. Percent-escaped "negative" path values. Schemathesis percent-encodes generated path
       values itself and judges validity on the escaped text (``a%40b.dev`` is not an email),
       but every server decodes the path (``a@b.dev`` is). A negative case whose only
       negated component is the path, and whose path values all validate once decoded, is
       not negative on the wire; it is dropped (the mock answers it as the valid request it
       is, which ``negative_data_rejection`` would report).
    3. Empty-string array items in a query. ``[""]`` and ``[]`` both serialize to ``name=``
       (form, explode false), and the mock reads ``name=`` as the empty list; a negative case
       whose query holds an array of only empty strings is not negative on the wire, so it
       is dropped.
    4. Multipart parts. A part is text or bytes on the wire: a "negative" number or boolean
       where a string (or file) is expected is the same bytes as a valid value. A negative
       multipart body that has every required part is dropped.
    """
    schema.config.generation.update(
        max_examples=max_examples,
        deterministic=PROFILE != "fuzz",
        database="none",
    )

    @schema.hook  # type: ignore[untyped-decorator]
    def map_case(context: Any, case: Any) -> Any:
        return positive_case_as_sent(case)

    @schema.hook  # type: ignore[untyped-decorator]
    def filter_case(context: Any, case: Any) -> bool:
        return negative_on_the_wire(api, case)

    return schema


class MissingCredentialsAccepted(Failure):
    code = "ST990"
    checks = ("rejects_missing_credentials",)
    kind_title = "Request without credentials accepted"


_probed: set[tuple[str, str]] = set()


def rejects_missing_credentials(ctx: Any, response: Any, case: Any) -> bool | None:
    """The half of Schemathesis' ``ignored_auth`` that applies to a mock.

    ``ignored_auth`` also sends deliberately *wrong* credentials and expects a 401; a mock
    has no account database and accepts any well-formed credential by design, so that
    half cannot pass against any mock (Prism included). This check keeps the other half:
    once per operation, the same request without its credentials must be refused with 401
    or 403. Live mode runs the full ``ignored_auth`` against the real server instead.
    """
    parameters = get_security_parameters(case.operation)
    if not parameters or not 200 <= response.status_code < 300:
        return None
    key = (str(case.operation.schema.location), case.operation.label)
    if key in _probed:
        return None
    _probed.add(key)
    probe = remove_auth(case, parameters)
    answer = send_probe(ctx, case, probe)
    if answer.status_code not in (401, 403):
        raise MissingCredentialsAccepted(
            operation=case.operation.label,
            message=f"Expected 401 or 403 without credentials, got {answer.status_code}",
        )
    return None


MOCK_EXCLUDED_CHECKS = [ignored_auth]
MOCK_ADDITIONAL_CHECKS = [rejects_missing_credentials]


def run_schemathesis_case(
    api: str,
    suite: str,
    case: Any,
    *,
    excluded: list[Any] | None = None,
    additional: list[Any] | None = None,
    **kwargs: Any,
) -> None:
    """``case.call_and_validate`` with every check, recorded in the summary."""
    label = case.operation.label
    try:
        case.call_and_validate(
            excluded_checks=MOCK_EXCLUDED_CHECKS if excluded is None else excluded,
            additional_checks=MOCK_ADDITIONAL_CHECKS if additional is None else additional,
            **kwargs,
        )
    except BaseException as error:
        SUMMARY.case(api, suite, label, failed_checks(error))
        raise
    SUMMARY.case(api, suite, label)


# --- credentials -------------------------------------------------------------------------------


def test_credentials(api: str) -> dict[str, str]:
    """One value per credential argument of the generated client (any value: mocks check form)."""
    values: dict[str, str] = {}
    for scheme in api_ir(api).security_schemes:
        values[scheme.credential] = f"test-{scheme.credential}"
        if scheme.password_credential:
            values[scheme.password_credential] = "test-password"
    return values


def auth_headers(api: str, credentials: Mapping[str, str | None]) -> dict[str, str]:
    """Headers carrying ``credentials`` the way the spec's schemes say (for Schemathesis)."""
    headers: dict[str, str] = {}
    for scheme in api_ir(api).security_schemes:
        value = credentials.get(scheme.credential)
        if not value:
            continue
        if scheme.kind == "bearer":
            headers.setdefault("Authorization", f"Bearer {value}")
        elif scheme.kind == "basic":
            password = credentials.get(scheme.password_credential or "") or ""
            token = base64.b64encode(f"{value}:{password}".encode()).decode()
            headers.setdefault("Authorization", f"Basic {token}")
        elif scheme.location == "header":
            headers.setdefault(scheme.param_name, value)
    return headers


def env_credentials(api: str) -> dict[str, str | None]:
    """Credentials from the generated client's environment variables (live mode)."""
    found: dict[str, str | None] = {}
    for scheme in api_ir(api).security_schemes:
        found[scheme.credential] = os.environ.get(scheme.env_var)
        if scheme.password_credential and scheme.password_env_var:
            found[scheme.password_credential] = os.environ.get(scheme.password_env_var)
    return found


# --- cases to client calls -----------------------------------------------------------------------


class ClientCheckFailed(AssertionError):
    """A client property failed; ``check`` names it in the summary."""

    def __init__(self, check: str, message: str) -> None:
        super().__init__(f"[{check}] {message}")
        self.check = check


@dataclass
class ClientCall:
    operation: Operation
    kwargs: dict[str, Any]
    dropped: list[str]  # generated values the client method has no argument for


def _resolve(api: str, schema: Any) -> Any:
    resolver = _registry(api).resolver(base_uri="urn:spec")
    for _ in range(16):
        if not isinstance(schema, dict) or "$ref" not in schema:
            return schema
        schema = resolver.lookup("urn:spec" + schema["$ref"]).contents
    return schema


def _types(api: str, schema: Any) -> set[str]:
    schema = _resolve(api, schema)
    if not isinstance(schema, dict):
        return set()
    kind = schema.get("type")
    found = {kind} if isinstance(kind, str) else set(kind or [])
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(key) or []:
            found |= _types(api, branch)
    return found


_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def python_value(api: str, op: Operation, parameter: Any, value: Any) -> Any:
    """A case's parameter value as the client method takes it.

    Schemathesis hands over some parameters already serialized for the wire: non-exploded
    arrays joined (``"a,b"``, ``""`` for ``[]``), booleans as ``"true"``/``"false"``, and
    path values percent-encoded. The client serializes by itself, so it gets the typed value.
    """
    schema = _parameter_schema(
        api, op.path, op.http_method, parameter.wire_name, parameter.location
    )
    if schema is None:
        return value
    types = _types(api, schema)
    if isinstance(value, str) and parameter.location == "path":
        value = unquote(value)
    if isinstance(value, str) and "array" in types and "string" not in types:
        if value == "":
            return []
        style = parameter.style or (
            "simple" if parameter.location in ("path", "header") else "form"
        )
        items_schema = _resolve(api, schema).get("items", {})
        item_types = _types(api, items_schema)
        parts = value.split(_DELIMITERS.get(style, ","))
        return [_scalar_from_text(part, item_types) for part in parts]
    if isinstance(value, str) and "string" not in types:
        return _scalar_from_text(value, types)
    return value


def _scalar_from_text(text: str, types: set[str]) -> Any:
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "integer" in types:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in types:
        try:
            return float(text)
        except ValueError:
            pass
    return text


def client_call(api: str, op: Operation, case: Any) -> ClientCall:
    """The keyword arguments of ``op``'s client method that send what ``case`` describes."""
    kwargs: dict[str, Any] = {}
    dropped: list[str] = []
    sources = {
        "path": case.path_parameters or {},
        "query": case.query or {},
        "header": case.headers or {},
        "cookie": case.cookies or {},
    }
    for parameter in op.parameters:
        values = sources.get(parameter.location, {})
        for name, value in values.items():
            if name == parameter.wire_name or (
                parameter.location == "header" and name.lower() == parameter.wire_name.lower()
            ):
                kwargs[parameter.py_name] = python_value(api, op, parameter, value)
                break
    body = op.body
    if body is not None and case.body is not schemathesis_not_set():
        if body.jsonapi is not None and any(a.required for a in body.jsonapi.arguments):
            kwargs.update(_jsonapi_kwargs(body.jsonapi, case.body, dropped))
        elif body.fields is None:
            kwargs["body"] = case.body
        elif isinstance(case.body, dict):
            by_wire = {f.wire_name: f.py_name for f in body.fields}
            for key, value in case.body.items():
                if key in by_wire:
                    kwargs[by_wire[key]] = value
                else:
                    dropped.append(f"body/{key}")
    return ClientCall(op, kwargs, dropped)


def _jsonapi_kwargs(write: Any, document: Any, dropped: list[str]) -> dict[str, Any]:
    """The typed arguments of a JSON:API write (``generator.jsonapi``) that send the
    resource object of ``document``; where there is no argument for a member, it is
    dropped."""
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict):
        dropped.append("body")
        return {}
    kwargs: dict[str, Any] = {}
    if write.id is not None and "id" in data:
        kwargs[write.id.py_name] = data["id"]
    attributes = data.get("attributes")
    by_wire = {a.wire_name: a.py_name for a in write.attributes}
    for key, value in (attributes if isinstance(attributes, dict) else {}).items():
        if key in by_wire:
            kwargs[by_wire[key]] = value
        elif write.extra_name is not None:
            kwargs.setdefault(write.extra_name, {})[key] = value
        else:
            dropped.append(f"body/data/attributes/{key}")
    links = {r.wire_name: r for r in write.relationships}
    relationships = data.get("relationships")
    for key, value in (relationships if isinstance(relationships, dict) else {}).items():
        link = links.get(key)
        linkage = value.get("data") if isinstance(value, dict) else None
        if link is None:
            dropped.append(f"body/data/relationships/{key}")
        elif link.resource_type is None:
            kwargs[link.py_name] = value
        elif link.many and isinstance(linkage, list):
            kwargs[link.py_name] = [item.get("id") for item in linkage if isinstance(item, dict)]
        elif not link.many and (linkage is None or isinstance(linkage, dict)):
            kwargs[link.py_name] = None if linkage is None else linkage.get("id")
        else:
            dropped.append(f"body/data/relationships/{key}")
    return kwargs


@functools.cache
def schemathesis_not_set() -> Any:
    from schemathesis.core import NOT_SET

    return NOT_SET


def dump(value: Any) -> Any:
    """What the client's parsed value says the JSON was."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    return value


def _as_instant(text: str) -> Any:
    for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat, dt.time.fromisoformat):
        try:
            return parse(
                text.replace("Z", "+00:00") if parse is not dt.date.fromisoformat else text
            )
        except ValueError:
            continue
    return None


def differences(received: Any, dumped: Any, where: str = "") -> list[str]:
    """Where ``dumped`` (model -> JSON) differs from ``received`` (the raw JSON).

    Strings that are the same instant in different spellings (``Z`` vs ``+00:00``, fractional
    zeros) compare equal; numbers compare by value (``1`` == ``1.0``); everything else exactly.
    """
    if isinstance(received, dict) and isinstance(dumped, dict):
        found: list[str] = []
        for key in sorted(set(received) | set(dumped)):
            if key not in dumped:
                found.append(f"{where}/{key}: lost (received {received[key]!r})")
            elif key not in received:
                found.append(f"{where}/{key}: invented ({dumped[key]!r})")
            else:
                found.extend(differences(received[key], dumped[key], f"{where}/{key}"))
        return found
    if isinstance(received, list) and isinstance(dumped, list):
        if len(received) != len(dumped):
            return [f"{where}: {len(received)} items received, {len(dumped)} after parsing"]
        found = []
        for index, (left, right) in enumerate(zip(received, dumped, strict=True)):
            found.extend(differences(left, right, f"{where}/{index}"))
        return found
    if isinstance(received, bool) or isinstance(dumped, bool):
        return [] if received is dumped else [f"{where}: {received!r} became {dumped!r}"]
    if isinstance(received, int | float) and isinstance(dumped, int | float):
        return [] if received == dumped else [f"{where}: {received!r} became {dumped!r}"]
    if isinstance(received, str) and isinstance(dumped, str) and received != dumped:
        left, right = _as_instant(received), _as_instant(dumped)
        if left is not None and left == right:
            return []
    if received == dumped and type(received) is type(dumped):
        return []
    return [f"{where or '(body)'}: {received!r} became {dumped!r}"]


def parsed_body(parsed: Any) -> Any:
    """The parsed body of a call: a page's whole response, else the value itself."""
    response = getattr(parsed, "response", None)
    if response is not None and hasattr(parsed, "items") and hasattr(parsed, "has_next_page"):
        return response
    return parsed


def check_round_trip(op: Operation, http_response: Any, parsed: Any) -> None:
    """The parsed value, dumped back to JSON, is the JSON received: nothing lost or invented."""
    if op.response_kind != "json" or op.response_type is None:
        return
    content = http_response.content
    if not content or content.isspace() or http_response.status_code == 204:
        if parsed is not None:
            raise ClientCheckFailed("response_round_trip", f"empty body parsed as {parsed!r}")
        return
    received = json.loads(content)
    problems = differences(received, dump(parsed_body(parsed)))
    if problems:
        shown = "\n  ".join(problems[:10])
        raise ClientCheckFailed(
            "response_round_trip",
            f"{op.operation_id}: the parsed response does not dump back to the JSON received:\n  "
            + shown,
        )


class RateLimiter:
    """At most one request every ``interval`` seconds (live mode)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._last = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if self.interval <= 0:
            return
        with self._lock:
            delay = self._last + self.interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self._last = time.monotonic()


def invoke(client: Any, op: Operation, kwargs: Mapping[str, Any], **options: Any) -> Any:
    """``client.<resource>.with_raw_response.<method>(**kwargs, **options)``."""
    resource = getattr(client, op.resource_attr)
    method: Callable[..., Any] = getattr(resource.with_raw_response, op.method_name)
    return method(**kwargs, **options)
