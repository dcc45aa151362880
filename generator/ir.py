"""The intermediate representation: what a client package needs to know about an API.

Built from a spec by ``generator.analyze`` (models by ``generator.models_native``); rendered by
``generator.render``. Every name in it is already a valid, collision-free Python identifier
and every type a ``generator.pytypes`` type in terms of the generated models, so templates
only lay code out.

IR nodes are never compared or hashed, so their dataclasses skip ``__eq__``: every method
a dataclass generates is compiled at import, on every ``generate`` run (bench/HISTORY.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from generator.pytypes import BYTES, NONE, STR, PyType
from generator.wire.model import Operation as WireOperation

# The exception classes of the runtime (templates/runtime/_exceptions.py, its ``__all__``),
# re-exported by every package: no model may take one of these names.
RUNTIME_EXCEPTIONS = (
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "OAuthTokenError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SchemaTooDeepError",
    "UnprocessableEntityError",
)


@dataclass(frozen=True, eq=False)
class Parameter:
    py_name: str
    wire_name: str
    location: str  # path | query | header | cookie
    required: bool
    type: PyType
    description: str
    style: str = ""
    explode: bool | None = None


@dataclass(frozen=True, eq=False)
class BodyField:
    """One property of an object request body, offered as a keyword argument."""

    py_name: str
    wire_name: str
    required: bool
    type: PyType
    description: str


@dataclass(frozen=True, eq=False)
class Relationship:
    """One relationship of a JSON:API write, offered as a keyword argument: the id (ids,
    when ``many``) of its target when the linkage names one ``resource_type``, else the
    relationship object itself (``resource_type`` None)."""

    py_name: str
    wire_name: str
    resource_type: str | None
    many: bool
    type: PyType
    required: bool
    description: str


@dataclass(frozen=True, eq=False)
class JsonApiWrite:
    """A JSON:API resource document body (``generator.jsonapi``): the client writes
    ``{"data": {"type": ..., "attributes": ..., "relationships": ...}}`` from these."""

    resource_type: str
    attributes: tuple[BodyField, ...]
    attributes_required: bool  # `attributes` is sent even when no argument is given
    extra_name: str | None  # the argument for attributes beyond the named ones
    extra_type: PyType  # the type of each of those
    relationships: tuple[Relationship, ...]
    id: BodyField | None  # a required `id` the caller gives
    id_from: str | None = None  # the path argument a required `id` is copied from

    @property
    def arguments(self) -> tuple[BodyField | Relationship, ...]:
        return (*((self.id,) if self.id else ()), *self.attributes, *self.relationships)


@dataclass(frozen=True, eq=False)
class Body:
    kind: str  # json | form | multipart | binary | text
    content_type: str
    required: bool
    fields: tuple[BodyField, ...] | None  # flattened object body; None = one `body` argument
    type: PyType  # type of the `body` argument when not flattened
    description: str
    jsonapi: JsonApiWrite | None = None  # typed arguments for a JSON:API document body


@dataclass(frozen=True, eq=False)
class Pagination:
    style: str  # a key of generator.wire.pagination.STYLES
    items: str
    item_type: PyType
    # The runtime ``Pagination``'s other arguments, in its order: (field, Python argument
    # name) for the ``*_param`` keys, (field, JSON pointer) for the others.
    arguments: tuple[tuple[str, str], ...] = ()


@dataclass(eq=False)
class Operation:
    operation_id: str
    method_name: str
    constant_name: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    parameters: list[Parameter]
    body: Body | None
    response_type: PyType | None
    response_kind: str  # json | text | binary | none
    error_types: dict[str, PyType]
    security: tuple[tuple[str, ...], ...]
    retryable: bool
    pagination: Pagination | None
    accept: str | None = None
    idempotency_header: str | None = None
    resource_attr: str = ""
    wire: WireOperation | None = None  # the operation model this was built from
    # How the success body is read as it arrives (``generator.wire.model.Media.stream``):
    # bytes | sse | jsonl; None: read whole.
    stream: str | None = None
    # sse: the type each event's data is validated into (None: kept as text); jsonl: each
    # line's type.
    item_type: PyType | None = None
    sse_reconnect: bool = False  # `x-sse-reconnect: true`

    @property
    def return_type(self) -> PyType:
        if self.response_kind == "text":
            return STR
        if self.response_kind == "binary":
            return BYTES
        return NONE if self.response_type is None else self.response_type


@dataclass(eq=False)
class Resource:
    tag: str
    attr_name: str
    class_name: str
    description: str
    operations: list[Operation] = field(default_factory=list)


@dataclass(frozen=True, eq=False)
class OAuthClient:
    """The token endpoint flows a client runs for an oauth2 scheme (runtime ``_oauth2``):
    the constructor arguments of each, and where its tokens come from."""

    token_url: str | None  # clientCredentials' tokenUrl; None: the flow is not declared
    refresh_url: str | None  # where refresh tokens are redeemed; None: no flow issues them
    flows: tuple[str, ...]  # the declared flows' names, for the README
    client_id: str
    client_secret: str
    refresh_token: str | None  # None: no declared flow hands out refresh tokens
    token_provider: str  # the argument taking a callable that returns an access token
    token_url_argument: str  # the argument overriding both URLs (a test server, a proxy)
    env_vars: tuple[str, ...]  # of client_id, client_secret, refresh_token, then token_url

    @property
    def credentials(self) -> tuple[str, ...]:
        """The string secrets, in the order of ``env_vars``."""
        refresh = (self.refresh_token,) if self.refresh_token else ()
        return (self.client_id, self.client_secret, *refresh)


@dataclass(frozen=True, eq=False)
class SecurityScheme:
    key: str
    kind: str  # apiKey | bearer | basic
    credential: str
    env_var: str
    location: str = "header"
    param_name: str = "Authorization"
    password_credential: str | None = None
    password_env_var: str | None = None
    description: str = ""
    oauth: OAuthClient | None = None

    @property
    def own_credentials(self) -> tuple[str, ...]:
        """The secrets sent as they are given (not the OAuth 2 flows' arguments)."""
        extra = (self.password_credential,) if self.password_credential else ()
        return (self.credential, *extra)

    @property
    def credentials(self) -> tuple[str, ...]:
        flows = self.oauth.credentials if self.oauth else ()
        return (*self.own_credentials, *flows)

    @property
    def env_vars(self) -> tuple[str, ...]:
        """The environment variable of each of ``credentials``, in order."""
        extra = (self.password_env_var,) if self.password_env_var else ()
        flows = self.oauth.env_vars[: len(self.oauth.credentials)] if self.oauth else ()
        return (self.env_var, *extra, *flows)


@dataclass(frozen=True, eq=False)
class ServerVariable:
    py_name: str
    wire_name: str
    default: str
    # Set when the default is a placeholder (analyze.is_placeholder): the value must then
    # come from the argument or this environment variable.
    env_var: str | None
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True, eq=False)
class WebhookSignature:
    location: str  # body | header
    name: str
    algorithm: str
    message: str


