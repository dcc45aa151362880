"""One module per resource of the Overloop API, each imported on first use."""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
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

# class → the module defining it
_MODULES: dict[str, str] = {
    "AccountResource": "account",
    "AsyncAccountResource": "account",
    "AsyncAutomationStepsResource": "automation_steps",
    "AutomationStepsResource": "automation_steps",
    "AsyncAutomationsResource": "automations",
    "AutomationsResource": "automations",
    "AsyncCustomFieldsResource": "custom_fields",
    "CustomFieldsResource": "custom_fields",
    "AsyncDealsResource": "deals",
    "DealsResource": "deals",
    "AsyncEnrollmentsResource": "enrollments",
    "EnrollmentsResource": "enrollments",
    "AsyncExclusionListItemsResource": "exclusion_list_items",
    "ExclusionListItemsResource": "exclusion_list_items",
    "AsyncListsResource": "lists",
    "ListsResource": "lists",
    "AsyncOrganizationsResource": "organizations",
    "OrganizationsResource": "organizations",
    "AsyncPipelinesResource": "pipelines",
    "PipelinesResource": "pipelines",
    "AsyncProspectsResource": "prospects",
    "ProspectsResource": "prospects",
    "AsyncStagesResource": "stages",
    "StagesResource": "stages",
    "AsyncUsersResource": "users",
    "UsersResource": "users",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, set(_MODULES.values()))
