"""Spec fidelity: the specs say what the docs in ../shared/seeds say, and nothing they do not.

Issue 18 section 1 found invented error models, formats, bounds and fields, truncated
examples and connector-only attributes. These tests pin each class across every spec, so a
new invented constraint or undeclared example field fails here whichever spec it is in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from starlette.testclient import TestClient

from generator.mock import create_app
from tests.property import _harness as h

# A constraint keyword or format narrows what a client or the mock accepts. The house rule is
# that the spec invents none: each one the docs do state carries an `x-doc-note` citing them.
_CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "pattern",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
# Every API's docs state ISO 8601 timestamps (and show them in the examples).
_DOCUMENTED_EVERYWHERE = frozenset({"date-time"})
_NOT_SCHEMAS = frozenset({"example", "examples", "default", "enum", "const"})


def _schemas(node: Any, where: str, noted: bool) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(pointer, schema-like object, whether it or its parameter has an x-doc-note)."""
    if isinstance(node, dict):
        is_parameter = "in" in node and "name" in node
        here = noted if not is_parameter else "x-doc-note" in node
        yield where, node, here or "x-doc-note" in node
        for key, value in node.items():
            if key in _NOT_SCHEMAS or key.startswith("x-"):
                continue
            yield from _schemas(value, f"{where}/{key}", here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{where}/{index}", noted)


def _narrowing(schema: dict[str, Any]) -> list[str]:
    found = [key for key in _CONSTRAINTS if isinstance(schema.get(key), (int, float, str))]
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt not in _DOCUMENTED_EVERYWHERE:
        found.append(f"format: {fmt}")
    return found


@pytest.mark.parametrize("api", h.APIS)
def test_every_format_and_bound_is_documented(api: str) -> None:
    # Before: Overloop `website`/`linkedin_profile` `format: uri`, Overplane `limit`
    # `minimum: 1`, Pro Pipe Lines `updated_after` `format: date` and `probability` 0-100,
    # Outreach `format: email`, id `minimum: 1`, ... none of them in the docs.
    undocumented = []
    for where, schema, noted in _schemas(h.raw_spec(api), "", False):
        narrowing = _narrowing(schema)
        if narrowing and not noted:
            undocumented.append(f"{where}: {', '.join(narrowing)}")
    assert not undocumented, "constraints the docs do not state:\n" + "\n".join(undocumented)


@pytest.mark.parametrize("api", h.APIS)
def test_no_retry_after_header_is_declared(api: str) -> None:
    # No API's docs document a Retry-After header (Overplane documents no rate limit at all;
    # Outreach's known rate-limit headers are X-RateLimit-*). The runtime honours one anyway.
    declared = [
        where
        for where, node, _ in _schemas(h.raw_spec(api), "", False)
        if where.endswith("/headers") and any(str(k).lower() == "retry-after" for k in node)
    ]
    declared += [name for name in _component(api, "headers") if "retry" in name.lower()]
    assert not declared, declared


@pytest.mark.parametrize("api", ["overloop", "overplane"])
def test_no_rate_limit_status_where_the_docs_document_none(api: str) -> None:
    # Before: both listed 429 (with an assumed body) though their docs document no rate limit.
    # Pro Pipe Lines documents its 429 and Outreach's comes with its known X-RateLimit-* headers.
    listed = [
        f"{method.upper()} {path}"
        for path, item in h.raw_spec(api)["paths"].items()
        for method, operation in item.items()
        if method != "parameters" and "429" in operation.get("responses", {})
    ]
    assert not listed, listed
    assert "TooManyRequests" not in _component(api, "responses")


def _component(api: str, kind: str) -> dict[str, Any]:
    found: dict[str, Any] = h.raw_spec(api).get("components", {}).get(kind, {}) or {}
    return found


# --- examples: complete copies, no field the schema does not declare --------------------------


def _media_examples(api: str) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example value) for every request/response media-type example."""
    spec = h.raw_spec(api)
    roots = [("paths", spec.get("paths") or {}), ("webhooks", spec.get("webhooks") or {})]
    for section, items in roots:
        for path, item in items.items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or method == "parameters":
                    continue
                bodies = []
                body = h._resolve(api, operation.get("requestBody"))
                if isinstance(body, dict):
                    bodies.append(("request", body))
                for status, response in (operation.get("responses") or {}).items():
                    bodies.append((str(status), h._resolve(api, response)))
                for label, holder in bodies:
                    for media, content in (holder.get("content") or {}).items():
                        where = f"{section} {path} {method} {label} {media}"
                        schema = content.get("schema")
                        if "example" in content:
                            yield where, schema, content["example"]
                        for name, example in (content.get("examples") or {}).items():
                            example = h._resolve(api, example)
                            yield f"{where} ({name})", schema, example.get("value")


def _declared(api: str, schema: Any, depth: int = 0) -> tuple[set[str], bool]:
    """Property names an object schema declares, and whether it admits any other name."""
    schema = h._resolve(api, schema)
    if not isinstance(schema, dict) or depth > 12:
        return set(), True
    names = set(schema.get("properties") or {})
    open_ended = bool(schema.get("patternProperties")) or schema.get(
        "additionalProperties"
    ) not in (
        None,
        False,
    )
    composed = False
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            composed = True
            more, member_open = _declared(api, member, depth + 1)
            names |= more
            open_ended = open_ended or (member_open and keyword != "allOf")
    if not names and not composed and "additionalProperties" not in schema:
        open_ended = True  # a bare `type: object` (or `{}`) says nothing about its members
    return names, open_ended


def _member_schema(api: str, schema: Any, key: str, depth: int = 0) -> list[Any]:
    schema = h._resolve(api, schema)
    if not isinstance(schema, dict) or depth > 12:
        return []
    found = []
    if key in (schema.get("properties") or {}):
        found.append(schema["properties"][key])
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            found += _member_schema(api, member, key, depth + 1)
    return found


def _items_schemas(api: str, schema: Any, depth: int = 0) -> list[Any]:
    schema = h._resolve(api, schema)
    if not isinstance(schema, dict) or depth > 12:
        return []
    found = [schema["items"]] if isinstance(schema.get("items"), dict) else []
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            found += _items_schemas(api, member, depth + 1)
    return found


def _undeclared(api: str, schemas: list[Any], value: Any, where: str) -> Iterator[str]:
    if isinstance(value, dict):
        names: set[str] = set()
        open_ended = not schemas
        for schema in schemas:
            declared, is_open = _declared(api, schema)
            names |= declared
            open_ended = open_ended or is_open
        for key, member in value.items():
            if not open_ended and key not in names:
                yield f"{where}/{key}"
            children = [s for schema in schemas for s in _member_schema(api, schema, key)]
            if children:
                yield from _undeclared(api, children, member, f"{where}/{key}")
    elif isinstance(value, list):
        items = [s for schema in schemas for s in _items_schemas(api, schema)]
        if items:
            for index, member in enumerate(value):
                yield from _undeclared(api, items, member, f"{where}/{index}")


@pytest.mark.parametrize("api", h.APIS)
def test_examples_use_only_declared_fields(api: str) -> None:
    # Before: Pro Pipe Lines' pushed webhook examples carried the delivery log's
    # has_succeeded/try_count/last_returned_code; Outreach's examples carried connector-only
    # DDL fields (customFields, accountId, mailbox name, ...). A field an example shows must be
    # one the schema declares (schemas that admit any member, e.g. Overloop `c_*`, excepted).
    found = []
    for where, schema, example in _media_examples(api):
        found += [f"{where}: {path}" for path in _undeclared(api, [schema], example, "")]
    assert not found, "example fields the schema does not declare:\n" + "\n".join(found)


# The 45 keys of the lead object in overplane-crm-lead-api.txt, in the docs' order.
OVERPLANE_LEAD_KEYS = [
    "id",
    "created_at",
    "updated_at",
    "lead_name",
    "company_name",
    "email_id",
    "lead_owner",
    "status",
    "salutation",
    "gender",
    "customer",
    "image",
    "phone",
    "mobile_no",
    "fax",
    "type",
    "market_segment",
    "industry",
    "request_type",
    "company",
    "website",
    "territory",
    "unsubscribed",
    "blog_subscriber",
    "title",
    "language",
    "first_name",
    "middle_name",
    "last_name",
    "no_of_employees",
    "whatsapp_no",
    "phone_ext",
    "qualified_by",
    "qualified_on",
    "qualification_status",
    "job_title",
    "annual_revenue",
    "disabled",
    "city",
    "state",
    "country",
    "utm_content",
    "utm_source",
    "utm_medium",
    "utm_campaign",
]


def test_overplane_lead_examples_are_the_documented_object() -> None:
    # Before: the create and update responses showed a 13-key lead without lead_name; the docs
    # show the same full 45-key lead for retrieve, list, create and update.
    assert len(OVERPLANE_LEAD_KEYS) == 45
    leads = []
    for where, schema, example in _media_examples("overplane"):
        ref = (schema or {}).get("$ref", "")
        if ref.endswith("/Lead"):
            leads.append((where, example))
        elif ref.endswith("/LeadList"):
            leads += [(f"{where} item", item) for item in example["data"]]
    assert len(leads) == 4, leads
    for where, lead in leads:
        assert list(lead) == OVERPLANE_LEAD_KEYS, where
        # The docs' own values, placeholders included (only the mangled email and the
        # "09: 30: 00Z" timestamps are corrected, as the spec's x-doc-note says).
        assert lead["qualified_on"] == "qualified_on_example", where
        assert lead["lead_name"] == "lead_name_example", where


def test_overplane_error_bodies_are_not_invented() -> None:
    # Before: RFC 9457 problem+json bodies for 400/401/404/422/429/5XX. The docs document no
    # error body, so every error response keeps whatever JSON the server sends.
    spec = h.raw_spec("overplane")
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            errors = {k: v for k, v in operation["responses"].items() if not str(k).startswith("2")}
            assert errors, f"{method} {path}: clients need the error statuses"
            for status, response in errors.items():
                content = h._resolve("overplane", response)["content"]
                assert list(content) == ["application/json"], (path, method, status)
                body = h._resolve("overplane", content["application/json"]["schema"])
                assert not ({"type", "properties", "required", "allOf"} & set(body)), body
                assert "x-doc-note" in body
    assert "problem" not in str(spec).lower()


# --- Outreach: API attributes, not the connector's ----------------------------------------------

# Fields only the connector's DDL (drop-down) outputs show: flattened relationships, snake_case
# timestamps, the customFields grouping, and pick-list fields the API does not have.
OUTREACH_CONNECTOR_ONLY = {
    "AccountAttributes": {"customFields"},
    "OpportunityAttributes": {"accountId", "ownerId"},
    "MailboxAttributes": {"name", "created_at", "updated_at"},
    "CallDispositionAttributes": {"description"},
    "CallPurposeAttributes": {"description"},
    "OpportunityStageAttributes": {"value"},
    "PhoneNumberAttributes": {"primary"},
    "SequenceStepAttributes": {
        "sequenceId",
        "title",
        "waitDuration",
        "waitUnit",
        "emailSubject",
        "emailBody",
        "callInstructions",
        "enabled",
    },
}


def test_outreach_attributes_hold_no_connector_only_field() -> None:
    schemas = _component("outreach", "schemas")
    for name, fields in OUTREACH_CONNECTOR_ONLY.items():
        assert not fields & set(schemas[name]["properties"]), name
    # The provenance marker the spec used for them must not survive on any attribute.
    assert "Seen only in the connector's DDL" not in str(h.raw_spec("outreach"))
    # The API is camelCase; snake_case attributes are the connector's (compliance requests'
    # write attributes excepted: the samples document them snake_case).
    for name, schema in schemas.items():
        if name.endswith("Attributes") and name != "ComplianceRequestAttributes":
            snake = [p for p in schema.get("properties", {}) if "_" in p]
            assert not snake, (name, snake)


def _account_attribute_schemas() -> dict[str, dict[str, Any]]:
    schemas = _component("outreach", "schemas")
    return {
        "read": schemas["AccountAttributes"],
        "create": schemas["AccountCreate"]["properties"]["data"]["properties"]["attributes"],
        "update": schemas["AccountUpdate"]["properties"]["data"]["properties"]["attributes"],
    }


def test_outreach_account_custom_fields_are_flat_typed_attributes() -> None:
    # Before: a read-only `customFields` object the API does not have, and no way to write one.
    custom = {f"custom{i}" for i in range(1, 151)}
    for use, schema in _account_attribute_schemas().items():
        properties = schema["properties"]
        assert custom <= set(properties), use
        assert "customFields" not in properties, use
        assert "custom0" not in properties and "custom151" not in properties, use
        for name in custom:
            assert properties[name]["type"] == ["string", "null"], (use, name)
            assert not properties[name].get("readOnly"), (use, name)


def test_outreach_operations_with_query_parameters_document_400() -> None:
    # Before: no list operation documented 400, though the mock and the API answer invalid
    # query parameters with one; the client then had no error body type for it.
    spec = h.raw_spec("outreach")
    missing = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            parameters = [
                h._resolve("outreach", p)
                for p in [*operation.get("parameters", []), *item.get("parameters", [])]
            ]
            if not any(p["in"] == "query" for p in parameters):
                continue
            response = operation["responses"].get("400")
            if response is None:
                missing.append(f"{method.upper()} {path}")
                continue
            schema = h._resolve("outreach", response)["content"]["application/vnd.api+json"]
            assert schema["schema"] == {"$ref": "#/components/schemas/ErrorDocument"}, path
    assert not missing, missing


# --- Overloop and Pro Pipe Lines: values the docs allow are accepted ----------------------------


def _validator(api: str, pointer: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": "urn:spec#" + pointer},
        registry=h._registry(api),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.mark.parametrize(
    ("api", "pointer", "value"),
    [
        # The deal create table: `status | NULL | The deal's status (won, lost or open)`.
        ("overloop", "/components/schemas/DealCreateAttributes/properties/status", None),
        # `status ... can take 3 different values: on, off`: the third must not be refused.
        ("overloop", "/components/schemas/AutomationAttributes/properties/status", "paused"),
        ("overplane", "/components/schemas/LeadInput/properties/qualified_on", "last week"),
        ("propipelines", "/components/schemas/Lead/properties/probability", 150),
    ],
)
def test_values_the_docs_allow_are_valid(api: str, pointer: str, value: Any) -> None:
    errors = [e.message for e in _validator(api, pointer).iter_errors(value)]
    assert not errors, errors


@pytest.mark.parametrize(
    ("api", "pointer", "value"),
    [
        # Constraints the docs state stay: 0-1425 minutes in 15-minute steps, HH:MM times.
        (
            "overloop",
            "/components/schemas/AutomationAttributes/properties/start_sending_minutes",
            7,
        ),
        ("propipelines", "/components/schemas/LeadUpdate/properties/remind_time", "9h30"),
        ("overloop", "/components/schemas/DealCreateAttributes/properties/status", "closed"),
    ],
)
def test_values_the_docs_forbid_stay_invalid(api: str, pointer: str, value: Any) -> None:
    assert list(_validator(api, pointer).iter_errors(value))


def test_propipelines_delivery_log_fields_only_on_the_log() -> None:
    schemas = _component("propipelines", "schemas")
    log_fields = {"has_succeeded", "try_count", "last_returned_code"}
    assert not log_fields & set(schemas["WebhookEventBase"]["properties"])
    declared, _ = _declared("propipelines", schemas["WebhookEvent"])
    assert log_fields <= declared
    for name, hook in h.raw_spec("propipelines")["webhooks"].items():
        example = hook["post"]["requestBody"]["content"]["application/json"].get("example", {})
        assert not log_fields & set(example), name


def test_the_documented_date_params_are_plain_strings() -> None:
    spec = h.raw_spec("propipelines")
    for path, names in (
        ("/leads", {"updated_after", "start_date", "end_date"}),
        ("/leads/{lead_id}/action_histories", {"from", "to"}),
    ):
        for parameter in spec["paths"][path]["get"]["parameters"]:
            parameter = h._resolve("propipelines", parameter)
            if parameter["name"] in names:
                assert "format" not in parameter["schema"], (path, parameter["name"])
                names = names - {parameter["name"]}
        assert not names, f"{path}: parameters not found: {names}"


# --- the mock serves the specs: what the docs allow, it accepts ---------------------------------

_JSONAPI = "application/vnd.api+json"


@pytest.mark.parametrize(
    ("api", "method", "url", "body", "headers"),
    [
        # Overloop: no uri/email format in the docs; a deal's status defaults to NULL.
        (
            "overloop",
            "POST",
            "/public/v1/organizations",
            {"data": {"type": "organizations", "attributes": {"name": "A", "website": "acme.io"}}},
            {"Authorization": "k", "Content-Type": _JSONAPI},
        ),
        (
            "overloop",
            "POST",
            "/public/v1/prospects",
            {"data": {"type": "prospects", "attributes": {"linkedin_profile": "in/ada"}}},
            {"Authorization": "k", "Content-Type": _JSONAPI},
        ),
        (
            "overloop",
            "POST",
            "/public/v1/deals",
            {"data": {"type": "deals", "attributes": {"stage_id": 1, "status": None}}},
            {"Authorization": "k", "Content-Type": _JSONAPI},
        ),
        # Overplane: `limit` has a default and no documented bound.
        ("overplane", "GET", "/api/crm/lead?limit=0", None, {"Authorization": "Bearer sk_test_1"}),
        # Pro Pipe Lines: the date parameters' format is undocumented; probability has no range.
        (
            "propipelines",
            "GET",
            "/api/v2/leads?updated_after=2017-01-01T10:00",
            None,
            {"X-API-KEY": "k"},
        ),
        (
            "propipelines",
            "PUT",
            "/api/v2/leads/1",
            {"amount": 10, "probability": 150},
            {"X-API-KEY": "k"},
        ),
        # Outreach: account custom fields are writable attributes.
        (
            "outreach",
            "POST",
            "/api/v2/accounts",
            {"data": {"type": "account", "attributes": {"name": "Acme", "custom7": "gold"}}},
            {"Authorization": "Bearer t", "Content-Type": _JSONAPI},
        ),
    ],
)
def test_the_mock_accepts_what_the_docs_allow(
    api: str, method: str, url: str, body: Any, headers: dict[str, str]
) -> None:
    with TestClient(create_app(h.SPECS_DIR / f"{api}.yaml")) as client:
        response = client.request(method, url, json=body, headers=headers)
    assert 200 <= response.status_code < 300, response.text


def test_outreach_invalid_query_parameter_gets_the_jsonapi_error_document() -> None:
    # The 400 is now documented, so its body is the API's error document, not a generic one.
    with TestClient(create_app(h.SPECS_DIR / "outreach.yaml")) as client:
        response = client.get(
            "/api/v2/accounts?page[size]=many", headers={"Authorization": "Bearer t"}
        )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors and all(isinstance(error.get("detail"), str) for error in errors), errors
