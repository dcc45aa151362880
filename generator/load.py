"""Read a spec file into plain JSON-compatible data, remembering each node's source line.

YAML is parsed with YAML 1.2 semantics, which is what OpenAPI means: only ``true``/``false``
are booleans and dates stay strings, so ``2024-01-15`` in an example is not silently turned
into a ``datetime.date`` that no JSON Schema ``type: string`` would accept.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import json
import math
import os
import re
import stat
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from generator.diagnostics import Diagnostic, SpecError
from generator.parse_cache import ParseCache, code_identity
from generator.spec.grammar import DocumentStructure, document_structure
from generator.spec.pointer import escape_pointer_token
from generator.spec.refs import References

if TYPE_CHECKING:
    import yaml

# PyYAML is imported only when YAML is parsed: a spec from the parse cache needs none of it.


@functools.cache
def _yaml12_loader() -> type[yaml.SafeLoader]:
    """A safe loader (libyaml's when there is one) whose implicit types follow YAML 1.2's
    core schema."""
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Yaml12Loader(base):  # type: ignore[misc,valid-type]
        pass

    Yaml12Loader.yaml_implicit_resolvers = {
        first: [
            (tag, regexp)
            for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
        ]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for first in "tTfF":
        Yaml12Loader.yaml_implicit_resolvers.setdefault(first, []).append(
            ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
        )
    return Yaml12Loader


# Real specs stay far below these limits; documents beyond them are refused before anything
# recursive walks them. MAX_NODES stops alias bombs: a few lines whose aliases expand
# exponentially. MAX_EXPANDED_SIZE stops the ones made of few but large values (a long
# string or key repeated through aliases): it bounds the characters of every scalar and of
# every node's pointer (which the line map keeps), counted at each place an alias expands.
# The 4 MB Stripe spec comes to about 15 million.
MAX_DEPTH = 128
MAX_NODES = 1_000_000
MAX_EXPANDED_SIZE = 150_000_000

# Explicit tags that construct JSON data; any other (!!binary → bytes, !!timestamp, !!set,
# !!omap, !!python/..., local !tags) would make something JSON cannot hold.
_YAML = "tag:yaml.org,2002:"
_JSON_TAGS = frozenset(
    _YAML + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "merge")
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


def _lone_surrogate(text: str) -> str | None:
    """A problem message when ``text`` holds a lone surrogate (from a `\\ud800` escape):
    no UTF-8 file, hence no generated source, can contain one."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return f"holds a lone surrogate (U+{ord(found.group()):04X}), which is not Unicode text"


class LoadedSpec:
    """A parsed spec: its data, where it came from, and the source line of every node.

    ``lines`` may be given as ``read_lines``, called the first time a line is asked for: a
    spec from the parse cache reads its line map only when a diagnostic needs it."""

    def __init__(
        self,
        path: Path,
        data: Any,
        lines: dict[str, int] | None = None,
        *,
        read_lines: Callable[[], dict[str, int]] | None = None,
    ) -> None:
        self.path = path
        self.data = data
        self._lines = lines if lines is not None or read_lines is not None else {}
        self._read_lines = read_lines

    def __repr__(self) -> str:
        return f"LoadedSpec({self.name!r})"

    @property
    def lines(self) -> dict[str, int]:
        if self._lines is None:
            assert self._read_lines is not None
            self._lines = self._read_lines()
        return self._lines

    @property
    def name(self) -> str:
        return str(self.path)

    @cached_property
    def structure(self) -> DocumentStructure:
        """The grammar walk of the document (references, schemas, schema holders), made
        once: validation and the analyzer both read it."""
        return document_structure(self.data)

    @cached_property
    def refs(self) -> References:
        """The document's `$ref` resolution, cached (the loaded data is never rewritten)."""
        return References(self.data)

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
        import yaml

        self.yaml = yaml
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
        mapping_node, sequence_node = self.yaml.MappingNode, self.yaml.SequenceNode
        converted = 0
        size = 0
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
            tag = current.tag
            if tag not in _JSON_TAGS:
                self.problems.append(
                    Diagnostic(
                        self.source,
                        current.start_mark.line + 1,
                        pointer,
                        f"YAML tag {_tag_name(tag)} makes a value that is not JSON data"
                        " (OpenAPI documents are JSON)",
                    )
                )
                parent[slot] = None
                continue
            value: Any
            if isinstance(current, mapping_node):
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
                    # Counted as each pointer is made: a long key over many children
                    # would otherwise exhaust memory before any child is reached.
                    size += len(child)
                    if size > MAX_EXPANDED_SIZE:
                        self._too_large(line, pointer)
                    stack.append((value_node, child, value, key, key_node.start_mark.line + 1))
            elif isinstance(current, sequence_node):
                value = [None] * len(current.value)
                for index, item in enumerate(current.value):
                    child = f"{pointer}/{index}"
                    size += len(child)
                    if size > MAX_EXPANDED_SIZE:
                        self._too_large(line, pointer)
                    stack.append((item, child, value, index, item.start_mark.line + 1))
            else:
                size += len(current.value)
                value = self.loader.construct_object(current, deep=True)
                # (PyYAML itself refuses a lone surrogate escape such as "\ud800".)
                if isinstance(value, float) and not math.isfinite(value):
                    self._problem(current, pointer, f"{current.value} is not a JSON number")
                if size > MAX_EXPANDED_SIZE:
                    self._too_large(line, pointer)
            parent[slot] = value
        return root[0]

    def _too_large(self, line: int, pointer: str) -> NoReturn:
        if len(pointer) > 200:  # the pointer may be what is too large
            pointer = pointer[:200] + "..."
        raise SpecError(
            [
                Diagnostic(
                    self.source,
                    line,
                    pointer,
                    f"expands to more than {MAX_EXPANDED_SIZE:,} characters"
                    " (YAML aliases of large values or keys?)",
                )
            ]
        )

    def _problem(self, node: yaml.Node, pointer: str, message: str) -> None:
        self.problems.append(Diagnostic(self.source, node.start_mark.line + 1, pointer, message))

    def _scalar_key(self, key_node: yaml.Node, pointer: str) -> str:
        if not isinstance(key_node, self.yaml.ScalarNode):
            self.problems.append(
                Diagnostic(
                    self.source,
                    key_node.start_mark.line + 1,
                    pointer,
                    "mapping keys must be plain scalars",
                )
            )
            return str(key_node.start_mark)
        if key_node.tag not in _JSON_TAGS:
            self._problem(
                key_node, pointer, f"YAML tag {_tag_name(key_node.tag)} is not allowed on a key"
            )
            return str(key_node.start_mark)
        key = self.loader.construct_object(key_node)
        if isinstance(key, float) and not math.isfinite(key):
            self._problem(key_node, pointer, f"key {key_node.value} is not a JSON number")
        # JSON object keys are strings: `200:` in a responses map means "200".
        if isinstance(key, bool):
            return "true" if key else "false"
        return "null" if key is None else str(key)


# The largest spec file read: several times the largest public specs (Stripe's is 4 MB, the
# biggest cloud APIs' some tens of MB); past it, parsing alone would take minutes.
MAX_FILE_BYTES = 256 * 1024 * 1024


class _NotASpecFile(Exception):
    pass


def _read_spec_file(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most MAX_FILE_BYTES: a FIFO would
    block forever and /dev/zero never ends. Opened without blocking, checked, then read."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):
            raise _NotASpecFile("not a regular file (a pipe, socket or device): not a spec file")
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _NotASpecFile(f"larger than {MAX_FILE_BYTES // 2**20} MiB: not read")
    return data


def load_spec(path: str | Path) -> LoadedSpec:
    """Parse a YAML or JSON spec. Raises SpecError with one located line per problem."""
    spec_path = Path(path)
    name = str(spec_path)
    try:
        content = _read_spec_file(spec_path)
        # Universal newlines, as a file opened in text mode reads them.
        text = content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except FileNotFoundError:
        raise SpecError([Diagnostic(name, 0, "", "no such file")]) from None
    except IsADirectoryError:
        raise SpecError([Diagnostic(name, 0, "", "is a directory, not a spec file")]) from None
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(name, 0, "", f"not UTF-8 text (byte {exc.start}): not a YAML/JSON spec")]
        ) from None
    except _NotASpecFile as exc:
        raise SpecError([Diagnostic(name, 0, "", str(exc))]) from None
    except OSError as exc:
        raise SpecError([Diagnostic(name, 0, "", f"cannot read: {exc.strerror}")]) from None
    kind = _kind(spec_path)
    parse = parse_json_text if kind == "json" else parse_spec_text
    cache = ParseCache(content, _parse_settings(kind))
    data = cache.data()
    if data is not None:

        def read_lines() -> dict[str, int]:
            return cache.lines() or parse(text, name).lines

        return LoadedSpec(Path(name), data, read_lines=read_lines)
    spec = parse(text, name)
    cache.store(spec.data, spec.lines)
    return spec


