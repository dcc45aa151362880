"""docs/templates.md stays true: every name it documents is in the context of the templates
it names, every object field it lists exists, every filter it lists is installed."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import ir, render
from generator.generate import render as render_files
from tests.conftest import ROOT

DOC = ROOT / "docs" / "templates.md"
# propipelines has webhooks, pagination, bodies and security: every template is rendered.
SPEC = ROOT / "specs" / "propipelines.yaml"
OBJECTS: dict[str, type] = {
    "Api": ir.Api,
    "Resource": ir.Resource,
    "Operation": ir.Operation,
    "Parameter": ir.Parameter,
    "Body": ir.Body,
    "BodyField": ir.BodyField,
    "Pagination": ir.Pagination,
    "SecurityScheme": ir.SecurityScheme,
    "ServerVariable": ir.ServerVariable,
    "Webhook": ir.Webhook,
    "WebhookSignature": ir.WebhookSignature,
    "MethodView": render.MethodView,
    "Argument": render.Argument,
    "ClassView": render.ClassView,
    "FieldView": render.FieldView,
}
_HEADING = re.compile(r"^#{2,3} (.*)$")
_ROW = re.compile(r"^\| `(\w+)` \|")


def _sections() -> dict[str, list[str]]:
    """Each heading of the doc → the names in the first column of its table."""
    sections: dict[str, list[str]] = {}
    heading = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if found := _HEADING.match(line):
            heading = found.group(1)
        elif found := _ROW.match(line):
            sections.setdefault(heading, []).append(found.group(1))
    return sections


@pytest.fixture(scope="module")
def contexts() -> dict[str, set[str]]:
    """The names each template was rendered with, for the spec that uses them all."""
    seen: dict[str, set[str]] = {}
    original = jinja2.Template.render

    def recording(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        seen.setdefault(str(self.name), set()).update(dict(*args, **kwargs))
        return original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Template, "render", recording)
        render_files(SPEC, "propipelines")
    return seen


def test_every_template_context_has_the_documented_names(
    contexts: dict[str, set[str]],
) -> None:
    checked = set()
    for heading, names in _sections().items():
        templates = re.findall(r"`([\w/.]+\.j2)`", heading)
        for template in templates:
            if template == "_model_class.py.j2":
                # An include: it sees models.py.j2's context and its loop variable.
                source = Path(ROOT / "templates" / "package" / "models.py.j2").read_text()
                assert "{% for cls in classes %}" in source
                assert '{% include "_model_class.py.j2" %}' in source
                checked.add(template)
                continue
            missing = set(names) - contexts[template]
            assert not missing, f"{template}: documented but not in its context: {missing}"
            checked.add(template)
    assert checked == set(
        str(p.relative_to(ROOT / "templates" / "package"))
        for p in (ROOT / "templates" / "package").rglob("*.j2")
    ), "every template's context is documented"


def _fields(cls: type) -> set[str]:
    names = set(getattr(cls, "_fields", ()))
    if dataclasses.is_dataclass(cls):
        names |= {f.name for f in dataclasses.fields(cls)}
    names |= {n for n, v in vars(cls).items() if isinstance(v, property)}
    return names


def test_every_documented_field_exists() -> None:
    sections = _sections()
    for name, cls in OBJECTS.items():
        documented = sections.get(f"`{name}`")
        assert documented, f"docs/templates.md documents no fields of {name}"
        missing = set(documented) - _fields(cls)
        assert not missing, f"{name}: documented but not a field: {missing}"


def test_every_documented_filter_is_installed() -> None:
    environment = render.template_environment()
    filters = _sections()["Filters"]
    assert filters
    assert set(filters) <= set(environment.filters)
