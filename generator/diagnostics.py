"""Located problems in a spec: ``FILE:LINE: /json/pointer: message``."""

from __future__ import annotations

from dataclasses import dataclass

# Pointers are the spec layer's (generator.spec.pointer); re-exported here because every
# diagnostic is located by one and generator/mock/store.py, validation.py and tests import
# them from here.
from generator.spec.pointer import escape_pointer_token as escape_pointer_token
from generator.spec.pointer import parts_from_pointer as parts_from_pointer
from generator.spec.pointer import pointer_from_parts as pointer_from_parts


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in a spec, with where it is."""

    file: str
    line: int
    pointer: str
    message: str

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}" if self.line else self.file
        return f"{location}: {self.pointer or '/'}: {self.message}"


class SpecError(Exception):
    """A spec could not be used; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics
