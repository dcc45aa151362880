"""Strict reading of the numbers a request carries (headers, query, path, fault items).

``str.isdigit``, ``int()`` and ``float()`` accept far more than HTTP means by a number:
superscripts (``'²'.isdigit()`` is true, ``int('²')`` raises), other scripts' digits
(``int('٣') == 3``), full-width digits, ``_`` separators (``int('1_0') == 10``), spaces,
``nan`` and ``inf``; and ``int()`` raises past Python's digit limit (4300 by default, 640 at
the lowest). Every number the mock reads from a request goes through this module: ASCII
digits only, bounded length, so bad text is a value the caller rejects with a 4xx, never an
exception.
"""

from __future__ import annotations

import math
import re

# The lowest value Python allows for sys.set_int_max_str_digits: int() never raises below it,
# whatever the interpreter is configured with.
MAX_DIGITS = 640
_DIGITS = f"[0-9]{{1,{MAX_DIGITS}}}"
INTEGER = re.compile(f"[+-]?{_DIGITS}")
NUMBER = re.compile(
    rf"[+-]?(?:{_DIGITS}(?:\.[0-9]{{0,{MAX_DIGITS}}})?|\.{_DIGITS})(?:[eE][+-]?[0-9]{{1,4}})?"
)
_UNSIGNED = re.compile(_DIGITS)


def parse_int(text: str) -> int | None:
    """``text`` as a (signed) decimal integer of ASCII digits, else None."""
    return int(text) if INTEGER.fullmatch(text) else None


def parse_unsigned(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """``text`` as ASCII digits only (no sign, no spaces) of at most ``max_digits``, else None."""
    if len(text) > max_digits or not _UNSIGNED.fullmatch(text):
        return None
    return int(text)


def parse_number(text: str) -> float | None:
    """``text`` as a finite decimal number of ASCII digits (no nan/inf, no ``_``), else None."""
    if not NUMBER.fullmatch(text):
        return None
    number = float(text)
    return number if math.isfinite(number) else None
