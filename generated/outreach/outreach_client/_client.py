"""The Outreach REST API client, synchronous and asynchronous."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import Literal, Self

import httpx

from ._auth import SecurityScheme
from ._base_client import DEFAULT_MAX_RESPONSE_BYTES, AsyncAPIClient, SyncAPIClient
from ._errors import ERROR_CLASSES
from ._oauth2 import AsyncTokenProvider, OAuthFlows, TokenProvider
from ._quota import Quota
from ._types import NOT_GIVEN, NotGiven, Timeout
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
from .resources.opportunity_stages import AsyncOpportunityStagesResource, OpportunityStagesResource
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

    accounts: AccountsResource
    audits: AuditsResource
    call_dispositions: CallDispositionsResource
    call_purposes: CallPurposesResource
    calls: CallsResource
    compliance_requests: ComplianceRequestsResource
    events: EventsResource
    mail_aliases: MailAliasesResource
    mailboxes: MailboxesResource
    mailings: MailingsResource
    opportunities: OpportunitiesResource
    opportunity_prospect_roles: OpportunityProspectRolesResource
    opportunity_stages: OpportunityStagesResource
    phone_numbers: PhoneNumbersResource
    prospects: ProspectsResource
    recipients: RecipientsResource
    sequence_states: SequenceStatesResource
    sequence_steps: SequenceStepsResource
    sequences: SequencesResource
    stages: StagesResource
    task_priorities: TaskPrioritiesResource
    tasks: TasksResource
    templates: TemplatesResource
    users: UsersResource

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
        self._bind()

    def _bind(self) -> None:
        self.accounts = AccountsResource(self._client)
        self.audits = AuditsResource(self._client)
        self.call_dispositions = CallDispositionsResource(self._client)
        self.call_purposes = CallPurposesResource(self._client)
        self.calls = CallsResource(self._client)
        self.compliance_requests = ComplianceRequestsResource(self._client)
        self.events = EventsResource(self._client)
        self.mail_aliases = MailAliasesResource(self._client)
        self.mailboxes = MailboxesResource(self._client)
        self.mailings = MailingsResource(self._client)
        self.opportunities = OpportunitiesResource(self._client)
        self.opportunity_prospect_roles = OpportunityProspectRolesResource(self._client)
        self.opportunity_stages = OpportunityStagesResource(self._client)
        self.phone_numbers = PhoneNumbersResource(self._client)
        self.prospects = ProspectsResource(self._client)
        self.recipients = RecipientsResource(self._client)
        self.sequence_states = SequenceStatesResource(self._client)
        self.sequence_steps = SequenceStepsResource(self._client)
        self.sequences = SequencesResource(self._client)
        self.stages = StagesResource(self._client)
        self.task_priorities = TaskPrioritiesResource(self._client)
        self.tasks = TasksResource(self._client)
        self.templates = TemplatesResource(self._client)
        self.users = UsersResource(self._client)

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
        copy._bind()
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

    accounts: AsyncAccountsResource
    audits: AsyncAuditsResource
    call_dispositions: AsyncCallDispositionsResource
    call_purposes: AsyncCallPurposesResource
    calls: AsyncCallsResource
    compliance_requests: AsyncComplianceRequestsResource
    events: AsyncEventsResource
    mail_aliases: AsyncMailAliasesResource
    mailboxes: AsyncMailboxesResource
    mailings: AsyncMailingsResource
    opportunities: AsyncOpportunitiesResource
    opportunity_prospect_roles: AsyncOpportunityProspectRolesResource
    opportunity_stages: AsyncOpportunityStagesResource
    phone_numbers: AsyncPhoneNumbersResource
    prospects: AsyncProspectsResource
    recipients: AsyncRecipientsResource
    sequence_states: AsyncSequenceStatesResource
    sequence_steps: AsyncSequenceStepsResource
    sequences: AsyncSequencesResource
    stages: AsyncStagesResource
    task_priorities: AsyncTaskPrioritiesResource
    tasks: AsyncTasksResource
    templates: AsyncTemplatesResource
    users: AsyncUsersResource

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
        self._bind()

    def _bind(self) -> None:
        self.accounts = AsyncAccountsResource(self._client)
        self.audits = AsyncAuditsResource(self._client)
        self.call_dispositions = AsyncCallDispositionsResource(self._client)
        self.call_purposes = AsyncCallPurposesResource(self._client)
        self.calls = AsyncCallsResource(self._client)
        self.compliance_requests = AsyncComplianceRequestsResource(self._client)
        self.events = AsyncEventsResource(self._client)
        self.mail_aliases = AsyncMailAliasesResource(self._client)
        self.mailboxes = AsyncMailboxesResource(self._client)
        self.mailings = AsyncMailingsResource(self._client)
        self.opportunities = AsyncOpportunitiesResource(self._client)
        self.opportunity_prospect_roles = AsyncOpportunityProspectRolesResource(self._client)
        self.opportunity_stages = AsyncOpportunityStagesResource(self._client)
        self.phone_numbers = AsyncPhoneNumbersResource(self._client)
        self.prospects = AsyncProspectsResource(self._client)
        self.recipients = AsyncRecipientsResource(self._client)
        self.sequence_states = AsyncSequenceStatesResource(self._client)
        self.sequence_steps = AsyncSequenceStepsResource(self._client)
        self.sequences = AsyncSequencesResource(self._client)
        self.stages = AsyncStagesResource(self._client)
        self.task_priorities = AsyncTaskPrioritiesResource(self._client)
        self.tasks = AsyncTasksResource(self._client)
        self.templates = AsyncTemplatesResource(self._client)
        self.users = AsyncUsersResource(self._client)

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
        copy._bind()
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
