"""Idempotency keys in the stateful mock: a call repeated with the same key (a client's
retry) is answered with the first call's response and changes no state.

The key travels in the operation's `x-idempotency-key` header, else `Idempotency-Key`; only
calls whose method is not idempotent are keyed (a GET or PUT needs no key to be repeated).
The same key with a different request is refused (422), as Stripe does.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from generator.mock.problems import Problem, Rejection
from generator.mock.responses import Reply
from generator.wire.model import Operation

DEFAULT_HEADER = "idempotency-key"
# Keys remembered at most; the oldest are forgotten first (a retry comes within seconds).
MAX_KEYS = 10_000
_IDEMPOTENT = frozenset({"get", "head", "options", "put", "delete", "trace"})


class IdempotencyKeys:
    """The responses of keyed calls, by key (bounded, oldest forgotten first)."""

    def __init__(self) -> None:
        self._seen: OrderedDict[str, tuple[str, Reply]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key_of(operation: Operation, headers: dict[str, str]) -> str | None:
        """The call's key (``None``: not keyed); headers are lower-cased."""
        if operation.method in _IDEMPOTENT:
            return None
        name = (operation.idempotency_header or DEFAULT_HEADER).lower()
        return headers.get(name) or None

    @staticmethod
    def fingerprint(operation: Operation, path: str, body: bytes | None) -> str:
        digest = hashlib.sha256(f"{operation.method} {path}\n".encode())
        digest.update(body or b"")
        return digest.hexdigest()

    def replay(self, key: str, fingerprint: str, header: str) -> Reply | None:
        """The first response to this key, or ``None`` when the key is new."""
        with self._lock:
            found = self._seen.get(key)
        if found is None:
            return None
        if found[0] != fingerprint:
            raise Rejection(
                422,
                [Problem(f"header/{header}", "this key was used with a different request")],
            )
        return found[1]

    def remember(self, key: str, fingerprint: str, reply: Reply) -> None:
        with self._lock:
            self._seen[key] = (fingerprint, reply)
            while len(self._seen) > MAX_KEYS:
                self._seen.popitem(last=False)
