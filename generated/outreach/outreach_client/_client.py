"""The Outreach REST API client, synchronous and asynchronous."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

import httpx

from ._auth import SecurityScheme
from ._base_client import DEFAULT_MAX_RESPONSE_BYTES, AsyncAPIClient, SyncAPIClient
from ._errors import ERROR_CLASSES
from ._oauth2 import AsyncTokenProvider, OAuthFlows, TokenProvider
from ._quota import Quota
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.audits import AsyncAuditsResource, AuditsResource
    from .resources.call_dispositions import AsyncCallDispositionsResource, CallDispositionsResource
    from .resources.call_purposes import AsyncCallPurposesResource, CallPurposesResource
    from .resources.calls import AsyncCallsResource, CallsResource
    from .resources.compliance_requests import (
        AsyncComplianceRequestsResource,
        ComplianceRequestsResource,
    )
    from .resources.events import AsyncEventsResource, EventsResource
    from .resources.mail_aliases import AsyncMailAliasesResource, MailAliasesResource
    from .resources.mailboxes import AsyncMailboxesResource, MailboxesResource
    from .resources.mailings import AsyncMailingsResource, MailingsResource
    from .resources.opportunities import AsyncOpportunitiesResource, OpportunitiesResource
    from .resources.opportunity_prospect_roles import (
        AsyncOpportunityProspectRolesResource,
        OpportunityProspectRolesResource,
    )
    from .resources.opportunity_stages import (
        AsyncOpportunityStagesResource,
        OpportunityStagesResource,
    )
    from .resources.phone_numbers import AsyncPhoneNumbersResource, PhoneNumbersResource
    from .resources.prospects import AsyncProspectsResource, ProspectsResource
    from .resources.recipients import AsyncRecipientsResource, RecipientsResource
    from .resources.sequence_states import AsyncSequenceStatesResource, SequenceStatesResource
    from .resources.sequence_steps import AsyncSequenceStepsResource, SequenceStepsResource
    from .resources.sequences import AsyncSequencesResource, SequencesResource
    from .resources.stages import AsyncStagesResource, StagesResource
    from .resources.task_priorities import AsyncTaskPrioritiesResource, TaskPrioritiesResource
    from .resources.tasks import AsyncTasksResource, TasksResource
    from .resources.templates import AsyncTemplatesResource, TemplatesResource
    from .resources.users import AsyncUsersResource, UsersResource

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DOCUMENTED_QUOTA",
    "AsyncOutreach",
    "Outreach",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BASE_URL = "https://api.outreach.io/api/v2"
DOCUMENTED_QUOTA = Quota(10000, per="hour")
"""The quota the API's docs state (10000 requests per hour), off unless given:
`quota=DOCUMENTED_QUOTA` keeps a client under it; the clients given it share one budget."""

SECURITY_SCHEMES: Mapping[str, SecurityScheme] = {
    "outreachOAuth": SecurityScheme(
        kind="bearer",
        credential="access_token",
        location="header",
        param_name="Authorization",
        oauth=OAuthFlows(
            token_url=None,
            refresh_url="https://api.outreach.io/oauth/token",
            client_id="client_id",
            client_secret="client_secret",
            refresh_token="refresh_token",
        ),
    ),
}


class Outreach:
    """Outreach REST API.

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `access_token` (`OUTREACH_ACCESS_TOKEN`): OAuth 2.0 authorization code with refresh tokens; send the access token as `Authorization: Bearer <token>`. Scopes are `<resource>.read`/`.write`/`.delete`/`.all`.
    `client_id` (`OUTREACH_CLIENT_ID`)
    `client_secret` (`OUTREACH_CLIENT_SECRET`)
    `refresh_token` (`OUTREACH_REFRESH_TOKEN`)
    With `refresh_token` (and `client_id`, `client_secret`) it refreshes its access token itself.
    `token_provider`: a callable returning the access token, called before every request.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        token_provider: TokenProvider | None = None,
        token_url: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        quota: Quota | None = None,
        idempotency_keys: Literal["declared", "all-posts"] = "declared",
    ) -> None:
        """Create a client.

        Args:
            access_token: Defaults to the `OUTREACH_ACCESS_TOKEN` environment variable.
            client_id: Defaults to the `OUTREACH_CLIENT_ID` environment variable.
            client_secret: Defaults to the `OUTREACH_CLIENT_SECRET` environment variable.
            refresh_token: Defaults to the `OUTREACH_REFRESH_TOKEN` environment variable.
            token_provider: A callable returning the access token, called before every request and once more after a 401.
            token_url: The OAuth 2 token endpoint, instead of the spec's; defaults to the `OUTREACH_TOKEN_URL` environment variable.
            base_url: Overrides the server URL (default https://api.outreach.io/api/v2).
            timeout: Seconds, or an `httpx.Timeout`; also settable per call.
            max_retries: Retries of failed requests; also settable per call.
            default_headers: Headers sent with every request.
            http_client: A preconfigured httpx client to send requests with.
            max_response_bytes: The largest response body accepted, counted after
                decompression (default 100 MiB, `None` for no limit); a larger one raises
                `ResponseTooLargeError` as soon as it passes the limit. Also settable per call.
            strict_response_validation: Refuse a response holding an enum value the spec
                does not list. By default such a value parses as `UnknownEnum` (a `str`
                keeping the raw value), so the client keeps working when the API adds one.
            quota: A `Quota` every request waits for, e.g. `Quota(100, per="minute")`; it
                also pauses when the server reports its budget spent. Default: no limit.
                `DOCUMENTED_QUOTA` is the one the API's docs state.
            idempotency_keys: `"all-posts"` sends a new `Idempotency-Key` with every POST
                (the same on its retries, which it then allows); `"declared"` only where the
                spec declares one.
        """
        credentials = {
            "access_token": access_token
            if access_token is not None
            else os.environ.get("OUTREACH_ACCESS_TOKEN"),
            "client_id": client_id
            if client_id is not None
            else os.environ.get("OUTREACH_CLIENT_ID"),
            "client_secret": client_secret
            if client_secret is not None
            else os.environ.get("OUTREACH_CLIENT_SECRET"),
            "refresh_token": refresh_token
            if refresh_token is not None
            else os.environ.get("OUTREACH_REFRESH_TOKEN"),
        }
        self._client = SyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="outreach-client/2.0.0",
            logger_name="outreach_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
            token_provider=token_provider,
            token_url=token_url or os.environ.get("OUTREACH_TOKEN_URL"),
        )

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self._client)

    @cached_property
    def audits(self) -> AuditsResource:
        from .resources.audits import AuditsResource

        return AuditsResource(self._client)

    @cached_property
    def call_dispositions(self) -> CallDispositionsResource:
        from .resources.call_dispositions import CallDispositionsResource

        return CallDispositionsResource(self._client)

    @cached_property
    def call_purposes(self) -> CallPurposesResource:
        from .resources.call_purposes import CallPurposesResource

        return CallPurposesResource(self._client)

    @cached_property
    def calls(self) -> CallsResource:
        from .resources.calls import CallsResource

        return CallsResource(self._client)

    @cached_property
    def compliance_requests(self) -> ComplianceRequestsResource:
        from .resources.compliance_requests import ComplianceRequestsResource

        return ComplianceRequestsResource(self._client)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self._client)

    @cached_property
    def mail_aliases(self) -> MailAliasesResource:
        from .resources.mail_aliases import MailAliasesResource

        return MailAliasesResource(self._client)

    @cached_property
    def mailboxes(self) -> MailboxesResource:
        from .resources.mailboxes import MailboxesResource

        return MailboxesResource(self._client)

    @cached_property
    def mailings(self) -> MailingsResource:
        from .resources.mailings import MailingsResource

        return MailingsResource(self._client)

    @cached_property
    def opportunities(self) -> OpportunitiesResource:
        from .resources.opportunities import OpportunitiesResource

        return OpportunitiesResource(self._client)

    @cached_property
    def opportunity_prospect_roles(self) -> OpportunityProspectRolesResource:
        from .resources.opportunity_prospect_roles import OpportunityProspectRolesResource

        return OpportunityProspectRolesResource(self._client)

    @cached_property
    def opportunity_stages(self) -> OpportunityStagesResource:
        from .resources.opportunity_stages import OpportunityStagesResource

        return OpportunityStagesResource(self._client)

    @cached_property
    def phone_numbers(self) -> PhoneNumbersResource:
        from .resources.phone_numbers import PhoneNumbersResource

        return PhoneNumbersResource(self._client)

    @cached_property
    def prospects(self) -> ProspectsResource:
        from .resources.prospects import ProspectsResource

        return ProspectsResource(self._client)

    @cached_property
    def recipients(self) -> RecipientsResource:
        from .resources.recipients import RecipientsResource

        return RecipientsResource(self._client)

    @cached_property
    def sequence_states(self) -> SequenceStatesResource:
        from .resources.sequence_states import SequenceStatesResource

        return SequenceStatesResource(self._client)

    @cached_property
    def sequence_steps(self) -> SequenceStepsResource:
        from .resources.sequence_steps import SequenceStepsResource

        return SequenceStepsResource(self._client)

    @cached_property
    def sequences(self) -> SequencesResource:
        from .resources.sequences import SequencesResource

        return SequencesResource(self._client)

    @cached_property
    def stages(self) -> StagesResource:
        from .resources.stages import StagesResource

        return StagesResource(self._client)

    @cached_property
    def task_priorities(self) -> TaskPrioritiesResource:
        from .resources.task_priorities import TaskPrioritiesResource

        return TaskPrioritiesResource(self._client)

    @cached_property
    def tasks(self) -> TasksResource:
        from .resources.tasks import TasksResource

        return TasksResource(self._client)

    @cached_property
    def templates(self) -> TemplatesResource:
        from .resources.templates import TemplatesResource

        return TemplatesResource(self._client)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool (closing
        the copy leaves the pool open)."""
        copy = object.__new__(type(self))
        copy._client = self._client.with_options(
            base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        return copy

    @property
    def base_url(self) -> str:
        return self._client.base_url

    def close(self) -> None:
        """Close the underlying connections."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Outreach({self._client!r})"


