"""Hypothesis strategies drawing hostile OpenAPI 3.1 documents."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .conftest import CANARY_PAYLOADS

KEYWORDS = ["class", "def", "return", "import", "lambda", "None", "True", "async", "await"]
SOFT_KEYWORDS = ["match", "case", "type", "_"]
BUILTINS = ["list", "dict", "str", "int", "id", "type", "object", "print", "property", "bytes"]
RUNTIME = [
    "Client",
    "AsyncClient",
    "Response",
    "APIResponse",
    "BaseModel",
    "Field",
    "NotGiven",
    "NOT_GIVEN",
    "Endpoint",
    "Param",
    "Pagination",
    "RequestOptions",
    "SyncAPIClient",
    "RateLimitError",
    "APIError",
    "Literal",
    "Any",
    "Annotated",
    "Enum",
    "RootModel",
    "ConfigDict",
    "model_config",
    "model_dump",
    "with_raw_response",
    "options",
    "body",
    "cast",
    "builtins",
    "self",
    "close",
    "base_url",
]
AWKWARD = [
    "1st",
    "123",
    "2fa-code",
    "héllo",
    "naïve_Café",
    "日本語",
    "ñandú",
    "x" * 80,
    "fooBar",
    "foo_bar",
    "foo-bar",
    "FooBar",
    "foo bar",
    "FOO_BAR",
    "a.b",
    "__init__",
    "__class__",
]
NAMES = KEYWORDS + SOFT_KEYWORDS + BUILTINS + RUNTIME + AWKWARD
# Component keys must match ^[a-zA-Z0-9.\-_]+$; draw mostly valid ones so most documents
# get past validation, and a few invalid ones that must be rejected with a location.
COMPONENT_NAMES = [n for n in NAMES if n.replace("-", "").replace(".", "").isascii()]
COMPONENT_NAMES = [n for n in COMPONENT_NAMES if " " not in n]
TEXTS = [*CANARY_PAYLOADS, "", "plain words", 'ends with a quote"', "ends with '"]
ENUM_VALUES: list[Any] = [
    "",
    "a",
    "A",
    "a-b",
    "a_b",
    "a b",
    "A_B",
    "]",
    "a|b",
    "'",
    '"""',
    "\\",
    "{{ x }}",
    "x\x00y",
    "line\nbreak",
    "by list",
    "é",
    0,
    1,
    -1,
    True,
    False,
]

names = st.sampled_from(NAMES)
texts = st.sampled_from(TEXTS)


