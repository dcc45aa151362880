"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from ._unions import UnknownEnum, discriminated


class Error(BaseModel):
    """Error body. The docs list only a status code and a message per error and never show an error body; this shape is ASSUMED from the ping response ({"status": 200, "message": "..."}). Clients should rely on the HTTP status code and treat the body as informative."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    status: int | None = None
    """The HTTP status code repeated in the body (assumed)."""
    message: str | None = None
    """Human-readable error message, as listed in the docs' error table."""


class DeletedObject(BaseModel):
    """Returned by the DELETE operations: the id of the object that was deleted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Identifier of the deleted object."""


class SignedUrl(BaseModel):
    """A short-lived pre-signed URL to download a file."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    url: str
    """Pre-signed download URL, valid for a short time (X-Amz-Expires=180, i.e. about 3 minutes)."""


class PingResponse(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    status: int
    """Always 200 on success."""
    message: str
    """Confirmation message."""


class Currency(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    code: str | None = None
    """ISO 4217 currency code of the account."""
    symbol: str | None = None
    """Currency symbol."""


class Session(BaseModel):
    """A user session: the USER token and information about the user and the account."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    token: str
    """The USER token to send in the X-USER-TOKEN header. Valid 30 days or until logout."""
    slug: str | None = None
    """Slug of the account (the subdomain of the base URL)."""
    locale: str | None = None
    """Locale of the user."""
    time_zone: str | None = None
    """Time zone of the user (IANA name)."""
    user_id: int | None = None
    """Id of the logged user."""
    user_email: str | None = None
    """Email of the logged user."""
    is_admin: bool | None = None
    """True if the logged user is an administrator of the account."""
    currency: Currency | None = None


class UserSummary(BaseModel):
    """Short user reference embedded in other objects (created_by, client folder owner, webhook event data)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str | None = None
    """Email address."""


class UserContact(BaseModel):
    """User reference with contact numbers, embedded in leads, comments, action histories and prospecting lists."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str | None = None
    """Email address."""
    phone: str | None = None
    """Phone number (empty string when not set)."""
    mobile_phone: str | None = None
    """Mobile phone number (empty string when not set)."""


class User(BaseModel):
    """A user of the account. Deleted users are still returned, with is_disabled=true."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str
    """Email address (unique in the account)."""
    phone: str | None = None
    """Phone number."""
    mobile_phone: str | None = None
    """Mobile phone number."""
    job_title: str | None = None
    """Job title."""
    im_type: str | None = None
    """Instant messaging service (e.g. Skype, Google Chat)."""
    im: str | None = None
    """Instant messaging handle."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    is_admin: bool | None = None
    """True if the user is an administrator of the account."""
    has_activated: bool | None = None
    """True if the user has activated their account."""
    is_disabled: bool | None = None
    """True if an administrator has deleted (disabled) the user; the user cannot access the account anymore."""
    locale: str | None = None
    """Locale of the user."""
    time_zone: str | None = None
    """Time zone of the user (IANA name)."""
    permalink: str | None = None
    """Link to the user in the web application."""


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str
    """The email of the user."""
    lastname: str | None = None
    """The lastname of the user."""
    firstname: str | None = None
    """The firstname of the user."""
    is_admin: bool = False
    """true if the user should be administrator of the account."""
    dont_send_email: bool = True
    """false if the user has to receive his/her activation email when he/she is created. By default the activation email is NOT sent."""


class TeamMember(BaseModel):
    """A member of a team."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """User id."""
    lastname: str | None = None
    """Last name."""
    firstname: str | None = None
    """First name."""
    email: str | None = None
    """Email address."""
    is_manager: bool | None = None
    """True if the user is a manager of the team."""


class Team(BaseModel):
    """A team of users."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Team id."""
    name: str | None = None
    """Team name. (Omitted in the add_member/remove_member responses.)"""
    users: list[TeamMember] | None = None
    """Members of the team."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""


class TeamCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The name of the team."""


class TeamUpdate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The new team's name."""


