"""One module per resource of the Outreach REST API, each imported on first use."""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from .accounts import AccountsResource, AsyncAccountsResource
    from .audits import AsyncAuditsResource, AuditsResource
    from .call_dispositions import AsyncCallDispositionsResource, CallDispositionsResource
    from .call_purposes import AsyncCallPurposesResource, CallPurposesResource
    from .calls import AsyncCallsResource, CallsResource
    from .compliance_requests import AsyncComplianceRequestsResource, ComplianceRequestsResource
    from .events import AsyncEventsResource, EventsResource
    from .mail_aliases import AsyncMailAliasesResource, MailAliasesResource
    from .mailboxes import AsyncMailboxesResource, MailboxesResource
    from .mailings import AsyncMailingsResource, MailingsResource
    from .opportunities import AsyncOpportunitiesResource, OpportunitiesResource
    from .opportunity_prospect_roles import (
        AsyncOpportunityProspectRolesResource,
        OpportunityProspectRolesResource,
    )
    from .opportunity_stages import AsyncOpportunityStagesResource, OpportunityStagesResource
    from .phone_numbers import AsyncPhoneNumbersResource, PhoneNumbersResource
    from .prospects import AsyncProspectsResource, ProspectsResource
    from .recipients import AsyncRecipientsResource, RecipientsResource
    from .sequence_states import AsyncSequenceStatesResource, SequenceStatesResource
    from .sequence_steps import AsyncSequenceStepsResource, SequenceStepsResource
    from .sequences import AsyncSequencesResource, SequencesResource
    from .stages import AsyncStagesResource, StagesResource
    from .task_priorities import AsyncTaskPrioritiesResource, TaskPrioritiesResource
    from .tasks import AsyncTasksResource, TasksResource
    from .templates import AsyncTemplatesResource, TemplatesResource
    from .users import AsyncUsersResource, UsersResource

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AsyncAuditsResource",
    "AsyncCallDispositionsResource",
    "AsyncCallPurposesResource",
    "AsyncCallsResource",
    "AsyncComplianceRequestsResource",
    "AsyncEventsResource",
    "AsyncMailAliasesResource",
    "AsyncMailboxesResource",
    "AsyncMailingsResource",
    "AsyncOpportunitiesResource",
    "AsyncOpportunityProspectRolesResource",
    "AsyncOpportunityStagesResource",
    "AsyncPhoneNumbersResource",
    "AsyncProspectsResource",
    "AsyncRecipientsResource",
    "AsyncSequenceStatesResource",
    "AsyncSequenceStepsResource",
    "AsyncSequencesResource",
    "AsyncStagesResource",
    "AsyncTaskPrioritiesResource",
    "AsyncTasksResource",
    "AsyncTemplatesResource",
    "AsyncUsersResource",
    "AuditsResource",
    "CallDispositionsResource",
    "CallPurposesResource",
    "CallsResource",
    "ComplianceRequestsResource",
    "EventsResource",
    "MailAliasesResource",
    "MailboxesResource",
    "MailingsResource",
    "OpportunitiesResource",
    "OpportunityProspectRolesResource",
    "OpportunityStagesResource",
    "PhoneNumbersResource",
    "ProspectsResource",
    "RecipientsResource",
    "SequenceStatesResource",
    "SequenceStepsResource",
    "SequencesResource",
    "StagesResource",
    "TaskPrioritiesResource",
    "TasksResource",
    "TemplatesResource",
    "UsersResource",
]

# class → the module defining it
_MODULES: dict[str, str] = {
    "AccountsResource": "accounts",
    "AsyncAccountsResource": "accounts",
    "AsyncAuditsResource": "audits",
    "AuditsResource": "audits",
    "AsyncCallDispositionsResource": "call_dispositions",
    "CallDispositionsResource": "call_dispositions",
    "AsyncCallPurposesResource": "call_purposes",
    "CallPurposesResource": "call_purposes",
    "AsyncCallsResource": "calls",
    "CallsResource": "calls",
    "AsyncComplianceRequestsResource": "compliance_requests",
    "ComplianceRequestsResource": "compliance_requests",
    "AsyncEventsResource": "events",
    "EventsResource": "events",
    "AsyncMailAliasesResource": "mail_aliases",
    "MailAliasesResource": "mail_aliases",
    "AsyncMailboxesResource": "mailboxes",
    "MailboxesResource": "mailboxes",
    "AsyncMailingsResource": "mailings",
    "MailingsResource": "mailings",
    "AsyncOpportunitiesResource": "opportunities",
    "OpportunitiesResource": "opportunities",
    "AsyncOpportunityProspectRolesResource": "opportunity_prospect_roles",
    "OpportunityProspectRolesResource": "opportunity_prospect_roles",
    "AsyncOpportunityStagesResource": "opportunity_stages",
    "OpportunityStagesResource": "opportunity_stages",
    "AsyncPhoneNumbersResource": "phone_numbers",
    "PhoneNumbersResource": "phone_numbers",
    "AsyncProspectsResource": "prospects",
    "ProspectsResource": "prospects",
    "AsyncRecipientsResource": "recipients",
    "RecipientsResource": "recipients",
    "AsyncSequenceStatesResource": "sequence_states",
    "SequenceStatesResource": "sequence_states",
    "AsyncSequenceStepsResource": "sequence_steps",
    "SequenceStepsResource": "sequence_steps",
    "AsyncSequencesResource": "sequences",
    "SequencesResource": "sequences",
    "AsyncStagesResource": "stages",
    "StagesResource": "stages",
    "AsyncTaskPrioritiesResource": "task_priorities",
    "TaskPrioritiesResource": "task_priorities",
    "AsyncTasksResource": "tasks",
    "TasksResource": "tasks",
    "AsyncTemplatesResource": "templates",
    "TemplatesResource": "templates",
    "AsyncUsersResource": "users",
    "UsersResource": "users",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, set(_MODULES.values()))
