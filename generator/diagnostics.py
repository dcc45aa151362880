"""Located problems in a spec: ``FILE:LINE: /json/pointer: message``."""

from __future__ import annotations

import sys
from dataclasses import dataclass

# Pointers are the spec layer's (generator.spec.pointer); re-exported here because every
# diagnostic is located by one and generator/mock/store.py, validation.py and tests import
# them from here.
from generator.spec.pointer import escape_pointer_token as escape_pointer_token
from generator.spec.pointer import parts_from_pointer as parts_from_pointer
from generator.spec.pointer import pointer_from_parts as pointer_from_parts


@dataclass(frozen=True, order=True)
class Location:
    """Where something is: a spec (``file``, ``line``, JSON ``pointer``) or, for the diff's
    changes, a generated module (``file`` relative to the package, ``pointer`` the dotted
    name). ``line`` 0: unknown, left out when shown."""

    file: str
    line: int
    pointer: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.pointer or '/'}"


@dataclass(frozen=True, order=True)
class Diagnostic(Location):
    """One problem found in a spec, with where it is."""

    message: str

    def __str__(self) -> str:
        return f"{super().__str__()}: {self.message}"


class SpecError(Exception):
    """A spec could not be used; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics

    def print(self) -> None:
        """Every diagnostic on stderr, one a line: what each command shows for a bad spec."""
        for diagnostic in self.diagnostics:
            print(diagnostic, file=sys.stderr)
