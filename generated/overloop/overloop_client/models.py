"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Required, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from ._unions import UnknownEnum


class ResourceIdentifier(BaseModel):
    """JSON:API resource identifier (relationship linkage). `id` is always a string in payloads even where the docs type the identifier as integer."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Identifier of the related record, as a string."""
    type_: Annotated[str, Field(alias="type")]
    """JSON:API type of the related record (e.g. `users`, `organizations`)."""


class ToOneRelationship(BaseModel):
    """JSON:API to-one relationship. `data` is `null` when there is no related record."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ResourceIdentifier | None = None
    links: ResourceLinks | None = None


class ToManyRelationship(BaseModel):
    """JSON:API to-many relationship."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ResourceIdentifier] | None = None
    links: ResourceLinks | None = None


class Relationship(BaseModel):
    """Any JSON:API relationship (to-one or to-many)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ResourceIdentifier | list[ResourceIdentifier] | None = None
    links: ResourceLinks | None = None


class ResourceLinks(BaseModel):
    """JSON:API links of a resource or relationship (not shown in the docs' examples)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    self: str | None = None
    related: str | None = None


class Resource(BaseModel):
    """Generic JSON:API resource object: string `id`, `type`, `attributes`, `relationships`, `links`. Every Overloop resource schema follows this shape."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    type_: Annotated[str, Field(alias="type")]
    attributes: dict[str, Any] | None = None
    relationships: dict[str, Relationship] | None = None
    links: ResourceLinks | None = None


class PaginationLinks(BaseModel):
    """Top-level `links` of a paginated collection. Keys may be absent (several examples show only `self`, `next` and `last`) or `null` (e.g. `prev` on the first page, `next` on the last page). Iterate by following `next` until it is absent or null."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    self: str | None = None
    """The current page of data."""
    first: str | None = None
    """The first page of data."""
    prev: str | None = None
    """The previous page of data."""
    next: str | None = None
    """The next page of data."""
    last: str | None = None
    """The last page of data."""


class DeletedResource(BaseModel):
    """Returned by the DELETE endpoints: an object containing the deleted record's ID and type."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ResourceIdentifier


class ValidationErrorSource(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pointer: str
    """JSON Pointer to the offending member, e.g. `/data/attributes/email`."""


class ValidationError(BaseModel):
    """Error member for invalid attributes, pointing at the offending attribute (e.g. a duplicate email address)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    source: ValidationErrorSource
    detail: str
    """Human-readable message, e.g. `has already been taken`."""


class CodeMessageError(BaseModel):
    """Error member with a machine code and a message (e.g. authentication errors)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    code: str
    """Machine-readable error code, e.g. `unauthorized`."""
    message: str
    """Human-readable message."""


class ErrorDocument(BaseModel):
    """Error response body."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    errors: list[ValidationError | CodeMessageError]


class ProspectAttributes(BaseModel):
    """Attributes of a prospect. Custom fields are returned as extra `c_*` attributes (e.g. `c_custom_field_a`). Filterable attributes: id, email, first_name, last_name, jobtitle, phone, title, country, state, city, industry, excluded, opened, clicked, replied, bounced."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The prospect's email address. Filterable."""
    first_name: str | None = None
    """The prospect's first name. Filterable."""
    last_name: str | None = None
    """The prospect's last name. Filterable."""
    description: str | None = None
    """A text description of the prospect."""
    jobtitle: str | None = None
    """The prospect's job title. Filterable."""
    linkedin_profile: str | None = None
    """A link to the prospect's LinkedIn profile."""
    phone: str | None = None
    """The prospect's phone number. Filterable."""
    title: str | None = None
    """The prospect's title of civility (e.g. `Mr.`). Filterable."""
    country: str | None = None
    """The prospect's country. Filterable."""
    state: str | None = None
    """The prospect's state or region. Filterable."""
    city: str | None = None
    """The prospect's city. Filterable."""
    industry: str | None = None
    """The prospect's industry. Filterable."""
    created_from: Literal["web", "extension", "api", "import"] | UnknownEnum | None = None
    """The source of the prospect."""
    last_emailed_at: datetime | None = None
    """The date and time of the last email sent to this prospect (ISO 8601 format with timezone offset)."""
    excluded: bool | None = None
    """Whether or not the prospect is marked as excluded. Filterable."""
    opened: bool | None = None
    """Whether or not the prospect opened any of your emails. Filterable."""
    opened_at: datetime | None = None
    """The date and time when the prospect last opened an email."""
    open_count: int | None = None
    """The number of times the prospect opened any of your emails."""
    clicked: bool | None = None
    """Whether or not the prospect clicked a link in any of your emails. Filterable."""
    clicked_at: datetime | None = None
    """The date and time when the prospect last clicked a link in an email."""
    click_count: int | None = None
    """The number of times the prospect clicked a link in any of your emails."""
    replied: bool | None = None
    """Whether or not the prospect replied to one of your emails or LinkedIn messages. Filterable."""
    replied_at: datetime | None = None
    """The date and time when the prospect last replied to an email or a LinkedIn message."""
    email_reply_count: int | None = None
    """The number of times the prospect replied to one of your emails."""
    linkedin_reply_count: int | None = None
    """The number of times the prospect replied to one of your LinkedIn messages."""
    bounced: bool | None = None
    """Whether or not the prospect email bounced. Filterable."""
    url: str | None = None
    """The full URL to the prospect on Overloop."""
    lists: list[str] | None = None
    """Name of the lists of the prospect."""
    email_status: (
        Literal["found", "searching", "search_failed", "user_edited", "not_searched"]
        | UnknownEnum
        | None
    ) = None
    """Indicates if the prospect's email address has been searched for by the Email Finder and the result of the last search."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class ProspectRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the prospect (`users`)."""
    organization: ToOneRelationship | None = None
    """The organization of this prospect (`organizations`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the prospect (`users`)."""
    enrollments: ToManyRelationship | None = None
    """The enrollments of the prospect in automations (campaigns or workflows) (`automations_enrollments`)."""


class Prospect(BaseModel):
    """A prospect (contact)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    attributes: ProspectAttributes | None = None
    relationships: ProspectRelationships | None = None
    links: ResourceLinks | None = None


class ProspectDocument(BaseModel):
    """A single Prospect document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Prospect
    included: list[User | Organization | Enrollment] | None = None
    """Related records requested with `include` (User, Organization, Enrollment)."""


class ProspectCollection(BaseModel):
    """A collection of Prospect resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Prospect]
    included: list[User | Organization | Enrollment] | None = None
    """Related records requested with `include` (User, Organization, Enrollment)."""
    links: PaginationLinks | None = None


class ProspectWriteAttributes(BaseModel):
    """Writable prospect attributes (create and update). Every parameter defaults to NULL on create; on update, parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`, see `GET /custom_fields`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    email: str | None = None
    """The prospect's email."""
    first_name: str | None = None
    """The prospect's first name."""
    last_name: str | None = None
    """The prospect's last name."""
    description: str | None = None
    """A text description of the prospect."""
    jobtitle: str | None = None
    """The prospect's job title."""
    linkedin_profile: str | None = None
    """A link to the prospect's LinkedIn profile."""
    phone: str | None = None
    """The prospect's phone number."""
    title: str | None = None
    """The prospect's title of civility."""
    country: str | None = None
    """The prospect's country."""
    state: str | None = None
    """The prospect's state or region."""
    city: str | None = None
    """The prospect's city."""
    industry: str | None = None
    """The prospect's industry."""
    lists: list[str] | None = None
    """Name of the lists where to save the prospect (the lists are created if they don't exist)."""
    owner_id: int | None = None
    """The ID of the user owning this prospect. Defaults (on create) to the user who performed the action."""
    organization_id: int | None = None
    """ID of the organization this prospect belongs to (see create an organization)."""


class ProspectCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    attributes: ProspectWriteAttributes


class ProspectCreate(BaseModel):
    """Request body to create a prospect."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectCreateData


class ProspectUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["prospects"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: ProspectWriteAttributes


class ProspectUpdate(BaseModel):
    """Request body to update a prospect (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ProspectUpdateData


class OrganizationAttributes(BaseModel):
    """Attributes of an organization. Custom fields are returned as extra `c_*` attributes. Filterable attributes: id, name, website, description, email, phone, country, city, state, address."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The name of the organization. Filterable."""
    website: str | None = None
    """The organization's website. Filterable."""
    description: str | None = None
    """The organization's description. Filterable."""
    email: str | None = None
    """The organization's prospect email. Filterable."""
    phone: str | None = None
    """The organization's prospect phone number. Filterable."""
    country: str | None = None
    """The organization's country. Filterable."""
    city: str | None = None
    """The organization's city. Filterable."""
    state: str | None = None
    """The organization's state. Filterable."""
    address: str | None = None
    """The organization's full address. Filterable."""
    lists: list[str] | None = None
    """Name of the lists of the organization."""
    created_from: str | None = None
    """The source of the organization (e.g. `extension`). Shown in the example, not in the table."""
    creator_id: int | None = None
    """ID of the user who created the organization. Shown only in the docs' Relationships example."""
    updater_id: int | None = None
    """ID of the user who last updated the organization. Shown only in the docs' Relationships example."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class OrganizationRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the organization (`users`)."""
    updater: ToOneRelationship | None = None
    """The user who updated the organization (`users`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the organization (`users`); appears only in the list example."""


class Organization(BaseModel):
    """An organization (company)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    attributes: OrganizationAttributes | None = None
    relationships: OrganizationRelationships | None = None
    links: ResourceLinks | None = None


class OrganizationDocument(BaseModel):
    """A single Organization document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Organization
    included: list[User] | None = None
    """Related records requested with `include` (User)."""


class OrganizationCollection(BaseModel):
    """A collection of Organization resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Organization]
    included: list[User] | None = None
    """Related records requested with `include` (User)."""
    links: PaginationLinks | None = None


class OrganizationWriteAttributes(BaseModel):
    """Writable organization attributes (create and update). Every parameter defaults to NULL on create; on update, parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The name of the organization."""
    website: str | None = None
    """The organization's website."""
    description: str | None = None
    """The organization's description."""
    email: str | None = None
    """The organization's prospect email."""
    phone: str | None = None
    """The organization's prospect phone number."""
    country: str | None = None
    """The organization's country."""
    city: str | None = None
    """The organization's city."""
    state: str | None = None
    """The organization's state."""
    address: str | None = None
    """The organization's full address."""
    lists: list[str] | None = None
    """Name of the lists of the organization."""
    owner_id: int | None = None
    """The ID of the user owning this organization. Defaults (on create) to the user who performed the action."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class OrganizationCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    attributes: OrganizationWriteAttributes


class OrganizationCreate(BaseModel):
    """Request body to create an organization."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OrganizationCreateData


class OrganizationUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["organizations"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: OrganizationWriteAttributes


class OrganizationUpdate(BaseModel):
    """Request body to update an organization (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: OrganizationUpdateData


class PipelineAttributes(BaseModel):
    """Attributes of a pipeline. No attribute is filterable."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The pipeline's name."""
    currency_code: str | None = None
    """ISO code of the currency to use in this pipeline (e.g. `EUR`)."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class Pipeline(BaseModel):
    """A deals pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    attributes: PipelineAttributes | None = None
    links: ResourceLinks | None = None


class PipelineDocument(BaseModel):
    """A single Pipeline document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Pipeline


class PipelineCollection(BaseModel):
    """A collection of Pipeline resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Pipeline]
    links: PaginationLinks | None = None


class PipelineCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The pipeline's name."""
    currency_code: str
    """The pipeline's currency code (ISO, e.g. `EUR`)."""


class PipelineUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The pipeline's name."""
    currency_code: str | None = None
    """The pipeline's currency code."""


class PipelineCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    attributes: PipelineCreateAttributes


class PipelineCreate(BaseModel):
    """Request body to create a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PipelineCreateData


class PipelineUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["pipelines"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: PipelineUpdateAttributes


class PipelineUpdate(BaseModel):
    """Request body to update a pipeline (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: PipelineUpdateData


class StageAttributes(BaseModel):
    """Attributes of a stage. No attribute is filterable."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name."""
    probability: float | None = None
    """The stage's probability (use 10 for 10%)."""
    position: int | None = None
    """The stage's position in the pipeline (starts at 0). Documented as `number`."""
    rotting_days: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class StageRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    pipeline: ToOneRelationship | None = None
    """The stage's pipeline (`pipelines`)."""


class Stage(BaseModel):
    """A stage of a pipeline."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["stages"], Field(alias="type")]
    attributes: StageAttributes | None = None
    relationships: StageRelationships | None = None
    links: ResourceLinks | None = None


class StageDocument(BaseModel):
    """A single Stage document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Stage
    included: list[Pipeline] | None = None
    """Related records requested with `include` (Pipeline)."""


class StageCollection(BaseModel):
    """A collection of Stage resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Stage]
    included: list[Pipeline] | None = None
    """Related records requested with `include` (Pipeline)."""
    links: PaginationLinks | None = None


class StageCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The stage's name."""
    probability: float
    """The stage's probability (use 10 for 10%)."""
    pipeline_id: int
    """The stage's pipeline."""
    rotting: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    position: int | None = None
    """The position of the stage in the pipeline (starts at 0)."""


class StageUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The stage's name."""
    probability: float | None = None
    """The stage's probability (use 10 for 10%)."""
    rotting: float | None = None
    """The number of days before considering a deal as 'rotting'."""
    position: int | None = None
    """The position of the stage in the pipeline (starts at 0)."""


class StageCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stages"], Field(alias="type")]
    attributes: StageCreateAttributes


class StageCreate(BaseModel):
    """Request body to create a stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageCreateData


class StageUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["stages"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: StageUpdateAttributes


class StageUpdate(BaseModel):
    """Request body to update a stage (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: StageUpdateData


class DealAttributes(BaseModel):
    """Attributes of a deal. Custom fields are returned as extra `c_*` attributes. Filterable attributes: id, title, value, status."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The name of the deal. Filterable."""
    value: str | None = None
    """The value of the deal. Documented as decimal; returned as a decimal string (e.g. `"123456"`). Filterable."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status. Filterable."""
    closed_at: datetime | None = None
    """ISO 8601 moment when the deal was closed."""
    expected_close_date: datetime | None = None
    """ISO 8601 moment the deal is expected to close (a date-time despite the name)."""
    entered_stage_at: datetime | None = None
    """ISO 8601 moment of the last stage change."""
    created_from: str | None = None
    """The source of the deal (e.g. `web`). Shown in the example, not in the table."""
    created_at: datetime | None = None
    """ISO 8601 moment the deal was created."""
    updated_at: datetime | None = None
    """ISO 8601 moment the deal was last updated."""


class DealRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    creator: ToOneRelationship | None = None
    """The user who created the deal (`users`)."""
    updater: ToOneRelationship | None = None
    """The user who updated the deal (`users`)."""
    owner: ToOneRelationship | None = None
    """The user who owns the deal (`users`)."""
    prospect: ToOneRelationship | None = None
    """The prospect of this deal (`prospects`)."""
    organization: ToOneRelationship | None = None
    """The organization of this deal (`organizations`)."""
    stage: ToOneRelationship | None = None
    """The stage of this deal (`stages`). The docs' example uses a UUID as the stage id."""


class Deal(BaseModel):
    """A deal in a pipeline stage."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealAttributes | None = None
    relationships: DealRelationships | None = None
    links: ResourceLinks | None = None


class DealDocument(BaseModel):
    """A single Deal document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Deal
    included: list[User | Prospect | Organization | Stage] | None = None
    """Related records requested with `include` (User, Prospect, Organization, Stage)."""


class DealCollection(BaseModel):
    """A collection of Deal resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Deal]
    included: list[User | Prospect | Organization | Stage] | None = None
    """Related records requested with `include` (User, Prospect, Organization, Stage)."""
    links: PaginationLinks | None = None


class DealCreateAttributes(BaseModel):
    """Deal create parameters (all default to NULL except `stage_id`, which is required). Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: int | None = None
    """A unique identifier for the deal (documented as a create parameter)."""
    stage_id: int
    """The stage of the deal."""
    title: str | None = None
    """The name of the deal."""
    value: float | str | None = None
    """The value of the deal (decimal; a number or a decimal string)."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status (won, lost or open). Defaults to NULL, as documented."""
    closed_at: datetime | None = None
    """ISO 8601 moment when the deal was closed."""
    expected_close_date: datetime | None = None
    """ISO 8601 moment we expect the deal to close."""
    entered_stage_at: datetime | None = None
    """ISO 8601 moment of the last stage change."""
    created_at: datetime | None = None
    """ISO 8601 moment the deal has been created."""
    updated_at: datetime | None = None
    """ISO 8601 moment the deal has been updated."""


class DealUpdateAttributes(BaseModel):
    """Deal update parameters; parameters not provided are left unchanged. Custom fields are set with their identifier as key (`c_*`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """The name of the deal."""
    value: float | str | None = None
    """The value of the deal (decimal; a number or a decimal string)."""
    status: Literal["won", "lost", "open"] | UnknownEnum | None = None
    """The deal's status."""
    closed_at: datetime | None = None
    """ISO 8601 moment when the deal was closed."""
    expected_close_date: datetime | None = None
    """ISO 8601 moment we expect the deal to close."""
    entered_stage_at: datetime | None = None
    """ISO 8601 moment of the last stage change."""
    created_at: datetime | None = None
    """ISO 8601 moment the deal has been created."""
    updated_at: datetime | None = None
    """ISO 8601 moment the deal has been updated."""


class DealCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealCreateAttributes


class DealCreate(BaseModel):
    """Request body to create a deal."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealCreateData


class DealUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: DealUpdateAttributes


class DealUpdate(BaseModel):
    """Request body to update a deal (partial update)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealUpdateData


class DealMarkAsLostDataAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    lost_reason: str | None = None
    """The reason to mark the deal as lost."""


class DealMarkAsLostData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["deals"], Field(alias="type")]
    attributes: DealMarkAsLostDataAttributes | None = None


class DealMarkAsLost(BaseModel):
    """Optional request body of `POST /deals/{deal_id}/mark_as_lost`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: DealMarkAsLostData


class AutomationAttributes(BaseModel):
    """Attributes of an automation. Automations regroup campaigns (outbound) and workflows (productivity), told apart by `automation_type`. Filterable attributes: automation_type, record_type, status."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The automation's name."""
    automation_type: Literal["campaign", "workflow"] | UnknownEnum | None = None
    """Either `campaign` or `workflow`. Filterable."""
    record_type: (
        Literal["prospects", "organizations", "deals", "conversations"] | UnknownEnum | None
    ) = None
    """The type of records that can be enrolled into the automation. Always `prospects` for campaigns; `prospects`, `organizations`, `deals` or `conversations` for workflows. Filterable."""
    enter_triggers: list[str] | None = None
    """Events that make records enter the automation (e.g. `prospect.created`). Possible values depend on `record_type`."""
    enter_trigger_attributes: dict[str, Any] | None = None
    """Additional information about the enter-trigger settings; its content varies with the selected enter triggers."""
    exit_triggers: list[str] | None = None
    """Events that make records exit the automation (e.g. `prospect.replied`). Possible values depend on `record_type`."""
    status: str | None = None
    """The automation's status. Filterable. Documented values are `on` and `off`; any other string is accepted too."""
    send_as_thread: bool | None = None
    """Whether emails should be sent as threads."""
    sending_days: (
        list[
            Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            | UnknownEnum
        ]
        | None
    ) = None
    """Days during which emails can be sent."""
    start_sending_minutes: int | None = None
    """Time of day at which sending may start, in minutes after midnight (00:00-23:45 in 15-minute steps, so 0-1425)."""
    end_sending_minutes: int | None = None
    """Time of day at which sending stops, in minutes after midnight (00:00-23:45 in 15-minute steps, so 0-1425)."""
    timezone: str | None = None
    """Time zone of the sending window (e.g. `Etc/UTC`). Shown in the example, not in the table."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class AutomationRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    steps: ToManyRelationship | None = None
    """The steps of the automation (`automations_steps`)."""
    segment: ToOneRelationship | None = None
    """The segment holding the filters (conditions) of the enter_segment trigger event (`segments`); the segment's `filters` relationship lists them."""


class Automation(BaseModel):
    """An automation (campaign or workflow). Read-only through the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["automations"], Field(alias="type")]
    attributes: AutomationAttributes | None = None
    relationships: AutomationRelationships | None = None
    links: ResourceLinks | None = None


class SegmentAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The segment's name."""
    combination_operator: str | None = None
    """How the segment's filters are combined (e.g. `and`)."""


class SegmentRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    filters: ToManyRelationship | None = None
    """The conditions of the segment (`filters`)."""


class Segment(BaseModel):
    """Segment of an automation's enter_segment trigger. Only appears in `included`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Segment identifier (string)."""
    type_: Annotated[Literal["segments"], Field(alias="type")]
    attributes: SegmentAttributes | None = None
    relationships: SegmentRelationships | None = None
    links: ResourceLinks | None = None


class FilterAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    attribute_name: str | None = None
    """The filtered attribute (e.g. `email`)."""
    operator: str | None = None
    """The comparison operator (e.g. `doesnotcontain`)."""
    option_value: str | None = None
    """The value compared against."""


class FilterRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    segment: ToOneRelationship | None = None
    """The segment of this filter (`segments`)."""


class Filter(BaseModel):
    """A condition of an automation segment. Only appears in `included`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Filter identifier (string)."""
    type_: Annotated[Literal["filters"], Field(alias="type")]
    attributes: FilterAttributes | None = None
    relationships: FilterRelationships | None = None
    links: ResourceLinks | None = None


class AutomationDocument(BaseModel):
    """A single Automation document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Automation
    included: list[AutomationStep | Segment | Filter] | None = None
    """Related records requested with `include` (AutomationStep, Segment, Filter)."""


class AutomationCollection(BaseModel):
    """A collection of Automation resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Automation]
    included: list[AutomationStep | Segment | Filter] | None = None
    """Related records requested with `include` (AutomationStep, Segment, Filter)."""
    links: PaginationLinks | None = None


class AutomationStepConfig(BaseModel):
    """All specific attributes related to the `step_type`. Known keys from the docs' examples: for `task` steps title, due_time, due_offset, description, task_category, prospect_segment, wait_for_completion; for `note` steps content. Other step types carry other keys."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    title: str | None = None
    """Task title."""
    due_time: str | None = None
    """Time of day the task is due (`HH:MM:SS`)."""
    due_offset: int | None = None
    """Offset of the due date (e.g. 1)."""
    description: str | None = None
    """Task description."""
    task_category: str | None = None
    """Task category."""
    prospect_segment: Any = None
    """Prospect segment the step applies to (null in the example)."""
    wait_for_completion: bool | None = None
    """Whether the automation waits for the task to be completed."""
    content: str | None = None
    """Note text (note steps)."""


class AutomationStepAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    step_type: str | None = None
    """The type of step (e.g. `task`, `note`, `condition`). Possible values depend on the automation type."""
    position: int | None = None
    """0 unless the previous step is a `condition`; then 0 is the left/yes branch and 1 the right/no branch."""
    previous_step_id: str | None = None
    """The unique identifier of the previous step; `null` for the first step of the automation."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    config: AutomationStepConfig | None = None


class AutomationStepRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    automation: ToOneRelationship | None = None
    """The parent automation (`automations`)."""


class AutomationStep(BaseModel):
    """A step of an automation. Read-only through the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier of the step. Documented as integer, but the examples use strings such as `a-z0-9-abc1`; treat as an opaque string."""
    type_: Annotated[Literal["automations_steps"], Field(alias="type")]
    attributes: AutomationStepAttributes | None = None
    relationships: AutomationStepRelationships | None = None
    links: ResourceLinks | None = None


class AutomationStepDocument(BaseModel):
    """A single AutomationStep document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: AutomationStep
    included: list[Automation] | None = None
    """Related records requested with `include` (Automation)."""


class AutomationStepCollection(BaseModel):
    """A collection of AutomationStep resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[AutomationStep]
    included: list[Automation] | None = None
    """Related records requested with `include` (Automation)."""
    links: PaginationLinks | None = None


class EnrollmentAttributes(BaseModel):
    """Attributes of an enrollment (the progression of a record in an automation)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    record_id: int | None = None
    """The unique identifier of the enrolled record."""
    record_type: Literal["prospect", "organization", "deal"] | UnknownEnum | None = None
    """The type of the enrolled record."""
    automation_id: int | None = None
    """The automation's ID (shown in the example, not in the table)."""
    prospect_id: int | None = None
    """The enrolled prospect's ID, if any (example only)."""
    organization_id: int | None = None
    """The enrolled organization's ID, if any (example only)."""
    deal_id: int | None = None
    """The enrolled deal's ID, if any (example only)."""
    disenrolled_at: datetime | None = None
    """When the record left the automation (ISO 8601 format with timezone offset)."""
    start_at: datetime | None = None
    """When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, it starts immediately."""
    throttled: bool | None = None
    """Whether the enrollment start is being throttled."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class EnrollmentRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    current_step: ToOneRelationship | None = None
    """The current step of this enrollment (`automations_steps`)."""
    automation: ToOneRelationship | None = None
    """The automation of this enrollment (`automations`)."""
    record: ToOneRelationship | None = None
    """The enrolled record, whatever its type (example only)."""
    prospect: ToOneRelationship | None = None
    """The prospect of this enrollment (campaigns and prospect-based workflows)."""
    organization: ToOneRelationship | None = None
    """The organization of this enrollment (organization-based workflows)."""
    deal: ToOneRelationship | None = None
    """The deal of this enrollment (deal-based workflows)."""


class Enrollment(BaseModel):
    """An enrollment of a prospect, organization or deal in an automation (campaign or workflow)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["automations_enrollments"], Field(alias="type")]
    attributes: EnrollmentAttributes | None = None
    relationships: EnrollmentRelationships | None = None
    links: ResourceLinks | None = None


class EnrollmentDocument(BaseModel):
    """A single Enrollment document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Enrollment
    included: list[AutomationStep | Automation | Prospect | Organization | Deal] | None = None
    """Related records requested with `include` (AutomationStep, Automation, Prospect, Organization, Deal)."""


class EnrollmentCollection(BaseModel):
    """A collection of Enrollment resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[Enrollment]
    included: list[AutomationStep | Automation | Prospect | Organization | Deal] | None = None
    """Related records requested with `include` (AutomationStep, Automation, Prospect, Organization, Deal)."""
    links: PaginationLinks | None = None


class EnrollmentCreateAttributes(BaseModel):
    """Exactly one of `prospect_id`, `organization_id` or `deal_id` is required, depending on the automation's `record_type`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    prospect_id: int | None = None
    """The prospect's ID (required for campaigns and prospect-based workflows)."""
    organization_id: int | None = None
    """The organization's ID (required for organization-based workflows)."""
    deal_id: int | None = None
    """The deal's ID (required for deal-based workflows)."""
    step_id: str | None = None
    """The ID of the automation step at which the record must be enrolled."""
    reenroll: bool = True
    """Set to false to prevent re-enrolling a record that has already been enrolled. Unless set to false it is always true."""
    start_at: datetime | None = None
    """When the enrollment must start (ISO 8601 format with timezone offset). If not set or in the past, the enrollment starts immediately."""


class EnrollmentCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["enrollments", "automations_enrollments"] | UnknownEnum, Field(alias="type")
    ]
    attributes: EnrollmentCreateAttributes


class EnrollmentCreate(BaseModel):
    """Request body to enroll a record in an automation."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: EnrollmentCreateData


class AccountAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The account's name."""
    website: str | None = None
    """The account's website."""
    phone_number: str | None = None
    """The account's phone number (may be empty)."""
    billing_name: str | None = None
    """The account's billing name (the name that appears on invoices)."""
    address: str | None = None
    """The account's address."""
    country: str | None = None
    """The account's country code (ISO, e.g. `BE`)."""
    vat: str | None = None
    """The account's VAT number."""
    plan_name: str | None = None
    """The account's plan."""
    plan_code: str | None = None
    """The account's plan code."""
    remaining_credits: int | None = None
    """The number of credits remaining."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class Account(BaseModel):
    """Your Overloop account. Its JSON:API type is `companies`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["companies"], Field(alias="type")]
    attributes: AccountAttributes | None = None
    links: ResourceLinks | None = None


class AccountDocument(BaseModel):
    """A single Account document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: Account


class UserAttributes(BaseModel):
    """Attributes of a user. Filterable attribute: disabled."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The user's name."""
    email: str | None = None
    """The user's email address."""
    role: Literal["admin", "user"] | UnknownEnum | None = None
    """The user's role."""
    phone_number: str | None = None
    """The user's phone number (may be empty)."""
    skype: str | None = None
    """The user's Skype username."""
    signature: str | None = None
    """The user's HTML signature."""
    disabled: bool | None = None
    """Whether or not the user is disabled. Filterable."""
    from_name: str | None = None
    """The name put in the email From field."""
    timezone: str | None = None
    """The user's time zone (e.g. `Brussels`; not necessarily an IANA name)."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class UserRelationships(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    company: ToOneRelationship | None = None
    """The user's company (`companies`)."""


class User(BaseModel):
    """A user of your account. Read-only through the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["users"], Field(alias="type")]
    attributes: UserAttributes | None = None
    relationships: UserRelationships | None = None
    links: ResourceLinks | None = None


class UserDocument(BaseModel):
    """A single User document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: User
    included: list[Account] | None = None
    """Related records requested with `include` (Account)."""


class UserCollection(BaseModel):
    """A collection of User resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[User]
    included: list[Account] | None = None
    """Related records requested with `include` (Account)."""
    links: PaginationLinks | None = None


class ListAttributes(BaseModel):
    """Attributes of a list. No attribute is filterable."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The list's name."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""
    updated_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class ListModel(BaseModel):
    """A list of prospects/organizations."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """Unique identifier, documented as integer and serialized as a string."""
    type_: Annotated[Literal["lists"], Field(alias="type")]
    attributes: ListAttributes | None = None
    links: ResourceLinks | None = None


class ListDocument(BaseModel):
    """A single List document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ListModel


class ListCollection(BaseModel):
    """A collection of List resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ListModel]
    links: PaginationLinks | None = None


class ListCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The list's name."""


class ListUpdateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str | None = None
    """The list's name."""


class ListCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["lists"], Field(alias="type")]
    attributes: ListCreateAttributes


class ListCreate(BaseModel):
    """Request body to create a list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ListCreateData


class ListUpdateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[Literal["lists"], Field(alias="type")]
    id: str | None = None
    """Optional; the record is identified by the URL."""
    attributes: ListUpdateAttributes


class ListUpdate(BaseModel):
    """Request body to update a list."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ListUpdateData


class CustomFieldAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    identifier: str | None = None
    """The custom field's identifier, used as attribute key in prospect (and organization/deal) payloads, e.g. `c_custom_field_a`."""
    name: str | None = None
    """The custom field's name/label."""
    options: list[str] | None = None
    """The custom field's value options (for `list_single` and `list_multiple`)."""
    value_type: (
        Literal[
            "numeric",
            "text",
            "text_long",
            "phone",
            "url",
            "boolean",
            "list_single",
            "list_multiple",
            "datetime",
            "date",
        ]
        | UnknownEnum
        | None
    ) = None
    """The custom field's value type; see CustomFieldValue for the value format of each."""


class CustomField(BaseModel):
    """A custom field definition."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """A UUID key for the custom field (the example shows `1`)."""
    type_: Annotated[Literal["custom_fields"], Field(alias="type")]
    attributes: CustomFieldAttributes | None = None
    links: ResourceLinks | None = None


class CustomFieldDocument(BaseModel):
    """A single CustomField document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: CustomField


class CustomFieldCollection(BaseModel):
    """A collection of CustomField resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[CustomField]


class ExclusionListItemAttributes(BaseModel):
    """Filterable attributes: value, item_type."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    value: str | None = None
    """The value of the exclusion list item (an email address or a domain). Filterable."""
    item_type: Literal["email", "domain"] | UnknownEnum | None = None
    """The type of the exclusion list item. Filterable."""
    created_at: datetime | None = None
    """ISO 8601 format with timezone offset."""


class ExclusionListItem(BaseModel):
    """An excluded email address or domain."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    id: str
    """The id of the exclusion list item (documented as string; the delete parameter says integer)."""
    type_: Annotated[
        Literal["exclusion_list_items", "exclusion_list_item"] | UnknownEnum, Field(alias="type")
    ]
    attributes: ExclusionListItemAttributes | None = None
    links: ResourceLinks | None = None


class ExclusionListItemDocument(BaseModel):
    """A single ExclusionListItem document."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ExclusionListItem


class ExclusionListItemCollection(BaseModel):
    """A collection of ExclusionListItem resources."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: list[ExclusionListItem]
    links: PaginationLinks | None = None


class ExclusionListItemCreateAttributes(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    item_type: Literal["email", "domain"] | UnknownEnum
    """What to exclude: `domain` or `email`."""
    value: str
    """The domain or email value to exclude."""


class ExclusionListItemCreateData(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    type_: Annotated[
        Literal["exclusion_list_items", "exclusion_list_item"] | UnknownEnum, Field(alias="type")
    ]
    attributes: ExclusionListItemCreateAttributes


class ExclusionListItemCreate(BaseModel):
    """Request body to create an exclusion list item."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    data: ExclusionListItemCreateData


class DealUpdateParam(TypedDict, total=False):
    """``DealUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[DealUpdateData | DealUpdateDataParam]


class DealMarkAsLostParam(TypedDict, total=False):
    """``DealMarkAsLost`` as a dict: what an argument taking the model also takes."""

    data: Required[DealMarkAsLostData | DealMarkAsLostDataParam]


class EnrollmentCreateParam(TypedDict, total=False):
    """``EnrollmentCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[EnrollmentCreateData | EnrollmentCreateDataParam]


class ListUpdateParam(TypedDict, total=False):
    """``ListUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[ListUpdateData | ListUpdateDataParam]


class OrganizationCreateParam(TypedDict, total=False):
    """``OrganizationCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[OrganizationCreateData | OrganizationCreateDataParam]


class OrganizationUpdateParam(TypedDict, total=False):
    """``OrganizationUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[OrganizationUpdateData | OrganizationUpdateDataParam]


class PipelineUpdateParam(TypedDict, total=False):
    """``PipelineUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[PipelineUpdateData | PipelineUpdateDataParam]


class ProspectCreateParam(TypedDict, total=False):
    """``ProspectCreate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectCreateData | ProspectCreateDataParam]


class ProspectUpdateParam(TypedDict, total=False):
    """``ProspectUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[ProspectUpdateData | ProspectUpdateDataParam]


class StageUpdateParam(TypedDict, total=False):
    """``StageUpdate`` as a dict: what an argument taking the model also takes."""

    data: Required[StageUpdateData | StageUpdateDataParam]


class DealUpdateDataParam(TypedDict, total=False):
    """``DealUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["deals"]]
    id: str | None
    attributes: Required[DealUpdateAttributes | DealUpdateAttributesParam]


class DealMarkAsLostDataParam(TypedDict, total=False):
    """``DealMarkAsLostData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["deals"]]
    attributes: DealMarkAsLostDataAttributes | DealMarkAsLostDataAttributesParam | None


class EnrollmentCreateDataParam(TypedDict, total=False):
    """``EnrollmentCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["enrollments", "automations_enrollments"] | UnknownEnum]
    attributes: Required[EnrollmentCreateAttributes | EnrollmentCreateAttributesParam]


class ListUpdateDataParam(TypedDict, total=False):
    """``ListUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["lists"]]
    id: str | None
    attributes: Required[ListUpdateAttributes | ListUpdateAttributesParam]


class OrganizationCreateDataParam(TypedDict, total=False):
    """``OrganizationCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["organizations"]]
    attributes: Required[OrganizationWriteAttributes | OrganizationWriteAttributesParam]


class OrganizationUpdateDataParam(TypedDict, total=False):
    """``OrganizationUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["organizations"]]
    id: str | None
    attributes: Required[OrganizationWriteAttributes | OrganizationWriteAttributesParam]


class PipelineUpdateDataParam(TypedDict, total=False):
    """``PipelineUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["pipelines"]]
    id: str | None
    attributes: Required[PipelineUpdateAttributes | PipelineUpdateAttributesParam]


class ProspectCreateDataParam(TypedDict, total=False):
    """``ProspectCreateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospects"]]
    attributes: Required[ProspectWriteAttributes | ProspectWriteAttributesParam]


class ProspectUpdateDataParam(TypedDict, total=False):
    """``ProspectUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["prospects"]]
    id: str | None
    attributes: Required[ProspectWriteAttributes | ProspectWriteAttributesParam]


class StageUpdateDataParam(TypedDict, total=False):
    """``StageUpdateData`` as a dict: what an argument taking the model also takes."""

    type: Required[Literal["stages"]]
    id: str | None
    attributes: Required[StageUpdateAttributes | StageUpdateAttributesParam]


class DealUpdateAttributesParam(TypedDict, total=False):
    """``DealUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    title: str | None
    value: float | str | None
    status: Literal["won", "lost", "open"] | UnknownEnum | None
    closed_at: datetime | str | None
    expected_close_date: datetime | str | None
    entered_stage_at: datetime | str | None
    created_at: datetime | str | None
    updated_at: datetime | str | None


class DealMarkAsLostDataAttributesParam(TypedDict, total=False):
    """``DealMarkAsLostDataAttributes`` as a dict: what an argument taking the model also takes."""

    lost_reason: str | None


class EnrollmentCreateAttributesParam(TypedDict, total=False):
    """``EnrollmentCreateAttributes`` as a dict: what an argument taking the model also takes."""

    prospect_id: int | None
    organization_id: int | None
    deal_id: int | None
    step_id: str | None
    reenroll: bool
    start_at: datetime | str | None


class ListUpdateAttributesParam(TypedDict, total=False):
    """``ListUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None


class OrganizationWriteAttributesParam(TypedDict, total=False):
    """``OrganizationWriteAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    website: str | None
    description: str | None
    email: str | None
    phone: str | None
    country: str | None
    city: str | None
    state: str | None
    address: str | None
    lists: list[str] | None
    owner_id: int | None
    created_at: datetime | str | None
    updated_at: datetime | str | None


class PipelineUpdateAttributesParam(TypedDict, total=False):
    """``PipelineUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    currency_code: str | None


class ProspectWriteAttributesParam(TypedDict, total=False):
    """``ProspectWriteAttributes`` as a dict: what an argument taking the model also takes."""

    email: str | None
    first_name: str | None
    last_name: str | None
    description: str | None
    jobtitle: str | None
    linkedin_profile: str | None
    phone: str | None
    title: str | None
    country: str | None
    state: str | None
    city: str | None
    industry: str | None
    lists: list[str] | None
    owner_id: int | None
    organization_id: int | None


class StageUpdateAttributesParam(TypedDict, total=False):
    """``StageUpdateAttributes`` as a dict: what an argument taking the model also takes."""

    name: str | None
    probability: float | None
    rotting: float | None
    position: int | None
