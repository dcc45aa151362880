"""Tasks

`task` resources at `/tasks`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import ProspectOrAccountToOne, ProspectOrAccountToOneParam, Task, TaskDocument

__all__ = ["AsyncTasksResource", "TasksResource"]

_LIST_TASKS = Endpoint(
    method="GET",
    path="/tasks",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_task": Param("fields[task]", "query"),
        "filter_state": Param("filter[state]", "query"),
        "filter_action": Param("filter[action]", "query"),
        "filter_task_type": Param("filter[taskType]", "query"),
        "filter_due_at": Param("filter[dueAt]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
        "filter_prospect_id": Param("filter[prospect][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskListDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
    pagination=Pagination(
        style="cursor",
        items="/data",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_CREATE_TASK = Endpoint(
    method="POST",
    path="/tasks",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_TASK = Endpoint(
    method="GET",
    path="/tasks/{task_id}",
    params={
        "task_id": Param("task_id", "path", required=True),
        "fields_task": Param("fields[task]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_DELETE_TASK = Endpoint(
    method="DELETE",
    path="/tasks/{task_id}",
    params={
        "task_id": Param("task_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_kind="none",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_ADVANCE_TASK = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/advance",
    params={
        "task_id": Param("task_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_DELIVER_TASK = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/deliver",
    params={
        "task_id": Param("task_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_LOG_TASK_MEET_IN_PERSON = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/logMeetInPerson",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_task_disposition_id": Param("actionParams[taskDispositionId]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_MARK_TASK_COMPLETE = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/markComplete",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_completion_note": Param("actionParams[completionNote]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_REASSIGN_TASK_OWNER = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/reassignOwner",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_owner_id": Param("actionParams[ownerId]", "query", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_RESCHEDULE_TASK = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/reschedule",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_due_at": Param("actionParams[dueAt]", "query", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_SNOOZE_TASK = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/snooze",
    params={
        "task_id": Param("task_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_UPDATE_TASK_NOTE = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/updateNote",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_note": Param("actionParams[note]", "query", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_UPDATE_TASK_OPPORTUNITY_ASSOCIATION = Endpoint(
    method="POST",
    path="/tasks/{task_id}/actions/updateOpportunityAssociation",
    params={
        "task_id": Param("task_id", "path", required=True),
        "action_params_opportunity_association": Param(
            "actionParams[opportunityAssociation]", "query"
        ),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.TaskDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)


class TasksResource:
    """Tasks

    `task` resources at `/tasks`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return TasksResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_task: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_action: str | NotGiven = NOT_GIVEN,
        filter_task_type: str | NotGiven = NOT_GIVEN,
        filter_due_at: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Task]:
        """List tasks

        Get a list of recent tasks in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List tasks' links to https://api.outreach.io/api/v2/tasks/12345, https://api.outreach.io/api/v2/tasks/12346; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List tasks'.

        `GET /tasks`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `dueAt`, `createdAt`, `updatedAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_task: Sparse fieldset: comma-separated task attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_action: Filter on `action`: exact match; comma-separated values match any (connector input `filters[{field: action, criteria}]`).
            filter_task_type: Filter on `taskType`: exact match; comma-separated values match any (connector input `filters[{field: taskType, criteria}]`).
            filter_due_at: Filter on `dueAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only tasks whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_prospect_id: Only tasks whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Task]",
            self._client.request_page(
                _LIST_TASKS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_task": fields_task,
                    "filter_state": filter_state,
                    "filter_action": filter_action,
                    "filter_task_type": filter_task_type,
                    "filter_due_at": filter_due_at,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.Task,
                options,
            ),
        )

    def create(
        self,
        *,
        action: str,
        due_at: datetime | str,
        owner_id: int | None,
        note: str | NotGiven | None = NOT_GIVEN,
        task_type: str | NotGiven | None = NOT_GIVEN,
        scheduled_at: datetime | str | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        subject: ProspectOrAccountToOne | ProspectOrAccountToOneParam | NotGiven = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        task_priority_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Create a task

        Create a task in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create task'.

        `POST /tasks`

        Args:
            action: What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples.
            due_at: When the task is due. Seen in the connector samples.
            note: A note for the task. Seen in the connector samples.
            task_type: The task's type (samples: "follow_up", "demo"). Seen in the connector samples.
            scheduled_at: When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            subject: To-one relationship to a prospect or account: linkage object {data: {type, id}} (data null when empty).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            task_priority_id: To-one relationship to a taskPriority: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _CREATE_TASK,
                {},
                _jsonapi.write_document(
                    "task",
                    {
                        "action": action,
                        "dueAt": due_at,
                        "note": note,
                        "taskType": task_type,
                        "scheduledAt": scheduled_at,
                    },
                    {
                        "owner": _jsonapi.to_one("user", owner_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "subject": subject,
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "taskPriority": _jsonapi.to_one("taskPriority", task_priority_id),
                    },
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        task_id: int | str,
        *,
        fields_task: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Get a task

        Gets a task from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get task'.

        `GET /tasks/{task_id}`

        Args:
            task_id: Id of the task.
            fields_task: Sparse fieldset: comma-separated task attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _GET_TASK,
                {"task_id": task_id, "fields_task": fields_task, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a task

        Delete a task from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete task'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /tasks/{task_id}`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    def advance(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Advance the sequence of an active sequence task

        Advance the sequence of an active sequence task. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/advance`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _ADVANCE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    def deliver(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Deliver the task (e.g. send a manual email task's mailing)

        Deliver the task (e.g. send a manual email task's mailing). POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/deliver`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _DELIVER_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    def log_meet_in_person(
        self,
        task_id: int | str,
        *,
        action_params_task_disposition_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Log an in-person meeting for the task, completing it

        Log an in-person meeting for the task, completing it. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/logMeetInPerson`

        Args:
            task_id: Id of the task.
            action_params_task_disposition_id: Id of the disposition to record for the meeting.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _LOG_TASK_MEET_IN_PERSON,
                {
                    "task_id": task_id,
                    "action_params_task_disposition_id": action_params_task_disposition_id,
                },
                options=options,
            ),
        )

    def mark_complete(
        self,
        task_id: int | str,
        *,
        action_params_completion_note: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Mark the task complete

        Mark the task complete. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/markComplete`

        Args:
            task_id: Id of the task.
            action_params_completion_note: Note to record on completion (api-knowledge).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _MARK_TASK_COMPLETE,
                {
                    "task_id": task_id,
                    "action_params_completion_note": action_params_completion_note,
                },
                options=options,
            ),
        )

    def reassign_owner(
        self,
        task_id: int | str,
        *,
        action_params_owner_id: int,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Give the task to another user

        Give the task to another user. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/reassignOwner`

        Args:
            task_id: Id of the task.
            action_params_owner_id: Id of the new owner (user).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _REASSIGN_TASK_OWNER,
                {"task_id": task_id, "action_params_owner_id": action_params_owner_id},
                options=options,
            ),
        )

    def reschedule(
        self,
        task_id: int | str,
        *,
        action_params_due_at: datetime | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Change when the task is due

        Change when the task is due. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/reschedule`

        Args:
            task_id: Id of the task.
            action_params_due_at: New due time (ISO 8601 date-time).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _RESCHEDULE_TASK,
                {"task_id": task_id, "action_params_due_at": action_params_due_at},
                options=options,
            ),
        )

    def snooze(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Snooze the task

        Snooze the task. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/snooze`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _SNOOZE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    def update_note(
        self,
        task_id: int | str,
        *,
        action_params_note: str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Replace the task's note

        Replace the task's note. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/updateNote`

        Args:
            task_id: Id of the task.
            action_params_note: The new note.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _UPDATE_TASK_NOTE,
                {"task_id": task_id, "action_params_note": action_params_note},
                options=options,
            ),
        )

    def update_opportunity_association(
        self,
        task_id: int | str,
        *,
        action_params_opportunity_association: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Associate the task with an opportunity

        Associate the task with an opportunity. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/updateOpportunityAssociation`

        Args:
            task_id: Id of the task.
            action_params_opportunity_association: Id of the opportunity to associate.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            self._client.request(
                _UPDATE_TASK_OPPORTUNITY_ASSOCIATION,
                {
                    "task_id": task_id,
                    "action_params_opportunity_association": action_params_opportunity_association,
                },
                options=options,
            ),
        )


class TasksResourceWithRawResponse:
    def __init__(self, resource: TasksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.advance = to_raw_response_wrapper(resource.advance)
        self.deliver = to_raw_response_wrapper(resource.deliver)
        self.log_meet_in_person = to_raw_response_wrapper(resource.log_meet_in_person)
        self.mark_complete = to_raw_response_wrapper(resource.mark_complete)
        self.reassign_owner = to_raw_response_wrapper(resource.reassign_owner)
        self.reschedule = to_raw_response_wrapper(resource.reschedule)
        self.snooze = to_raw_response_wrapper(resource.snooze)
        self.update_note = to_raw_response_wrapper(resource.update_note)
        self.update_opportunity_association = to_raw_response_wrapper(
            resource.update_opportunity_association
        )


class AsyncTasksResource:
    """Tasks

    `task` resources at `/tasks`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncTasksResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_task: str | NotGiven = NOT_GIVEN,
        filter_state: str | NotGiven = NOT_GIVEN,
        filter_action: str | NotGiven = NOT_GIVEN,
        filter_task_type: str | NotGiven = NOT_GIVEN,
        filter_due_at: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        filter_prospect_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Task]:
        """List tasks

        Get a list of recent tasks in your Outreach account.

        **Endpoint confirmed by the connector samples**: the sample payload of 'List tasks' links to https://api.outreach.io/api/v2/tasks/12345, https://api.outreach.io/api/v2/tasks/12346; the HTTP method follows JSON:API convention.

        Connector operation(s) mapped here: 'List tasks'.

        `GET /tasks`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `dueAt`, `createdAt`, `updatedAt`, `state`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_task: Sparse fieldset: comma-separated task attribute/relationship names to return (connector input `fields`).
            filter_state: Filter on `state`: exact match; comma-separated values match any (connector input `filters[{field: state, criteria}]`).
            filter_action: Filter on `action`: exact match; comma-separated values match any (connector input `filters[{field: action, criteria}]`).
            filter_task_type: Filter on `taskType`: exact match; comma-separated values match any (connector input `filters[{field: taskType, criteria}]`).
            filter_due_at: Filter on `dueAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only tasks whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.
            filter_prospect_id: Only tasks whose `prospect` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Task]",
            self._client.request_page(
                _LIST_TASKS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_task": fields_task,
                    "filter_state": filter_state,
                    "filter_action": filter_action,
                    "filter_task_type": filter_task_type,
                    "filter_due_at": filter_due_at,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                    "filter_prospect_id": filter_prospect_id,
                },
                _models.Task,
                options,
            ),
        )

    async def create(
        self,
        *,
        action: str,
        due_at: datetime | str,
        owner_id: int | None,
        note: str | NotGiven | None = NOT_GIVEN,
        task_type: str | NotGiven | None = NOT_GIVEN,
        scheduled_at: datetime | str | NotGiven | None = NOT_GIVEN,
        prospect_id: int | NotGiven | None = NOT_GIVEN,
        subject: ProspectOrAccountToOne | ProspectOrAccountToOneParam | NotGiven = NOT_GIVEN,
        opportunity_id: int | NotGiven | None = NOT_GIVEN,
        task_priority_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Create a task

        Create a task in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create task'.

        `POST /tasks`

        Args:
            action: What the task asks for (samples: "Call", "Email"; the API reference uses call, email, in_person, action_item, other). Seen in the connector samples.
            due_at: When the task is due. Seen in the connector samples.
            note: A note for the task. Seen in the connector samples.
            task_type: The task's type (samples: "follow_up", "demo"). Seen in the connector samples.
            scheduled_at: When the task is scheduled. From knowledge of the public Outreach API v2 (not in the connector samples).
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            prospect_id: To-one relationship to a prospect: linkage object {data: {type, id}} (data null when empty).
            subject: To-one relationship to a prospect or account: linkage object {data: {type, id}} (data null when empty).
            opportunity_id: To-one relationship to a opportunity: linkage object {data: {type, id}} (data null when empty).
            task_priority_id: To-one relationship to a taskPriority: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _CREATE_TASK,
                {},
                _jsonapi.write_document(
                    "task",
                    {
                        "action": action,
                        "dueAt": due_at,
                        "note": note,
                        "taskType": task_type,
                        "scheduledAt": scheduled_at,
                    },
                    {
                        "owner": _jsonapi.to_one("user", owner_id),
                        "prospect": _jsonapi.to_one("prospect", prospect_id),
                        "subject": subject,
                        "opportunity": _jsonapi.to_one("opportunity", opportunity_id),
                        "taskPriority": _jsonapi.to_one("taskPriority", task_priority_id),
                    },
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        task_id: int | str,
        *,
        fields_task: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Get a task

        Gets a task from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get task'.

        `GET /tasks/{task_id}`

        Args:
            task_id: Id of the task.
            fields_task: Sparse fieldset: comma-separated task attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _GET_TASK,
                {"task_id": task_id, "fields_task": fields_task, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a task

        Delete a task from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete task'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /tasks/{task_id}`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    async def advance(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Advance the sequence of an active sequence task

        Advance the sequence of an active sequence task. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/advance`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _ADVANCE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    async def deliver(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Deliver the task (e.g. send a manual email task's mailing)

        Deliver the task (e.g. send a manual email task's mailing). POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/deliver`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _DELIVER_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    async def log_meet_in_person(
        self,
        task_id: int | str,
        *,
        action_params_task_disposition_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Log an in-person meeting for the task, completing it

        Log an in-person meeting for the task, completing it. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/logMeetInPerson`

        Args:
            task_id: Id of the task.
            action_params_task_disposition_id: Id of the disposition to record for the meeting.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _LOG_TASK_MEET_IN_PERSON,
                {
                    "task_id": task_id,
                    "action_params_task_disposition_id": action_params_task_disposition_id,
                },
                options=options,
            ),
        )

    async def mark_complete(
        self,
        task_id: int | str,
        *,
        action_params_completion_note: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Mark the task complete

        Mark the task complete. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/markComplete`

        Args:
            task_id: Id of the task.
            action_params_completion_note: Note to record on completion (api-knowledge).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _MARK_TASK_COMPLETE,
                {
                    "task_id": task_id,
                    "action_params_completion_note": action_params_completion_note,
                },
                options=options,
            ),
        )

    async def reassign_owner(
        self,
        task_id: int | str,
        *,
        action_params_owner_id: int,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Give the task to another user

        Give the task to another user. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/reassignOwner`

        Args:
            task_id: Id of the task.
            action_params_owner_id: Id of the new owner (user).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _REASSIGN_TASK_OWNER,
                {"task_id": task_id, "action_params_owner_id": action_params_owner_id},
                options=options,
            ),
        )

    async def reschedule(
        self,
        task_id: int | str,
        *,
        action_params_due_at: datetime | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Change when the task is due

        Change when the task is due. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/reschedule`

        Args:
            task_id: Id of the task.
            action_params_due_at: New due time (ISO 8601 date-time).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _RESCHEDULE_TASK,
                {"task_id": task_id, "action_params_due_at": action_params_due_at},
                options=options,
            ),
        )

    async def snooze(
        self,
        task_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Snooze the task

        Snooze the task. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/snooze`

        Args:
            task_id: Id of the task.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _SNOOZE_TASK,
                {"task_id": task_id},
                options=options,
            ),
        )

    async def update_note(
        self,
        task_id: int | str,
        *,
        action_params_note: str,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Replace the task's note

        Replace the task's note. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/updateNote`

        Args:
            task_id: Id of the task.
            action_params_note: The new note.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _UPDATE_TASK_NOTE,
                {"task_id": task_id, "action_params_note": action_params_note},
                options=options,
            ),
        )

    async def update_opportunity_association(
        self,
        task_id: int | str,
        *,
        action_params_opportunity_association: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> TaskDocument:
        """Associate the task with an opportunity

        Associate the task with an opportunity. POST with no request body: action arguments go in the query string as `actionParams[<name>]`. Returns the updated task.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Set task action'. The inventory maps it to `POST /tasks/{task_id}/actions/{action}`; each action is its own operation here.

        `POST /tasks/{task_id}/actions/updateOpportunityAssociation`

        Args:
            task_id: Id of the task.
            action_params_opportunity_association: Id of the opportunity to associate.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "TaskDocument",
            await self._client.request(
                _UPDATE_TASK_OPPORTUNITY_ASSOCIATION,
                {
                    "task_id": task_id,
                    "action_params_opportunity_association": action_params_opportunity_association,
                },
                options=options,
            ),
        )


class AsyncTasksResourceWithRawResponse:
    def __init__(self, resource: AsyncTasksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.advance = async_to_raw_response_wrapper(resource.advance)
        self.deliver = async_to_raw_response_wrapper(resource.deliver)
        self.log_meet_in_person = async_to_raw_response_wrapper(resource.log_meet_in_person)
        self.mark_complete = async_to_raw_response_wrapper(resource.mark_complete)
        self.reassign_owner = async_to_raw_response_wrapper(resource.reassign_owner)
        self.reschedule = async_to_raw_response_wrapper(resource.reschedule)
        self.snooze = async_to_raw_response_wrapper(resource.snooze)
        self.update_note = async_to_raw_response_wrapper(resource.update_note)
        self.update_opportunity_association = async_to_raw_response_wrapper(
            resource.update_opportunity_association
        )
