"""Spec drift: turn observed traffic into a proposed OpenAPI Overlay, and apply overlays."""
