"""specforge: validate OpenAPI specs, generate typed Python clients, serve a validating mock."""

__version__ = "0.1.0"