class AsyncOutreach:
    """Outreach REST API (asynchronous).

    Credentials come from the arguments or, when an argument is omitted, from the
    environment:
    `access_token` (`OUTREACH_ACCESS_TOKEN`): OAuth 2.0 authorization code with refresh tokens; send the access token as `Authorization: Bearer <token>`. Scopes are `<resource>.read`/`.write`/`.delete`/`.all`.
    `client_id` (`OUTREACH_CLIENT_ID`)
    `client_secret` (`OUTREACH_CLIENT_SECRET`)
    `refresh_token` (`OUTREACH_REFRESH_TOKEN`)
    With `refresh_token` (and `client_id`, `client_secret`) it refreshes its access token itself.
    `token_provider`: a callable returning the access token, called before every request.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        token_provider: AsyncTokenProvider | None = None,
        token_url: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        quota: Quota | None = None,
        idempotency_keys: Literal["declared", "all-posts"] = "declared",
    ) -> None:
        """Create a client.

        Args:
            access_token: Defaults to the `OUTREACH_ACCESS_TOKEN` environment variable.
            client_id: Defaults to the `OUTREACH_CLIENT_ID` environment variable.
            client_secret: Defaults to the `OUTREACH_CLIENT_SECRET` environment variable.
            refresh_token: Defaults to the `OUTREACH_REFRESH_TOKEN` environment variable.
            token_provider: A callable returning the access token (it may be a coroutine function), called before every request and once more after a 401.
            token_url: The OAuth 2 token endpoint, instead of the spec's; defaults to the `OUTREACH_TOKEN_URL` environment variable.
            base_url: Overrides the server URL (default https://api.outreach.io/api/v2).
            timeout: Seconds, or an `httpx.Timeout`; also settable per call.
            max_retries: Retries of failed requests; also settable per call.
            default_headers: Headers sent with every request.
            http_client: A preconfigured httpx client to send requests with.
            max_response_bytes: The largest response body accepted, counted after
                decompression (default 100 MiB, `None` for no limit); a larger one raises
                `ResponseTooLargeError` as soon as it passes the limit. Also settable per call.
            strict_response_validation: Refuse a response holding an enum value the spec
                does not list. By default such a value parses as `UnknownEnum` (a `str`
                keeping the raw value), so the client keeps working when the API adds one.
            quota: A `Quota` every request waits for, e.g. `Quota(100, per="minute")`; it
                also pauses when the server reports its budget spent. Default: no limit.
                `DOCUMENTED_QUOTA` is the one the API's docs state.
            idempotency_keys: `"all-posts"` sends a new `Idempotency-Key` with every POST
                (the same on its retries, which it then allows); `"declared"` only where the
                spec declares one.
        """
        credentials = {
            "access_token": access_token
            if access_token is not None
            else os.environ.get("OUTREACH_ACCESS_TOKEN"),
            "client_id": client_id
            if client_id is not None
            else os.environ.get("OUTREACH_CLIENT_ID"),
            "client_secret": client_secret
            if client_secret is not None
            else os.environ.get("OUTREACH_CLIENT_SECRET"),
            "refresh_token": refresh_token
            if refresh_token is not None
            else os.environ.get("OUTREACH_REFRESH_TOKEN"),
        }
        self._client = AsyncAPIClient(
            base_url=base_url or BASE_URL,
            credentials=credentials,
            security_schemes=SECURITY_SCHEMES,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent="outreach-client/2.0.0",
            logger_name="outreach_client",
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            error_classes=ERROR_CLASSES,
            quota=quota,
            idempotency_keys=idempotency_keys,
            token_provider=token_provider,
            token_url=token_url or os.environ.get("OUTREACH_TOKEN_URL"),
        )

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._client)

    @cached_property
    def audits(self) -> AsyncAuditsResource:
        from .resources.audits import AsyncAuditsResource

        return AsyncAuditsResource(self._client)

    @cached_property
    def call_dispositions(self) -> AsyncCallDispositionsResource:
        from .resources.call_dispositions import AsyncCallDispositionsResource

        return AsyncCallDispositionsResource(self._client)

    @cached_property
    def call_purposes(self) -> AsyncCallPurposesResource:
        from .resources.call_purposes import AsyncCallPurposesResource

        return AsyncCallPurposesResource(self._client)

    @cached_property
    def calls(self) -> AsyncCallsResource:
        from .resources.calls import AsyncCallsResource

        return AsyncCallsResource(self._client)

    @cached_property
    def compliance_requests(self) -> AsyncComplianceRequestsResource:
        from .resources.compliance_requests import AsyncComplianceRequestsResource

        return AsyncComplianceRequestsResource(self._client)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self._client)

    @cached_property
    def mail_aliases(self) -> AsyncMailAliasesResource:
        from .resources.mail_aliases import AsyncMailAliasesResource

        return AsyncMailAliasesResource(self._client)

    @cached_property
    def mailboxes(self) -> AsyncMailboxesResource:
        from .resources.mailboxes import AsyncMailboxesResource

        return AsyncMailboxesResource(self._client)

    @cached_property
    def mailings(self) -> AsyncMailingsResource:
        from .resources.mailings import AsyncMailingsResource

        return AsyncMailingsResource(self._client)

    @cached_property
    def opportunities(self) -> AsyncOpportunitiesResource:
        from .resources.opportunities import AsyncOpportunitiesResource

        return AsyncOpportunitiesResource(self._client)

    @cached_property
    def opportunity_prospect_roles(self) -> AsyncOpportunityProspectRolesResource:
        from .resources.opportunity_prospect_roles import AsyncOpportunityProspectRolesResource

        return AsyncOpportunityProspectRolesResource(self._client)

    @cached_property
    def opportunity_stages(self) -> AsyncOpportunityStagesResource:
        from .resources.opportunity_stages import AsyncOpportunityStagesResource

        return AsyncOpportunityStagesResource(self._client)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbersResource:
        from .resources.phone_numbers import AsyncPhoneNumbersResource

        return AsyncPhoneNumbersResource(self._client)

    @cached_property
    def prospects(self) -> AsyncProspectsResource:
        from .resources.prospects import AsyncProspectsResource

        return AsyncProspectsResource(self._client)

    @cached_property
    def recipients(self) -> AsyncRecipientsResource:
        from .resources.recipients import AsyncRecipientsResource

        return AsyncRecipientsResource(self._client)

    @cached_property
    def sequence_states(self) -> AsyncSequenceStatesResource:
        from .resources.sequence_states import AsyncSequenceStatesResource

        return AsyncSequenceStatesResource(self._client)

    @cached_property
    def sequence_steps(self) -> AsyncSequenceStepsResource:
        from .resources.sequence_steps import AsyncSequenceStepsResource

        return AsyncSequenceStepsResource(self._client)

    @cached_property
    def sequences(self) -> AsyncSequencesResource:
        from .resources.sequences import AsyncSequencesResource

        return AsyncSequencesResource(self._client)

    @cached_property
    def stages(self) -> AsyncStagesResource:
        from .resources.stages import AsyncStagesResource

        return AsyncStagesResource(self._client)

    @cached_property
    def task_priorities(self) -> AsyncTaskPrioritiesResource:
        from .resources.task_priorities import AsyncTaskPrioritiesResource

        return AsyncTaskPrioritiesResource(self._client)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self._client)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        from .resources.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self._client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool (closing
        the copy leaves the pool open)."""
        copy = object.__new__(type(self))
        copy._client = self._client.with_options(
            base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        return copy

    @property
    def base_url(self) -> str:
        return self._client.base_url

    async def close(self) -> None:
        """Close the underlying connections."""
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncOutreach({self._client!r})"
