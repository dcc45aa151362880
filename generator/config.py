"""The ``--config`` file: read and check a TOML file of generation settings.

Every problem is one line, ``FILE:LINE: key: message``. tomllib reports no line for a key, so
each key's line is found in the text (``_KeyLines``): good enough to point at the line a
person wrote, and it falls back to the table's line, then to line 1, never to nothing.
"""

from __future__ import annotations

import builtins
import difflib
import hashlib
import keyword
import re
import shlex
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import InvalidVersion, Version

from generator.naming import MAX_MODULE_NAME
from generator.reserved import WINDOWS_DEVICE_NAMES

# PEP 508's name rule (what pip accepts as a distribution name).
_DISTRIBUTION = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_STRING_LISTS = ("include_tags", "exclude_tags", "exclude_operations", "dependencies", "post_hooks")
KEYS = (
    "package_name",
    "package_version",
    "client_class",
    "templates",
    "class_overrides",
    *_STRING_LISTS,
)


class ConfigError(Exception):
    """The config's problems, each a located line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Config:
    """The settings of one config file, checked; paths resolved against its folder."""

    path: Path
    digest: str  # sha256 of the file's bytes: recorded in the output's manifest
    lines: dict[tuple[str, ...], int] = field(repr=False)
    package_name: str | None = None
    package_version: str | None = None
    client_class: str | None = None
    templates: Path | None = None
    class_overrides: dict[str, str] = field(default_factory=dict)
    # schema → the module of the models package its class goes in (``class_overrides``'
    # ``module``)
    model_modules: dict[str, str] = field(default_factory=dict)
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()
    dependencies: tuple[str, ...] = ()
    post_hooks: tuple[str, ...] = ()

    @property
    def filters_operations(self) -> bool:
        return bool(self.include_tags or self.exclude_tags or self.exclude_operations)

    def located(self, key: tuple[str, ...], message: str) -> str:
        """A problem found after reading (a tag the spec lacks), at the key's line."""
        line = self.lines.get(key) or self.lines.get(key[:1]) or 1
        return f"{self.path}:{line}: {'.'.join(key)}: {message}"


class _KeyLines:
    """Where a key is written: ``key =``, ``"key" =``, ``[key]`` or a dotted ``key.sub =``."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    @staticmethod
    def _spelled(name: str) -> str:
        return rf'(?:{re.escape(name)}|"{re.escape(name)}"|\'{re.escape(name)}\')'

    def _top(self, name: str) -> int | None:
        key = re.compile(rf"^\s*(?:\[\s*)?{self._spelled(name)}\s*(?:=|\]|\.)")
        return next((n for n, line in enumerate(self.lines, 1) if key.search(line)), None)

    def _within(self, name: str, table: int) -> int | None:
        """A key of the table written at line ``table``: inline on that line, or on the
        lines after it up to the next ``[table]`` header."""
        spelled = self._spelled(name)
        key = re.compile(rf"^\s*{spelled}\s*=")
        inline = re.compile(rf"(?:[{{,]\s*|\.){spelled}\s*=")
        if inline.search(self.lines[table - 1]):
            return table
        for number, line in enumerate(self.lines[table:], table + 1):
            if line.lstrip().startswith("["):
                return None
            if key.search(line) or inline.search(line):
                return number
        return None

    def line(self, key: tuple[str, ...]) -> int:
        top = self._top(key[0]) or 1
        if len(key) == 1 or top > len(self.lines):
            return top
        return self._within(key[1], top) or top


def load_config(path: str | Path) -> Config:
    """Read and check ``path``. Raises ConfigError with every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError([f"{path}: cannot read the config ({error.strerror or error})"]) from None
    try:
        text = raw.decode("utf-8")
        document = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError([f"{path}:1: not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        message = _TOML_LINE.sub("", str(error)).strip()
        raise ConfigError([f"{path}:{found.group(1) if found else 1}: {message}"]) from None
    where = _KeyLines(text)
    lines: dict[tuple[str, ...], int] = {}
    problems: list[str] = []

    def problem(key: tuple[str, ...], message: str) -> None:
        lines.setdefault(key, where.line(key))
        problems.append(f"{path}:{lines[key]}: {'.'.join(key)}: {message}")

    settings: dict[str, Any] = {}
    for key, value in document.items():
        lines[(key,)] = where.line((key,))
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problem((key,), f"unknown key{hint}; the keys are {', '.join(KEYS)}")
            continue
        checked = _CHECKS[key](value, path.parent, lambda message, k=key: problem((k,), message))
        if key == "class_overrides" and isinstance(value, dict):
            checked, modules = _class_overrides(value, problem, lines, where)
            settings["model_modules"] = modules
        if checked is not None:
            settings[key] = checked
    if problems:
        raise ConfigError(problems)
    return Config(path=path, digest=hashlib.sha256(raw).hexdigest(), lines=lines, **settings)


def _type_name(value: object) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    names |= {list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _string(value: object, report: Any) -> str | None:
    if not isinstance(value, str):
        report(f"must be a string, not {_type_name(value)}")
        return None
    if not value.strip():
        report("must not be empty")
        return None
    return value


def _string_that(
    value: object, report: Any, *rules: tuple[Callable[[str], object], str]
) -> str | None:
    """``value`` if it is a non-empty string every rule holds for; else the first failing
    rule's problem is reported after the quoted text, and None."""
    text = _string(value, report)
    if text is None:
        return None
    for holds, problem in rules:
        if not holds(text):
            report(f"{text!r} {problem}")
            return None
    return text


def _package_name(value: object, _: Path, report: Any) -> str | None:
    return _string_that(
        value,
        report,
        (_DISTRIBUTION.match, "is not a distribution name (letters, digits, '.', '-', '_')"),
    )


def _package_version(value: object, _: Path, report: Any) -> str | None:
    text = _string(value, report)
    if text is None:
        return None
    try:
        return str(Version(text))
    except InvalidVersion:
        report(f"{text!r} is not a PEP 440 version (e.g. 1.2.0)")
        return None


def _client_class(value: object, _: Path, report: Any) -> str | None:
    return _string_that(
        value,
        report,
        (
            lambda text: text.isidentifier() and text.isascii() and text[0].isupper(),
            "is not a class name (an ASCII identifier starting with a capital)",
        ),
        (
            lambda text: not (keyword.iskeyword(text) or text in dir(builtins)),
            "is a Python keyword or builtin name",
        ),
    )


def _templates(value: object, folder: Path, report: Any) -> Path | None:
    text = _string(value, report)
    if text is None:
        return None
    directory = folder / text
    if not directory.is_dir():
        report(f"{directory} is not a directory")
        return None
    return directory


def _string_list(value: object, _: Path, report: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        report(f"must be an array of strings, not {_type_name(value)}")
        return None
    return tuple(value)


def _dependencies(value: object, folder: Path, report: Any) -> tuple[str, ...] | None:
    items = _string_list(value, folder, report)
    for item in items or ():
        try:
            Requirement(item)
        except InvalidRequirement as error:
            reason = str(error).splitlines()[0]
            report(f"{item!r} is not a requirement ({reason})")
            return None
    return items


def _post_hooks(value: object, folder: Path, report: Any) -> tuple[str, ...] | None:
    items = _string_list(value, folder, report)
    for item in items or ():
        try:
            words = shlex.split(item)
        except ValueError as error:
            report(f"{item!r} cannot be split into words ({error})")
            return None
        if not words:
            report("a hook must name a command")
            return None
    return items


def _table(value: object, _: Path, report: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        report(f"must be a table, not {_type_name(value)}")
    return None  # a table's entries are checked one by one (_class_overrides)


_MODULE = re.compile(r"^[a-z][a-z0-9_]*$")
_OVERRIDE_KEYS = ("class_name", "module", "module_name")


def _class_overrides(
    value: dict[str, Any], problem: Any, lines: dict[tuple[str, ...], int], where: _KeyLines
) -> tuple[dict[str, str] | None, dict[str, str]]:
    """``Schema = "Class"`` or ``Schema = { class_name = "Class", module = "billing" }``
    (``module_name``, openapi-python-client's spelling, is accepted too): the class names,
    and the modules of the models package asked for."""
    overrides: dict[str, str] = {}
    modules: dict[str, str] = {}
    for schema, target in value.items():
        key = ("class_overrides", schema)
        lines[key] = where.line(key)
        if isinstance(target, dict):
            extra = sorted(set(target) - set(_OVERRIDE_KEYS))
            if extra:
                problem(key, f"unknown key {extra[0]!r}: the keys are {', '.join(_OVERRIDE_KEYS)}")
                continue
            if "module" in target and "module_name" in target:
                problem(key, "give module or module_name, not both")
                continue
            module = target.get("module", target.get("module_name"))
            if module is not None:
                checked = _module(module, lambda message, k=key: problem(k, message))
                if checked is None:
                    continue
                modules[schema] = checked
            target = target.get("class_name")
        name = _client_class(target, Path(), lambda message, k=key: problem(k, message))
        if name is not None:
            overrides[schema] = name
    return (overrides if len(overrides) == len(value) else None), modules


def _module(value: object, report: Any) -> str | None:
    """A module of the generated models package: lowercase, so two never differ in case
    only (one file on a case-insensitive file system), and never starting with ``_``, which
    the automatic modules take (``generator/model_modules.py``)."""
    return _string_that(
        value,
        report,
        (
            lambda text: bool(_MODULE.match(text)),
            "is not a module name (lowercase ASCII letters, digits and _, starting with a letter)",
        ),
        (lambda text: not keyword.iskeyword(text), "is a Python keyword"),
        (
            lambda text: text not in WINDOWS_DEVICE_NAMES and len(text) <= MAX_MODULE_NAME,
            f"cannot be a file name everywhere (a Windows device name, or over {MAX_MODULE_NAME}"
            " characters)",
        ),
    )


_CHECKS: dict[str, Any] = {
    "package_name": _package_name,
    "package_version": _package_version,
    "client_class": _client_class,
    "templates": _templates,
    "class_overrides": _table,
    "include_tags": _string_list,
    "exclude_tags": _string_list,
    "exclude_operations": _string_list,
    "dependencies": _dependencies,
    "post_hooks": _post_hooks,
}
