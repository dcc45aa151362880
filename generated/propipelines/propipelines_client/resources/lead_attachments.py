"""Lead Attachments

Files and documents attached to leads.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Param
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import FileTypes, RequestOptions

if TYPE_CHECKING:
    from ..models import Attachment, DeletedObject, SignedUrl

__all__ = ["AsyncLeadAttachmentsResource", "LeadAttachmentsResource"]

_LIST_LEAD_ATTACHMENTS = Endpoint(
    method="GET",
    path="/leads/{lead_id}/attachments",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: list[_models.Attachment]),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_CREATE_LEAD_ATTACHMENT = Endpoint(
    method="POST",
    path="/leads/{lead_id}/attachments",
    params={
        "lead_id": Param("lead_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    body_kind="multipart",
    content_type="multipart/form-data",
    body_required=True,
    accept="application/json",
    response_type=Deferred(lambda: _models.Attachment),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.Error),
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=False,
)
_GET_LEAD_ATTACHMENT = Endpoint(
    method="GET",
    path="/leads/{lead_id}/attachments/{attachment_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
        "attachment_id": Param("attachment_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.SignedUrl),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)
_DELETE_LEAD_ATTACHMENT = Endpoint(
    method="DELETE",
    path="/leads/{lead_id}/attachments/{attachment_id}",
    params={
        "lead_id": Param("lead_id", "path", required=True),
        "attachment_id": Param("attachment_id", "path", required=True),
    },
    security=(("ApiKey",), ("UserToken",)),
    accept="application/json",
    response_type=Deferred(lambda: _models.DeletedObject),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.Error),
        "402": Deferred(lambda: _models.Error),
        "403": Deferred(lambda: _models.Error),
        "404": Deferred(lambda: _models.Error),
        "405": Deferred(lambda: _models.Error),
        "422": Deferred(lambda: _models.Error),
        "429": Deferred(lambda: _models.Error),
    },
    retryable=True,
)


class LeadAttachmentsResource:
    """Lead Attachments

    Files and documents attached to leads.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> LeadAttachmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return LeadAttachmentsResourceWithRawResponse(self)

    def list(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Attachment]:
        """Retrieve all attachments

        Retrieve all attachments of the lead: the files attached, and the estimates and invoices attached by the Freshbooks, QuickBooks or Factomos integrations. The attribute kind tells where the attachment comes from.

        `GET /leads/{lead_id}/attachments`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Attachment]",
            self._client.request(
                _LIST_LEAD_ATTACHMENTS,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    def create(
        self,
        lead_id: int | str,
        *,
        attachment: FileTypes,
        **options: Unpack[RequestOptions],
    ) -> Attachment:
        """Add an attachment on a lead

        Create an attachment for the lead from the uploaded file (multipart/form-data, file part "attachment").

        `POST /leads/{lead_id}/attachments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment: The uploaded file (multipart file part named "attachment").

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Attachment",
            self._client.request(
                _CREATE_LEAD_ATTACHMENT,
                {"lead_id": lead_id},
                {"attachment": attachment},
                options=options,
            ),
        )

    def get(
        self,
        lead_id: int | str,
        attachment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SignedUrl:
        """Retrieve one attachment

        Retrieve a download URL for one attachment of the lead. The URL allows the download for a short period of time. Only attachments of kind attachment can be downloaded (not the accounting documents).

        `GET /leads/{lead_id}/attachments/{attachment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment_id: Attachment's id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SignedUrl",
            self._client.request(
                _GET_LEAD_ATTACHMENT,
                {"lead_id": lead_id, "attachment_id": attachment_id},
                options=options,
            ),
        )

    def delete(
        self,
        lead_id: int | str,
        attachment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete an attachment on a lead

        Delete an attachment of the lead.

        `DELETE /leads/{lead_id}/attachments/{attachment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment_id: Attachment's id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            self._client.request(
                _DELETE_LEAD_ATTACHMENT,
                {"lead_id": lead_id, "attachment_id": attachment_id},
                options=options,
            ),
        )


class LeadAttachmentsResourceWithRawResponse:
    def __init__(self, resource: LeadAttachmentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLeadAttachmentsResource:
    """Lead Attachments

    Files and documents attached to leads.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncLeadAttachmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncLeadAttachmentsResourceWithRawResponse(self)

    async def list(
        self,
        lead_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Attachment]:
        """Retrieve all attachments

        Retrieve all attachments of the lead: the files attached, and the estimates and invoices attached by the Freshbooks, QuickBooks or Factomos integrations. The attribute kind tells where the attachment comes from.

        `GET /leads/{lead_id}/attachments`

        Args:
            lead_id: Lead's id. The identifier of the lead.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "builtins.list[Attachment]",
            await self._client.request(
                _LIST_LEAD_ATTACHMENTS,
                {"lead_id": lead_id},
                options=options,
            ),
        )

    async def create(
        self,
        lead_id: int | str,
        *,
        attachment: FileTypes,
        **options: Unpack[RequestOptions],
    ) -> Attachment:
        """Add an attachment on a lead

        Create an attachment for the lead from the uploaded file (multipart/form-data, file part "attachment").

        `POST /leads/{lead_id}/attachments`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment: The uploaded file (multipart file part named "attachment").

        Raises:
            BadRequestError (400): `e.typed_body` (Error)
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "Attachment",
            await self._client.request(
                _CREATE_LEAD_ATTACHMENT,
                {"lead_id": lead_id},
                {"attachment": attachment},
                options=options,
            ),
        )

    async def get(
        self,
        lead_id: int | str,
        attachment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> SignedUrl:
        """Retrieve one attachment

        Retrieve a download URL for one attachment of the lead. The URL allows the download for a short period of time. Only attachments of kind attachment can be downloaded (not the accounting documents).

        `GET /leads/{lead_id}/attachments/{attachment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment_id: Attachment's id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "SignedUrl",
            await self._client.request(
                _GET_LEAD_ATTACHMENT,
                {"lead_id": lead_id, "attachment_id": attachment_id},
                options=options,
            ),
        )

    async def delete(
        self,
        lead_id: int | str,
        attachment_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> DeletedObject:
        """Delete an attachment on a lead

        Delete an attachment of the lead.

        `DELETE /leads/{lead_id}/attachments/{attachment_id}`

        Args:
            lead_id: Lead's id. The identifier of the lead.
            attachment_id: Attachment's id.

        Raises:
            AuthenticationError (401): `e.typed_body` (Error)
            APIStatusError (402, 405): `e.body_as(Error)`
            PermissionDeniedError (403): `e.typed_body` (Error)
            NotFoundError (404): `e.typed_body` (Error)
            UnprocessableEntityError (422): `e.typed_body` (Error)
            RateLimitError (429): `e.typed_body` (Error)
        """
        return cast(
            "DeletedObject",
            await self._client.request(
                _DELETE_LEAD_ATTACHMENT,
                {"lead_id": lead_id, "attachment_id": attachment_id},
                options=options,
            ),
        )


class AsyncLeadAttachmentsResourceWithRawResponse:
    def __init__(self, resource: AsyncLeadAttachmentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
