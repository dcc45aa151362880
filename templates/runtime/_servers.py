"""Server variables the caller must give: a spec's default that is only a placeholder
(``YOUR_SLUG_HERE``) never reaches the network."""

from __future__ import annotations

import os

__all__ = ["required_server_variable"]


def required_server_variable(argument: str, value: str | None, env_var: str, default: str) -> str:
    """``value``, else the environment variable; a clear ``ValueError`` before any request
    when neither is set (the spec's default only stands for the caller's own value)."""
    if value:
        return value
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    raise ValueError(
        f"`{argument}` is required: pass it to the client or set the {env_var} environment "
        f"variable (the API's documented default {default!r} is a placeholder), or pass "
        "base_url"
    )
