"""One module per resource of the Overloop API."""

from .account import AccountResource, AsyncAccountResource
from .automation_steps import AsyncAutomationStepsResource, AutomationStepsResource
from .automations import AsyncAutomationsResource, AutomationsResource
from .custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
from .deals import AsyncDealsResource, DealsResource
from .enrollments import AsyncEnrollmentsResource, EnrollmentsResource
from .exclusion_list_items import AsyncExclusionListItemsResource, ExclusionListItemsResource
from .lists import AsyncListsResource, ListsResource
from .organizations import AsyncOrganizationsResource, OrganizationsResource
from .pipelines import AsyncPipelinesResource, PipelinesResource
from .prospects import AsyncProspectsResource, ProspectsResource
from .stages import AsyncStagesResource, StagesResource
from .users import AsyncUsersResource, UsersResource

__all__ = [
    "AccountResource",
    "AsyncAccountResource",
    "AsyncAutomationStepsResource",
    "AsyncAutomationsResource",
    "AsyncCustomFieldsResource",
    "AsyncDealsResource",
    "AsyncEnrollmentsResource",
    "AsyncExclusionListItemsResource",
    "AsyncListsResource",
    "AsyncOrganizationsResource",
    "AsyncPipelinesResource",
    "AsyncProspectsResource",
    "AsyncStagesResource",
    "AsyncUsersResource",
    "AutomationStepsResource",
    "AutomationsResource",
    "CustomFieldsResource",
    "DealsResource",
    "EnrollmentsResource",
    "ExclusionListItemsResource",
    "ListsResource",
    "OrganizationsResource",
    "PipelinesResource",
    "ProspectsResource",
    "StagesResource",
    "UsersResource",
]
