"""A validating, spec-driven mock server."""
