"""Predefined Tags

Predefined tags (supertags).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import PredefinedTag

__all__ = ["AsyncPredefinedTagsResource", "PredefinedTagsResource"]

_LIST_PREDEFINED_TAGS = Endpoint(
    method="GET",
    path="/predefined_tags",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.PredefinedTag]),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_CREATE_PREDEFINED_TAG = Endpoint(
    method="POST",
    path="/predefined_tags",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.PredefinedTag),
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


class PredefinedTagsResource:
    """Predefined Tags

    Predefined tags (supertags).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PredefinedTagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return PredefinedTagsResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PredefinedTag]:
        """List the predefined tags

        Return the list of predefined tags previously created in your account. Not paginated.

        `GET /predefined_tags`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[PredefinedTag]",
            self._client.request(
                _LIST_PREDEFINED_TAGS,
                {},
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> PredefinedTag:
        """Create a predefined tag

        Create a predefined tag in a category. Returns the created predefined tag (its category is given by name).

        `POST /predefined_tags`

        Args:
            name: The tag name.
            category_id: The category id where the tag should be added.

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
            "PredefinedTag",
            self._client.request(
                _CREATE_PREDEFINED_TAG,
                {},
                {"name": name, "category_id": category_id},
                options=options,
            ),
        )


class PredefinedTagsResourceWithRawResponse:
    def __init__(self, resource: PredefinedTagsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncPredefinedTagsResource:
    """Predefined Tags

    Predefined tags (supertags).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPredefinedTagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncPredefinedTagsResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PredefinedTag]:
        """List the predefined tags

        Return the list of predefined tags previously created in your account. Not paginated.

        `GET /predefined_tags`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[PredefinedTag]",
            await self._client.request(
                _LIST_PREDEFINED_TAGS,
                {},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> PredefinedTag:
        """Create a predefined tag

        Create a predefined tag in a category. Returns the created predefined tag (its category is given by name).

        `POST /predefined_tags`

        Args:
            name: The tag name.
            category_id: The category id where the tag should be added.

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
            "PredefinedTag",
            await self._client.request(
                _CREATE_PREDEFINED_TAG,
                {},
                {"name": name, "category_id": category_id},
                options=options,
            ),
        )


class AsyncPredefinedTagsResourceWithRawResponse:
    def __init__(self, resource: AsyncPredefinedTagsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
