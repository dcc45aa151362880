"""One module per resource of the Pro Pipe Lines API, each imported on first use."""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
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

# class → the module defining it
_MODULES: dict[str, str] = {
    "ActionHistoriesResource": "action_histories",
    "AsyncActionHistoriesResource": "action_histories",
    "ActivitiesResource": "activities",
    "AsyncActivitiesResource": "activities",
    "AsyncAuthResource": "auth",
    "AuthResource": "auth",
    "AsyncCategoriesResource": "categories",
    "CategoriesResource": "categories",
    "AsyncClientFoldersResource": "client_folders",
    "ClientFoldersResource": "client_folders",
    "AsyncFieldsResource": "fields",
    "FieldsResource": "fields",
    "AsyncLeadAttachmentsResource": "lead_attachments",
    "LeadAttachmentsResource": "lead_attachments",
    "AsyncLeadCommentsResource": "lead_comments",
    "LeadCommentsResource": "lead_comments",
    "AsyncLeadsResource": "leads",
    "LeadsResource": "leads",
    "AsyncPipelinesResource": "pipelines",
    "PipelinesResource": "pipelines",
    "AsyncPredefinedTagsResource": "predefined_tags",
    "PredefinedTagsResource": "predefined_tags",
    "AsyncProspectingListsResource": "prospecting_lists",
    "ProspectingListsResource": "prospecting_lists",
    "AsyncProspectsResource": "prospects",
    "ProspectsResource": "prospects",
    "AsyncStepsResource": "steps",
    "StepsResource": "steps",
    "AsyncTeamsResource": "teams",
    "TeamsResource": "teams",
    "AsyncUsersResource": "users",
    "UsersResource": "users",
    "AsyncWebhookEventsResource": "webhook_events",
    "WebhookEventsResource": "webhook_events",
    "AsyncWebhooksResource": "webhooks",
    "WebhooksResource": "webhooks",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, set(_MODULES.values()))
