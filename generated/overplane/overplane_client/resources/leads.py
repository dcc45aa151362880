"""Leads

Leads are people or companies that may become customers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import DeletedLead, Lead

__all__ = ["AsyncLeadsResource", "LeadsResource"]

_LIST_LEADS = Endpoint(
    method="GET",
    path="/api/crm/lead",
    params={
        "limit": Param("limit", "query"),
        "offset": Param("offset", "query"),
    },
    security=(("bearerAuth",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.LeadList),
    response_kind="json",
    error_types={
        "401": Any,
        "default": Any,
    },
    retryable=True,
    pagination=Pagination(
        style="offset",
        items="/data",
        limit_param="limit",
        offset_param="offset",
        has_more="/has_more",
        total="/total",
    ),
)
_CREATE_LEAD = Endpoint(
    method="POST",
    path="/api/crm/lead",
    params={},
    security=(("bearerAuth",),),
    body_kind="json",
    content_type="application/json",
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
    response_kind="json",
    error_types={
        "401": Any,
        "default": Any,
    },
    retryable=False,
)
_GET_LEAD = Endpoint(
    method="GET",
    path="/api/crm/lead/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("bearerAuth",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
    response_kind="json",
    error_types={
        "401": Any,
        "404": Any,
        "default": Any,
    },
    retryable=True,
)
_DELETE_LEAD = Endpoint(
    method="DELETE",
    path="/api/crm/lead/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("bearerAuth",),),
    accept="application/json",
    response_type=Deferred(lambda: _models.DeletedLead),
    response_kind="json",
    error_types={
        "401": Any,
        "404": Any,
        "default": Any,
    },
    retryable=True,
)
_UPDATE_LEAD = Endpoint(
    method="PATCH",
    path="/api/crm/lead/{lead_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("bearerAuth",),),
    body_kind="json",
    content_type="application/json",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Lead),
    response_kind="json",
    error_types={
        "401": Any,
        "404": Any,
        "default": Any,
    },
    retryable=False,
)


class LeadsResource:
    """Leads

    Leads are people or companies that may become customers.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> LeadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return LeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Lead]:
        """List all leads

        Returns a list of leads. The results are sorted by creation date, with the most recently
        created appearing first.

        `GET /api/crm/lead`

        Args:
            limit: Maximum number of objects to return.
            offset: Number of objects to skip for pagination.
        """
        return cast(
            "SyncPage[Lead]",
            self._client.request_page(
                _LIST_LEADS,
                {"limit": limit, "offset": offset},
                _models.Lead,
                options,
            ),
        )

    def create(
        self,
        *,
        lead_name: str | NotGiven = NOT_GIVEN,
        company_name: str | NotGiven = NOT_GIVEN,
        email_id: str | NotGiven = NOT_GIVEN,
        lead_owner: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        salutation: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        mobile_no: str | NotGiven = NOT_GIVEN,
        fax: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        market_segment: str | NotGiven = NOT_GIVEN,
        industry: str | NotGiven = NOT_GIVEN,
        request_type: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        territory: str | NotGiven = NOT_GIVEN,
        unsubscribed: bool | NotGiven = NOT_GIVEN,
        blog_subscriber: bool | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        middle_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        no_of_employees: str | NotGiven = NOT_GIVEN,
        whatsapp_no: str | NotGiven = NOT_GIVEN,
        phone_ext: str | NotGiven = NOT_GIVEN,
        qualified_by: str | NotGiven = NOT_GIVEN,
        qualified_on: str | NotGiven = NOT_GIVEN,
        qualification_status: str | NotGiven = NOT_GIVEN,
        job_title: str | NotGiven = NOT_GIVEN,
        annual_revenue: float | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        utm_content: str | NotGiven = NOT_GIVEN,
        utm_source: str | NotGiven = NOT_GIVEN,
        utm_medium: str | NotGiven = NOT_GIVEN,
        utm_campaign: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead

        Creates a new lead object. No attribute is required; omitted attributes take their
        defaults (`lead_owner` `__user`, `status` `Lead`, `unsubscribed`, `blog_subscriber` and
        `disabled` false).

        `POST /api/crm/lead`

        Args:
            lead_name: Full name of the lead.
            company_name: Name of the lead's company.
            email_id: Email address of the lead.
            lead_owner: User who owns the lead. `__user` (the default) means the user making the request.
            status: Lifecycle status of the lead.
            salutation: Salutation (Mr, Ms, Dr, ...).
            gender: Gender.
            customer: Customer record the lead is linked to.
            image: Image of the lead (URL or file path).
            phone: Phone number.
            mobile_no: Mobile phone number.
            fax: Fax number.
            type: Lead type.
            market_segment: Market segment.
            industry: Industry.
            request_type: Request type.
            company: Company (organisation) the lead belongs to in the CRM.
            website: Website of the lead or their company.
            territory: Sales territory.
            unsubscribed: Whether the lead unsubscribed from communications.
            blog_subscriber: Whether the lead subscribes to the blog.
            title: Display title of the lead record.
            language: Preferred language.
            first_name: First name.
            middle_name: Middle name.
            last_name: Last name.
            no_of_employees: Company size band. A string in the docs' example, not a number.
            whatsapp_no: WhatsApp number.
            phone_ext: Phone extension.
            qualified_by: User who qualified the lead.
            qualified_on: When the lead was qualified.
            qualification_status: Qualification status.
            job_title: Job title.
            annual_revenue: Annual revenue of the lead's company.
            disabled: Whether the lead is disabled.
            city: City.
            state: State or region.
            country: Country.
            utm_content: UTM content of the campaign that brought the lead.
            utm_source: UTM source.
            utm_medium: UTM medium.
            utm_campaign: UTM campaign.
        """
        return cast(
            "Lead",
            self._client.request(
                _CREATE_LEAD,
                {},
                {
                    "lead_name": lead_name,
                    "company_name": company_name,
                    "email_id": email_id,
                    "lead_owner": lead_owner,
                    "status": status,
                    "salutation": salutation,
                    "gender": gender,
                    "customer": customer,
                    "image": image,
                    "phone": phone,
                    "mobile_no": mobile_no,
                    "fax": fax,
                    "type": type,
                    "market_segment": market_segment,
                    "industry": industry,
                    "request_type": request_type,
                    "company": company,
                    "website": website,
                    "territory": territory,
                    "unsubscribed": unsubscribed,
                    "blog_subscriber": blog_subscriber,
                    "title": title,
                    "language": language,
                    "first_name": first_name,
                    "middle_name": middle_name,
                    "last_name": last_name,
                    "no_of_employees": no_of_employees,
                    "whatsapp_no": whatsapp_no,
                    "phone_ext": phone_ext,
                    "qualified_by": qualified_by,
                    "qualified_on": qualified_on,
                    "qualification_status": qualification_status,
                    "job_title": job_title,
                    "annual_revenue": annual_revenue,
                    "disabled": disabled,
                    "city": city,
                    "state": state,
                    "country": country,
                    "utm_content": utm_content,
                    "utm_source": utm_source,
                    "utm_medium": utm_medium,
                    "utm_campaign": utm_campaign,
                },
                options=options,
            ),
        )

    def get(
        self,
        lead_id: str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieve a lead

        Retrieves the details of an existing lead. Supply the unique lead ID that was returned
        from a previous request.

        `GET /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
        """
        return cast(
            "Lead",
            self._client.request(
                _GET_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def delete(
        self,
        lead_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletedLead:
        """Delete a lead

        Permanently deletes a lead. This cannot be undone.

        `DELETE /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
        """
        return cast(
            "DeletedLead",
            self._client.request(
                _DELETE_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def update(
        self,
        lead_id: str,
        *,
        lead_name: str | NotGiven = NOT_GIVEN,
        company_name: str | NotGiven = NOT_GIVEN,
        email_id: str | NotGiven = NOT_GIVEN,
        lead_owner: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        salutation: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        mobile_no: str | NotGiven = NOT_GIVEN,
        fax: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        market_segment: str | NotGiven = NOT_GIVEN,
        industry: str | NotGiven = NOT_GIVEN,
        request_type: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        territory: str | NotGiven = NOT_GIVEN,
        unsubscribed: bool | NotGiven = NOT_GIVEN,
        blog_subscriber: bool | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        middle_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        no_of_employees: str | NotGiven = NOT_GIVEN,
        whatsapp_no: str | NotGiven = NOT_GIVEN,
        phone_ext: str | NotGiven = NOT_GIVEN,
        qualified_by: str | NotGiven = NOT_GIVEN,
        qualified_on: str | NotGiven = NOT_GIVEN,
        qualification_status: str | NotGiven = NOT_GIVEN,
        job_title: str | NotGiven = NOT_GIVEN,
        annual_revenue: float | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        utm_content: str | NotGiven = NOT_GIVEN,
        utm_source: str | NotGiven = NOT_GIVEN,
        utm_medium: str | NotGiven = NOT_GIVEN,
        utm_campaign: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Update a lead

        Updates the specified lead by setting the values of the parameters passed. Any
        parameters not provided will be left unchanged.

        `PATCH /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
            lead_name: Full name of the lead.
            company_name: Name of the lead's company.
            email_id: Email address of the lead.
            lead_owner: User who owns the lead. `__user` (the default) means the user making the request.
            status: Lifecycle status of the lead.
            salutation: Salutation (Mr, Ms, Dr, ...).
            gender: Gender.
            customer: Customer record the lead is linked to.
            image: Image of the lead (URL or file path).
            phone: Phone number.
            mobile_no: Mobile phone number.
            fax: Fax number.
            type: Lead type.
            market_segment: Market segment.
            industry: Industry.
            request_type: Request type.
            company: Company (organisation) the lead belongs to in the CRM.
            website: Website of the lead or their company.
            territory: Sales territory.
            unsubscribed: Whether the lead unsubscribed from communications.
            blog_subscriber: Whether the lead subscribes to the blog.
            title: Display title of the lead record.
            language: Preferred language.
            first_name: First name.
            middle_name: Middle name.
            last_name: Last name.
            no_of_employees: Company size band. A string in the docs' example, not a number.
            whatsapp_no: WhatsApp number.
            phone_ext: Phone extension.
            qualified_by: User who qualified the lead.
            qualified_on: When the lead was qualified.
            qualification_status: Qualification status.
            job_title: Job title.
            annual_revenue: Annual revenue of the lead's company.
            disabled: Whether the lead is disabled.
            city: City.
            state: State or region.
            country: Country.
            utm_content: UTM content of the campaign that brought the lead.
            utm_source: UTM source.
            utm_medium: UTM medium.
            utm_campaign: UTM campaign.
        """
        return cast(
            "Lead",
            self._client.request(
                _UPDATE_LEAD,
                {"lead_id": lead_id},
                {
                    "lead_name": lead_name,
                    "company_name": company_name,
                    "email_id": email_id,
                    "lead_owner": lead_owner,
                    "status": status,
                    "salutation": salutation,
                    "gender": gender,
                    "customer": customer,
                    "image": image,
                    "phone": phone,
                    "mobile_no": mobile_no,
                    "fax": fax,
                    "type": type,
                    "market_segment": market_segment,
                    "industry": industry,
                    "request_type": request_type,
                    "company": company,
                    "website": website,
                    "territory": territory,
                    "unsubscribed": unsubscribed,
                    "blog_subscriber": blog_subscriber,
                    "title": title,
                    "language": language,
                    "first_name": first_name,
                    "middle_name": middle_name,
                    "last_name": last_name,
                    "no_of_employees": no_of_employees,
                    "whatsapp_no": whatsapp_no,
                    "phone_ext": phone_ext,
                    "qualified_by": qualified_by,
                    "qualified_on": qualified_on,
                    "qualification_status": qualification_status,
                    "job_title": job_title,
                    "annual_revenue": annual_revenue,
                    "disabled": disabled,
                    "city": city,
                    "state": state,
                    "country": country,
                    "utm_content": utm_content,
                    "utm_source": utm_source,
                    "utm_medium": utm_medium,
                    "utm_campaign": utm_campaign,
                },
                options=options,
            ),
        )


class LeadsResourceWithRawResponse:
    def __init__(self, resource: LeadsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLeadsResource:
    """Leads

    Leads are people or companies that may become customers.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncLeadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncLeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Lead]:
        """List all leads

        Returns a list of leads. The results are sorted by creation date, with the most recently
        created appearing first.

        `GET /api/crm/lead`

        Args:
            limit: Maximum number of objects to return.
            offset: Number of objects to skip for pagination.
        """
        return cast(
            "AsyncPaginator[Lead]",
            self._client.request_page(
                _LIST_LEADS,
                {"limit": limit, "offset": offset},
                _models.Lead,
                options,
            ),
        )

    async def create(
        self,
        *,
        lead_name: str | NotGiven = NOT_GIVEN,
        company_name: str | NotGiven = NOT_GIVEN,
        email_id: str | NotGiven = NOT_GIVEN,
        lead_owner: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        salutation: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        mobile_no: str | NotGiven = NOT_GIVEN,
        fax: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        market_segment: str | NotGiven = NOT_GIVEN,
        industry: str | NotGiven = NOT_GIVEN,
        request_type: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        territory: str | NotGiven = NOT_GIVEN,
        unsubscribed: bool | NotGiven = NOT_GIVEN,
        blog_subscriber: bool | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        middle_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        no_of_employees: str | NotGiven = NOT_GIVEN,
        whatsapp_no: str | NotGiven = NOT_GIVEN,
        phone_ext: str | NotGiven = NOT_GIVEN,
        qualified_by: str | NotGiven = NOT_GIVEN,
        qualified_on: str | NotGiven = NOT_GIVEN,
        qualification_status: str | NotGiven = NOT_GIVEN,
        job_title: str | NotGiven = NOT_GIVEN,
        annual_revenue: float | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        utm_content: str | NotGiven = NOT_GIVEN,
        utm_source: str | NotGiven = NOT_GIVEN,
        utm_medium: str | NotGiven = NOT_GIVEN,
        utm_campaign: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Create a lead

        Creates a new lead object. No attribute is required; omitted attributes take their
        defaults (`lead_owner` `__user`, `status` `Lead`, `unsubscribed`, `blog_subscriber` and
        `disabled` false).

        `POST /api/crm/lead`

        Args:
            lead_name: Full name of the lead.
            company_name: Name of the lead's company.
            email_id: Email address of the lead.
            lead_owner: User who owns the lead. `__user` (the default) means the user making the request.
            status: Lifecycle status of the lead.
            salutation: Salutation (Mr, Ms, Dr, ...).
            gender: Gender.
            customer: Customer record the lead is linked to.
            image: Image of the lead (URL or file path).
            phone: Phone number.
            mobile_no: Mobile phone number.
            fax: Fax number.
            type: Lead type.
            market_segment: Market segment.
            industry: Industry.
            request_type: Request type.
            company: Company (organisation) the lead belongs to in the CRM.
            website: Website of the lead or their company.
            territory: Sales territory.
            unsubscribed: Whether the lead unsubscribed from communications.
            blog_subscriber: Whether the lead subscribes to the blog.
            title: Display title of the lead record.
            language: Preferred language.
            first_name: First name.
            middle_name: Middle name.
            last_name: Last name.
            no_of_employees: Company size band. A string in the docs' example, not a number.
            whatsapp_no: WhatsApp number.
            phone_ext: Phone extension.
            qualified_by: User who qualified the lead.
            qualified_on: When the lead was qualified.
            qualification_status: Qualification status.
            job_title: Job title.
            annual_revenue: Annual revenue of the lead's company.
            disabled: Whether the lead is disabled.
            city: City.
            state: State or region.
            country: Country.
            utm_content: UTM content of the campaign that brought the lead.
            utm_source: UTM source.
            utm_medium: UTM medium.
            utm_campaign: UTM campaign.
        """
        return cast(
            "Lead",
            await self._client.request(
                _CREATE_LEAD,
                {},
                {
                    "lead_name": lead_name,
                    "company_name": company_name,
                    "email_id": email_id,
                    "lead_owner": lead_owner,
                    "status": status,
                    "salutation": salutation,
                    "gender": gender,
                    "customer": customer,
                    "image": image,
                    "phone": phone,
                    "mobile_no": mobile_no,
                    "fax": fax,
                    "type": type,
                    "market_segment": market_segment,
                    "industry": industry,
                    "request_type": request_type,
                    "company": company,
                    "website": website,
                    "territory": territory,
                    "unsubscribed": unsubscribed,
                    "blog_subscriber": blog_subscriber,
                    "title": title,
                    "language": language,
                    "first_name": first_name,
                    "middle_name": middle_name,
                    "last_name": last_name,
                    "no_of_employees": no_of_employees,
                    "whatsapp_no": whatsapp_no,
                    "phone_ext": phone_ext,
                    "qualified_by": qualified_by,
                    "qualified_on": qualified_on,
                    "qualification_status": qualification_status,
                    "job_title": job_title,
                    "annual_revenue": annual_revenue,
                    "disabled": disabled,
                    "city": city,
                    "state": state,
                    "country": country,
                    "utm_content": utm_content,
                    "utm_source": utm_source,
                    "utm_medium": utm_medium,
                    "utm_campaign": utm_campaign,
                },
                options=options,
            ),
        )

    async def get(
        self,
        lead_id: str,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieve a lead

        Retrieves the details of an existing lead. Supply the unique lead ID that was returned
        from a previous request.

        `GET /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
        """
        return cast(
            "Lead",
            await self._client.request(
                _GET_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def delete(
        self,
        lead_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletedLead:
        """Delete a lead

        Permanently deletes a lead. This cannot be undone.

        `DELETE /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
        """
        return cast(
            "DeletedLead",
            await self._client.request(
                _DELETE_LEAD,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def update(
        self,
        lead_id: str,
        *,
        lead_name: str | NotGiven = NOT_GIVEN,
        company_name: str | NotGiven = NOT_GIVEN,
        email_id: str | NotGiven = NOT_GIVEN,
        lead_owner: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        salutation: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        mobile_no: str | NotGiven = NOT_GIVEN,
        fax: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        market_segment: str | NotGiven = NOT_GIVEN,
        industry: str | NotGiven = NOT_GIVEN,
        request_type: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        territory: str | NotGiven = NOT_GIVEN,
        unsubscribed: bool | NotGiven = NOT_GIVEN,
        blog_subscriber: bool | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        middle_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        no_of_employees: str | NotGiven = NOT_GIVEN,
        whatsapp_no: str | NotGiven = NOT_GIVEN,
        phone_ext: str | NotGiven = NOT_GIVEN,
        qualified_by: str | NotGiven = NOT_GIVEN,
        qualified_on: str | NotGiven = NOT_GIVEN,
        qualification_status: str | NotGiven = NOT_GIVEN,
        job_title: str | NotGiven = NOT_GIVEN,
        annual_revenue: float | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        utm_content: str | NotGiven = NOT_GIVEN,
        utm_source: str | NotGiven = NOT_GIVEN,
        utm_medium: str | NotGiven = NOT_GIVEN,
        utm_campaign: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Update a lead

        Updates the specified lead by setting the values of the parameters passed. Any
        parameters not provided will be left unchanged.

        `PATCH /api/crm/lead/{lead_id}`

        Args:
            lead_id: The identifier of the lead (returned when it was created).
            lead_name: Full name of the lead.
            company_name: Name of the lead's company.
            email_id: Email address of the lead.
            lead_owner: User who owns the lead. `__user` (the default) means the user making the request.
            status: Lifecycle status of the lead.
            salutation: Salutation (Mr, Ms, Dr, ...).
            gender: Gender.
            customer: Customer record the lead is linked to.
            image: Image of the lead (URL or file path).
            phone: Phone number.
            mobile_no: Mobile phone number.
            fax: Fax number.
            type: Lead type.
            market_segment: Market segment.
            industry: Industry.
            request_type: Request type.
            company: Company (organisation) the lead belongs to in the CRM.
            website: Website of the lead or their company.
            territory: Sales territory.
            unsubscribed: Whether the lead unsubscribed from communications.
            blog_subscriber: Whether the lead subscribes to the blog.
            title: Display title of the lead record.
            language: Preferred language.
            first_name: First name.
            middle_name: Middle name.
            last_name: Last name.
            no_of_employees: Company size band. A string in the docs' example, not a number.
            whatsapp_no: WhatsApp number.
            phone_ext: Phone extension.
            qualified_by: User who qualified the lead.
            qualified_on: When the lead was qualified.
            qualification_status: Qualification status.
            job_title: Job title.
            annual_revenue: Annual revenue of the lead's company.
            disabled: Whether the lead is disabled.
            city: City.
            state: State or region.
            country: Country.
            utm_content: UTM content of the campaign that brought the lead.
            utm_source: UTM source.
            utm_medium: UTM medium.
            utm_campaign: UTM campaign.
        """
        return cast(
            "Lead",
            await self._client.request(
                _UPDATE_LEAD,
                {"lead_id": lead_id},
                {
                    "lead_name": lead_name,
                    "company_name": company_name,
                    "email_id": email_id,
                    "lead_owner": lead_owner,
                    "status": status,
                    "salutation": salutation,
                    "gender": gender,
                    "customer": customer,
                    "image": image,
                    "phone": phone,
                    "mobile_no": mobile_no,
                    "fax": fax,
                    "type": type,
                    "market_segment": market_segment,
                    "industry": industry,
                    "request_type": request_type,
                    "company": company,
                    "website": website,
                    "territory": territory,
                    "unsubscribed": unsubscribed,
                    "blog_subscriber": blog_subscriber,
                    "title": title,
                    "language": language,
                    "first_name": first_name,
                    "middle_name": middle_name,
                    "last_name": last_name,
                    "no_of_employees": no_of_employees,
                    "whatsapp_no": whatsapp_no,
                    "phone_ext": phone_ext,
                    "qualified_by": qualified_by,
                    "qualified_on": qualified_on,
                    "qualification_status": qualification_status,
                    "job_title": job_title,
                    "annual_revenue": annual_revenue,
                    "disabled": disabled,
                    "city": city,
                    "state": state,
                    "country": country,
                    "utm_content": utm_content,
                    "utm_source": utm_source,
                    "utm_medium": utm_medium,
                    "utm_campaign": utm_campaign,
                },
                options=options,
            ),
        )


class AsyncLeadsResourceWithRawResponse:
    def __init__(self, resource: AsyncLeadsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
