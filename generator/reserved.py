"""Every name a generated package already uses, in one place: a name from the spec that
would collide with one of these is renamed (``generator.naming`` says how).

Each set says whose names it holds and who avoids them: models (classes), model fields,
client/resource attributes, method arguments, constructor arguments, module files.
"""

from __future__ import annotations

from generator.ir import RUNTIME_EXCEPTIONS

# Attribute names a generated client/resource/model object already uses for itself.
RESERVED_ATTRIBUTES = frozenset(
    {
        "self",
        "cls",
        "client",
        "with_raw_response",
        "model_config",
        "model_fields",
        "model_dump",
        "model_validate",
        "model_copy",
        "extra_headers",
        "extra_query",
        "timeout",
        "max_retries",
        "idempotent",
        "options",
    }
)
# Method arguments must also not shadow what a generated method body calls.
RESERVED_ARGUMENTS = RESERVED_ATTRIBUTES | {"cast", "builtins", "body"}

# Class names the models module or the package's public namespace already uses.
RESERVED_MODEL_NAMES = frozenset(
    {
        "Any",
        "Annotated",
        "BaseModel",
        "ConfigDict",
        "Field",
        "RootModel",
        "Literal",
        "Optional",
        "Union",
        "List",
        "Dict",
        "Enum",
        "StrEnum",
        "IntEnum",
        "AwareDatetime",
        "NaiveDatetime",
        "UUID",
        "Decimal",
        "Client",
        "AsyncClient",
        "APIResponse",
        "RateLimit",
        "Quota",
        "DOCUMENTED_QUOTA",
        "NotGiven",
        "SyncPage",
        "AsyncPage",
        "AsyncPaginator",
        "Stream",
        "AsyncStream",
        "ServerSentEvent",
        "StreamedResponse",
        "AsyncStreamedResponse",
        "Webhook",
        "Webhooks",
        # Imported beside the models in resource modules, __init__ and webhooks.py.
        "Endpoint",
        "Param",
        "Pagination",
        "RequestOptions",
        "FileTypes",
        "FileContent",
        "SyncAPIClient",
        "AsyncAPIClient",
        "Unpack",
        "Mapping",
        "Signature",
        "WebhookVerificationError",
        "ReplayGuard",
        "InMemoryReplayGuard",
        "DEFAULT_TOLERANCE",
        "DEFAULT_MAX_RESPONSE_BYTES",
        # The models module's TypedDicts (generator/render.py).
        "TypedDict",
        "Required",
        # A models module naming far classes imports them under it (generator/render.py).
        "TYPE_CHECKING",
        # Open enums and discriminated unions (templates/runtime/_unions.py).
        "UnknownEnum",
        "Tag",
        "Discriminator",
        *RUNTIME_EXCEPTIONS,
    }
)
# Attributes of the client object itself, which resources must not shadow.
RESERVED_CLIENT_ATTRIBUTES = RESERVED_ATTRIBUTES | {
    "close",
    "base_url",
    "request",
    "request_page",
    "with_options",
    "_bind",
}

# Names the client constructor already has, or whose module its body uses (``os.environ``):
# credentials and server variables, which become constructor arguments, must avoid them.
CONSTRUCTOR_RESERVED = RESERVED_ATTRIBUTES | {
    "required_server_variable",
    "base_url",
    "http_client",
    "default_headers",
    "credentials",
    "quota",
    "idempotency_keys",
    "Literal",
    "os",
    "httpx",
}

# Public attributes of pydantic.BaseModel (v2, including the deprecated v1 API) that a field
# must not replace; ``model_*`` and ``_*`` names are excluded by prefix.
BASEMODEL_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)
# Names the module's annotations use: a field with one of these names would shadow it for
# the annotations that follow it in the class body (for mypy and pydantic alike).
MODULE_TYPE_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "BaseModel",
        "ConfigDict",
        "Field",
        "Literal",
        "UnknownEnum",
        "Tag",
        "Discriminator",
        "discriminated",
        "bool",
        "bytes",
        "date",
        "datetime",
        "dict",
        "float",
        "int",
        "list",
        "str",
    }
)
# Fixed rather than ``keyword.softkwlist``, which grows between Python versions (``type`` in
# 3.12): the output must not depend on the interpreter that generates it.
SOFT_KEYWORDS = frozenset({"_", "case", "match", "type"})
# Module files: never a device name Windows reserves (``con.py`` cannot be created there).
WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
