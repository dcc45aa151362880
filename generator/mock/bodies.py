"""Read a request body according to its media type: JSON, form, multipart, or text.

Every failure is a ``BodySyntaxError`` (the request's fault, a 400), never an exception
that escapes: bodies are attacker-controlled input.
"""

from __future__ import annotations

import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

from generator.mock.params import coerce_tree, nest_brackets, schema_types, sub_schema
from generator.wire.model import Media, is_json_media


class BodySyntaxError(ValueError):
    """The body cannot be read as its declared media type."""


def parse_content_type(header: str | None) -> tuple[str, dict[str, str]]:
    """``("application/json", {"charset": "utf-8"})`` from a Content-Type header."""
    if not header:
        return "", {}
    essence, _, rest = header.partition(";")
    params: dict[str, str] = {}
    for part in rest.split(";"):
        key, _, value = part.partition("=")
        if key.strip():
            params[key.strip().lower()] = value.strip().strip('"')
    return essence.strip().lower(), params


def match_media(media_type: str, documented: dict[str, Media]) -> Media | None:
    """The documented body for ``media_type``: exact, then ``type/*``, then ``*/*``."""
    exact = documented.get(media_type)
    if exact is not None:
        return exact
    major = media_type.split("/", 1)[0]
    return documented.get(f"{major}/*") or documented.get("*/*")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _text(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError) as exc:
        raise BodySyntaxError(f"body is not valid {charset or 'utf-8'} text: {exc}") from None


def parse_json(body: bytes, charset: str | None = None) -> Any:
    text = _text(body, charset)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise BodySyntaxError("body is not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise BodySyntaxError(f"body is not valid JSON: {exc}") from None


def parse_form(data: Any, body: bytes, schema: Any, charset: str | None = None) -> Any:
    text = _text(body, charset)
    try:
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise BodySyntaxError(f"form body is not valid: {exc}") from None
    return coerce_tree(data, _collapse(data, nest_brackets(pairs), schema), schema)


def _collapse(data: Any, values: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A repeated key is an array only where the schema says so; else the last value wins."""
    result: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            kinds = schema_types(data, sub_schema(data, schema, "properties", key))
            if "array" not in kinds and value:
                value = value[-1]
        result[key] = value
    return result


def parse_multipart(data: Any, body: bytes, content_type: str, schema: Any) -> dict[str, Any]:
    _, params = parse_content_type(content_type)
    if not params.get("boundary"):
        raise BodySyntaxError("multipart body has no boundary parameter in Content-Type")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    try:
        message = BytesParser(policy=HTTP).parsebytes(head + body)
    except Exception as exc:  # the email parser signals malformed input in many ways
        raise BodySyntaxError(f"multipart body is not valid: {exc}") from None
    if not message.is_multipart():
        raise BodySyntaxError("multipart body has no parts")
    repeats: dict[str, list[Any]] = {}
    for part in message.iter_parts() if hasattr(message, "iter_parts") else []:
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise BodySyntaxError("a multipart part has no name in its Content-Disposition")
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        property_schema = sub_schema(data, schema, "properties", name)
        value: Any
        if part.get_filename() is not None:
            # A file's content is not JSON data: validate its presence, not its bytes.
            value = f"(file {part.get_filename()!s}, {len(raw)} bytes)"
        else:
            text = raw.decode(part.get_content_charset() or "utf-8", errors="replace")
            kinds = schema_types(data, property_schema)
            if kinds and kinds[0] in ("object", "array") and text.strip()[:1] in ("{", "["):
                try:
                    value = json.loads(text)
                except (ValueError, RecursionError):
                    value = text
            else:
                value = coerce_tree(data, text, property_schema)
        repeats.setdefault(name, []).append(value)
    # A repeated part is a list; collected once, since rebuilding it per part is quadratic.
    return {name: values[0] if len(values) == 1 else values for name, values in repeats.items()}


def parse_body(data: Any, body: bytes, content_type: str, media: Media) -> tuple[Any, bool]:
    """(instance, validate?) for a body of a documented media type."""
    # The request's own type decides the parser: the documented one may be a wildcard.
    essence, params = parse_content_type(content_type)
    charset = params.get("charset")
    if is_json_media(essence) or essence.endswith("+json"):
        return parse_json(body, charset), True
    if essence == "application/x-www-form-urlencoded":
        return parse_form(data, body, media.schema, charset), True
    if essence.startswith("multipart/"):
        return parse_multipart(data, body, content_type, media.schema), True
    if essence.startswith("text/") or "xml" in essence:
        return _text(body, charset), schema_types(data, media.schema)[:1] == ["string"]
    # Binary uploads: nothing a JSON Schema can say about the bytes.
    return None, False