def parse_is_cached(path: str | Path) -> bool | None:
    """Whether ``load_spec(path)`` would be served from the parse cache (its bytes as they
    are now); None without a cache or when the file cannot be read as a spec."""
    spec_path = Path(path)
    try:
        content = _read_spec_file(spec_path)
    except (OSError, _NotASpecFile):
        return None
    return ParseCache(content, _parse_settings(_kind(spec_path))).has_data()


def _kind(spec_path: Path) -> str:
    return "json" if spec_path.suffix.lower() == ".json" else "yaml"


def _parse_settings(kind: str) -> bytes:
    """Everything besides the file's bytes that what a parse makes of them depends on."""
    limits = (MAX_DEPTH, MAX_NODES, MAX_EXPANDED_SIZE)
    # PyYAML by its source, found without importing it (a new version is a new file).
    yaml_package = importlib.util.find_spec("yaml")
    sources = [__file__, escape_pointer_token.__code__.co_filename]
    if yaml_package is not None and yaml_package.origin:
        sources.append(yaml_package.origin)
    return f"{kind}:{limits}".encode() + code_identity(sources)


# --- JSON ---------------------------------------------------------------------------------
# A `.json` spec is read as JSON: YAML 1.2 is meant to be a superset, but PyYAML refuses
# valid JSON (surrogate-pair escapes such as "\ud83d\ude00", U+2028 or U+0085 in keys).
# The json module parses; a token scan of the (then known valid) text finds each value's
# line, duplicate keys, NaN/Infinity and lone surrogates, within the same bounds as YAML.

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _reject_constant(name: str) -> None:
    return None  # located by the token scan below


