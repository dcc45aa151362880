"""Categories

Categories of predefined tags.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Category

__all__ = ["AsyncCategoriesResource", "CategoriesResource"]

_LIST_CATEGORIES = Endpoint(
    method="GET",
    path="/categories",
    params={
        "include_tags": Param("include_tags", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Category]),
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
_CREATE_CATEGORY = Endpoint(
    method="POST",
    path="/category",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Category),
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


class CategoriesResource:
    """Categories

    Categories of predefined tags.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CategoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return CategoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        include_tags: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Category]:
        """List the categories

        Return the list of categories previously created in your account, with their tags (supertags) if include_tags is true. Not paginated.

        `GET /categories`

        Args:
            include_tags: Include the supertags under each category returned.

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
            "builtins.list[Category]",
            self._client.request(
                _LIST_CATEGORIES,
                {"include_tags": include_tags},
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Create a category

        Create a category. Note the singular path /category (the list is /categories). Returns the created category.

        `POST /category`

        Args:
            name: The category name.

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
            "Category",
            self._client.request(
                _CREATE_CATEGORY,
                {},
                {"name": name},
                options=options,
            ),
        )


class CategoriesResourceWithRawResponse:
    def __init__(self, resource: CategoriesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncCategoriesResource:
    """Categories

    Categories of predefined tags.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCategoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncCategoriesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        include_tags: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Category]:
        """List the categories

        Return the list of categories previously created in your account, with their tags (supertags) if include_tags is true. Not paginated.

        `GET /categories`

        Args:
            include_tags: Include the supertags under each category returned.

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
            "builtins.list[Category]",
            await self._client.request(
                _LIST_CATEGORIES,
                {"include_tags": include_tags},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Create a category

        Create a category. Note the singular path /category (the list is /categories). Returns the created category.

        `POST /category`

        Args:
            name: The category name.

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
            "Category",
            await self._client.request(
                _CREATE_CATEGORY,
                {},
                {"name": name},
                options=options,
            ),
        )


class AsyncCategoriesResourceWithRawResponse:
    def __init__(self, resource: AsyncCategoriesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
