"""Teams

Teams of users.
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
    from ..models import DeletedObject, Team

__all__ = ["AsyncTeamsResource", "TeamsResource"]

_LIST_TEAMS = Endpoint(
    method="GET",
    path="/teams",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Team]),
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
_CREATE_TEAM = Endpoint(
    method="POST",
    path="/teams",
    params={},
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Team),
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
_GET_TEAM = Endpoint(
    method="GET",
    path="/teams/{team_id}",
    params={
        "team_id": Param("team_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.Team),
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
_UPDATE_TEAM = Endpoint(
    method="PUT",
    path="/teams/{team_id}",
    params={
        "team_id": Param("team_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Team),
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
_DELETE_TEAM = Endpoint(
    method="DELETE",
    path="/teams/{team_id}",
    params={
        "team_id": Param("team_id", "path", required=True),
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
_ADD_TEAM_MEMBER = Endpoint(
    method="POST",
    path="/teams/{team_id}/add_member",
    params={
        "team_id": Param("team_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Team),
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
_REMOVE_TEAM_MEMBER = Endpoint(
    method="DELETE",
    path="/teams/{team_id}/remove_member",
    params={
        "team_id": Param("team_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Team),
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


class TeamsResource:
    """Teams

    Teams of users.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TeamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return TeamsResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Team]:
        """List all the teams

        List all the teams of the account. Not paginated.

        `GET /teams`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Team]",
            self._client.request(
                _LIST_TEAMS,
                {},
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Create a team

        Create a team with the specified name. With a USER token, only administrators can create a team.

        `POST /teams`

        Args:
            name: The name of the team.

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
            "Team",
            self._client.request(
                _CREATE_TEAM,
                {},
                {"name": name},
                options=options,
            ),
        )

    def get(
        self,
        team_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Retrieve a team

        Retrieve a specific team from its id or its name. With a USER token, only administrators can retrieve a team.

        `GET /teams/{team_id}`

        Args:
            team_id: The id or name of the team.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Team",
            self._client.request(
                _GET_TEAM,
                {"team_id": team_id},
                options=options,
            ),
        )

    def update(
        self,
        team_id: int | str,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Update a team

        Update the team by updating its name. With a USER token, only administrators can update a team.

        `PUT /teams/{team_id}`

        Args:
            team_id: The id of the team.
            name: The new team's name.

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
            "Team",
            self._client.request(
                _UPDATE_TEAM,
                {"team_id": team_id},
                {"name": name},
                options=options,
            ),
        )

    def delete(
        self,
        team_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a team

        Delete the team specified by its id. With a USER token, only administrators can delete a team.

        `DELETE /teams/{team_id}`

        Args:
            team_id: The id of the team.

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
                _DELETE_TEAM,
                {"team_id": team_id},
                options=options,
            ),
        )

    def add_member(
        self,
        team_id: int | str,
        *,
        user_id: int | str,
        is_manager: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Add a team member

        Add a team member, or change the manager role of a member. With a USER token, only administrators can add a member. The response omits the team name.

        `POST /teams/{team_id}/add_member`

        Args:
            team_id: The id of the team.
            user_id: A user's numeric id or email address (the API accepts either).
            is_manager: True if the user should be manager of the team.

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
            "Team",
            self._client.request(
                _ADD_TEAM_MEMBER,
                {"team_id": team_id},
                {"user_id": user_id, "is_manager": is_manager},
                options=options,
            ),
        )

    def remove_member(
        self,
        team_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Remove a team member

        Remove a team member (DELETE with a JSON body). With a USER token, only administrators can remove a member. The response omits the team name.

        `DELETE /teams/{team_id}/remove_member`

        Args:
            team_id: The id of the team.
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
            "Team",
            self._client.request(
                _REMOVE_TEAM_MEMBER,
                {"team_id": team_id},
                {"user_id": user_id},
                options=options,
            ),
        )


class TeamsResourceWithRawResponse:
    def __init__(self, resource: TeamsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.add_member = to_raw_response_wrapper(resource.add_member)
        self.remove_member = to_raw_response_wrapper(resource.remove_member)


class AsyncTeamsResource:
    """Teams

    Teams of users.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTeamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncTeamsResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Team]:
        """List all the teams

        List all the teams of the account. Not paginated.

        `GET /teams`

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Team]",
            await self._client.request(
                _LIST_TEAMS,
                {},
                options=options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Create a team

        Create a team with the specified name. With a USER token, only administrators can create a team.

        `POST /teams`

        Args:
            name: The name of the team.

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
            "Team",
            await self._client.request(
                _CREATE_TEAM,
                {},
                {"name": name},
                options=options,
            ),
        )

    async def get(
        self,
        team_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Retrieve a team

        Retrieve a specific team from its id or its name. With a USER token, only administrators can retrieve a team.

        `GET /teams/{team_id}`

        Args:
            team_id: The id or name of the team.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Team",
            await self._client.request(
                _GET_TEAM,
                {"team_id": team_id},
                options=options,
            ),
        )

    async def update(
        self,
        team_id: int | str,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Update a team

        Update the team by updating its name. With a USER token, only administrators can update a team.

        `PUT /teams/{team_id}`

        Args:
            team_id: The id of the team.
            name: The new team's name.

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
            "Team",
            await self._client.request(
                _UPDATE_TEAM,
                {"team_id": team_id},
                {"name": name},
                options=options,
            ),
        )

    async def delete(
        self,
        team_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete a team

        Delete the team specified by its id. With a USER token, only administrators can delete a team.

        `DELETE /teams/{team_id}`

        Args:
            team_id: The id of the team.

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
                _DELETE_TEAM,
                {"team_id": team_id},
                options=options,
            ),
        )

    async def add_member(
        self,
        team_id: int | str,
        *,
        user_id: int | str,
        is_manager: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Add a team member

        Add a team member, or change the manager role of a member. With a USER token, only administrators can add a member. The response omits the team name.

        `POST /teams/{team_id}/add_member`

        Args:
            team_id: The id of the team.
            user_id: A user's numeric id or email address (the API accepts either).
            is_manager: True if the user should be manager of the team.

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
            "Team",
            await self._client.request(
                _ADD_TEAM_MEMBER,
                {"team_id": team_id},
                {"user_id": user_id, "is_manager": is_manager},
                options=options,
            ),
        )

    async def remove_member(
        self,
        team_id: int | str,
        *,
        user_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Remove a team member

        Remove a team member (DELETE with a JSON body). With a USER token, only administrators can remove a member. The response omits the team name.

        `DELETE /teams/{team_id}/remove_member`

        Args:
            team_id: The id of the team.
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
            "Team",
            await self._client.request(
                _REMOVE_TEAM_MEMBER,
                {"team_id": team_id},
                {"user_id": user_id},
                options=options,
            ),
        )


class AsyncTeamsResourceWithRawResponse:
    def __init__(self, resource: AsyncTeamsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.add_member = async_to_raw_response_wrapper(resource.add_member)
        self.remove_member = async_to_raw_response_wrapper(resource.remove_member)
