"""Client Folders

Client folders group the leads of a client.
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
    from ..models import ClientFolder, DeletedObject

__all__ = ["AsyncClientFoldersResource", "ClientFoldersResource"]

_LIST_CLIENT_FOLDERS = Endpoint(
    method="GET",
    path="/clients",
    params={
        "direction": Param("direction", "query"),
        "order": Param("order", "query"),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.ClientFolder]),
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
_CREATE_CLIENT_FOLDER = Endpoint(
    method="POST",
    path="/clients",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.ClientFolder),
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
_GET_CLIENT_FOLDER = Endpoint(
    method="GET",
    path="/clients/{client_id}",
    params={
        "client_id": Param("client_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.ClientFolder),
    response_kind="json",
    error_types={
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
_UPDATE_CLIENT_FOLDER = Endpoint(
    method="PUT",
    path="/clients/{client_id}",
    params={
        "client_id": Param("client_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.ClientFolder),
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
_DELETE_CLIENT_FOLDER = Endpoint(
    method="DELETE",
    path="/clients/{client_id}",
    params={
        "client_id": Param("client_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.DeletedObject),
    response_kind="json",
    error_types={
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


class ClientFoldersResource:
    """Client Folders

    Client folders group the leads of a client.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ClientFoldersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return ClientFoldersResourceWithRawResponse(self)

    def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order: Literal["name", "id"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ClientFolder]:
        """List the client folders

        Return the list of client folders previously created in your account, ordered by name by default. Not paginated. Items are returned without extended_info.

        `GET /clients`

        Args:
            direction: Return data ordered by the order attribute in ascending or descending order (asc or desc).
            order: Return data ordered by their name or id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[ClientFolder]",
            self._client.request(
                _LIST_CLIENT_FOLDERS,
                {"direction": direction, "order": order},
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Create a client folder

        Create a client folder. Returns the client folder created. user_id returns an error with a USER token.

        `POST /clients`

        Args:
            name: The name of the client folder.
            description: The client folder's description.
            user_id: A user's numeric id or email address (the API accepts either).

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
            "ClientFolder",
            self._client.request(
                _CREATE_CLIENT_FOLDER,
                {},
                {"name": name, "description": description, "user_id": user_id},
                options=options,
            ),
        )

    def get(
        self,
        client_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Retrieve a client folder

        Return the client folder previously created in your account.

        `GET /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "ClientFolder",
            self._client.request(
                _GET_CLIENT_FOLDER,
                {"client_id": client_id},
                options=options,
            ),
        )

    def update(
        self,
        client_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        is_active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Update a client folder

        Update the client folder previously created. PUT with partial-update semantics: only the parameters sent are changed.

        `PUT /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).
            name: The new name of the client folder.
            description: The new description of the client folder.
            is_active: Boolean to activate or inactivate the client folder.

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
            "ClientFolder",
            self._client.request(
                _UPDATE_CLIENT_FOLDER,
                {"client_id": client_id},
                {"name": name, "description": description, "is_active": is_active},
                options=options,
            ),
        )

    def delete(
        self,
        client_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a client folder

        Delete the client folder previously created, from its id.

        `DELETE /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            self._client.request(
                _DELETE_CLIENT_FOLDER,
                {"client_id": client_id},
                options=options,
            ),
        )


class ClientFoldersResourceWithRawResponse:
    def __init__(self, resource: ClientFoldersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncClientFoldersResource:
    """Client Folders

    Client folders group the leads of a client.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncClientFoldersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncClientFoldersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order: Literal["name", "id"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ClientFolder]:
        """List the client folders

        Return the list of client folders previously created in your account, ordered by name by default. Not paginated. Items are returned without extended_info.

        `GET /clients`

        Args:
            direction: Return data ordered by the order attribute in ascending or descending order (asc or desc).
            order: Return data ordered by their name or id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[ClientFolder]",
            await self._client.request(
                _LIST_CLIENT_FOLDERS,
                {"direction": direction, "order": order},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        user_id: int | str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Create a client folder

        Create a client folder. Returns the client folder created. user_id returns an error with a USER token.

        `POST /clients`

        Args:
            name: The name of the client folder.
            description: The client folder's description.
            user_id: A user's numeric id or email address (the API accepts either).

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
            "ClientFolder",
            await self._client.request(
                _CREATE_CLIENT_FOLDER,
                {},
                {"name": name, "description": description, "user_id": user_id},
                options=options,
            ),
        )

    async def get(
        self,
        client_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Retrieve a client folder

        Return the client folder previously created in your account.

        `GET /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "ClientFolder",
            await self._client.request(
                _GET_CLIENT_FOLDER,
                {"client_id": client_id},
                options=options,
            ),
        )

    async def update(
        self,
        client_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        is_active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClientFolder:
        """Update a client folder

        Update the client folder previously created. PUT with partial-update semantics: only the parameters sent are changed.

        `PUT /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).
            name: The new name of the client folder.
            description: The new description of the client folder.
            is_active: Boolean to activate or inactivate the client folder.

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
            "ClientFolder",
            await self._client.request(
                _UPDATE_CLIENT_FOLDER,
                {"client_id": client_id},
                {"name": name, "description": description, "is_active": is_active},
                options=options,
            ),
        )

    async def delete(
        self,
        client_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a client folder

        Delete the client folder previously created, from its id.

        `DELETE /clients/{client_id}`

        Args:
            client_id: The identifier of the client folder (the docs say "of the lead" for retrieve: a copy-paste error).

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            await self._client.request(
                _DELETE_CLIENT_FOLDER,
                {"client_id": client_id},
                options=options,
            ),
        )


class AsyncClientFoldersResourceWithRawResponse:
    def __init__(self, resource: AsyncClientFoldersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
