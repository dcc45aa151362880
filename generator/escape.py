"""Spec text → generated text: the one set of rules by which a spec's words reach Python
source (docstrings, string literals), comments, Markdown and TOML.

This is the code-injection boundary: whatever a spec holds, the text it becomes cannot end
its string early, run as code, or read differently from what runs ("Trojan Source").
Identifiers are ``generator.naming``'s job: they never carry spec text, only its words.
"""

from __future__ import annotations

import re
import unicodedata

_SURROGATES = re.compile("[\ud800-\udfff]")
# A lone quote cannot close a triple-quoted string; runs of two or more could, as could a
# quote right before the closing quotes.
_QUOTE_RUNS = re.compile(r'"{2,}|"$')

# Characters that must never reach a generated file raw where they are shown rather than
# escaped (comments, Markdown, TOML): controls (Cc), format characters (Cf: the bidi overrides
# U+202A-U+202E and isolates U+2066-U+2069, U+200E/F, U+061C, ...), line/paragraph separators
# (Zl, Zp), lone surrogates (Cs), private use and unassigned.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"})


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (possible through a JSON escape): no UTF-8
    file can hold one, and pydantic-core refuses one in an alias, a Literal or a default."""
    return not text.isascii() and _SURROGATES.search(text) is not None


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD: a surrogate is no text."""
    return _SURROGATES.sub("\ufffd", text) if not text.isascii() else text


def python_literal(value: object) -> str:
    """Python source for a JSON scalar (or a tuple of them): ``repr`` escapes quotes,
    backslashes and every character that is not printable (bidi controls and lone
    surrogates included)."""
    return repr(value)


def docstring(text: str, indent: int = 4) -> str:
    """The body of a triple-quoted string whose value is ``text`` (trimmed, each line's
    trailing space dropped): the first line as is, the others indented by ``indent``, blank
    lines empty. No spec text can end the string early: backslashes and any quote that could
    take part in closing it are escaped, and every character that is not printable (controls,
    bidi and other format characters, separators, a tab) is written as an escape, which is
    the same text at runtime."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text.strip()  # one line (a line break is not printable), nothing to escape
    text = without_surrogates(text.replace("\r\n", "\n"))
    lines = [_escape_line(line.rstrip()) for line in text.strip().split("\n")]
    pad = " " * indent
    return "\n".join([lines[0], *((pad + line) if line else "" for line in lines[1:])])


def _escape_line(line: str) -> str:
    line = line.replace("\\", "\\\\")
    if '"' in line:
        line = _QUOTE_RUNS.sub(lambda match: '\\"' * len(match.group()), line)
    return unprintable_escaped(line)


def unprintable_escaped(text: str) -> str:
    """``text`` with every character that is not printable, a line break aside, written as
    its backslash escape: inside a string literal that is the same text at runtime, and no
    control, bidi or other invisible character is left in the source."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or char == "\n" else _escape_char(char) for char in text
    )


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\t":
        return "\\t"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def docline(text: str) -> str:
    """Spec text for the middle of a docstring line: one line (``comment``), escaped as
    ``docstring`` escapes it."""
    return docstring(comment(text), indent=0)


def comment(text: str) -> str:
    """Spec text for one line of a comment, Markdown or TOML: whitespace runs (line breaks
    included) become one space; invisible characters are shown as ``\\uXXXX``."""
    return _show_invisible(" ".join(text.replace("\x00", "").split()))


def _show_invisible(text: str) -> str:
    """``text`` with every invisible character written as ``\\uXXXX`` text, visible where
    nothing interprets escapes (a comment, Markdown)."""
    if text.isprintable():
        return text
    return "".join(
        (f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        if not c.isprintable() and _is_invisible(c)
        else c
        for c in text
    )


def _is_invisible(char: str) -> bool:
    return char not in "\n\t" and unicodedata.category(char) in _INVISIBLE_CATEGORIES


def toml_string(text: str) -> str:
    """A TOML basic string holding ``text``: quotes, backslashes and control characters
    escaped, everything else (emoji included) written as UTF-8, which TOML allows. A lone
    surrogate, which no UTF-8 file can hold, becomes U+FFFD."""
    escaped = without_surrogates(text).replace("\\", "\\\\").replace('"', '\\"')
    if not escaped.isprintable():
        escaped = "".join(
            f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cc" else c for c in escaped
        )
    return f'"{escaped}"'
