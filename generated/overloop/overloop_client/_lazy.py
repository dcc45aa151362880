"""Names of a package imported from their modules on first use (PEP 562).

A large API's client has hundreds of model classes and dozens of resources; building them all
at ``import`` took Stripe's client about 1 s. The generated ``__init__`` modules list what they
export under ``if TYPE_CHECKING:`` (so type checkers and IDEs see every name) and hand this
module a table of name → module; a name is imported the first time it is read, then kept in
the package's namespace, so later reads cost nothing.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping

__all__ = ["exports"]


def exports(
    package: str,
    modules: Mapping[str, str],
    names: Iterable[str],
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``modules`` maps each name it
    exports lazily to its module, relative to ``package``; ``names`` is its ``__all__``;
    ``submodules`` are read as attributes (``package.models``) as when they were imported
    eagerly."""
    namespace = sys.modules[package].__dict__
    listed = frozenset(names)
    children = frozenset(submodules)

    def __getattr__(name: str) -> object:
        module = modules.get(name)
        if name in children:
            value: object = importlib.import_module(f"{package}.{name}")
        elif module is not None:
            value = getattr(importlib.import_module(f"{package}.{module}"), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *listed})

    return __getattr__, __dir__
