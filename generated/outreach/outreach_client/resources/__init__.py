"""One module per resource of the Outreach REST API."""

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