def _scalar() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.sampled_from(["string", "integer", "number", "boolean"]).map(lambda t: {"type": t}),
        st.lists(
            st.sampled_from(["string", "integer", "number", "boolean", "null"]),
            min_size=1,
            max_size=3,
            unique=True,
        ).map(lambda ts: {"type": ts}),
        st.lists(st.sampled_from(ENUM_VALUES), min_size=1, max_size=6).map(lambda vs: {"enum": vs}),
        st.lists(st.sampled_from(["", "a", "a-b", "a_b", "A B"]), min_size=1, max_size=5).map(
            lambda vs: {"type": ["string", "null"], "enum": [*vs, None]}
        ),
        st.sampled_from(ENUM_VALUES).map(lambda v: {"const": v}),
        st.just({"type": "string", "format": "date-time"}),
        st.just({}),
    )


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A schema that may reference the components in ``refs`` (so, recursion)."""
    leaves: st.SearchStrategy[dict[str, Any]] = _scalar()
    if refs:
        leaves = st.one_of(
            leaves, st.sampled_from(refs).map(lambda r: {"$ref": f"#/components/schemas/{r}"})
        )

    def extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.builds(lambda i: {"type": "array", "items": i}, inner),
            st.builds(
                lambda props, req, desc: {
                    "type": "object",
                    "description": desc,
                    "properties": props,
                    "required": sorted(set(req) & set(props)),
                },
                st.dictionaries(names, inner, max_size=5),
                st.lists(names, max_size=3),
                texts,
            ),
            st.builds(lambda i: {"type": "object", "additionalProperties": i}, inner),
            st.builds(
                lambda kind, members: {kind: members},
                st.sampled_from(["oneOf", "anyOf", "allOf"]),
                st.lists(inner, min_size=1, max_size=3),
            ),
            st.builds(lambda i: {"type": ["array", "null"], "items": i}, inner),
        )

    return st.recursive(leaves, extend, max_leaves=8)


def _deep(depth: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for level in range(depth):
        schema = (
            {"type": "array", "items": schema}
            if level % 2
            else {"type": "object", "properties": {f"l{level}": schema}}
        )
    return schema


@st.composite
def discriminated(draw: st.DrawFn, refs: list[str]) -> dict[str, Any]:
    """A oneOf over object components with a discriminator (added to each member)."""
    return {
        "oneOf": [{"$ref": f"#/components/schemas/{r}"} for r in refs],
        "discriminator": {
            "propertyName": "kind",
            **(
                {"mapping": {str(i): f"#/components/schemas/{r}" for i, r in enumerate(refs)}}
                if draw(st.booleans())
                else {}
            ),
        },
    }


@st.composite
def openapi_documents(draw: st.DrawFn) -> dict[str, Any]:
    component_names = draw(st.lists(st.sampled_from(COMPONENT_NAMES), max_size=6, unique=True))
    components: dict[str, Any] = {}
    for name in component_names:
        components[name] = draw(schemas(component_names))
        components[name].setdefault("description", draw(texts))
    if draw(st.booleans()):
        components["Deep"] = _deep(draw(st.integers(5, 40)))
    objects = [n for n in component_names if components[n].get("type") == "object"]
    if len(objects) >= 2 and draw(st.booleans()):
        for name in objects:
            components[name].setdefault("properties", {})["kind"] = {"type": "string"}
            components[name]["required"] = sorted({*components[name].get("required", []), "kind"})
        components["Tagged"] = draw(discriminated(objects))
    refs = list(components)
    operations: dict[str, Any] = {}
    used_ids: set[str] = set()
    for _ in range(draw(st.integers(1, 3))):
        segments = draw(st.lists(names, min_size=1, max_size=2))
        path_params = draw(st.lists(names, max_size=2, unique=True))
        path = "/" + "/".join(s.replace("/", "_") for s in segments)
        path += "".join(f"/{{{p}}}" for p in path_params)
        item = operations.setdefault(path, {})
        for method in draw(
            st.lists(
                st.sampled_from(["get", "post", "put", "patch", "delete"]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            op_id = draw(names)
            if op_id in used_ids:
                continue
            used_ids.add(op_id)
            parameters = [
                {
                    "name": p,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": draw(texts),
                }
                for p in path_params
            ]
            for pname in draw(st.lists(names, max_size=3, unique=True)):
                if pname in path_params:
                    continue
                parameters.append(
                    {
                        "name": pname,
                        "in": draw(st.sampled_from(["query", "header", "cookie"])),
                        "required": draw(st.booleans()),
                        "description": draw(texts),
                        "schema": draw(schemas(refs)),
                    }
                )
            operation: dict[str, Any] = {
                "operationId": op_id,
                "summary": draw(texts),
                "description": draw(texts),
                "tags": [draw(names)],
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": draw(texts) or "ok",
                        "content": {"application/json": {"schema": draw(schemas(refs))}},
                    },
                    "404": {
                        "description": "missing",
                        "content": {"application/json": {"schema": draw(schemas(refs))}},
                    },
                },
            }
            if method in ("post", "put", "patch"):
                operation["requestBody"] = {
                    "required": draw(st.booleans()),
                    "description": draw(texts),
                    "content": {"application/json": {"schema": draw(schemas(refs))}},
                }
            if draw(st.booleans()):
                operation["security"] = [{"key": []}]
            item[method] = operation
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": draw(st.sampled_from(["Canary {{ 7*7 }} API", *NAMES])),
            "version": "1",
            "description": draw(texts),
        },
        "servers": [{"url": "https://example.com/v1"}],
        "paths": operations,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "key": {
                    "type": "apiKey",
                    "in": draw(st.sampled_from(["header", "query", "cookie"])),
                    "name": draw(names),
                    "description": draw(texts),
                }
            },
        },
    }
    if draw(st.booleans()):
        variable = draw(names)
        document["servers"] = [
            {
                "url": f"https://{{{variable}}}.example.com",
                "variables": {variable: {"default": "api", "description": draw(texts)}},
            }
        ]
    if draw(st.booleans()) and refs:
        document["webhooks"] = {
            draw(names): {
                "post": {
                    "summary": draw(texts),
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": f"#/components/schemas/{draw(st.sampled_from(refs))}"
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    return document
