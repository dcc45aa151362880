"""Custom Fields

Custom field definitions. Read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import CustomFieldCollection

__all__ = ["AsyncCustomFieldsResource", "CustomFieldsResource"]

_LIST_CUSTOM_FIELDS = Endpoint(
    method="GET",
    path="/custom_fields",
    params={},
    security=(("ApiKeyAuth",),),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.CustomFieldCollection),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "406": Deferred(lambda: _models.ErrorDocument),
        "500": Deferred(lambda: _models.ErrorDocument),
        "503": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)


class CustomFieldsResource:
    """Custom Fields

    Custom field definitions. Read-only.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return CustomFieldsResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldCollection:
        """List custom fields

        Returns all custom fields. Their `identifier` is used as attribute key on prospects, organizations and deals.

        `GET /custom_fields`

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CustomFieldCollection",
            self._client.request(
                _LIST_CUSTOM_FIELDS,
                {},
                options=options,
            ),
        )


class CustomFieldsResourceWithRawResponse:
    def __init__(self, resource: CustomFieldsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCustomFieldsResource:
    """Custom Fields

    Custom field definitions. Read-only.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncCustomFieldsResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldCollection:
        """List custom fields

        Returns all custom fields. Their `identifier` is used as attribute key on prospects, organizations and deals.

        `GET /custom_fields`

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            APIStatusError (406): `e.body_as(ErrorDocument)`
            InternalServerError (500, 503): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "CustomFieldCollection",
            await self._client.request(
                _LIST_CUSTOM_FIELDS,
                {},
                options=options,
            ),
        )


class AsyncCustomFieldsResourceWithRawResponse:
    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