class TeamMemberAdd(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user_id: int | str
    """User’s email address or id to add."""
    is_manager: bool = False
    """True if the user should be manager of the team."""


class TeamMemberRemove(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user_id: int | str
    """User’s email address or id to remove."""


class Pipeline(BaseModel):
    """A sales pipeline (a sequence of steps)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Pipeline id."""
    name: str
    """Pipeline name."""
    is_default: bool | None = None
    """True for the default pipeline of the account."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""


class Step(BaseModel):
    """A step of a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Step id."""
    name: str
    """Step name."""
    position: int | None = None
    """Position of the step in its pipeline (1-based)."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""
    pipeline_id: int | None = None
    """Id of the pipeline the step belongs to."""
    pipeline: Pipeline | None = None
    """The pipeline the step belongs to."""


class ContactFields(BaseModel):
    """Values of the default fields (fields with a type, see Fields), keyed by field type; null when not set. Leads return email..vat; client folders also return city, zipcode, state and country."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """Email."""
    phone: str | None = None
    """Phone."""
    mobile: str | None = None
    """Mobile phone."""
    address: str | None = None
    """Address."""
    web: str | None = None
    """Web site."""
    first_name: str | None = None
    """First name."""
    last_name: str | None = None
    """Last name."""
    full_name: str | None = None
    """Full name."""
    job: str | None = None
    """Job / department."""
    fax: str | None = None
    """Fax."""
    vat: str | None = None
    """VAT number."""
    city: str | None = None
    """City (client folders)."""
    zipcode: str | None = None
    """Zip code (client folders)."""
    state: str | None = None
    """State (client folders)."""
    country: str | None = None
    """Country (client folders)."""


class ClientFolderExtendedInfo(BaseModel):
    """Extra information returned by create/retrieve/update (not in the list)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    permalink: str | None = None
    """Link to the client folder in the web application."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    fields_by_name: dict[str, str | None] | None = None
    user: UserSummary | None = None
    """Owner of the client folder (null assumed for a folder without owner)."""


class ClientFolderSummary(BaseModel):
    """Short client folder embedded in a lead or a webhook event."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Client folder id."""
    name: str | None = None
    """Name of the client folder."""
    description: str | None = None
    """Description (may contain HTML)."""
    is_active: bool | None = None
    """False when the client folder is inactive."""
    created_at: datetime | None = None
    """Creation date."""


class ClientFolder(BaseModel):
    """A client folder (groups leads of the same client). The list returns it without extended_info."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Client folder id."""
    name: str
    """Name of the client folder."""
    description: str | None = None
    """Description of the client folder."""
    is_active: bool | None = None
    """False when the client folder is inactive."""
    created_at: datetime | None = None
    """Creation date."""
    user_id: int | None = None
    """Id of the owner (null assumed for a folder created with the API key without user_id)."""
    extended_info: ClientFolderExtendedInfo | None = None


class ClientFolderCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The name of the client folder."""
    description: str | None = None
    """The client folder's description."""
    user_id: int | str | None = None
    """User’s email address or id to assign the client folder to the user. Returns an error (400) when authenticated with a USER token."""


class ClientFolderUpdate(BaseModel):
    """Partial update: only the fields sent are changed."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The new name of the client folder."""
    description: str | None = None
    """The new description of the client folder."""
    is_active: bool | None = None
    """Boolean to activate or inactivate the client folder."""


class PredefinedTag(BaseModel):
    """A predefined tag (a "supertag" of a category)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Tag id."""
    name: str
    """Tag name."""
    category: str | None = None
    """Name (not id) of the category the tag belongs to."""
    created_at: datetime | None = None
    """Creation date (null for some tags)."""
    position: int | None = None
    """Position of the tag in its category."""


class Category(BaseModel):
    """A category of predefined tags."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Category id."""
    name: str
    """Category name."""
    is_required: bool | None = None
    """True if a tag of this category is required on leads."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    position: int | None = None
    """Position of the category."""
    supertags: list[PredefinedTag] | None = None
    """The predefined tags of the category (only with include_tags=true)."""


class CategoryCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The category name."""


class PredefinedTagCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The tag name."""
    category_id: int
    """The category id where the tag should be added."""


class FieldModel(BaseModel):
    """A field defined for leads or client folders."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Field id."""
    name: str
    """Field name."""
    type_: Annotated[
        Literal[
            "unset",
            "email",
            "phone",
            "mobile",
            "address",
            "web",
            "first_name",
            "last_name",
            "full_name",
            "job",
            "fax",
            "vat",
            "city",
            "zipcode",
            "state",
            "country",
            "company_id",
            "custom1",
            "custom2",
            "custom3",
            "custom4",
            "custom5",
        ]
        | UnknownEnum
        | None,
        Field(alias="type"),
    ] = None
    """Type of the field (unset for a free field)."""
    parent_type: Literal["lead", "client"] | UnknownEnum | None = None
    """Element the field is associated with."""
    position: int | None = None
    """Position of the field."""
    is_key: bool | None = None
    """True if the field is used to detect duplicate leads."""
    created_at: datetime | None = None
    """Creation date."""
    updated_at: datetime | None = None
    """Last update date."""


class FieldCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """Name of the field (max 32 characters)."""
    parent_type: Literal["lead", "client"] | UnknownEnum
    """Element on which the field will be associated."""
    type_: Annotated[
        Literal[
            "unset",
            "email",
            "phone",
            "mobile",
            "address",
            "web",
            "first_name",
            "last_name",
            "full_name",
            "job",
            "fax",
            "vat",
            "city",
            "zipcode",
            "state",
            "country",
            "company_id",
            "custom1",
            "custom2",
            "custom3",
            "custom4",
            "custom5",
        ]
        | UnknownEnum,
        Field(alias="type"),
    ] = "unset"
    """Type of the field. custom1..custom5 are not available in the starter edition."""
    is_key: bool = False
    """If true, the field will be used to detect potential duplicate leads."""


class Activity(BaseModel):
    """An activity type that can be set on comments and reminders."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Activity id."""
    name: str
    """Activity name."""
    icon: str | None = None
    """Icon name (Font Awesome)."""
    parent_id: int | None = None
    """Id of the parent activity (sub-activities such as Answered/Unanswered under Call)."""
    color: str | None = None
    """Color of the activity."""
    kind: str | None = None
    """Kind of activity (e.g. call, email, meeting)."""
    is_disabled: bool | None = None
    """True if the activity is disabled."""
    position: int | None = None
    """Position of the activity."""


class LeadExtendedInfo(BaseModel):
    """Extra information returned with a single lead (not in lists)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    all_contact_emails: list[str] | None = None
    """All email addresses found in the lead."""
    first_contact_email: str | None = None
    """First email address found in the lead."""
    permalink: str | None = None
    """Link to the lead in the web application."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    fields_by_name: dict[str, str | None] | None = None
    comment_count: int | None = None
    """Number of comments on the lead."""
    bcc_count: int | None = None
    """Number of emails sent to the lead through the BCC address."""
    team: Team | None = None
    """Team of the lead owner."""
    user: UserContact | None = None
    """Owner of the lead."""
    client_folder: ClientFolderSummary | None = None
    """Client folder of the lead."""
    created_by: UserSummary | None = None
    """User who created the lead."""
    business_card_id: int | None = None
    """Id of the business card picture when the lead was created from one."""
    visible_by_count: int | None = None
    """Number of users who can see the lead."""
    follow_ups: list[dict[str, Any]] | None = None
    """Follow-ups of the lead (always empty in the docs; item shape undocumented)."""


class Lead(BaseModel):
    """A lead (a deal with a company/contact). List endpoints return it without extended_info, reminder_at and reminder_duration (and with team_name); single-lead endpoints return the full object."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Lead id."""
    title: str
    """Lead's title, usually the company name."""
    pipeline: str | None = None
    """Pipeline of the lead (null in every documented example; type assumed)."""
    step: str | None = None
    """Name of the current step."""
    step_id: int | None = None
    """Id of the current step."""
    status: (
        Literal[
            "todo",
            "standby",
            "won",
            "lost",
            "cancelled",
            "Todo",
            "Standby",
            "Won",
            "Lost",
            "Cancelled",
        ]
        | UnknownEnum
        | None
    ) = None
    amount: float | None = None
    """Amount of the lead."""
    probability: int | None = None
    """Probability (percent) of closing the lead."""
    currency: str | None = None
    """Currency code of the amount."""
    starred: bool | None = None
    """True if the lead is starred."""
    remind_date: date | None = None
    """Date of the next reminder (account time zone)."""
    remind_time: str | None = None
    """Time of the next reminder, HH:MM 24h (account time zone)."""
    reminder_at: datetime | None = None
    """Date and time of the reminder in UTC."""
    reminder_duration: int | None = None
    """Duration of the reminder in minutes."""
    created_at: datetime | None = None
    """Creation date."""
    estimated_closing_date: str | None = None
    """Estimated closing date."""
    updated_at: datetime | None = None
    """Last update date."""
    closed_at: datetime | None = None
    """Date the lead was closed (won, lost or cancelled)."""
    description: str | None = None
    """Plain-text description (contact information as 'Label: value' lines)."""
    text_description: str | None = None
    """Plain-text description. One list example uses this name instead of "description": accept either."""
    html_description: str | None = None
    """HTML version of the description."""
    tags: list[str] | None = None
    """Tags of the lead."""
    created_from: str | None = None
    """Origin of the lead: 'api', or the email address the lead was sent from (email API)."""
    attachment_count: int | None = None
    """Number of attachments."""
    created_by_id: int | None = None
    """Id of the user who created the lead."""
    user_id: int | None = None
    """Id of the owner; null for an unassigned lead."""
    team_id: int | None = None
    """Id of the team of the owner."""
    team_name: str | None = None
    """Name of the team (list items only)."""
    client_folder_id: int | None = None
    """Id of the client folder."""
    client_folder_name: str | None = None
    """Name of the client folder."""
    extended_info: LeadExtendedInfo | None = None


class LeadCreate(BaseModel):
    """With only the required parameters, a lead created with the API key is unassigned (Unassigned leads tab); with a USER token it belongs to the logged user."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str
    """Lead's title. Usually it corresponds to the company name."""
    description: str
    """Lead's description. Usually it contains the information of the contact in the company, as 'Label: value' lines (e.g. 'Email: john@doe.com') that are parsed into the lead fields."""
    user_id: int | str | None = None
    """User's email address or id to assign the lead to the user (no notification is sent; to notify, create unassigned then call assign). Returns an error when authenticated with a USER token."""
    tags: list[str] | None = None
    """An array of tags describing the lead. Tags that don't exist are created; predefined tags can be used."""
    created_at: str | None = None
    """Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone (24h), or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'. Omit to use the current time."""


class LeadUpdate(BaseModel):
    """Partial update (PUT with partial semantics): only the parameters sent are changed. status, step, starred, amount and probability cannot be updated on an unassigned lead (400)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The new title of the lead."""
    description: str | None = None
    """The new description of the lead."""
    status: Literal["todo", "standby", "won", "lost", "cancelled"] | UnknownEnum | None = None
    """The new status of the lead. An unrecognised value returns 400."""
    remind_date: date | None = None
    """Date of the reminder, YYYY-MM-DD in the account time zone. Mandatory when the status is changed to standby (400 otherwise)."""
    remind_time: str | None = None
    """Time of the reminder, HH:MM 24h, in steps of 15 minutes. Optional."""
    reminder_duration: Literal[0, 15, 30, 45, 60, 90, 120, 150, 180, 240, 480, 720] | None = None
    """Duration of the reminder in minutes. Defaults to the lead owner's default duration."""
    reminder_activity_id: int | None = None
    """Activity of the reminder (see List the activities)."""
    reminder_note: str | None = None
    """Note added to the reminder."""
    amount: float | None = None
    """The new amount of the lead."""
    probability: int | None = None
    """The new probability of the lead. Cannot be set without an amount (400)."""
    starred: bool | None = None
    """true if the lead is starred, false otherwise."""
    step: int | str | None = None
    """New step's id or name. An unknown step returns 404. Prefer the id when steps in different pipelines share a name."""
    user_id: int | str | None = None
    """The new user id or email of the lead (reassigns the lead)."""
    tags: list[str] | None = None
    """An array of tags describing the lead (created if missing; predefined tags can be used)."""
    created_at: str | None = None
    """Back-date the lead's creation: 'YYYY-MM-DD HH:MM:SS' in the account time zone, or UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'."""
    estimated_closing_date: str | None = None
    """Estimated closing date, in the account time zone."""


class LeadAssign(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user_id: int | str
    """The new user id or user email of the lead."""


class LeadAddToClient(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    client_id: int
    """Client folder's id."""


class LeadDeleteMultiple(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    ids: str
    """Comma separated lead's ids (a string, not an array)."""


class LeadDuplicate(BaseModel):
    """A potential duplicate of a lead, with the matching fields."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    lead: Lead
    matches: list[list[str]] | None = None
    """What matched: pairs of [field name (e.g. "title", "email"), value]."""


class Attachment(BaseModel):
    """A file attached to a lead, or an estimate/invoice from an integration (Freshbooks, QuickBooks, Factomos, Dropbox)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Attachment id."""
    name: str | None = None
    """File name (or estimate/invoice number)."""
    url: str | None = None
    """URL of the attachment."""
    permalink: str | None = None
    """Permanent link (dropbox attachments)."""
    content_type: str | None = None
    """MIME type; null for external documents."""
    kind: (
        Literal[
            "attachment",
            "business_card",
            "freshbooks_estimate",
            "freshbooks_invoice",
            "quickbooks_estimate",
            "quickbooks_invoice",
            "factomos_estimate",
            "factomos_invoice",
            "dropbox",
        ]
        | UnknownEnum
        | None
    ) = None
    """Where the attachment comes from."""


class AttachmentUpload(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    attachment: str
    """The uploaded file (multipart file part named "attachment")."""


class CommentedItem(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    item: Literal["Lead", "Spreadsheet", "SpreadsheetRow"] | UnknownEnum | None = None
    """Type of the commented object."""
    id: int | None = None
    """Id of the commented object."""


class Comment(BaseModel):
    """A comment on a lead, a prospecting list or a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Comment id."""
    content: str
    """Content of the comment."""
    commented_item: CommentedItem | None = None
    created_at: datetime | None = None
    """Creation date."""
    attachments: list[Attachment] | None = None
    """Attachments of the comment."""
    activity_id: int | None = None
    """Activity set on the comment."""
    user: UserContact | None = None
    """Author of the comment."""


class CommentCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    content: str
    """Content of the comment."""
    user_id: int | str | None = None
    """User’s email address or id to whom the comment should belong. Ignored when authenticated with a USER token."""
    attachments: Any = None
    """Attachment to add on the comment. The format is not documented."""
    activity_id: int | None = None
    """Activity's id to set on the comment (see List the activities)."""


class ActionItemReference(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["lead_created", "comment_added", "email_sent"] | UnknownEnum, Field(alias="type")
    ]
    """Action type."""
    id: int
    """Id of the lead, comment or email."""


class ActionItemAmountSet(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["amount_set"], Field(alias="type")]
    """Action type."""
    id: int
    """Id of the amount record."""
    amount: float | None = None
    """Amount set."""
    probability: int | None = None
    """Probability set."""
    currency: str | None = None
    """Currency code."""


class ActionItemStepChanged(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["step_changed"], Field(alias="type")]
    """Action type."""
    id: int
    """Id of the new step."""
    name: str | None = None
    """Name of the new step."""
    position: int | None = None
    """Position of the new step."""


class ActionItemUserAssigned(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["user_assigned"], Field(alias="type")]
    """Action type."""
    id: int
    """Id of the new owner."""
    firstname: str | None = None
    """First name."""
    lastname: str | None = None
    """Last name."""
    email: str | None = None
    """Email."""


class ActionItemNamed(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["status_changed", "client_assigned"] | UnknownEnum, Field(alias="type")
    ]
    """Action type."""
    id: int
    """Id of the new status or of the client folder."""
    name: str | None = None
    """Name of the new status (todo, standby, won, lost, cancelled) or of the client folder."""


class ActionHistory(BaseModel):
    """An entry of the history of a lead."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Action history id."""
    lead_id: int | None = None
    """Id of the lead."""
    action_type: (
        Literal[
            "client_assigned",
            "step_changed",
            "status_changed",
            "amount_set",
            "user_assigned",
            "lead_created",
            "comment_added",
            "email_sent",
        ]
        | UnknownEnum
    )
    """Type of the action."""
    action_item: (
        Annotated[
            Annotated[ActionItemReference, Tag("ActionItemReference")]
            | Annotated[ActionItemAmountSet, Tag("ActionItemAmountSet")]
            | Annotated[ActionItemStepChanged, Tag("ActionItemStepChanged")]
            | Annotated[ActionItemUserAssigned, Tag("ActionItemUserAssigned")]
            | Annotated[ActionItemNamed, Tag("ActionItemNamed")],
            Discriminator(
                discriminated(
                    "type",
                    {
                        "lead_created": "ActionItemReference",
                        "comment_added": "ActionItemReference",
                        "email_sent": "ActionItemReference",
                        "amount_set": "ActionItemAmountSet",
                        "step_changed": "ActionItemStepChanged",
                        "user_assigned": "ActionItemUserAssigned",
                        "status_changed": "ActionItemNamed",
                        "client_assigned": "ActionItemNamed",
                    },
                )
            ),
        ]
        | None
    ) = None
    created_at: datetime | None = None
    """Date of the action."""
    user: UserContact | None = None
    """User who made the action."""


class SendEmailFromTemplate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email_template_id: int
    """The identifier of the email template."""


class Message(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    message: str
    """Status message."""


class SpreadsheetRow(BaseModel):
    """A prospect: one row of a prospecting list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Prospect (row) id."""
    lead_id: int | None = None
    """Id of the lead created from the prospect."""
    is_active: bool | None = None
    """False when the prospect is inactive."""
    content: list[str] | None = None
    """Cells of one row."""
    comment_count: int | None = None
    """Number of comments (retrieve prospecting list only)."""
    spreadsheet_id: int | None = None
    """Id of the prospecting list (GET /rows/called_from only)."""


class Spreadsheet(BaseModel):
    """A prospecting list (internally a spreadsheet of prospects)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Prospecting list id."""
    title: str
    """Title."""
    description: str | None = None
    """Description."""
    column_count: int | None = None
    """Number of columns (list and assign responses)."""
    column_names: list[str] | None = None
    """Column headers."""
    privacy: int | None = None
    """Privacy level computed from the account settings (integer in responses, while the request takes 'off')."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    tags: list[str] | None = None
    """Tags."""
    permalink: str | None = None
    """Link to the prospecting list in the web application."""
    is_archived: bool | None = None
    """True if archived."""
    user: UserContact | None = None
    """Owner of the prospecting list."""
    spreadsheet_rows: list[SpreadsheetRow] | None = None
    """The prospects (create and retrieve responses only)."""


class SpreadsheetCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str
    """Prospecting file's title. It could be the origin of the prospecting file."""
    content: str | list[list[str]]
    """Content of the prospecting file: array of rows; the first row is the column header. At most 5000 rows and 26 columns per row. Rows as an array of arrays of strings, or that array JSON-encoded as a string."""
    description: str | None = None
    """Prospecting file's description."""
    tags: list[str] | None = None
    """An array of tags (created if missing; predefined tags can be used)."""
    user_id: int | str | None = None
    """Email address or id of the owner. Required with API-key authentication if a privacy is set; ignored with a USER token. With the API key and no (or an unknown) user, the list belongs to the first administrator."""
    privacy: Literal["off", "default"] | UnknownEnum = "default"
    """'off' shares the prospecting list with everyone on the account; otherwise the privacy is computed from the account settings and the creating user."""


class SpreadsheetAssign(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    user_id: int | str
    """The new user id or email of the prospecting list."""


class SpreadsheetRowsCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    content: str | list[list[str]]
    """The prospects to append (at most 100 rows). Rows as an array of arrays of strings, or that array JSON-encoded as a string."""


class SpreadsheetRowUpdate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    content: str | list[str]
    """The cells of the prospect: an array of strings, or that array JSON-encoded as a string."""


class WebhookModel(BaseModel):
    """A webhook (target_type url) or an email notification (target_type email)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Webhook id."""
    event: str
    target: str | None = None
    """URL (webhook) or email address (notification) the events are sent to."""
    target_type: Literal["url", "email"] | UnknownEnum | None = None
    """url for a webhook, email for a notification."""
    params: dict[str, Any] | None = None
    """Extra parameters of the webhook (always null in the docs; shape undocumented)."""
    name: str | None = None
    """Name of the webhook."""
    is_disabled: bool | None = None
    """True if the webhook is disabled."""


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    event: str
    """Event name to subscribe. Some events are only available in advanced editions."""
    target_type: Literal["url", "email"] | UnknownEnum
    """Kind of webhook: url (webhook) or email (notification)."""
    target: str
    """A url in case of webhook or an email address in case of notification."""
    name: str | None = None
    """Name of the webhook."""
    add_to_lead_action_menu: bool | None = None
    """Only for the event lead.manual.trigger: add the webhook to the lead's action menu automatically."""


class WebhookLeadData(BaseModel):
    """The lead as sent in webhook events. Unlike the REST lead, "description" holds HTML and "text_description" plain text."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Lead id."""
    title: str | None = None
    """Lead's title."""
    description: str | None = None
    """HTML description of the lead."""
    text_description: str | None = None
    """Plain-text description of the lead."""
    amount: float | None = None
    """Amount."""
    currency: str | None = None
    """Currency code."""
    probability: int | None = None
    """Probability (percent)."""
    reminder_at: datetime | None = None
    """Date and time of the reminder (UTC)."""
    reminder_duration: int | None = None
    """Reminder duration in minutes."""
    updated_at: datetime | None = None
    """Last update date."""
    created_at: datetime | None = None
    """Creation date."""
    starred: bool | None = None
    """True if starred."""
    status: (
        Literal[
            "todo",
            "standby",
            "won",
            "lost",
            "cancelled",
            "Todo",
            "Standby",
            "Won",
            "Lost",
            "Cancelled",
        ]
        | UnknownEnum
        | None
    ) = None
    step: str | None = None
    """Name of the step."""
    tags: list[str] | None = None
    """Tags."""
    contact_email: str | None = None
    """Main contact email."""
    first_contact_email: str | None = None
    """First email found in the lead."""
    all_contact_emails: list[str] | None = None
    """All emails found in the lead."""
    permalink: str | None = None
    """Link to the lead."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    comment_count: int | None = None
    """Number of comments."""
    bcc_count: int | None = None
    """Number of BCC emails."""
    team: Team | None = None
    """Team of the owner."""
    user: UserSummary | None = None
    """Owner of the lead."""
    client_folder: ClientFolderSummary | None = None
    """Client folder of the lead."""


class WebhookTaskData(BaseModel):
    """The task sent by task.* events. Its attributes are not documented."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int | None = None
    """Task id."""


class WebhookEventBase(BaseModel):
    """Envelope of a webhook event as pushed to the target: a unique id, the event name, the signature, the data object and (email notifications only) its comments. The delivery-log fields has_succeeded, try_count and last_returned_code are not part of the pushed event: only GET /webhook_events shows them (see WebhookEvent)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""


class LeadWebhookEvent(BaseModel):
    """A webhook event about a lead (lead.* events)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: WebhookLeadData
    """The object on which the event occurred."""


class ProspectWebhookEvent(BaseModel):
    """A webhook event about a prospect (prospect.created). The docs only say it returns the prospect created; the prospect (spreadsheet row) shape is assumed."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: SpreadsheetRow
    """The object on which the event occurred."""


class TaskWebhookEvent(BaseModel):
    """A webhook event about a task (task.* events)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: WebhookTaskData
    """The object on which the event occurred."""


class WebhookEvent(BaseModel):
    """A webhook event as listed by the delivery log (GET /webhook_events): the pushed envelope, the lead, prospect or task it is about, and the delivery-log fields has_succeeded, try_count and last_returned_code (shown only here, not in the pushed event)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int
    """Unique id of the webhook event."""
    event: str
    signature: str
    """SHA1 hex digest of the id of the object in "data" and the private API key chosen when the webhook was created: sha1(str(data.id) + api_key) (the concatenation order is not documented; id first is assumed). Recompute it to verify the sender."""
    comments: list[Comment] | None = None
    """Comments of the object: only sent in email notifications."""
    data: WebhookLeadData | SpreadsheetRow | WebhookTaskData | None = None
    """The object on which the event occurred (a lead for lead.* events, a prospect for prospect.created, a task for task.* events)."""
    has_succeeded: bool | None = None
    """Delivery log: true if the delivery to the target succeeded."""
    try_count: int | None = None
    """Number of delivery attempts."""
    last_returned_code: int | None = None
    """HTTP status returned by the target on the last attempt."""
