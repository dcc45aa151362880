"""Models of the Overloop API, generated from its schemas.

Each class lives in a module of this package with the classes it references, and is imported
from there on first use (PEP 562): importing one model builds only the classes it reaches.
Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from ._account import Account, AccountAttributes
    from ._account_document import AccountDocument
    from ._automation import Automation, AutomationAttributes, AutomationRelationships
    from ._automation_collection import AutomationCollection
    from ._automation_document import AutomationDocument
    from ._automation_step import (
        AutomationStep,
        AutomationStepAttributes,
        AutomationStepConfig,
        AutomationStepRelationships,
    )
    from ._automation_step_collection import AutomationStepCollection
    from ._automation_step_document import AutomationStepDocument
    from ._custom_field import CustomField, CustomFieldAttributes
    from ._custom_field_collection import CustomFieldCollection
    from ._custom_field_document import CustomFieldDocument
    from ._deal import Deal, DealAttributes, DealRelationships
    from ._deal_collection import DealCollection
    from ._deal_create import DealCreate, DealCreateAttributes, DealCreateData
    from ._deal_document import DealDocument
    from ._deal_mark_as_lost import (
        DealMarkAsLost,
        DealMarkAsLostData,
        DealMarkAsLostDataAttributes,
        DealMarkAsLostDataAttributesParam,
        DealMarkAsLostDataParam,
        DealMarkAsLostParam,
    )
    from ._deal_update import (
        DealUpdate,
        DealUpdateAttributes,
        DealUpdateAttributesParam,
        DealUpdateData,
        DealUpdateDataParam,
        DealUpdateParam,
    )
    from ._deleted_resource import DeletedResource
    from ._enrollment import Enrollment, EnrollmentAttributes, EnrollmentRelationships
    from ._enrollment_collection import EnrollmentCollection
    from ._enrollment_create import (
        EnrollmentCreate,
        EnrollmentCreateAttributes,
        EnrollmentCreateAttributesParam,
        EnrollmentCreateData,
        EnrollmentCreateDataParam,
        EnrollmentCreateParam,
    )
    from ._enrollment_document import EnrollmentDocument
    from ._error_document import (
        CodeMessageError,
        ErrorDocument,
        ValidationError,
        ValidationErrorSource,
    )
    from ._exclusion_list_item import ExclusionListItem, ExclusionListItemAttributes
    from ._exclusion_list_item_collection import ExclusionListItemCollection
    from ._exclusion_list_item_create import (
        ExclusionListItemCreate,
        ExclusionListItemCreateAttributes,
        ExclusionListItemCreateData,
    )
    from ._exclusion_list_item_document import ExclusionListItemDocument
    from ._filter import Filter, FilterAttributes, FilterRelationships
    from ._list_collection import ListCollection
    from ._list_create import ListCreate, ListCreateAttributes, ListCreateData
    from ._list_document import ListDocument
    from ._list_model import ListAttributes, ListModel
    from ._list_update import (
        ListUpdate,
        ListUpdateAttributes,
        ListUpdateAttributesParam,
        ListUpdateData,
        ListUpdateDataParam,
        ListUpdateParam,
    )
    from ._organization import Organization, OrganizationAttributes, OrganizationRelationships
    from ._organization_collection import OrganizationCollection
    from ._organization_create import (
        OrganizationCreate,
        OrganizationCreateData,
        OrganizationCreateDataParam,
        OrganizationCreateParam,
    )
    from ._organization_document import OrganizationDocument
    from ._organization_update import (
        OrganizationUpdate,
        OrganizationUpdateData,
        OrganizationUpdateDataParam,
        OrganizationUpdateParam,
    )
    from ._organization_write_attributes import (
        OrganizationWriteAttributes,
        OrganizationWriteAttributesParam,
    )
    from ._pagination_links import PaginationLinks
    from ._pipeline import Pipeline, PipelineAttributes
    from ._pipeline_collection import PipelineCollection
    from ._pipeline_create import PipelineCreate, PipelineCreateAttributes, PipelineCreateData
    from ._pipeline_document import PipelineDocument
    from ._pipeline_update import (
        PipelineUpdate,
        PipelineUpdateAttributes,
        PipelineUpdateAttributesParam,
        PipelineUpdateData,
        PipelineUpdateDataParam,
        PipelineUpdateParam,
    )
    from ._prospect import Prospect, ProspectAttributes, ProspectRelationships
    from ._prospect_collection import ProspectCollection
    from ._prospect_create import (
        ProspectCreate,
        ProspectCreateData,
        ProspectCreateDataParam,
        ProspectCreateParam,
    )
    from ._prospect_document import ProspectDocument
    from ._prospect_update import (
        ProspectUpdate,
        ProspectUpdateData,
        ProspectUpdateDataParam,
        ProspectUpdateParam,
    )
    from ._prospect_write_attributes import ProspectWriteAttributes, ProspectWriteAttributesParam
    from ._resource import Relationship, Resource
    from ._resource_identifier import ResourceIdentifier
    from ._resource_links import ResourceLinks
    from ._segment import Segment, SegmentAttributes, SegmentRelationships
    from ._stage import Stage, StageAttributes, StageRelationships
    from ._stage_collection import StageCollection
    from ._stage_create import StageCreate, StageCreateAttributes, StageCreateData
    from ._stage_document import StageDocument
    from ._stage_update import (
        StageUpdate,
        StageUpdateAttributes,
        StageUpdateAttributesParam,
        StageUpdateData,
        StageUpdateDataParam,
        StageUpdateParam,
    )
    from ._to_many_relationship import ToManyRelationship
    from ._to_one_relationship import ToOneRelationship
    from ._user import User, UserAttributes, UserRelationships
    from ._user_collection import UserCollection
    from ._user_document import UserDocument

__all__ = [
    "Account",
    "AccountAttributes",
    "AccountDocument",
    "Automation",
    "AutomationAttributes",
    "AutomationCollection",
    "AutomationDocument",
    "AutomationRelationships",
    "AutomationStep",
    "AutomationStepAttributes",
    "AutomationStepCollection",
    "AutomationStepConfig",
    "AutomationStepDocument",
    "AutomationStepRelationships",
    "CodeMessageError",
    "CustomField",
    "CustomFieldAttributes",
    "CustomFieldCollection",
    "CustomFieldDocument",
    "Deal",
    "DealAttributes",
    "DealCollection",
    "DealCreate",
    "DealCreateAttributes",
    "DealCreateData",
    "DealDocument",
    "DealMarkAsLost",
    "DealMarkAsLostData",
    "DealMarkAsLostDataAttributes",
    "DealMarkAsLostDataAttributesParam",
    "DealMarkAsLostDataParam",
    "DealMarkAsLostParam",
    "DealRelationships",
    "DealUpdate",
    "DealUpdateAttributes",
    "DealUpdateAttributesParam",
    "DealUpdateData",
    "DealUpdateDataParam",
    "DealUpdateParam",
    "DeletedResource",
    "Enrollment",
    "EnrollmentAttributes",
    "EnrollmentCollection",
    "EnrollmentCreate",
    "EnrollmentCreateAttributes",
    "EnrollmentCreateAttributesParam",
    "EnrollmentCreateData",
    "EnrollmentCreateDataParam",
    "EnrollmentCreateParam",
    "EnrollmentDocument",
    "EnrollmentRelationships",
    "ErrorDocument",
    "ExclusionListItem",
    "ExclusionListItemAttributes",
    "ExclusionListItemCollection",
    "ExclusionListItemCreate",
    "ExclusionListItemCreateAttributes",
    "ExclusionListItemCreateData",
    "ExclusionListItemDocument",
    "Filter",
    "FilterAttributes",
    "FilterRelationships",
    "ListAttributes",
    "ListCollection",
    "ListCreate",
    "ListCreateAttributes",
    "ListCreateData",
    "ListDocument",
    "ListModel",
    "ListUpdate",
    "ListUpdateAttributes",
    "ListUpdateAttributesParam",
    "ListUpdateData",
    "ListUpdateDataParam",
    "ListUpdateParam",
    "Organization",
    "OrganizationAttributes",
    "OrganizationCollection",
    "OrganizationCreate",
    "OrganizationCreateData",
    "OrganizationCreateDataParam",
    "OrganizationCreateParam",
    "OrganizationDocument",
    "OrganizationRelationships",
    "OrganizationUpdate",
    "OrganizationUpdateData",
    "OrganizationUpdateDataParam",
    "OrganizationUpdateParam",
    "OrganizationWriteAttributes",
    "OrganizationWriteAttributesParam",
    "PaginationLinks",
    "Pipeline",
    "PipelineAttributes",
    "PipelineCollection",
    "PipelineCreate",
    "PipelineCreateAttributes",
    "PipelineCreateData",
    "PipelineDocument",
    "PipelineUpdate",
    "PipelineUpdateAttributes",
    "PipelineUpdateAttributesParam",
    "PipelineUpdateData",
    "PipelineUpdateDataParam",
    "PipelineUpdateParam",
    "Prospect",
    "ProspectAttributes",
    "ProspectCollection",
    "ProspectCreate",
    "ProspectCreateData",
    "ProspectCreateDataParam",
    "ProspectCreateParam",
    "ProspectDocument",
    "ProspectRelationships",
    "ProspectUpdate",
    "ProspectUpdateData",
    "ProspectUpdateDataParam",
    "ProspectUpdateParam",
    "ProspectWriteAttributes",
    "ProspectWriteAttributesParam",
    "Relationship",
    "Resource",
    "ResourceIdentifier",
    "ResourceLinks",
    "Segment",
    "SegmentAttributes",
    "SegmentRelationships",
    "Stage",
    "StageAttributes",
    "StageCollection",
    "StageCreate",
    "StageCreateAttributes",
    "StageCreateData",
    "StageDocument",
    "StageRelationships",
    "StageUpdate",
    "StageUpdateAttributes",
    "StageUpdateAttributesParam",
    "StageUpdateData",
    "StageUpdateDataParam",
    "StageUpdateParam",
    "ToManyRelationship",
    "ToOneRelationship",
    "User",
    "UserAttributes",
    "UserCollection",
    "UserDocument",
    "UserRelationships",
    "ValidationError",
    "ValidationErrorSource",
]

# name → the module defining it
_MODULES: dict[str, str] = {
    "Account": "_account",
    "AccountAttributes": "_account",
    "AccountDocument": "_account_document",
    "Automation": "_automation",
    "AutomationAttributes": "_automation",
    "AutomationCollection": "_automation_collection",
    "AutomationDocument": "_automation_document",
    "AutomationRelationships": "_automation",
    "AutomationStep": "_automation_step",
    "AutomationStepAttributes": "_automation_step",
    "AutomationStepCollection": "_automation_step_collection",
    "AutomationStepConfig": "_automation_step",
    "AutomationStepDocument": "_automation_step_document",
    "AutomationStepRelationships": "_automation_step",
    "CodeMessageError": "_error_document",
    "CustomField": "_custom_field",
    "CustomFieldAttributes": "_custom_field",
    "CustomFieldCollection": "_custom_field_collection",
    "CustomFieldDocument": "_custom_field_document",
    "Deal": "_deal",
    "DealAttributes": "_deal",
    "DealCollection": "_deal_collection",
    "DealCreate": "_deal_create",
    "DealCreateAttributes": "_deal_create",
    "DealCreateData": "_deal_create",
    "DealDocument": "_deal_document",
    "DealMarkAsLost": "_deal_mark_as_lost",
    "DealMarkAsLostData": "_deal_mark_as_lost",
    "DealMarkAsLostDataAttributes": "_deal_mark_as_lost",
    "DealMarkAsLostDataAttributesParam": "_deal_mark_as_lost",
    "DealMarkAsLostDataParam": "_deal_mark_as_lost",
    "DealMarkAsLostParam": "_deal_mark_as_lost",
    "DealRelationships": "_deal",
    "DealUpdate": "_deal_update",
    "DealUpdateAttributes": "_deal_update",
    "DealUpdateAttributesParam": "_deal_update",
    "DealUpdateData": "_deal_update",
    "DealUpdateDataParam": "_deal_update",
    "DealUpdateParam": "_deal_update",
    "DeletedResource": "_deleted_resource",
    "Enrollment": "_enrollment",
    "EnrollmentAttributes": "_enrollment",
    "EnrollmentCollection": "_enrollment_collection",
    "EnrollmentCreate": "_enrollment_create",
    "EnrollmentCreateAttributes": "_enrollment_create",
    "EnrollmentCreateAttributesParam": "_enrollment_create",
    "EnrollmentCreateData": "_enrollment_create",
    "EnrollmentCreateDataParam": "_enrollment_create",
    "EnrollmentCreateParam": "_enrollment_create",
    "EnrollmentDocument": "_enrollment_document",
    "EnrollmentRelationships": "_enrollment",
    "ErrorDocument": "_error_document",
    "ExclusionListItem": "_exclusion_list_item",
    "ExclusionListItemAttributes": "_exclusion_list_item",
    "ExclusionListItemCollection": "_exclusion_list_item_collection",
    "ExclusionListItemCreate": "_exclusion_list_item_create",
    "ExclusionListItemCreateAttributes": "_exclusion_list_item_create",
    "ExclusionListItemCreateData": "_exclusion_list_item_create",
    "ExclusionListItemDocument": "_exclusion_list_item_document",
    "Filter": "_filter",
    "FilterAttributes": "_filter",
    "FilterRelationships": "_filter",
    "ListAttributes": "_list_model",
    "ListCollection": "_list_collection",
    "ListCreate": "_list_create",
    "ListCreateAttributes": "_list_create",
    "ListCreateData": "_list_create",
    "ListDocument": "_list_document",
    "ListModel": "_list_model",
    "ListUpdate": "_list_update",
    "ListUpdateAttributes": "_list_update",
    "ListUpdateAttributesParam": "_list_update",
    "ListUpdateData": "_list_update",
    "ListUpdateDataParam": "_list_update",
    "ListUpdateParam": "_list_update",
    "Organization": "_organization",
    "OrganizationAttributes": "_organization",
    "OrganizationCollection": "_organization_collection",
    "OrganizationCreate": "_organization_create",
    "OrganizationCreateData": "_organization_create",
    "OrganizationCreateDataParam": "_organization_create",
    "OrganizationCreateParam": "_organization_create",
    "OrganizationDocument": "_organization_document",
    "OrganizationRelationships": "_organization",
    "OrganizationUpdate": "_organization_update",
    "OrganizationUpdateData": "_organization_update",
    "OrganizationUpdateDataParam": "_organization_update",
    "OrganizationUpdateParam": "_organization_update",
    "OrganizationWriteAttributes": "_organization_write_attributes",
    "OrganizationWriteAttributesParam": "_organization_write_attributes",
    "PaginationLinks": "_pagination_links",
    "Pipeline": "_pipeline",
    "PipelineAttributes": "_pipeline",
    "PipelineCollection": "_pipeline_collection",
    "PipelineCreate": "_pipeline_create",
    "PipelineCreateAttributes": "_pipeline_create",
    "PipelineCreateData": "_pipeline_create",
    "PipelineDocument": "_pipeline_document",
    "PipelineUpdate": "_pipeline_update",
    "PipelineUpdateAttributes": "_pipeline_update",
    "PipelineUpdateAttributesParam": "_pipeline_update",
    "PipelineUpdateData": "_pipeline_update",
    "PipelineUpdateDataParam": "_pipeline_update",
    "PipelineUpdateParam": "_pipeline_update",
    "Prospect": "_prospect",
    "ProspectAttributes": "_prospect",
    "ProspectCollection": "_prospect_collection",
    "ProspectCreate": "_prospect_create",
    "ProspectCreateData": "_prospect_create",
    "ProspectCreateDataParam": "_prospect_create",
    "ProspectCreateParam": "_prospect_create",
    "ProspectDocument": "_prospect_document",
    "ProspectRelationships": "_prospect",
    "ProspectUpdate": "_prospect_update",
    "ProspectUpdateData": "_prospect_update",
    "ProspectUpdateDataParam": "_prospect_update",
    "ProspectUpdateParam": "_prospect_update",
    "ProspectWriteAttributes": "_prospect_write_attributes",
    "ProspectWriteAttributesParam": "_prospect_write_attributes",
    "Relationship": "_resource",
    "Resource": "_resource",
    "ResourceIdentifier": "_resource_identifier",
    "ResourceLinks": "_resource_links",
    "Segment": "_segment",
    "SegmentAttributes": "_segment",
    "SegmentRelationships": "_segment",
    "Stage": "_stage",
    "StageAttributes": "_stage",
    "StageCollection": "_stage_collection",
    "StageCreate": "_stage_create",
    "StageCreateAttributes": "_stage_create",
    "StageCreateData": "_stage_create",
    "StageDocument": "_stage_document",
    "StageRelationships": "_stage",
    "StageUpdate": "_stage_update",
    "StageUpdateAttributes": "_stage_update",
    "StageUpdateAttributesParam": "_stage_update",
    "StageUpdateData": "_stage_update",
    "StageUpdateDataParam": "_stage_update",
    "StageUpdateParam": "_stage_update",
    "ToManyRelationship": "_to_many_relationship",
    "ToOneRelationship": "_to_one_relationship",
    "User": "_user",
    "UserAttributes": "_user",
    "UserCollection": "_user_collection",
    "UserDocument": "_user_document",
    "UserRelationships": "_user",
    "ValidationError": "_error_document",
    "ValidationErrorSource": "_error_document",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__)