@dataclass(frozen=True, eq=False)
class Webhook:
    name: str
    payload_type: PyType
    summary: str
    signature: WebhookSignature | None


# The models' nodes are named tuples: a dataclass compiles its methods at import, and a big
# API has thousands of these, built once and only read.
class ModelField(NamedTuple):
    name: str
    alias: str | None  # the property's key, where the field's name differs from it
    type: PyType
    default: str | None  # Python source of the default; None: the field is required
    doc: str
    # Required in what a client sends: required, and not readOnly (the server sets those).
    sent_required: bool = False


class ModelClass(NamedTuple):
    name: str
    doc: str
    fields: list[ModelField]


class Models(NamedTuple):
    """The models module: classes to lay out, or (``external``) the source another models
    backend wrote, printed as it is, with the names of the classes it defines."""

    classes: tuple[ModelClass, ...] = ()
    external: str | None = None
    external_names: frozenset[str] = frozenset()

    @property
    def names(self) -> set[str]:
        return {cls.name for cls in self.classes} | self.external_names


@dataclass(eq=False)
class Api:
    name: str  # user's package name, e.g. "overloop"
    package: str  # import package, e.g. "overloop_client"
    distribution: str  # e.g. "overloop-client"
    client_class: str
    title: str
    version: str
    description: str
    base_url: str
    server_variables: list[ServerVariable]
    security_schemes: list[SecurityScheme]
    resources: list[Resource]
    models: Models
    model_names: list[str]  # component classes: exported by the package
    webhooks: list[Webhook]
    warnings: list[str] = field(default_factory=list)
    # Set by a config (generator/customize.py): the package's version, instead of one made
    # from info.version, and requirements beside the runtime's.
    package_version: str | None = None
    dependencies: tuple[str, ...] = ()
    # `x-rate-limit`: the documented quota as the runtime's ``Quota`` arguments.
    quota: tuple[int, str] | None = None
    request_id_header: str | None = None  # see ``generator.wire.build.request_id_header``
    # class → module of the models package a config's class_overrides chose for it.
    model_modules: dict[str, str] = field(default_factory=dict)

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]
