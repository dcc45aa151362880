"""Turn on the mock's modes on an app made by ``create_app``: proxy (with report and
record), replay, seed data, webhook delivery. One place for the command line and tests.

A ``ModeError`` names the option that is wrong; a ``SpecError`` lists seed data problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette

from generator.mock.cassette import CassetteError, JsonLines, Redactor, Replay


class ModeError(ValueError):
    """An option combination or value the mock refuses (the message starts with it)."""


@dataclass
class Modes:
    proxy: str | None = None
    upstream_timeout: float | None = None
    report: str | None = None
    record: str | None = None
    replay: str | None = None
    data: str | None = None
    webhooks: list[str] = field(default_factory=list)
    webhook_secret: str = ""
    webhook_hosts: list[str] = field(default_factory=list)


def configure(app: Starlette, modes: Modes) -> list[str]:
    """Apply ``modes`` to ``app``; a short description of each mode turned on."""
    core = app.state.mock
    described: list[str] = []
    if modes.proxy is None and (modes.report or modes.record):
        raise ModeError("--report and --record need --proxy UPSTREAM_URL")
    if modes.proxy is not None and (modes.replay or modes.data or core.store is not None):
        raise ModeError("--proxy: forwards everything; not with --replay, --data or --stateful")
    if (modes.data or modes.webhooks) and core.store is None:
        raise ModeError("--data and --webhook need --stateful")
    if modes.proxy is not None:
        from generator.mock.proxy import UPSTREAM_TIMEOUT, Proxy, check_upstream

        problem = check_upstream(modes.proxy)
        if problem is not None:
            raise ModeError(f"--proxy: {problem}")
        app.router.default = Proxy(
            core,
            modes.proxy,
            report=_opened(modes.report, "--report"),
            record=_opened(modes.record, "--record"),
            timeout=modes.upstream_timeout or UPSTREAM_TIMEOUT,
        )
        described.append(f"proxy to {modes.proxy}")
    if modes.replay is not None:
        try:
            replay = Replay(Path(modes.replay), core, Redactor(core.model))
        except CassetteError as error:
            raise ModeError(f"--replay: {error}") from None
        app.router.default = replay
        described.append(f"replaying {len(replay)} exchange(s)")
    if modes.data is not None:
        from generator.mock.seed import load_seed

        path = modes.data

        def reload() -> int:
            return load_seed(path, core.store, core.schemas)

        count = reload()
        core.reload_seed = reload
        described.append(f"{count} seed record(s)")
    if core.store is not None:
        from generator.mock.webhook_delivery import WebhookError, Webhooks

        if core.model.data.get("webhooks"):
            webhooks = Webhooks(
                core.model,
                core.responses,
                secret=modes.webhook_secret,
                allowed_hosts=frozenset(modes.webhook_hosts),
            )
            for url in modes.webhooks:
                try:
                    webhooks.register(url)
                except WebhookError as error:
                    raise ModeError(f"--webhook: {error}") from None
            core.webhooks = webhooks
            core.store.on_change = webhooks.on_change
            if modes.webhooks:
                described.append(f"webhooks to {len(modes.webhooks)} receiver(s)")
        elif modes.webhooks:
            raise ModeError("--webhook: this spec declares no webhooks")
    return described


def _opened(path: str | None, option: str) -> JsonLines | None:
    if path is None:
        return None
    try:
        return JsonLines(Path(path))
    except OSError as error:
        raise ModeError(f"{option}: {path}: cannot open: {error.strerror}") from None
