"""Models of the Pro Pipe Lines API, generated from its schemas.

Each class lives in a module of this package with the classes it references, and is imported
from there on first use (PEP 562): importing one model builds only the classes it reaches.
Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from ._action_history import (
        ActionHistory,
        ActionItemAmountSet,
        ActionItemNamed,
        ActionItemReference,
        ActionItemStepChanged,
        ActionItemUserAssigned,
    )
    from ._activity import Activity
    from ._attachment_upload import AttachmentUpload
    from ._category import Category, PredefinedTag
    from ._category_create import CategoryCreate
    from ._client_folder import ClientFolder, ClientFolderExtendedInfo
    from ._client_folder_create import ClientFolderCreate
    from ._client_folder_summary import ClientFolderSummary
    from ._client_folder_update import ClientFolderUpdate
    from ._comment import Attachment, Comment, CommentedItem
    from ._comment_create import CommentCreate
    from ._contact_fields import ContactFields
    from ._deleted_object import DeletedObject
    from ._error import Error
    from ._field_create import FieldCreate
    from ._field_model import FieldModel
    from ._lead_add_to_client import LeadAddToClient
    from ._lead_assign import LeadAssign
    from ._lead_create import LeadCreate
    from ._lead_delete_multiple import LeadDeleteMultiple
    from ._lead_duplicate import Lead, LeadDuplicate, LeadExtendedInfo
    from ._lead_update import LeadUpdate
    from ._lead_webhook_event import LeadWebhookEvent
    from ._message import Message
    from ._ping_response import PingResponse
    from ._predefined_tag_create import PredefinedTagCreate
    from ._prospect_webhook_event import ProspectWebhookEvent
    from ._send_email_from_template import SendEmailFromTemplate
    from ._session import Currency, Session
    from ._signed_url import SignedUrl
    from ._spreadsheet import Spreadsheet
    from ._spreadsheet_assign import SpreadsheetAssign
    from ._spreadsheet_create import SpreadsheetCreate
    from ._spreadsheet_row import SpreadsheetRow
    from ._spreadsheet_row_update import SpreadsheetRowUpdate
    from ._spreadsheet_rows_create import SpreadsheetRowsCreate
    from ._step import Pipeline, Step
    from ._task_webhook_event import TaskWebhookEvent
    from ._team import Team, TeamMember
    from ._team_create import TeamCreate
    from ._team_member_add import TeamMemberAdd
    from ._team_member_remove import TeamMemberRemove
    from ._team_update import TeamUpdate
    from ._user import User
    from ._user_contact import UserContact
    from ._user_create import UserCreate
    from ._user_summary import UserSummary
    from ._webhook_create import WebhookCreate
    from ._webhook_event import WebhookEvent
    from ._webhook_event_base import WebhookEventBase
    from ._webhook_lead_data import WebhookLeadData
    from ._webhook_model import WebhookModel
    from ._webhook_task_data import WebhookTaskData

__all__ = [
    "ActionHistory",
    "ActionItemAmountSet",
    "ActionItemNamed",
    "ActionItemReference",
    "ActionItemStepChanged",
    "ActionItemUserAssigned",
    "Activity",
    "Attachment",
    "AttachmentUpload",
    "Category",
    "CategoryCreate",
    "ClientFolder",
    "ClientFolderCreate",
    "ClientFolderExtendedInfo",
    "ClientFolderSummary",
    "ClientFolderUpdate",
    "Comment",
    "CommentCreate",
    "CommentedItem",
    "ContactFields",
    "Currency",
    "DeletedObject",
    "Error",
    "FieldCreate",
    "FieldModel",
    "Lead",
    "LeadAddToClient",
    "LeadAssign",
    "LeadCreate",
    "LeadDeleteMultiple",
    "LeadDuplicate",
    "LeadExtendedInfo",
    "LeadUpdate",
    "LeadWebhookEvent",
    "Message",
    "PingResponse",
    "Pipeline",
    "PredefinedTag",
    "PredefinedTagCreate",
    "ProspectWebhookEvent",
    "SendEmailFromTemplate",
    "Session",
    "SignedUrl",
    "Spreadsheet",
    "SpreadsheetAssign",
    "SpreadsheetCreate",
    "SpreadsheetRow",
    "SpreadsheetRowUpdate",
    "SpreadsheetRowsCreate",
    "Step",
    "TaskWebhookEvent",
    "Team",
    "TeamCreate",
    "TeamMember",
    "TeamMemberAdd",
    "TeamMemberRemove",
    "TeamUpdate",
    "User",
    "UserContact",
    "UserCreate",
    "UserSummary",
    "WebhookCreate",
    "WebhookEvent",
    "WebhookEventBase",
    "WebhookLeadData",
    "WebhookModel",
    "WebhookTaskData",
]

# name → the module defining it
_MODULES: dict[str, str] = {
    "ActionHistory": "_action_history",
    "ActionItemAmountSet": "_action_history",
    "ActionItemNamed": "_action_history",
    "ActionItemReference": "_action_history",
    "ActionItemStepChanged": "_action_history",
    "ActionItemUserAssigned": "_action_history",
    "Activity": "_activity",
    "Attachment": "_comment",
    "AttachmentUpload": "_attachment_upload",
    "Category": "_category",
    "CategoryCreate": "_category_create",
    "ClientFolder": "_client_folder",
    "ClientFolderCreate": "_client_folder_create",
    "ClientFolderExtendedInfo": "_client_folder",
    "ClientFolderSummary": "_client_folder_summary",
    "ClientFolderUpdate": "_client_folder_update",
    "Comment": "_comment",
    "CommentCreate": "_comment_create",
    "CommentedItem": "_comment",
    "ContactFields": "_contact_fields",
    "Currency": "_session",
    "DeletedObject": "_deleted_object",
    "Error": "_error",
    "FieldCreate": "_field_create",
    "FieldModel": "_field_model",
    "Lead": "_lead_duplicate",
    "LeadAddToClient": "_lead_add_to_client",
    "LeadAssign": "_lead_assign",
    "LeadCreate": "_lead_create",
    "LeadDeleteMultiple": "_lead_delete_multiple",
    "LeadDuplicate": "_lead_duplicate",
    "LeadExtendedInfo": "_lead_duplicate",
    "LeadUpdate": "_lead_update",
    "LeadWebhookEvent": "_lead_webhook_event",
    "Message": "_message",
    "PingResponse": "_ping_response",
    "Pipeline": "_step",
    "PredefinedTag": "_category",
    "PredefinedTagCreate": "_predefined_tag_create",
    "ProspectWebhookEvent": "_prospect_webhook_event",
    "SendEmailFromTemplate": "_send_email_from_template",
    "Session": "_session",
    "SignedUrl": "_signed_url",
    "Spreadsheet": "_spreadsheet",
    "SpreadsheetAssign": "_spreadsheet_assign",
    "SpreadsheetCreate": "_spreadsheet_create",
    "SpreadsheetRow": "_spreadsheet_row",
    "SpreadsheetRowsCreate": "_spreadsheet_rows_create",
    "SpreadsheetRowUpdate": "_spreadsheet_row_update",
    "Step": "_step",
    "TaskWebhookEvent": "_task_webhook_event",
    "Team": "_team",
    "TeamCreate": "_team_create",
    "TeamMember": "_team",
    "TeamMemberAdd": "_team_member_add",
    "TeamMemberRemove": "_team_member_remove",
    "TeamUpdate": "_team_update",
    "User": "_user",
    "UserContact": "_user_contact",
    "UserCreate": "_user_create",
    "UserSummary": "_user_summary",
    "WebhookCreate": "_webhook_create",
    "WebhookEvent": "_webhook_event",
    "WebhookEventBase": "_webhook_event_base",
    "WebhookLeadData": "_webhook_lead_data",
    "WebhookModel": "_webhook_model",
    "WebhookTaskData": "_webhook_task_data",
}

if not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos
    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__)
