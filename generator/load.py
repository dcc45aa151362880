"""Read a spec file into plain JSON-compatible data, remembering each node's source line.

YAML is parsed with YAML 1.2 semantics, which is what OpenAPI means: only ``true``/``false``
are booleans and dates stay strings, so ``2024-01-15`` in an example is not silently turned
into a ``datetime.date`` that no JSON Schema ``type: string`` would accept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError, escape_pointer_token

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader whose implicit types follow YAML 1.2's core schema."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Yaml12Loader.yaml_implicit_resolvers.setdefault(_first, []).append(
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
    )


# Real specs stay far below both limits; documents beyond them are refused before anything
# recursive walks them. MAX_NODES stops alias bombs: a few lines whose aliases expand
# exponentially.
MAX_DEPTH = 128
MAX_NODES = 1_000_000


@dataclass(eq=False)
class LoadedSpec:
    """A parsed spec: its data, where it came from, and the source line of every node."""

    path: Path
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.path)

    def line_of(self, pointer: str) -> int:
        """The source line of ``pointer``, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return 0
            pointer = pointer.rsplit("/", 1)[0]

    def diagnostic(self, pointer: str, message: str) -> Diagnostic:
        return Diagnostic(self.name, self.line_of(pointer), pointer, message)


class _Converter:
    """Turns a composed YAML node tree into JSON-compatible data and a pointer→line map."""

    def __init__(self, loader: yaml.SafeLoader, source: str) -> None:
        self.loader = loader
        self.source = source
        self.lines: dict[str, int] = {}
        self.problems: list[Diagnostic] = []

    def convert(self, node: yaml.Node) -> Any:
        # An explicit stack instead of recursion: real specs nest deeply enough to matter.
        # Pointers are built by appending to the parent's, not re-joined from parts.
        # A value's line is its key's line: `info:` is where a reader looks for /info.
        root: list[Any] = [None]
        stack: list[tuple[yaml.Node, str, list[Any] | dict[str, Any], Any, int]] = [
            (node, "", root, 0, node.start_mark.line + 1)
        ]
        lines = self.lines
        converted = 0
        while stack:
            current, pointer, parent, slot, line = stack.pop()
            lines[pointer] = line
            converted += 1
            if converted > MAX_NODES:
                raise SpecError(
                    [
                        Diagnostic(
                            self.source,
                            line,
                            pointer,
                            f"expands to more than {MAX_NODES:,} values (YAML aliases?)",
                        )
                    ]
                )
            if pointer.count("/") > MAX_DEPTH:
                raise SpecError(
                    [
                        Diagnostic(
                            self.source, line, pointer, f"nests more than {MAX_DEPTH} levels deep"
                        )
                    ]
                )
            value: Any
            if isinstance(current, yaml.MappingNode):
                self.loader.flatten_mapping(current)
                value = {}
                for key_node, value_node in current.value:
                    key = self._scalar_key(key_node, pointer)
                    child = pointer + "/" + escape_pointer_token(key)
                    if key in value:
                        self.problems.append(
                            Diagnostic(
                                self.source,
                                key_node.start_mark.line + 1,
                                child,
                                f"duplicate key {key!r} (an earlier value would be lost)",
                            )
                        )
                    value[key] = None
                    stack.append((value_node, child, value, key, key_node.start_mark.line + 1))
            elif isinstance(current, yaml.SequenceNode):
                value = [None] * len(current.value)
                for index, item in enumerate(current.value):
                    child = f"{pointer}/{index}"
                    stack.append((item, child, value, index, item.start_mark.line + 1))
            else:
                value = self.loader.construct_object(current, deep=True)
            parent[slot] = value
        return root[0]

    def _scalar_key(self, key_node: yaml.Node, pointer: str) -> str:
        if not isinstance(key_node, yaml.ScalarNode):
            self.problems.append(
                Diagnostic(
                    self.source,
                    key_node.start_mark.line + 1,
                    pointer,
                    "mapping keys must be plain scalars",
                )
            )
            return str(key_node.start_mark)
        key = self.loader.construct_object(key_node)
        # JSON object keys are strings: `200:` in a responses map means "200".
        if isinstance(key, bool):
            return "true" if key else "false"
        return "null" if key is None else str(key)


def load_spec(path: str | Path) -> LoadedSpec:
    """Parse a YAML or JSON spec. Raises SpecError with one located line per problem."""
    spec_path = Path(path)
    name = str(spec_path)
    try:
        text = spec_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([Diagnostic(name, 0, "", "no such file")]) from None
    except IsADirectoryError:
        raise SpecError([Diagnostic(name, 0, "", "is a directory, not a spec file")]) from None
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(name, 0, "", f"not UTF-8 text (byte {exc.start}): not a YAML/JSON spec")]
        ) from None
    except OSError as exc:
        raise SpecError([Diagnostic(name, 0, "", f"cannot read: {exc.strerror}")]) from None
    return parse_spec_text(text, name)


def parse_spec_text(text: str, name: str) -> LoadedSpec:
    loader = _Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError([Diagnostic(name, 0, "", "empty file: not an OpenAPI document")])
        converter = _Converter(loader, name)
        data = converter.convert(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError([Diagnostic(name, line, "", f"not valid YAML: {reason}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(name, 0, "", f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise SpecError([Diagnostic(name, 0, "", "YAML nests too deeply")]) from None
    finally:
        loader.dispose()
    if converter.problems:
        raise SpecError(converter.problems)
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "null"
        raise SpecError(
            [Diagnostic(name, 1, "", f"top level is a {kind}, not an OpenAPI document (a mapping)")]
        )
    return LoadedSpec(Path(name), data, converter.lines)
