"""Fields

Fields of leads and client folders.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import FieldModel

__all__ = ["AsyncFieldsResource", "FieldsResource"]

_LIST_FIELDS = Endpoint(
    method="GET",
    path="/fields",
    params={
        "type": Param("type", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.FieldModel]),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_CREATE_FIELD = Endpoint(
    method="POST",
    path="/fields",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.FieldModel),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=False,
)


class FieldsResource:
    """Fields

    Fields of leads and client folders.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return FieldsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: Literal["lead", "client"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FieldModel]:
        """List the fields

        Return the list of fields defined for your leads and clients. Not paginated.

        `GET /fields`

        Args:
            type: Restrict the type of fields returned: lead or client (filters on parent_type).

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[FieldModel]",
            self._client.request(
                _LIST_FIELDS,
                {"type": type},
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        parent_type: Literal["lead", "client"],
        type: Literal[
            "unset",
            "email",
            "phone",
            "mobile",
            "address",
            "web",
            "first_name",
            "last_name",
            "full_name",
            "job",
            "fax",
            "vat",
            "city",
            "zipcode",
            "state",
            "country",
            "company_id",
            "custom1",
            "custom2",
            "custom3",
            "custom4",
            "custom5",
        ]
        | NotGiven = NOT_GIVEN,
        is_key: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FieldModel:
        """Create a field

        Create a field on leads or client folders. Returns the created field.

        `POST /fields`

        Args:
            name: Name of the field (max 32 characters).
            parent_type: Element on which the field will be associated.
            type: Type of the field. custom1..custom5 are not available in the starter edition.
            is_key: If true, the field will be used to detect potential duplicate leads.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "FieldModel",
            self._client.request(
                _CREATE_FIELD,
                {},
                {"name": name, "parent_type": parent_type, "type": type, "is_key": is_key},
                options=options,
            ),
        )


class FieldsResourceWithRawResponse:
    def __init__(self, resource: FieldsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncFieldsResource:
    """Fields

    Fields of leads and client folders.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncFieldsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        type: Literal["lead", "client"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FieldModel]:
        """List the fields

        Return the list of fields defined for your leads and clients. Not paginated.

        `GET /fields`

        Args:
            type: Restrict the type of fields returned: lead or client (filters on parent_type).

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[FieldModel]",
            await self._client.request(
                _LIST_FIELDS,
                {"type": type},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        parent_type: Literal["lead", "client"],
        type: Literal[
            "unset",
            "email",
            "phone",
            "mobile",
            "address",
            "web",
            "first_name",
            "last_name",
            "full_name",
            "job",
            "fax",
            "vat",
            "city",
            "zipcode",
            "state",
            "country",
            "company_id",
            "custom1",
            "custom2",
            "custom3",
            "custom4",
            "custom5",
        ]
        | NotGiven = NOT_GIVEN,
        is_key: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FieldModel:
        """Create a field

        Create a field on leads or client folders. Returns the created field.

        `POST /fields`

        Args:
            name: Name of the field (max 32 characters).
            parent_type: Element on which the field will be associated.
            type: Type of the field. custom1..custom5 are not available in the starter edition.
            is_key: If true, the field will be used to detect potential duplicate leads.

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "FieldModel",
            await self._client.request(
                _CREATE_FIELD,
                {},
                {"name": name, "parent_type": parent_type, "type": type, "is_key": is_key},
                options=options,
            ),
        )


class AsyncFieldsResourceWithRawResponse:
    def __init__(self, resource: AsyncFieldsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
