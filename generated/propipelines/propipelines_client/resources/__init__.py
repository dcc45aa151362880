"""One module per resource of the Pro Pipe Lines API."""

from .action_histories import ActionHistoriesResource, AsyncActionHistoriesResource
from .activities import ActivitiesResource, AsyncActivitiesResource
from .auth import AsyncAuthResource, AuthResource
from .categories import AsyncCategoriesResource, CategoriesResource
from .client_folders import AsyncClientFoldersResource, ClientFoldersResource
from .fields import AsyncFieldsResource, FieldsResource
from .lead_attachments import AsyncLeadAttachmentsResource, LeadAttachmentsResource
from .lead_comments import AsyncLeadCommentsResource, LeadCommentsResource
from .leads import AsyncLeadsResource, LeadsResource
from .pipelines import AsyncPipelinesResource, PipelinesResource
from .predefined_tags import AsyncPredefinedTagsResource, PredefinedTagsResource
from .prospecting_lists import AsyncProspectingListsResource, ProspectingListsResource
from .prospects import AsyncProspectsResource, ProspectsResource
from .steps import AsyncStepsResource, StepsResource
from .teams import AsyncTeamsResource, TeamsResource
from .users import AsyncUsersResource, UsersResource
from .webhook_events import AsyncWebhookEventsResource, WebhookEventsResource
from .webhooks import AsyncWebhooksResource, WebhooksResource

__all__ = [
    "ActionHistoriesResource",
    "ActivitiesResource",
    "AsyncActionHistoriesResource",
    "AsyncActivitiesResource",
    "AsyncAuthResource",
    "AsyncCategoriesResource",
    "AsyncClientFoldersResource",
    "AsyncFieldsResource",
    "AsyncLeadAttachmentsResource",
    "AsyncLeadCommentsResource",
    "AsyncLeadsResource",
    "AsyncPipelinesResource",
    "AsyncPredefinedTagsResource",
    "AsyncProspectingListsResource",
    "AsyncProspectsResource",
    "AsyncStepsResource",
    "AsyncTeamsResource",
    "AsyncUsersResource",
    "AsyncWebhookEventsResource",
    "AsyncWebhooksResource",
    "AuthResource",
    "CategoriesResource",
    "ClientFoldersResource",
    "FieldsResource",
    "LeadAttachmentsResource",
    "LeadCommentsResource",
    "LeadsResource",
    "PipelinesResource",
    "PredefinedTagsResource",
    "ProspectingListsResource",
    "ProspectsResource",
    "StepsResource",
    "TeamsResource",
    "UsersResource",
    "WebhookEventsResource",
    "WebhooksResource",
]
