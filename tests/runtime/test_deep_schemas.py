"""A long chain of ``$ref`` schemas (Node0 -> Node1 -> ... -> NodeN) used to make every call
raise a bare ``RecursionError``: pydantic builds the chain's schema lazily, on first use,
~10 Python frames per model. The runtime retries that build on a deep stack, and raises
``SchemaTooDeepError`` if even that is not enough."""

from __future__ import annotations

import sys
import types
from typing import Any

import httpx
import pydantic
import pytest
import specforge_runtime._response as response_module
from specforge_runtime._endpoint import Endpoint, Pagination
from specforge_runtime._exceptions import SchemaTooDeepError

from .conftest import Recorder, json_response, make_async, make_sync


def _chain(length: int, tag: str) -> type[pydantic.BaseModel]:
    """Models shaped as datamodel-code-generator writes them for a $ref chain."""
    module = types.ModuleType(f"deep_models_{tag}")
    sys.modules[module.__name__] = module  # pydantic resolves the forward references here
    source = ["from __future__ import annotations", "from pydantic import BaseModel, ConfigDict"]
    for i in range(length):
        following = f"\n    next: {tag}{i + 1} | None = None" if i + 1 < length else ""
        source.append(
            f"class {tag}{i}(BaseModel):\n"
            '    model_config = ConfigDict(extra="allow", defer_build=True)\n'
            f"    name: str | None = None{following}"
        )
    exec("\n\n".join(source), module.__dict__)
    model: type[pydantic.BaseModel] = getattr(module, f"{tag}0")
    return model


def _nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"name": "leaf"}
    for _ in range(depth - 1):
        node = {"name": "x", "next": node}
    return node


def _endpoint(model: Any, **kwargs: Any) -> Endpoint:
    return Endpoint("POST", "/nodes", {}, body_kind="json", response_type=model, **kwargs)


@pytest.mark.parametrize("length", [100, 300])
def test_long_ref_chain_response_parses(length: int) -> None:
    model = _chain(length, f"Resp{length}N")
    recorder = Recorder(json_response(200, _nested(min(length, 150))))
    result = make_sync(recorder).request(_endpoint(model), {}, body={"name": "x"})
    assert isinstance(result, model) and result.name == "x"


async def test_long_ref_chain_async_and_request_body() -> None:
    model = _chain(200, "AsyncN")
    recorder = Recorder(lambda request: httpx.Response(200, content=request.content))
    body = model.model_construct(name="sent")  # built without validating (no schema yet)
    result = await make_async(recorder).request(_endpoint(model), {}, body=body)
    assert recorder.last.content == b'{"name":"sent"}'
    assert isinstance(result, model) and result.name == "sent"


def test_long_ref_chain_in_a_page() -> None:
    model = _chain(150, "PageN")
    endpoint = Endpoint(
        "GET", "/nodes", {}, response_type=Any, pagination=Pagination("page", items="/data")
    )
    recorder = Recorder(json_response(200, {"data": [_nested(3)]}))
    page = make_sync(recorder).request_page(endpoint, {}, model)
    assert isinstance(page.items[0], model)


def test_too_deep_even_for_the_deep_stack_is_a_typed_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(response_module, "_DEEP_RECURSION_LIMIT", 1000)
    model = _chain(300, "TooDeepN")
    recorder = Recorder(json_response(200, _nested(2)))
    with pytest.raises(SchemaTooDeepError) as info:
        make_sync(recorder).request(_endpoint(model), {}, body={"name": "x"})
    assert "TooDeepN0" in str(info.value) and "recursion" in str(info.value)
    assert info.value.method == "POST" and info.value.url


def test_too_deep_request_data_is_a_typed_error() -> None:
    recorder = Recorder(json_response(200, {}))
    with pytest.raises(SchemaTooDeepError):
        make_sync(recorder).request(_endpoint(None), {}, body=_nested(100_000))
    assert not recorder.requests


def test_error_body_with_a_too_deep_model_falls_back_to_json() -> None:
    from specforge_runtime._exceptions import BadRequestError

    model = _chain(300, "ErrN")
    endpoint = Endpoint("GET", "/x", {}, error_types={"400": model})
    recorder = Recorder(json_response(400, {"name": "bad"}))
    with pytest.raises(BadRequestError) as info:
        make_sync(recorder, max_retries=0).request(endpoint, {})
    assert isinstance(info.value.body, model | dict)
