"""specforge: validate OpenAPI specs, generate typed Python clients, serve a validating mock."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on demand: importlib.metadata costs ~35 ms, more than generating a small API.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("specforge")
        except PackageNotFoundError:  # a checkout that was never installed
            return "0.0.0+unknown"
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
