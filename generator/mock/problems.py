"""What is wrong with a request, in a form every error response can be built from."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus


@dataclass(frozen=True)
class Problem:
    location: str  # "body/email", "query/limit", "header/X-API-KEY", "path/lead_id"
    message: str
    pointer: str = ""  # JSON pointer into the request body, when the problem is in it


class Rejection(Exception):
    """A request the mock answers with an error status instead of a success."""

    def __init__(
        self,
        status: int,
        problems: list[Problem],
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.problems = problems
        self.title = title or phrase(status)
        self.headers = headers or {}
        super().__init__(f"{status} {self.title}: {summary(problems)}")


def phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def summary(problems: list[Problem]) -> str:
    if not problems:
        return ""
    parts = [f"{p.location}: {p.message}" if p.location else p.message for p in problems[:3]]
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return "; ".join(parts) + more
