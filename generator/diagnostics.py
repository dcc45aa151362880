"""Located problems in a spec: ``FILE:LINE: /json/pointer: message``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def escape_pointer_token(token: str | int) -> str:
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def pointer_from_parts(parts: Sequence[str | int]) -> str:
    return "".join("/" + escape_pointer_token(part) for part in parts)


def parts_from_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]


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
