"""Python names from spec names: always valid, never a keyword, builtin or runtime name."""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata

from packaging.version import InvalidVersion, Version

from generator.reserved import RESERVED_ATTRIBUTES, WINDOWS_DEVICE_NAMES

_WORD_BOUNDARY = re.compile(r"[^0-9a-zA-Z]+")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

_BUILTINS = frozenset(dir(builtins))


def ascii_words(text: str) -> list[str]:
    """Words of ``text``: non-ASCII folded (é → e), camelCase and separators split."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words: list[str] = []
    for chunk in _WORD_BOUNDARY.split(folded):
        words.extend(part for part in _CAMEL_SPLIT.split(chunk) if part)
    return words


def snake_case(text: str) -> str:
    return "_".join(word.lower() for word in ascii_words(text))


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in ascii_words(text))


def safe_identifier(name: str, *, fallback: str, reserved: frozenset[str] = frozenset()) -> str:
    """``name`` made a usable identifier: prefixed if it starts with a digit or is empty,
    suffixed with ``_`` if it is a keyword, a builtin or in ``reserved``."""
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _BUILTINS:
        return name + "_"
    if name in reserved:
        return name + "_"
    return name


def snake_identifier(
    text: str, *, fallback: str = "value", reserved: frozenset[str] = RESERVED_ATTRIBUTES
) -> str:
    return safe_identifier(snake_case(text), fallback=fallback, reserved=reserved)


def class_identifier(
    text: str, *, fallback: str = "Model", reserved: frozenset[str] = frozenset()
) -> str:
    name = pascal_case(text) or fallback
    if name[0].isdigit():
        name = fallback + name
    if keyword.iskeyword(name) or name in _BUILTINS:
        name += "Model"
    while name in reserved:
        name += "Model"
    return name


def unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name2``, ``name3``… whichever is not in ``taken``; records it."""
    candidate, counter = name, 2
    while candidate in taken:
        candidate = f"{name}{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def singular(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if lowered.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def member_identifier(
    text: str, *, fallback: str, reserved: frozenset[str] = RESERVED_ATTRIBUTES
) -> str:
    """A snake_case attribute or method name. Builtin names are fine as members
    (``client.leads.list``); keywords and the object's own attributes are not."""
    name = snake_case(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    return name


_LOCAL_LABEL_RUNS = re.compile(r"[a-z0-9]+")
_MAX_LOCAL_LABEL = 64


_DATE_VERSION = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# How a package version was derived from ``info.version`` (the generated README says which).
VERSION_IS_THE_SPECS = "pep440"
VERSION_FROM_DATE = "date"
VERSION_FALLBACK = "fallback"


def package_version(spec_version: str) -> tuple[str, str]:
    """The client package's version for the spec's ``info.version``, and the rule that gave
    it (one of the ``VERSION_*`` names; the generated README documents each).

    The rule: ``info.version`` itself when it is a PEP 440 version, normalized (a leading
    ``v`` is dropped: ``v1`` → ``1``; ``1.0-beta`` → ``1.0b0``). A date, as APIs versioned by
    release date write it (Stripe, GitHub), is a calendar version: ``2024-01-15`` →
    ``2024.1.15``, which sorts as the dates do. Otherwise ``0.0.0`` with the spec's version,
    reduced to lowercase ASCII letters and digits, as the local label: ``latest`` →
    ``0.0.0+latest``; a version with no such characters gives ``0.0.0``."""
    text = spec_version.strip()
    date = _DATE_VERSION.fullmatch(text)
    if date:
        return ".".join(str(int(part)) for part in date.groups()), VERSION_FROM_DATE
    try:
        return str(Version(text)), VERSION_IS_THE_SPECS
    except InvalidVersion:
        pass
    folded = unicodedata.normalize("NFKD", spec_version).encode("ascii", "ignore").decode()
    label = ".".join(_LOCAL_LABEL_RUNS.findall(folded.lower()))[:_MAX_LOCAL_LABEL].strip(".")
    return (str(Version(f"0.0.0+{label}")) if label else "0.0.0"), VERSION_FALLBACK


# File names: a module name derived from spec text must fit every file system: bounded (a
# 300-character tag made "File name too long"), and never a name Windows reserves.
MAX_MODULE_NAME = 64


def bounded_name(name: str, limit: int = MAX_MODULE_NAME) -> str:
    """``name`` cut to ``limit`` characters, with a short hash of the whole name so that
    two long names sharing a prefix stay distinct; Windows' reserved device names get a
    ``_``. Used for identifiers that become file names."""
    if name.lower() in WINDOWS_DEVICE_NAMES:
        name += "_"
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name[: limit - 9].rstrip('_')}_{digest}"