def parse_json_text(text: str, name: str) -> LoadedSpec:
    """Parse a JSON spec. Raises SpecError with one located line per problem."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise SpecError([Diagnostic(name, exc.lineno, "", f"not valid JSON: {exc.msg}")]) from None
    except RecursionError:
        data = None  # nests too deeply: the scan below says where
    lines, problems = _scan_json(text, name)
    if problems:
        raise SpecError(problems)
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "null"
        raise SpecError(
            [Diagnostic(name, 1, "", f"top level is a {kind}, not an OpenAPI document (a mapping)")]
        )
    return LoadedSpec(Path(name), data, lines)


def _scan_json(text: str, name: str) -> tuple[dict[str, int], list[Diagnostic]]:
    newlines = [match.start() for match in re.finditer("\n", text)]
    lines: dict[str, int] = {}
    problems: list[Diagnostic] = []
    # Open containers: [pointer, is_object, next index, key awaited, keys seen, key line].
    stack: list[list[Any]] = []
    key: str | None = None
    key_line = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        line = bisect.bisect_right(newlines, match.start()) + 1
        top = stack[-1] if stack else None
        if token in ",:":
            if token == "," and top is not None and top[1]:
                top[3] = True
            continue
        if token in "}]":
            stack.pop()
            continue
        if top is not None and top[1] and top[3]:  # an object's key
            key = json.loads(token)
            if "\\u" in token and _lone_surrogate(key):
                problems.append(Diagnostic(name, line, top[0], f"a key {_lone_surrogate(key)}"))
            pointer = top[0] + "/" + escape_pointer_token(key)
            if key in top[4]:
                problems.append(
                    Diagnostic(
                        name,
                        line,
                        pointer,
                        f"duplicate key {key!r} (an earlier value would be lost)",
                    )
                )
            top[4].add(key)
            top[3] = False
            key_line = line
            continue
        # A value: its line is its key's line, as for YAML.
        if top is None:
            pointer = ""
        elif top[1]:
            pointer = top[0] + "/" + escape_pointer_token(key or "")
            line = key_line
        else:
            pointer = f"{top[0]}/{top[2]}"
            top[2] += 1
        lines[pointer] = line
        if len(lines) > MAX_NODES:
            raise SpecError(
                [Diagnostic(name, line, pointer, f"has more than {MAX_NODES:,} values")]
            )
        if token in "{[":
            if len(stack) >= MAX_DEPTH:
                raise SpecError(
                    [Diagnostic(name, line, pointer, f"nests more than {MAX_DEPTH} levels deep")]
                )
            stack.append([pointer, token == "{", 0, token == "{", set(), line])
        elif token in ("NaN", "Infinity", "-Infinity"):
            problems.append(Diagnostic(name, line, pointer, f"{token} is not a JSON number"))
        elif token.startswith('"') and "\\u" in token:
            problem = _lone_surrogate(json.loads(token))
            if problem:
                problems.append(Diagnostic(name, line, pointer, f"the string {problem}"))
    return lines, problems


# --- YAML ---------------------------------------------------------------------------------


def parse_spec_text(text: str, name: str) -> LoadedSpec:
    import yaml

    loader = _yaml12_loader()(text)
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
