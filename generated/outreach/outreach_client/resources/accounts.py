"""Accounts

`account` resources at `/accounts`.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack, cast

from .. import _jsonapi
from .. import models as _models
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._endpoint import Deferred, Endpoint, Pagination, Param
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Account, AccountDocument, AccountUpdate, AccountUpdateParam

__all__ = ["AccountsResource", "AsyncAccountsResource"]

_LIST_ACCOUNTS = Endpoint(
    method="GET",
    path="/accounts",
    params={
        "page_size": Param("page[size]", "query"),
        "page_after": Param("page[after]", "query"),
        "count": Param("count", "query"),
        "sort": Param("sort", "query"),
        "include": Param("include", "query"),
        "fields_account": Param("fields[account]", "query"),
        "filter_name": Param("filter[name]", "query"),
        "filter_domain": Param("filter[domain]", "query"),
        "filter_named": Param("filter[named]", "query"),
        "filter_created_at": Param("filter[createdAt]", "query"),
        "filter_updated_at": Param("filter[updatedAt]", "query"),
        "filter_owner_id": Param("filter[owner][id]", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AccountListDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
    pagination=Pagination(
        style="cursor",
        items="/data",
        size_param="page_size",
        next_url="/links/next",
    ),
)
_CREATE_ACCOUNT = Endpoint(
    method="POST",
    path="/accounts",
    params={},
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AccountDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)
_GET_ACCOUNT = Endpoint(
    method="GET",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
        "fields_account": Param("fields[account]", "query"),
        "include": Param("include", "query"),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AccountDocument),
    response_kind="json",
    error_types={
        "400": Deferred(lambda: _models.ErrorDocument),
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_DELETE_ACCOUNT = Endpoint(
    method="DELETE",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    accept="application/vnd.api+json",
    response_kind="none",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=True,
)
_UPDATE_ACCOUNT = Endpoint(
    method="PATCH",
    path="/accounts/{account_id}",
    params={
        "account_id": Param("account_id", "path", required=True),
    },
    security=(("outreachOAuth",), ("outreachOAuth",)),
    body_kind="json",
    content_type="application/vnd.api+json",
    body_required=True,
    accept="application/vnd.api+json",
    response_type=Deferred(lambda: _models.AccountDocument),
    response_kind="json",
    error_types={
        "401": Deferred(lambda: _models.ErrorDocument),
        "403": Deferred(lambda: _models.ErrorDocument),
        "404": Deferred(lambda: _models.ErrorDocument),
        "422": Deferred(lambda: _models.ErrorDocument),
        "429": Deferred(lambda: _models.ErrorDocument),
    },
    retryable=False,
)


class AccountsResource:
    """Accounts

    `account` resources at `/accounts`.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_account: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_domain: str | NotGiven = NOT_GIVEN,
        filter_named: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Account]:
        """List accounts

        Get a list of accounts in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List accounts', 'List accounts (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /accounts`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `domain`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_domain: Filter on `domain`: exact match; comma-separated values match any (connector input `filters[{field: domain, criteria}]`).
            filter_named: Filter on `named`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only accounts whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "SyncPage[Account]",
            self._client.request_page(
                _LIST_ACCOUNTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_account": fields_account,
                    "filter_name": filter_name,
                    "filter_domain": filter_domain,
                    "filter_named": filter_named,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Account,
                options,
            ),
        )

    def create(
        self,
        *,
        name: str,
        domain: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        locality: str | NotGiven | None = NOT_GIVEN,
        number_of_employees: int | NotGiven | None = NOT_GIVEN,
        named: bool | NotGiven | None = NOT_GIVEN,
        custom_id: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        custom1: str | NotGiven | None = NOT_GIVEN,
        custom2: str | NotGiven | None = NOT_GIVEN,
        custom3: str | NotGiven | None = NOT_GIVEN,
        custom4: str | NotGiven | None = NOT_GIVEN,
        custom5: str | NotGiven | None = NOT_GIVEN,
        custom6: str | NotGiven | None = NOT_GIVEN,
        custom7: str | NotGiven | None = NOT_GIVEN,
        custom8: str | NotGiven | None = NOT_GIVEN,
        custom9: str | NotGiven | None = NOT_GIVEN,
        custom10: str | NotGiven | None = NOT_GIVEN,
        custom11: str | NotGiven | None = NOT_GIVEN,
        custom12: str | NotGiven | None = NOT_GIVEN,
        custom13: str | NotGiven | None = NOT_GIVEN,
        custom14: str | NotGiven | None = NOT_GIVEN,
        custom15: str | NotGiven | None = NOT_GIVEN,
        custom16: str | NotGiven | None = NOT_GIVEN,
        custom17: str | NotGiven | None = NOT_GIVEN,
        custom18: str | NotGiven | None = NOT_GIVEN,
        custom19: str | NotGiven | None = NOT_GIVEN,
        custom20: str | NotGiven | None = NOT_GIVEN,
        custom21: str | NotGiven | None = NOT_GIVEN,
        custom22: str | NotGiven | None = NOT_GIVEN,
        custom23: str | NotGiven | None = NOT_GIVEN,
        custom24: str | NotGiven | None = NOT_GIVEN,
        custom25: str | NotGiven | None = NOT_GIVEN,
        custom26: str | NotGiven | None = NOT_GIVEN,
        custom27: str | NotGiven | None = NOT_GIVEN,
        custom28: str | NotGiven | None = NOT_GIVEN,
        custom29: str | NotGiven | None = NOT_GIVEN,
        custom30: str | NotGiven | None = NOT_GIVEN,
        custom31: str | NotGiven | None = NOT_GIVEN,
        custom32: str | NotGiven | None = NOT_GIVEN,
        custom33: str | NotGiven | None = NOT_GIVEN,
        custom34: str | NotGiven | None = NOT_GIVEN,
        custom35: str | NotGiven | None = NOT_GIVEN,
        custom36: str | NotGiven | None = NOT_GIVEN,
        custom37: str | NotGiven | None = NOT_GIVEN,
        custom38: str | NotGiven | None = NOT_GIVEN,
        custom39: str | NotGiven | None = NOT_GIVEN,
        custom40: str | NotGiven | None = NOT_GIVEN,
        custom41: str | NotGiven | None = NOT_GIVEN,
        custom42: str | NotGiven | None = NOT_GIVEN,
        custom43: str | NotGiven | None = NOT_GIVEN,
        custom44: str | NotGiven | None = NOT_GIVEN,
        custom45: str | NotGiven | None = NOT_GIVEN,
        custom46: str | NotGiven | None = NOT_GIVEN,
        custom47: str | NotGiven | None = NOT_GIVEN,
        custom48: str | NotGiven | None = NOT_GIVEN,
        custom49: str | NotGiven | None = NOT_GIVEN,
        custom50: str | NotGiven | None = NOT_GIVEN,
        custom51: str | NotGiven | None = NOT_GIVEN,
        custom52: str | NotGiven | None = NOT_GIVEN,
        custom53: str | NotGiven | None = NOT_GIVEN,
        custom54: str | NotGiven | None = NOT_GIVEN,
        custom55: str | NotGiven | None = NOT_GIVEN,
        custom56: str | NotGiven | None = NOT_GIVEN,
        custom57: str | NotGiven | None = NOT_GIVEN,
        custom58: str | NotGiven | None = NOT_GIVEN,
        custom59: str | NotGiven | None = NOT_GIVEN,
        custom60: str | NotGiven | None = NOT_GIVEN,
        custom61: str | NotGiven | None = NOT_GIVEN,
        custom62: str | NotGiven | None = NOT_GIVEN,
        custom63: str | NotGiven | None = NOT_GIVEN,
        custom64: str | NotGiven | None = NOT_GIVEN,
        custom65: str | NotGiven | None = NOT_GIVEN,
        custom66: str | NotGiven | None = NOT_GIVEN,
        custom67: str | NotGiven | None = NOT_GIVEN,
        custom68: str | NotGiven | None = NOT_GIVEN,
        custom69: str | NotGiven | None = NOT_GIVEN,
        custom70: str | NotGiven | None = NOT_GIVEN,
        custom71: str | NotGiven | None = NOT_GIVEN,
        custom72: str | NotGiven | None = NOT_GIVEN,
        custom73: str | NotGiven | None = NOT_GIVEN,
        custom74: str | NotGiven | None = NOT_GIVEN,
        custom75: str | NotGiven | None = NOT_GIVEN,
        custom76: str | NotGiven | None = NOT_GIVEN,
        custom77: str | NotGiven | None = NOT_GIVEN,
        custom78: str | NotGiven | None = NOT_GIVEN,
        custom79: str | NotGiven | None = NOT_GIVEN,
        custom80: str | NotGiven | None = NOT_GIVEN,
        custom81: str | NotGiven | None = NOT_GIVEN,
        custom82: str | NotGiven | None = NOT_GIVEN,
        custom83: str | NotGiven | None = NOT_GIVEN,
        custom84: str | NotGiven | None = NOT_GIVEN,
        custom85: str | NotGiven | None = NOT_GIVEN,
        custom86: str | NotGiven | None = NOT_GIVEN,
        custom87: str | NotGiven | None = NOT_GIVEN,
        custom88: str | NotGiven | None = NOT_GIVEN,
        custom89: str | NotGiven | None = NOT_GIVEN,
        custom90: str | NotGiven | None = NOT_GIVEN,
        custom91: str | NotGiven | None = NOT_GIVEN,
        custom92: str | NotGiven | None = NOT_GIVEN,
        custom93: str | NotGiven | None = NOT_GIVEN,
        custom94: str | NotGiven | None = NOT_GIVEN,
        custom95: str | NotGiven | None = NOT_GIVEN,
        custom96: str | NotGiven | None = NOT_GIVEN,
        custom97: str | NotGiven | None = NOT_GIVEN,
        custom98: str | NotGiven | None = NOT_GIVEN,
        custom99: str | NotGiven | None = NOT_GIVEN,
        custom100: str | NotGiven | None = NOT_GIVEN,
        custom101: str | NotGiven | None = NOT_GIVEN,
        custom102: str | NotGiven | None = NOT_GIVEN,
        custom103: str | NotGiven | None = NOT_GIVEN,
        custom104: str | NotGiven | None = NOT_GIVEN,
        custom105: str | NotGiven | None = NOT_GIVEN,
        custom106: str | NotGiven | None = NOT_GIVEN,
        custom107: str | NotGiven | None = NOT_GIVEN,
        custom108: str | NotGiven | None = NOT_GIVEN,
        custom109: str | NotGiven | None = NOT_GIVEN,
        custom110: str | NotGiven | None = NOT_GIVEN,
        custom111: str | NotGiven | None = NOT_GIVEN,
        custom112: str | NotGiven | None = NOT_GIVEN,
        custom113: str | NotGiven | None = NOT_GIVEN,
        custom114: str | NotGiven | None = NOT_GIVEN,
        custom115: str | NotGiven | None = NOT_GIVEN,
        custom116: str | NotGiven | None = NOT_GIVEN,
        custom117: str | NotGiven | None = NOT_GIVEN,
        custom118: str | NotGiven | None = NOT_GIVEN,
        custom119: str | NotGiven | None = NOT_GIVEN,
        custom120: str | NotGiven | None = NOT_GIVEN,
        custom121: str | NotGiven | None = NOT_GIVEN,
        custom122: str | NotGiven | None = NOT_GIVEN,
        custom123: str | NotGiven | None = NOT_GIVEN,
        custom124: str | NotGiven | None = NOT_GIVEN,
        custom125: str | NotGiven | None = NOT_GIVEN,
        custom126: str | NotGiven | None = NOT_GIVEN,
        custom127: str | NotGiven | None = NOT_GIVEN,
        custom128: str | NotGiven | None = NOT_GIVEN,
        custom129: str | NotGiven | None = NOT_GIVEN,
        custom130: str | NotGiven | None = NOT_GIVEN,
        custom131: str | NotGiven | None = NOT_GIVEN,
        custom132: str | NotGiven | None = NOT_GIVEN,
        custom133: str | NotGiven | None = NOT_GIVEN,
        custom134: str | NotGiven | None = NOT_GIVEN,
        custom135: str | NotGiven | None = NOT_GIVEN,
        custom136: str | NotGiven | None = NOT_GIVEN,
        custom137: str | NotGiven | None = NOT_GIVEN,
        custom138: str | NotGiven | None = NOT_GIVEN,
        custom139: str | NotGiven | None = NOT_GIVEN,
        custom140: str | NotGiven | None = NOT_GIVEN,
        custom141: str | NotGiven | None = NOT_GIVEN,
        custom142: str | NotGiven | None = NOT_GIVEN,
        custom143: str | NotGiven | None = NOT_GIVEN,
        custom144: str | NotGiven | None = NOT_GIVEN,
        custom145: str | NotGiven | None = NOT_GIVEN,
        custom146: str | NotGiven | None = NOT_GIVEN,
        custom147: str | NotGiven | None = NOT_GIVEN,
        custom148: str | NotGiven | None = NOT_GIVEN,
        custom149: str | NotGiven | None = NOT_GIVEN,
        custom150: str | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Create an account

        Create an account in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create account'.

        `POST /accounts`

        Args:
            name: The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            domain: The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            website_url: The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            industry: The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples).
            locality: The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples).
            number_of_employees: Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples).
            named: Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom_id: A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom1: Custom field 1 of the account.
            custom2: Custom field 2 of the account.
            custom3: Custom field 3 of the account.
            custom4: Custom field 4 of the account.
            custom5: Custom field 5 of the account.
            custom6: Custom field 6 of the account.
            custom7: Custom field 7 of the account.
            custom8: Custom field 8 of the account.
            custom9: Custom field 9 of the account.
            custom10: Custom field 10 of the account.
            custom11: Custom field 11 of the account.
            custom12: Custom field 12 of the account.
            custom13: Custom field 13 of the account.
            custom14: Custom field 14 of the account.
            custom15: Custom field 15 of the account.
            custom16: Custom field 16 of the account.
            custom17: Custom field 17 of the account.
            custom18: Custom field 18 of the account.
            custom19: Custom field 19 of the account.
            custom20: Custom field 20 of the account.
            custom21: Custom field 21 of the account.
            custom22: Custom field 22 of the account.
            custom23: Custom field 23 of the account.
            custom24: Custom field 24 of the account.
            custom25: Custom field 25 of the account.
            custom26: Custom field 26 of the account.
            custom27: Custom field 27 of the account.
            custom28: Custom field 28 of the account.
            custom29: Custom field 29 of the account.
            custom30: Custom field 30 of the account.
            custom31: Custom field 31 of the account.
            custom32: Custom field 32 of the account.
            custom33: Custom field 33 of the account.
            custom34: Custom field 34 of the account.
            custom35: Custom field 35 of the account.
            custom36: Custom field 36 of the account.
            custom37: Custom field 37 of the account.
            custom38: Custom field 38 of the account.
            custom39: Custom field 39 of the account.
            custom40: Custom field 40 of the account.
            custom41: Custom field 41 of the account.
            custom42: Custom field 42 of the account.
            custom43: Custom field 43 of the account.
            custom44: Custom field 44 of the account.
            custom45: Custom field 45 of the account.
            custom46: Custom field 46 of the account.
            custom47: Custom field 47 of the account.
            custom48: Custom field 48 of the account.
            custom49: Custom field 49 of the account.
            custom50: Custom field 50 of the account.
            custom51: Custom field 51 of the account.
            custom52: Custom field 52 of the account.
            custom53: Custom field 53 of the account.
            custom54: Custom field 54 of the account.
            custom55: Custom field 55 of the account.
            custom56: Custom field 56 of the account.
            custom57: Custom field 57 of the account.
            custom58: Custom field 58 of the account.
            custom59: Custom field 59 of the account.
            custom60: Custom field 60 of the account.
            custom61: Custom field 61 of the account.
            custom62: Custom field 62 of the account.
            custom63: Custom field 63 of the account.
            custom64: Custom field 64 of the account.
            custom65: Custom field 65 of the account.
            custom66: Custom field 66 of the account.
            custom67: Custom field 67 of the account.
            custom68: Custom field 68 of the account.
            custom69: Custom field 69 of the account.
            custom70: Custom field 70 of the account.
            custom71: Custom field 71 of the account.
            custom72: Custom field 72 of the account.
            custom73: Custom field 73 of the account.
            custom74: Custom field 74 of the account.
            custom75: Custom field 75 of the account.
            custom76: Custom field 76 of the account.
            custom77: Custom field 77 of the account.
            custom78: Custom field 78 of the account.
            custom79: Custom field 79 of the account.
            custom80: Custom field 80 of the account.
            custom81: Custom field 81 of the account.
            custom82: Custom field 82 of the account.
            custom83: Custom field 83 of the account.
            custom84: Custom field 84 of the account.
            custom85: Custom field 85 of the account.
            custom86: Custom field 86 of the account.
            custom87: Custom field 87 of the account.
            custom88: Custom field 88 of the account.
            custom89: Custom field 89 of the account.
            custom90: Custom field 90 of the account.
            custom91: Custom field 91 of the account.
            custom92: Custom field 92 of the account.
            custom93: Custom field 93 of the account.
            custom94: Custom field 94 of the account.
            custom95: Custom field 95 of the account.
            custom96: Custom field 96 of the account.
            custom97: Custom field 97 of the account.
            custom98: Custom field 98 of the account.
            custom99: Custom field 99 of the account.
            custom100: Custom field 100 of the account.
            custom101: Custom field 101 of the account.
            custom102: Custom field 102 of the account.
            custom103: Custom field 103 of the account.
            custom104: Custom field 104 of the account.
            custom105: Custom field 105 of the account.
            custom106: Custom field 106 of the account.
            custom107: Custom field 107 of the account.
            custom108: Custom field 108 of the account.
            custom109: Custom field 109 of the account.
            custom110: Custom field 110 of the account.
            custom111: Custom field 111 of the account.
            custom112: Custom field 112 of the account.
            custom113: Custom field 113 of the account.
            custom114: Custom field 114 of the account.
            custom115: Custom field 115 of the account.
            custom116: Custom field 116 of the account.
            custom117: Custom field 117 of the account.
            custom118: Custom field 118 of the account.
            custom119: Custom field 119 of the account.
            custom120: Custom field 120 of the account.
            custom121: Custom field 121 of the account.
            custom122: Custom field 122 of the account.
            custom123: Custom field 123 of the account.
            custom124: Custom field 124 of the account.
            custom125: Custom field 125 of the account.
            custom126: Custom field 126 of the account.
            custom127: Custom field 127 of the account.
            custom128: Custom field 128 of the account.
            custom129: Custom field 129 of the account.
            custom130: Custom field 130 of the account.
            custom131: Custom field 131 of the account.
            custom132: Custom field 132 of the account.
            custom133: Custom field 133 of the account.
            custom134: Custom field 134 of the account.
            custom135: Custom field 135 of the account.
            custom136: Custom field 136 of the account.
            custom137: Custom field 137 of the account.
            custom138: Custom field 138 of the account.
            custom139: Custom field 139 of the account.
            custom140: Custom field 140 of the account.
            custom141: Custom field 141 of the account.
            custom142: Custom field 142 of the account.
            custom143: Custom field 143 of the account.
            custom144: Custom field 144 of the account.
            custom145: Custom field 145 of the account.
            custom146: Custom field 146 of the account.
            custom147: Custom field 147 of the account.
            custom148: Custom field 148 of the account.
            custom149: Custom field 149 of the account.
            custom150: Custom field 150 of the account.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _CREATE_ACCOUNT,
                {},
                _jsonapi.write_document(
                    "account",
                    {
                        "name": name,
                        "domain": domain,
                        "description": description,
                        "websiteUrl": website_url,
                        "industry": industry,
                        "locality": locality,
                        "numberOfEmployees": number_of_employees,
                        "named": named,
                        "customId": custom_id,
                        "tags": tags,
                        "custom1": custom1,
                        "custom2": custom2,
                        "custom3": custom3,
                        "custom4": custom4,
                        "custom5": custom5,
                        "custom6": custom6,
                        "custom7": custom7,
                        "custom8": custom8,
                        "custom9": custom9,
                        "custom10": custom10,
                        "custom11": custom11,
                        "custom12": custom12,
                        "custom13": custom13,
                        "custom14": custom14,
                        "custom15": custom15,
                        "custom16": custom16,
                        "custom17": custom17,
                        "custom18": custom18,
                        "custom19": custom19,
                        "custom20": custom20,
                        "custom21": custom21,
                        "custom22": custom22,
                        "custom23": custom23,
                        "custom24": custom24,
                        "custom25": custom25,
                        "custom26": custom26,
                        "custom27": custom27,
                        "custom28": custom28,
                        "custom29": custom29,
                        "custom30": custom30,
                        "custom31": custom31,
                        "custom32": custom32,
                        "custom33": custom33,
                        "custom34": custom34,
                        "custom35": custom35,
                        "custom36": custom36,
                        "custom37": custom37,
                        "custom38": custom38,
                        "custom39": custom39,
                        "custom40": custom40,
                        "custom41": custom41,
                        "custom42": custom42,
                        "custom43": custom43,
                        "custom44": custom44,
                        "custom45": custom45,
                        "custom46": custom46,
                        "custom47": custom47,
                        "custom48": custom48,
                        "custom49": custom49,
                        "custom50": custom50,
                        "custom51": custom51,
                        "custom52": custom52,
                        "custom53": custom53,
                        "custom54": custom54,
                        "custom55": custom55,
                        "custom56": custom56,
                        "custom57": custom57,
                        "custom58": custom58,
                        "custom59": custom59,
                        "custom60": custom60,
                        "custom61": custom61,
                        "custom62": custom62,
                        "custom63": custom63,
                        "custom64": custom64,
                        "custom65": custom65,
                        "custom66": custom66,
                        "custom67": custom67,
                        "custom68": custom68,
                        "custom69": custom69,
                        "custom70": custom70,
                        "custom71": custom71,
                        "custom72": custom72,
                        "custom73": custom73,
                        "custom74": custom74,
                        "custom75": custom75,
                        "custom76": custom76,
                        "custom77": custom77,
                        "custom78": custom78,
                        "custom79": custom79,
                        "custom80": custom80,
                        "custom81": custom81,
                        "custom82": custom82,
                        "custom83": custom83,
                        "custom84": custom84,
                        "custom85": custom85,
                        "custom86": custom86,
                        "custom87": custom87,
                        "custom88": custom88,
                        "custom89": custom89,
                        "custom90": custom90,
                        "custom91": custom91,
                        "custom92": custom92,
                        "custom93": custom93,
                        "custom94": custom94,
                        "custom95": custom95,
                        "custom96": custom96,
                        "custom97": custom97,
                        "custom98": custom98,
                        "custom99": custom99,
                        "custom100": custom100,
                        "custom101": custom101,
                        "custom102": custom102,
                        "custom103": custom103,
                        "custom104": custom104,
                        "custom105": custom105,
                        "custom106": custom106,
                        "custom107": custom107,
                        "custom108": custom108,
                        "custom109": custom109,
                        "custom110": custom110,
                        "custom111": custom111,
                        "custom112": custom112,
                        "custom113": custom113,
                        "custom114": custom114,
                        "custom115": custom115,
                        "custom116": custom116,
                        "custom117": custom117,
                        "custom118": custom118,
                        "custom119": custom119,
                        "custom120": custom120,
                        "custom121": custom121,
                        "custom122": custom122,
                        "custom123": custom123,
                        "custom124": custom124,
                        "custom125": custom125,
                        "custom126": custom126,
                        "custom127": custom127,
                        "custom128": custom128,
                        "custom129": custom129,
                        "custom130": custom130,
                        "custom131": custom131,
                        "custom132": custom132,
                        "custom133": custom133,
                        "custom134": custom134,
                        "custom135": custom135,
                        "custom136": custom136,
                        "custom137": custom137,
                        "custom138": custom138,
                        "custom139": custom139,
                        "custom140": custom140,
                        "custom141": custom141,
                        "custom142": custom142,
                        "custom143": custom143,
                        "custom144": custom144,
                        "custom145": custom145,
                        "custom146": custom146,
                        "custom147": custom147,
                        "custom148": custom148,
                        "custom149": custom149,
                        "custom150": custom150,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    def get(
        self,
        account_id: int | str,
        *,
        fields_account: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Get an account

        Gets an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get account'.

        `GET /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _GET_ACCOUNT,
                {"account_id": account_id, "fields_account": fields_account, "include": include},
                options=options,
            ),
        )

    def delete(
        self,
        account_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an account

        Delete an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete account'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /accounts/{account_id}`

        Args:
            account_id: Id of the account.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            self._client.request(
                _DELETE_ACCOUNT,
                {"account_id": account_id},
                options=options,
            ),
        )

    def update(
        self,
        account_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        domain: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        locality: str | NotGiven | None = NOT_GIVEN,
        number_of_employees: int | NotGiven | None = NOT_GIVEN,
        named: bool | NotGiven | None = NOT_GIVEN,
        custom_id: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        custom1: str | NotGiven | None = NOT_GIVEN,
        custom2: str | NotGiven | None = NOT_GIVEN,
        custom3: str | NotGiven | None = NOT_GIVEN,
        custom4: str | NotGiven | None = NOT_GIVEN,
        custom5: str | NotGiven | None = NOT_GIVEN,
        custom6: str | NotGiven | None = NOT_GIVEN,
        custom7: str | NotGiven | None = NOT_GIVEN,
        custom8: str | NotGiven | None = NOT_GIVEN,
        custom9: str | NotGiven | None = NOT_GIVEN,
        custom10: str | NotGiven | None = NOT_GIVEN,
        custom11: str | NotGiven | None = NOT_GIVEN,
        custom12: str | NotGiven | None = NOT_GIVEN,
        custom13: str | NotGiven | None = NOT_GIVEN,
        custom14: str | NotGiven | None = NOT_GIVEN,
        custom15: str | NotGiven | None = NOT_GIVEN,
        custom16: str | NotGiven | None = NOT_GIVEN,
        custom17: str | NotGiven | None = NOT_GIVEN,
        custom18: str | NotGiven | None = NOT_GIVEN,
        custom19: str | NotGiven | None = NOT_GIVEN,
        custom20: str | NotGiven | None = NOT_GIVEN,
        custom21: str | NotGiven | None = NOT_GIVEN,
        custom22: str | NotGiven | None = NOT_GIVEN,
        custom23: str | NotGiven | None = NOT_GIVEN,
        custom24: str | NotGiven | None = NOT_GIVEN,
        custom25: str | NotGiven | None = NOT_GIVEN,
        custom26: str | NotGiven | None = NOT_GIVEN,
        custom27: str | NotGiven | None = NOT_GIVEN,
        custom28: str | NotGiven | None = NOT_GIVEN,
        custom29: str | NotGiven | None = NOT_GIVEN,
        custom30: str | NotGiven | None = NOT_GIVEN,
        custom31: str | NotGiven | None = NOT_GIVEN,
        custom32: str | NotGiven | None = NOT_GIVEN,
        custom33: str | NotGiven | None = NOT_GIVEN,
        custom34: str | NotGiven | None = NOT_GIVEN,
        custom35: str | NotGiven | None = NOT_GIVEN,
        custom36: str | NotGiven | None = NOT_GIVEN,
        custom37: str | NotGiven | None = NOT_GIVEN,
        custom38: str | NotGiven | None = NOT_GIVEN,
        custom39: str | NotGiven | None = NOT_GIVEN,
        custom40: str | NotGiven | None = NOT_GIVEN,
        custom41: str | NotGiven | None = NOT_GIVEN,
        custom42: str | NotGiven | None = NOT_GIVEN,
        custom43: str | NotGiven | None = NOT_GIVEN,
        custom44: str | NotGiven | None = NOT_GIVEN,
        custom45: str | NotGiven | None = NOT_GIVEN,
        custom46: str | NotGiven | None = NOT_GIVEN,
        custom47: str | NotGiven | None = NOT_GIVEN,
        custom48: str | NotGiven | None = NOT_GIVEN,
        custom49: str | NotGiven | None = NOT_GIVEN,
        custom50: str | NotGiven | None = NOT_GIVEN,
        custom51: str | NotGiven | None = NOT_GIVEN,
        custom52: str | NotGiven | None = NOT_GIVEN,
        custom53: str | NotGiven | None = NOT_GIVEN,
        custom54: str | NotGiven | None = NOT_GIVEN,
        custom55: str | NotGiven | None = NOT_GIVEN,
        custom56: str | NotGiven | None = NOT_GIVEN,
        custom57: str | NotGiven | None = NOT_GIVEN,
        custom58: str | NotGiven | None = NOT_GIVEN,
        custom59: str | NotGiven | None = NOT_GIVEN,
        custom60: str | NotGiven | None = NOT_GIVEN,
        custom61: str | NotGiven | None = NOT_GIVEN,
        custom62: str | NotGiven | None = NOT_GIVEN,
        custom63: str | NotGiven | None = NOT_GIVEN,
        custom64: str | NotGiven | None = NOT_GIVEN,
        custom65: str | NotGiven | None = NOT_GIVEN,
        custom66: str | NotGiven | None = NOT_GIVEN,
        custom67: str | NotGiven | None = NOT_GIVEN,
        custom68: str | NotGiven | None = NOT_GIVEN,
        custom69: str | NotGiven | None = NOT_GIVEN,
        custom70: str | NotGiven | None = NOT_GIVEN,
        custom71: str | NotGiven | None = NOT_GIVEN,
        custom72: str | NotGiven | None = NOT_GIVEN,
        custom73: str | NotGiven | None = NOT_GIVEN,
        custom74: str | NotGiven | None = NOT_GIVEN,
        custom75: str | NotGiven | None = NOT_GIVEN,
        custom76: str | NotGiven | None = NOT_GIVEN,
        custom77: str | NotGiven | None = NOT_GIVEN,
        custom78: str | NotGiven | None = NOT_GIVEN,
        custom79: str | NotGiven | None = NOT_GIVEN,
        custom80: str | NotGiven | None = NOT_GIVEN,
        custom81: str | NotGiven | None = NOT_GIVEN,
        custom82: str | NotGiven | None = NOT_GIVEN,
        custom83: str | NotGiven | None = NOT_GIVEN,
        custom84: str | NotGiven | None = NOT_GIVEN,
        custom85: str | NotGiven | None = NOT_GIVEN,
        custom86: str | NotGiven | None = NOT_GIVEN,
        custom87: str | NotGiven | None = NOT_GIVEN,
        custom88: str | NotGiven | None = NOT_GIVEN,
        custom89: str | NotGiven | None = NOT_GIVEN,
        custom90: str | NotGiven | None = NOT_GIVEN,
        custom91: str | NotGiven | None = NOT_GIVEN,
        custom92: str | NotGiven | None = NOT_GIVEN,
        custom93: str | NotGiven | None = NOT_GIVEN,
        custom94: str | NotGiven | None = NOT_GIVEN,
        custom95: str | NotGiven | None = NOT_GIVEN,
        custom96: str | NotGiven | None = NOT_GIVEN,
        custom97: str | NotGiven | None = NOT_GIVEN,
        custom98: str | NotGiven | None = NOT_GIVEN,
        custom99: str | NotGiven | None = NOT_GIVEN,
        custom100: str | NotGiven | None = NOT_GIVEN,
        custom101: str | NotGiven | None = NOT_GIVEN,
        custom102: str | NotGiven | None = NOT_GIVEN,
        custom103: str | NotGiven | None = NOT_GIVEN,
        custom104: str | NotGiven | None = NOT_GIVEN,
        custom105: str | NotGiven | None = NOT_GIVEN,
        custom106: str | NotGiven | None = NOT_GIVEN,
        custom107: str | NotGiven | None = NOT_GIVEN,
        custom108: str | NotGiven | None = NOT_GIVEN,
        custom109: str | NotGiven | None = NOT_GIVEN,
        custom110: str | NotGiven | None = NOT_GIVEN,
        custom111: str | NotGiven | None = NOT_GIVEN,
        custom112: str | NotGiven | None = NOT_GIVEN,
        custom113: str | NotGiven | None = NOT_GIVEN,
        custom114: str | NotGiven | None = NOT_GIVEN,
        custom115: str | NotGiven | None = NOT_GIVEN,
        custom116: str | NotGiven | None = NOT_GIVEN,
        custom117: str | NotGiven | None = NOT_GIVEN,
        custom118: str | NotGiven | None = NOT_GIVEN,
        custom119: str | NotGiven | None = NOT_GIVEN,
        custom120: str | NotGiven | None = NOT_GIVEN,
        custom121: str | NotGiven | None = NOT_GIVEN,
        custom122: str | NotGiven | None = NOT_GIVEN,
        custom123: str | NotGiven | None = NOT_GIVEN,
        custom124: str | NotGiven | None = NOT_GIVEN,
        custom125: str | NotGiven | None = NOT_GIVEN,
        custom126: str | NotGiven | None = NOT_GIVEN,
        custom127: str | NotGiven | None = NOT_GIVEN,
        custom128: str | NotGiven | None = NOT_GIVEN,
        custom129: str | NotGiven | None = NOT_GIVEN,
        custom130: str | NotGiven | None = NOT_GIVEN,
        custom131: str | NotGiven | None = NOT_GIVEN,
        custom132: str | NotGiven | None = NOT_GIVEN,
        custom133: str | NotGiven | None = NOT_GIVEN,
        custom134: str | NotGiven | None = NOT_GIVEN,
        custom135: str | NotGiven | None = NOT_GIVEN,
        custom136: str | NotGiven | None = NOT_GIVEN,
        custom137: str | NotGiven | None = NOT_GIVEN,
        custom138: str | NotGiven | None = NOT_GIVEN,
        custom139: str | NotGiven | None = NOT_GIVEN,
        custom140: str | NotGiven | None = NOT_GIVEN,
        custom141: str | NotGiven | None = NOT_GIVEN,
        custom142: str | NotGiven | None = NOT_GIVEN,
        custom143: str | NotGiven | None = NOT_GIVEN,
        custom144: str | NotGiven | None = NOT_GIVEN,
        custom145: str | NotGiven | None = NOT_GIVEN,
        custom146: str | NotGiven | None = NOT_GIVEN,
        custom147: str | NotGiven | None = NOT_GIVEN,
        custom148: str | NotGiven | None = NOT_GIVEN,
        custom149: str | NotGiven | None = NOT_GIVEN,
        custom150: str | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        body: AccountUpdate | AccountUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Update an account

        Update an account by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update account'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            name: The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            domain: The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            website_url: The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            industry: The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples).
            locality: The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples).
            number_of_employees: Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples).
            named: Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom_id: A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom1: Custom field 1 of the account.
            custom2: Custom field 2 of the account.
            custom3: Custom field 3 of the account.
            custom4: Custom field 4 of the account.
            custom5: Custom field 5 of the account.
            custom6: Custom field 6 of the account.
            custom7: Custom field 7 of the account.
            custom8: Custom field 8 of the account.
            custom9: Custom field 9 of the account.
            custom10: Custom field 10 of the account.
            custom11: Custom field 11 of the account.
            custom12: Custom field 12 of the account.
            custom13: Custom field 13 of the account.
            custom14: Custom field 14 of the account.
            custom15: Custom field 15 of the account.
            custom16: Custom field 16 of the account.
            custom17: Custom field 17 of the account.
            custom18: Custom field 18 of the account.
            custom19: Custom field 19 of the account.
            custom20: Custom field 20 of the account.
            custom21: Custom field 21 of the account.
            custom22: Custom field 22 of the account.
            custom23: Custom field 23 of the account.
            custom24: Custom field 24 of the account.
            custom25: Custom field 25 of the account.
            custom26: Custom field 26 of the account.
            custom27: Custom field 27 of the account.
            custom28: Custom field 28 of the account.
            custom29: Custom field 29 of the account.
            custom30: Custom field 30 of the account.
            custom31: Custom field 31 of the account.
            custom32: Custom field 32 of the account.
            custom33: Custom field 33 of the account.
            custom34: Custom field 34 of the account.
            custom35: Custom field 35 of the account.
            custom36: Custom field 36 of the account.
            custom37: Custom field 37 of the account.
            custom38: Custom field 38 of the account.
            custom39: Custom field 39 of the account.
            custom40: Custom field 40 of the account.
            custom41: Custom field 41 of the account.
            custom42: Custom field 42 of the account.
            custom43: Custom field 43 of the account.
            custom44: Custom field 44 of the account.
            custom45: Custom field 45 of the account.
            custom46: Custom field 46 of the account.
            custom47: Custom field 47 of the account.
            custom48: Custom field 48 of the account.
            custom49: Custom field 49 of the account.
            custom50: Custom field 50 of the account.
            custom51: Custom field 51 of the account.
            custom52: Custom field 52 of the account.
            custom53: Custom field 53 of the account.
            custom54: Custom field 54 of the account.
            custom55: Custom field 55 of the account.
            custom56: Custom field 56 of the account.
            custom57: Custom field 57 of the account.
            custom58: Custom field 58 of the account.
            custom59: Custom field 59 of the account.
            custom60: Custom field 60 of the account.
            custom61: Custom field 61 of the account.
            custom62: Custom field 62 of the account.
            custom63: Custom field 63 of the account.
            custom64: Custom field 64 of the account.
            custom65: Custom field 65 of the account.
            custom66: Custom field 66 of the account.
            custom67: Custom field 67 of the account.
            custom68: Custom field 68 of the account.
            custom69: Custom field 69 of the account.
            custom70: Custom field 70 of the account.
            custom71: Custom field 71 of the account.
            custom72: Custom field 72 of the account.
            custom73: Custom field 73 of the account.
            custom74: Custom field 74 of the account.
            custom75: Custom field 75 of the account.
            custom76: Custom field 76 of the account.
            custom77: Custom field 77 of the account.
            custom78: Custom field 78 of the account.
            custom79: Custom field 79 of the account.
            custom80: Custom field 80 of the account.
            custom81: Custom field 81 of the account.
            custom82: Custom field 82 of the account.
            custom83: Custom field 83 of the account.
            custom84: Custom field 84 of the account.
            custom85: Custom field 85 of the account.
            custom86: Custom field 86 of the account.
            custom87: Custom field 87 of the account.
            custom88: Custom field 88 of the account.
            custom89: Custom field 89 of the account.
            custom90: Custom field 90 of the account.
            custom91: Custom field 91 of the account.
            custom92: Custom field 92 of the account.
            custom93: Custom field 93 of the account.
            custom94: Custom field 94 of the account.
            custom95: Custom field 95 of the account.
            custom96: Custom field 96 of the account.
            custom97: Custom field 97 of the account.
            custom98: Custom field 98 of the account.
            custom99: Custom field 99 of the account.
            custom100: Custom field 100 of the account.
            custom101: Custom field 101 of the account.
            custom102: Custom field 102 of the account.
            custom103: Custom field 103 of the account.
            custom104: Custom field 104 of the account.
            custom105: Custom field 105 of the account.
            custom106: Custom field 106 of the account.
            custom107: Custom field 107 of the account.
            custom108: Custom field 108 of the account.
            custom109: Custom field 109 of the account.
            custom110: Custom field 110 of the account.
            custom111: Custom field 111 of the account.
            custom112: Custom field 112 of the account.
            custom113: Custom field 113 of the account.
            custom114: Custom field 114 of the account.
            custom115: Custom field 115 of the account.
            custom116: Custom field 116 of the account.
            custom117: Custom field 117 of the account.
            custom118: Custom field 118 of the account.
            custom119: Custom field 119 of the account.
            custom120: Custom field 120 of the account.
            custom121: Custom field 121 of the account.
            custom122: Custom field 122 of the account.
            custom123: Custom field 123 of the account.
            custom124: Custom field 124 of the account.
            custom125: Custom field 125 of the account.
            custom126: Custom field 126 of the account.
            custom127: Custom field 127 of the account.
            custom128: Custom field 128 of the account.
            custom129: Custom field 129 of the account.
            custom130: Custom field 130 of the account.
            custom131: Custom field 131 of the account.
            custom132: Custom field 132 of the account.
            custom133: Custom field 133 of the account.
            custom134: Custom field 134 of the account.
            custom135: Custom field 135 of the account.
            custom136: Custom field 136 of the account.
            custom137: Custom field 137 of the account.
            custom138: Custom field 138 of the account.
            custom139: Custom field 139 of the account.
            custom140: Custom field 140 of the account.
            custom141: Custom field 141 of the account.
            custom142: Custom field 142 of the account.
            custom143: Custom field 143 of the account.
            custom144: Custom field 144 of the account.
            custom145: Custom field 145 of the account.
            custom146: Custom field 146 of the account.
            custom147: Custom field 147 of the account.
            custom148: Custom field 148 of the account.
            custom149: Custom field 149 of the account.
            custom150: Custom field 150 of the account.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            self._client.request(
                _UPDATE_ACCOUNT,
                {"account_id": account_id},
                _jsonapi.write_document(
                    "account",
                    {
                        "name": name,
                        "domain": domain,
                        "description": description,
                        "websiteUrl": website_url,
                        "industry": industry,
                        "locality": locality,
                        "numberOfEmployees": number_of_employees,
                        "named": named,
                        "customId": custom_id,
                        "tags": tags,
                        "custom1": custom1,
                        "custom2": custom2,
                        "custom3": custom3,
                        "custom4": custom4,
                        "custom5": custom5,
                        "custom6": custom6,
                        "custom7": custom7,
                        "custom8": custom8,
                        "custom9": custom9,
                        "custom10": custom10,
                        "custom11": custom11,
                        "custom12": custom12,
                        "custom13": custom13,
                        "custom14": custom14,
                        "custom15": custom15,
                        "custom16": custom16,
                        "custom17": custom17,
                        "custom18": custom18,
                        "custom19": custom19,
                        "custom20": custom20,
                        "custom21": custom21,
                        "custom22": custom22,
                        "custom23": custom23,
                        "custom24": custom24,
                        "custom25": custom25,
                        "custom26": custom26,
                        "custom27": custom27,
                        "custom28": custom28,
                        "custom29": custom29,
                        "custom30": custom30,
                        "custom31": custom31,
                        "custom32": custom32,
                        "custom33": custom33,
                        "custom34": custom34,
                        "custom35": custom35,
                        "custom36": custom36,
                        "custom37": custom37,
                        "custom38": custom38,
                        "custom39": custom39,
                        "custom40": custom40,
                        "custom41": custom41,
                        "custom42": custom42,
                        "custom43": custom43,
                        "custom44": custom44,
                        "custom45": custom45,
                        "custom46": custom46,
                        "custom47": custom47,
                        "custom48": custom48,
                        "custom49": custom49,
                        "custom50": custom50,
                        "custom51": custom51,
                        "custom52": custom52,
                        "custom53": custom53,
                        "custom54": custom54,
                        "custom55": custom55,
                        "custom56": custom56,
                        "custom57": custom57,
                        "custom58": custom58,
                        "custom59": custom59,
                        "custom60": custom60,
                        "custom61": custom61,
                        "custom62": custom62,
                        "custom63": custom63,
                        "custom64": custom64,
                        "custom65": custom65,
                        "custom66": custom66,
                        "custom67": custom67,
                        "custom68": custom68,
                        "custom69": custom69,
                        "custom70": custom70,
                        "custom71": custom71,
                        "custom72": custom72,
                        "custom73": custom73,
                        "custom74": custom74,
                        "custom75": custom75,
                        "custom76": custom76,
                        "custom77": custom77,
                        "custom78": custom78,
                        "custom79": custom79,
                        "custom80": custom80,
                        "custom81": custom81,
                        "custom82": custom82,
                        "custom83": custom83,
                        "custom84": custom84,
                        "custom85": custom85,
                        "custom86": custom86,
                        "custom87": custom87,
                        "custom88": custom88,
                        "custom89": custom89,
                        "custom90": custom90,
                        "custom91": custom91,
                        "custom92": custom92,
                        "custom93": custom93,
                        "custom94": custom94,
                        "custom95": custom95,
                        "custom96": custom96,
                        "custom97": custom97,
                        "custom98": custom98,
                        "custom99": custom99,
                        "custom100": custom100,
                        "custom101": custom101,
                        "custom102": custom102,
                        "custom103": custom103,
                        "custom104": custom104,
                        "custom105": custom105,
                        "custom106": custom106,
                        "custom107": custom107,
                        "custom108": custom108,
                        "custom109": custom109,
                        "custom110": custom110,
                        "custom111": custom111,
                        "custom112": custom112,
                        "custom113": custom113,
                        "custom114": custom114,
                        "custom115": custom115,
                        "custom116": custom116,
                        "custom117": custom117,
                        "custom118": custom118,
                        "custom119": custom119,
                        "custom120": custom120,
                        "custom121": custom121,
                        "custom122": custom122,
                        "custom123": custom123,
                        "custom124": custom124,
                        "custom125": custom125,
                        "custom126": custom126,
                        "custom127": custom127,
                        "custom128": custom128,
                        "custom129": custom129,
                        "custom130": custom130,
                        "custom131": custom131,
                        "custom132": custom132,
                        "custom133": custom133,
                        "custom134": custom134,
                        "custom135": custom135,
                        "custom136": custom136,
                        "custom137": custom137,
                        "custom138": custom138,
                        "custom139": custom139,
                        "custom140": custom140,
                        "custom141": custom141,
                        "custom142": custom142,
                        "custom143": custom143,
                        "custom144": custom144,
                        "custom145": custom145,
                        "custom146": custom146,
                        "custom147": custom147,
                        "custom148": custom148,
                        "custom149": custom149,
                        "custom150": custom150,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    id_=account_id,
                    document=body,
                ),
                options=options,
            ),
        )


class AccountsResourceWithRawResponse:
    def __init__(self, resource: AccountsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAccountsResource:
    """Accounts

    `account` resources at `/accounts`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) with the parsed body."""
        return AsyncAccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_after: str | NotGiven = NOT_GIVEN,
        count: bool | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        fields_account: str | NotGiven = NOT_GIVEN,
        filter_name: str | NotGiven = NOT_GIVEN,
        filter_domain: str | NotGiven = NOT_GIVEN,
        filter_named: str | NotGiven = NOT_GIVEN,
        filter_created_at: str | NotGiven = NOT_GIVEN,
        filter_updated_at: str | NotGiven = NOT_GIVEN,
        filter_owner_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Account]:
        """List accounts

        Get a list of accounts in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'List accounts', 'List accounts (DDL)'. The DDL (dynamic drop-down list) operation calls this same list endpoint and reshapes the records for pick-lists; it is not a separate endpoint.

        `GET /accounts`

        Args:
            page_size: Maximum number of records per page (connector input `page_size`; samples use 50 and 2).
            page_after: Opaque cursor. Do not build it: take the whole `links.next` URL of the previous page (cursor pagination).
            count: Set to false to omit `meta.count` (faster on large collections).
            sort: Comma-separated attributes to sort by; prefix `-` for descending (connector input `sort{sort_by, sort_direction}`). Sortable here: `name`, `domain`, `createdAt`, `updatedAt`.
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            filter_name: Filter on `name`: exact match; comma-separated values match any (connector input `filters[{field: name, criteria}]`).
            filter_domain: Filter on `domain`: exact match; comma-separated values match any (connector input `filters[{field: domain, criteria}]`).
            filter_named: Filter on `named`: `true` or `false`.
            filter_created_at: Filter on `createdAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_updated_at: Filter on `updatedAt`: a timestamp or a range `<from>..<to>`, `inf`/`neginf` for open ends (e.g. `2024-01-01..inf`).
            filter_owner_id: Only accounts whose `owner` relationship has this id; comma-separated ids or ranges (`1..100`) allowed.

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AsyncPaginator[Account]",
            self._client.request_page(
                _LIST_ACCOUNTS,
                {
                    "page_size": page_size,
                    "page_after": page_after,
                    "count": count,
                    "sort": sort,
                    "include": include,
                    "fields_account": fields_account,
                    "filter_name": filter_name,
                    "filter_domain": filter_domain,
                    "filter_named": filter_named,
                    "filter_created_at": filter_created_at,
                    "filter_updated_at": filter_updated_at,
                    "filter_owner_id": filter_owner_id,
                },
                _models.Account,
                options,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        domain: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        locality: str | NotGiven | None = NOT_GIVEN,
        number_of_employees: int | NotGiven | None = NOT_GIVEN,
        named: bool | NotGiven | None = NOT_GIVEN,
        custom_id: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        custom1: str | NotGiven | None = NOT_GIVEN,
        custom2: str | NotGiven | None = NOT_GIVEN,
        custom3: str | NotGiven | None = NOT_GIVEN,
        custom4: str | NotGiven | None = NOT_GIVEN,
        custom5: str | NotGiven | None = NOT_GIVEN,
        custom6: str | NotGiven | None = NOT_GIVEN,
        custom7: str | NotGiven | None = NOT_GIVEN,
        custom8: str | NotGiven | None = NOT_GIVEN,
        custom9: str | NotGiven | None = NOT_GIVEN,
        custom10: str | NotGiven | None = NOT_GIVEN,
        custom11: str | NotGiven | None = NOT_GIVEN,
        custom12: str | NotGiven | None = NOT_GIVEN,
        custom13: str | NotGiven | None = NOT_GIVEN,
        custom14: str | NotGiven | None = NOT_GIVEN,
        custom15: str | NotGiven | None = NOT_GIVEN,
        custom16: str | NotGiven | None = NOT_GIVEN,
        custom17: str | NotGiven | None = NOT_GIVEN,
        custom18: str | NotGiven | None = NOT_GIVEN,
        custom19: str | NotGiven | None = NOT_GIVEN,
        custom20: str | NotGiven | None = NOT_GIVEN,
        custom21: str | NotGiven | None = NOT_GIVEN,
        custom22: str | NotGiven | None = NOT_GIVEN,
        custom23: str | NotGiven | None = NOT_GIVEN,
        custom24: str | NotGiven | None = NOT_GIVEN,
        custom25: str | NotGiven | None = NOT_GIVEN,
        custom26: str | NotGiven | None = NOT_GIVEN,
        custom27: str | NotGiven | None = NOT_GIVEN,
        custom28: str | NotGiven | None = NOT_GIVEN,
        custom29: str | NotGiven | None = NOT_GIVEN,
        custom30: str | NotGiven | None = NOT_GIVEN,
        custom31: str | NotGiven | None = NOT_GIVEN,
        custom32: str | NotGiven | None = NOT_GIVEN,
        custom33: str | NotGiven | None = NOT_GIVEN,
        custom34: str | NotGiven | None = NOT_GIVEN,
        custom35: str | NotGiven | None = NOT_GIVEN,
        custom36: str | NotGiven | None = NOT_GIVEN,
        custom37: str | NotGiven | None = NOT_GIVEN,
        custom38: str | NotGiven | None = NOT_GIVEN,
        custom39: str | NotGiven | None = NOT_GIVEN,
        custom40: str | NotGiven | None = NOT_GIVEN,
        custom41: str | NotGiven | None = NOT_GIVEN,
        custom42: str | NotGiven | None = NOT_GIVEN,
        custom43: str | NotGiven | None = NOT_GIVEN,
        custom44: str | NotGiven | None = NOT_GIVEN,
        custom45: str | NotGiven | None = NOT_GIVEN,
        custom46: str | NotGiven | None = NOT_GIVEN,
        custom47: str | NotGiven | None = NOT_GIVEN,
        custom48: str | NotGiven | None = NOT_GIVEN,
        custom49: str | NotGiven | None = NOT_GIVEN,
        custom50: str | NotGiven | None = NOT_GIVEN,
        custom51: str | NotGiven | None = NOT_GIVEN,
        custom52: str | NotGiven | None = NOT_GIVEN,
        custom53: str | NotGiven | None = NOT_GIVEN,
        custom54: str | NotGiven | None = NOT_GIVEN,
        custom55: str | NotGiven | None = NOT_GIVEN,
        custom56: str | NotGiven | None = NOT_GIVEN,
        custom57: str | NotGiven | None = NOT_GIVEN,
        custom58: str | NotGiven | None = NOT_GIVEN,
        custom59: str | NotGiven | None = NOT_GIVEN,
        custom60: str | NotGiven | None = NOT_GIVEN,
        custom61: str | NotGiven | None = NOT_GIVEN,
        custom62: str | NotGiven | None = NOT_GIVEN,
        custom63: str | NotGiven | None = NOT_GIVEN,
        custom64: str | NotGiven | None = NOT_GIVEN,
        custom65: str | NotGiven | None = NOT_GIVEN,
        custom66: str | NotGiven | None = NOT_GIVEN,
        custom67: str | NotGiven | None = NOT_GIVEN,
        custom68: str | NotGiven | None = NOT_GIVEN,
        custom69: str | NotGiven | None = NOT_GIVEN,
        custom70: str | NotGiven | None = NOT_GIVEN,
        custom71: str | NotGiven | None = NOT_GIVEN,
        custom72: str | NotGiven | None = NOT_GIVEN,
        custom73: str | NotGiven | None = NOT_GIVEN,
        custom74: str | NotGiven | None = NOT_GIVEN,
        custom75: str | NotGiven | None = NOT_GIVEN,
        custom76: str | NotGiven | None = NOT_GIVEN,
        custom77: str | NotGiven | None = NOT_GIVEN,
        custom78: str | NotGiven | None = NOT_GIVEN,
        custom79: str | NotGiven | None = NOT_GIVEN,
        custom80: str | NotGiven | None = NOT_GIVEN,
        custom81: str | NotGiven | None = NOT_GIVEN,
        custom82: str | NotGiven | None = NOT_GIVEN,
        custom83: str | NotGiven | None = NOT_GIVEN,
        custom84: str | NotGiven | None = NOT_GIVEN,
        custom85: str | NotGiven | None = NOT_GIVEN,
        custom86: str | NotGiven | None = NOT_GIVEN,
        custom87: str | NotGiven | None = NOT_GIVEN,
        custom88: str | NotGiven | None = NOT_GIVEN,
        custom89: str | NotGiven | None = NOT_GIVEN,
        custom90: str | NotGiven | None = NOT_GIVEN,
        custom91: str | NotGiven | None = NOT_GIVEN,
        custom92: str | NotGiven | None = NOT_GIVEN,
        custom93: str | NotGiven | None = NOT_GIVEN,
        custom94: str | NotGiven | None = NOT_GIVEN,
        custom95: str | NotGiven | None = NOT_GIVEN,
        custom96: str | NotGiven | None = NOT_GIVEN,
        custom97: str | NotGiven | None = NOT_GIVEN,
        custom98: str | NotGiven | None = NOT_GIVEN,
        custom99: str | NotGiven | None = NOT_GIVEN,
        custom100: str | NotGiven | None = NOT_GIVEN,
        custom101: str | NotGiven | None = NOT_GIVEN,
        custom102: str | NotGiven | None = NOT_GIVEN,
        custom103: str | NotGiven | None = NOT_GIVEN,
        custom104: str | NotGiven | None = NOT_GIVEN,
        custom105: str | NotGiven | None = NOT_GIVEN,
        custom106: str | NotGiven | None = NOT_GIVEN,
        custom107: str | NotGiven | None = NOT_GIVEN,
        custom108: str | NotGiven | None = NOT_GIVEN,
        custom109: str | NotGiven | None = NOT_GIVEN,
        custom110: str | NotGiven | None = NOT_GIVEN,
        custom111: str | NotGiven | None = NOT_GIVEN,
        custom112: str | NotGiven | None = NOT_GIVEN,
        custom113: str | NotGiven | None = NOT_GIVEN,
        custom114: str | NotGiven | None = NOT_GIVEN,
        custom115: str | NotGiven | None = NOT_GIVEN,
        custom116: str | NotGiven | None = NOT_GIVEN,
        custom117: str | NotGiven | None = NOT_GIVEN,
        custom118: str | NotGiven | None = NOT_GIVEN,
        custom119: str | NotGiven | None = NOT_GIVEN,
        custom120: str | NotGiven | None = NOT_GIVEN,
        custom121: str | NotGiven | None = NOT_GIVEN,
        custom122: str | NotGiven | None = NOT_GIVEN,
        custom123: str | NotGiven | None = NOT_GIVEN,
        custom124: str | NotGiven | None = NOT_GIVEN,
        custom125: str | NotGiven | None = NOT_GIVEN,
        custom126: str | NotGiven | None = NOT_GIVEN,
        custom127: str | NotGiven | None = NOT_GIVEN,
        custom128: str | NotGiven | None = NOT_GIVEN,
        custom129: str | NotGiven | None = NOT_GIVEN,
        custom130: str | NotGiven | None = NOT_GIVEN,
        custom131: str | NotGiven | None = NOT_GIVEN,
        custom132: str | NotGiven | None = NOT_GIVEN,
        custom133: str | NotGiven | None = NOT_GIVEN,
        custom134: str | NotGiven | None = NOT_GIVEN,
        custom135: str | NotGiven | None = NOT_GIVEN,
        custom136: str | NotGiven | None = NOT_GIVEN,
        custom137: str | NotGiven | None = NOT_GIVEN,
        custom138: str | NotGiven | None = NOT_GIVEN,
        custom139: str | NotGiven | None = NOT_GIVEN,
        custom140: str | NotGiven | None = NOT_GIVEN,
        custom141: str | NotGiven | None = NOT_GIVEN,
        custom142: str | NotGiven | None = NOT_GIVEN,
        custom143: str | NotGiven | None = NOT_GIVEN,
        custom144: str | NotGiven | None = NOT_GIVEN,
        custom145: str | NotGiven | None = NOT_GIVEN,
        custom146: str | NotGiven | None = NOT_GIVEN,
        custom147: str | NotGiven | None = NOT_GIVEN,
        custom148: str | NotGiven | None = NOT_GIVEN,
        custom149: str | NotGiven | None = NOT_GIVEN,
        custom150: str | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Create an account

        Create an account in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Create account'.

        `POST /accounts`

        Args:
            name: The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            domain: The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            website_url: The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            industry: The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples).
            locality: The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples).
            number_of_employees: Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples).
            named: Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom_id: A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom1: Custom field 1 of the account.
            custom2: Custom field 2 of the account.
            custom3: Custom field 3 of the account.
            custom4: Custom field 4 of the account.
            custom5: Custom field 5 of the account.
            custom6: Custom field 6 of the account.
            custom7: Custom field 7 of the account.
            custom8: Custom field 8 of the account.
            custom9: Custom field 9 of the account.
            custom10: Custom field 10 of the account.
            custom11: Custom field 11 of the account.
            custom12: Custom field 12 of the account.
            custom13: Custom field 13 of the account.
            custom14: Custom field 14 of the account.
            custom15: Custom field 15 of the account.
            custom16: Custom field 16 of the account.
            custom17: Custom field 17 of the account.
            custom18: Custom field 18 of the account.
            custom19: Custom field 19 of the account.
            custom20: Custom field 20 of the account.
            custom21: Custom field 21 of the account.
            custom22: Custom field 22 of the account.
            custom23: Custom field 23 of the account.
            custom24: Custom field 24 of the account.
            custom25: Custom field 25 of the account.
            custom26: Custom field 26 of the account.
            custom27: Custom field 27 of the account.
            custom28: Custom field 28 of the account.
            custom29: Custom field 29 of the account.
            custom30: Custom field 30 of the account.
            custom31: Custom field 31 of the account.
            custom32: Custom field 32 of the account.
            custom33: Custom field 33 of the account.
            custom34: Custom field 34 of the account.
            custom35: Custom field 35 of the account.
            custom36: Custom field 36 of the account.
            custom37: Custom field 37 of the account.
            custom38: Custom field 38 of the account.
            custom39: Custom field 39 of the account.
            custom40: Custom field 40 of the account.
            custom41: Custom field 41 of the account.
            custom42: Custom field 42 of the account.
            custom43: Custom field 43 of the account.
            custom44: Custom field 44 of the account.
            custom45: Custom field 45 of the account.
            custom46: Custom field 46 of the account.
            custom47: Custom field 47 of the account.
            custom48: Custom field 48 of the account.
            custom49: Custom field 49 of the account.
            custom50: Custom field 50 of the account.
            custom51: Custom field 51 of the account.
            custom52: Custom field 52 of the account.
            custom53: Custom field 53 of the account.
            custom54: Custom field 54 of the account.
            custom55: Custom field 55 of the account.
            custom56: Custom field 56 of the account.
            custom57: Custom field 57 of the account.
            custom58: Custom field 58 of the account.
            custom59: Custom field 59 of the account.
            custom60: Custom field 60 of the account.
            custom61: Custom field 61 of the account.
            custom62: Custom field 62 of the account.
            custom63: Custom field 63 of the account.
            custom64: Custom field 64 of the account.
            custom65: Custom field 65 of the account.
            custom66: Custom field 66 of the account.
            custom67: Custom field 67 of the account.
            custom68: Custom field 68 of the account.
            custom69: Custom field 69 of the account.
            custom70: Custom field 70 of the account.
            custom71: Custom field 71 of the account.
            custom72: Custom field 72 of the account.
            custom73: Custom field 73 of the account.
            custom74: Custom field 74 of the account.
            custom75: Custom field 75 of the account.
            custom76: Custom field 76 of the account.
            custom77: Custom field 77 of the account.
            custom78: Custom field 78 of the account.
            custom79: Custom field 79 of the account.
            custom80: Custom field 80 of the account.
            custom81: Custom field 81 of the account.
            custom82: Custom field 82 of the account.
            custom83: Custom field 83 of the account.
            custom84: Custom field 84 of the account.
            custom85: Custom field 85 of the account.
            custom86: Custom field 86 of the account.
            custom87: Custom field 87 of the account.
            custom88: Custom field 88 of the account.
            custom89: Custom field 89 of the account.
            custom90: Custom field 90 of the account.
            custom91: Custom field 91 of the account.
            custom92: Custom field 92 of the account.
            custom93: Custom field 93 of the account.
            custom94: Custom field 94 of the account.
            custom95: Custom field 95 of the account.
            custom96: Custom field 96 of the account.
            custom97: Custom field 97 of the account.
            custom98: Custom field 98 of the account.
            custom99: Custom field 99 of the account.
            custom100: Custom field 100 of the account.
            custom101: Custom field 101 of the account.
            custom102: Custom field 102 of the account.
            custom103: Custom field 103 of the account.
            custom104: Custom field 104 of the account.
            custom105: Custom field 105 of the account.
            custom106: Custom field 106 of the account.
            custom107: Custom field 107 of the account.
            custom108: Custom field 108 of the account.
            custom109: Custom field 109 of the account.
            custom110: Custom field 110 of the account.
            custom111: Custom field 111 of the account.
            custom112: Custom field 112 of the account.
            custom113: Custom field 113 of the account.
            custom114: Custom field 114 of the account.
            custom115: Custom field 115 of the account.
            custom116: Custom field 116 of the account.
            custom117: Custom field 117 of the account.
            custom118: Custom field 118 of the account.
            custom119: Custom field 119 of the account.
            custom120: Custom field 120 of the account.
            custom121: Custom field 121 of the account.
            custom122: Custom field 122 of the account.
            custom123: Custom field 123 of the account.
            custom124: Custom field 124 of the account.
            custom125: Custom field 125 of the account.
            custom126: Custom field 126 of the account.
            custom127: Custom field 127 of the account.
            custom128: Custom field 128 of the account.
            custom129: Custom field 129 of the account.
            custom130: Custom field 130 of the account.
            custom131: Custom field 131 of the account.
            custom132: Custom field 132 of the account.
            custom133: Custom field 133 of the account.
            custom134: Custom field 134 of the account.
            custom135: Custom field 135 of the account.
            custom136: Custom field 136 of the account.
            custom137: Custom field 137 of the account.
            custom138: Custom field 138 of the account.
            custom139: Custom field 139 of the account.
            custom140: Custom field 140 of the account.
            custom141: Custom field 141 of the account.
            custom142: Custom field 142 of the account.
            custom143: Custom field 143 of the account.
            custom144: Custom field 144 of the account.
            custom145: Custom field 145 of the account.
            custom146: Custom field 146 of the account.
            custom147: Custom field 147 of the account.
            custom148: Custom field 148 of the account.
            custom149: Custom field 149 of the account.
            custom150: Custom field 150 of the account.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _CREATE_ACCOUNT,
                {},
                _jsonapi.write_document(
                    "account",
                    {
                        "name": name,
                        "domain": domain,
                        "description": description,
                        "websiteUrl": website_url,
                        "industry": industry,
                        "locality": locality,
                        "numberOfEmployees": number_of_employees,
                        "named": named,
                        "customId": custom_id,
                        "tags": tags,
                        "custom1": custom1,
                        "custom2": custom2,
                        "custom3": custom3,
                        "custom4": custom4,
                        "custom5": custom5,
                        "custom6": custom6,
                        "custom7": custom7,
                        "custom8": custom8,
                        "custom9": custom9,
                        "custom10": custom10,
                        "custom11": custom11,
                        "custom12": custom12,
                        "custom13": custom13,
                        "custom14": custom14,
                        "custom15": custom15,
                        "custom16": custom16,
                        "custom17": custom17,
                        "custom18": custom18,
                        "custom19": custom19,
                        "custom20": custom20,
                        "custom21": custom21,
                        "custom22": custom22,
                        "custom23": custom23,
                        "custom24": custom24,
                        "custom25": custom25,
                        "custom26": custom26,
                        "custom27": custom27,
                        "custom28": custom28,
                        "custom29": custom29,
                        "custom30": custom30,
                        "custom31": custom31,
                        "custom32": custom32,
                        "custom33": custom33,
                        "custom34": custom34,
                        "custom35": custom35,
                        "custom36": custom36,
                        "custom37": custom37,
                        "custom38": custom38,
                        "custom39": custom39,
                        "custom40": custom40,
                        "custom41": custom41,
                        "custom42": custom42,
                        "custom43": custom43,
                        "custom44": custom44,
                        "custom45": custom45,
                        "custom46": custom46,
                        "custom47": custom47,
                        "custom48": custom48,
                        "custom49": custom49,
                        "custom50": custom50,
                        "custom51": custom51,
                        "custom52": custom52,
                        "custom53": custom53,
                        "custom54": custom54,
                        "custom55": custom55,
                        "custom56": custom56,
                        "custom57": custom57,
                        "custom58": custom58,
                        "custom59": custom59,
                        "custom60": custom60,
                        "custom61": custom61,
                        "custom62": custom62,
                        "custom63": custom63,
                        "custom64": custom64,
                        "custom65": custom65,
                        "custom66": custom66,
                        "custom67": custom67,
                        "custom68": custom68,
                        "custom69": custom69,
                        "custom70": custom70,
                        "custom71": custom71,
                        "custom72": custom72,
                        "custom73": custom73,
                        "custom74": custom74,
                        "custom75": custom75,
                        "custom76": custom76,
                        "custom77": custom77,
                        "custom78": custom78,
                        "custom79": custom79,
                        "custom80": custom80,
                        "custom81": custom81,
                        "custom82": custom82,
                        "custom83": custom83,
                        "custom84": custom84,
                        "custom85": custom85,
                        "custom86": custom86,
                        "custom87": custom87,
                        "custom88": custom88,
                        "custom89": custom89,
                        "custom90": custom90,
                        "custom91": custom91,
                        "custom92": custom92,
                        "custom93": custom93,
                        "custom94": custom94,
                        "custom95": custom95,
                        "custom96": custom96,
                        "custom97": custom97,
                        "custom98": custom98,
                        "custom99": custom99,
                        "custom100": custom100,
                        "custom101": custom101,
                        "custom102": custom102,
                        "custom103": custom103,
                        "custom104": custom104,
                        "custom105": custom105,
                        "custom106": custom106,
                        "custom107": custom107,
                        "custom108": custom108,
                        "custom109": custom109,
                        "custom110": custom110,
                        "custom111": custom111,
                        "custom112": custom112,
                        "custom113": custom113,
                        "custom114": custom114,
                        "custom115": custom115,
                        "custom116": custom116,
                        "custom117": custom117,
                        "custom118": custom118,
                        "custom119": custom119,
                        "custom120": custom120,
                        "custom121": custom121,
                        "custom122": custom122,
                        "custom123": custom123,
                        "custom124": custom124,
                        "custom125": custom125,
                        "custom126": custom126,
                        "custom127": custom127,
                        "custom128": custom128,
                        "custom129": custom129,
                        "custom130": custom130,
                        "custom131": custom131,
                        "custom132": custom132,
                        "custom133": custom133,
                        "custom134": custom134,
                        "custom135": custom135,
                        "custom136": custom136,
                        "custom137": custom137,
                        "custom138": custom138,
                        "custom139": custom139,
                        "custom140": custom140,
                        "custom141": custom141,
                        "custom142": custom142,
                        "custom143": custom143,
                        "custom144": custom144,
                        "custom145": custom145,
                        "custom146": custom146,
                        "custom147": custom147,
                        "custom148": custom148,
                        "custom149": custom149,
                        "custom150": custom150,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    attributes_required=True,
                ),
                options=options,
            ),
        )

    async def get(
        self,
        account_id: int | str,
        *,
        fields_account: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Get an account

        Gets an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Get account'.

        `GET /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            fields_account: Sparse fieldset: comma-separated account attribute/relationship names to return (connector input `fields`).
            include: Comma-separated relationship names to side-load into `included` (e.g. `account,owner`).

        Raises:
            BadRequestError (400): `e.typed_body` (ErrorDocument)
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _GET_ACCOUNT,
                {"account_id": account_id, "fields_account": fields_account, "include": include},
                options=options,
            ),
        )

    async def delete(
        self,
        account_id: int | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an account

        Delete an account from your Outreach account, using their unique ID.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Delete account'.

        The API answers 204 No Content; the connector's `{"deleted": true}` output is made by the connector, not by the API.

        `DELETE /accounts/{account_id}`

        Args:
            account_id: Id of the account.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "None",
            await self._client.request(
                _DELETE_ACCOUNT,
                {"account_id": account_id},
                options=options,
            ),
        )

    async def update(
        self,
        account_id: int | str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        domain: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        industry: str | NotGiven | None = NOT_GIVEN,
        locality: str | NotGiven | None = NOT_GIVEN,
        number_of_employees: int | NotGiven | None = NOT_GIVEN,
        named: bool | NotGiven | None = NOT_GIVEN,
        custom_id: str | NotGiven | None = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        custom1: str | NotGiven | None = NOT_GIVEN,
        custom2: str | NotGiven | None = NOT_GIVEN,
        custom3: str | NotGiven | None = NOT_GIVEN,
        custom4: str | NotGiven | None = NOT_GIVEN,
        custom5: str | NotGiven | None = NOT_GIVEN,
        custom6: str | NotGiven | None = NOT_GIVEN,
        custom7: str | NotGiven | None = NOT_GIVEN,
        custom8: str | NotGiven | None = NOT_GIVEN,
        custom9: str | NotGiven | None = NOT_GIVEN,
        custom10: str | NotGiven | None = NOT_GIVEN,
        custom11: str | NotGiven | None = NOT_GIVEN,
        custom12: str | NotGiven | None = NOT_GIVEN,
        custom13: str | NotGiven | None = NOT_GIVEN,
        custom14: str | NotGiven | None = NOT_GIVEN,
        custom15: str | NotGiven | None = NOT_GIVEN,
        custom16: str | NotGiven | None = NOT_GIVEN,
        custom17: str | NotGiven | None = NOT_GIVEN,
        custom18: str | NotGiven | None = NOT_GIVEN,
        custom19: str | NotGiven | None = NOT_GIVEN,
        custom20: str | NotGiven | None = NOT_GIVEN,
        custom21: str | NotGiven | None = NOT_GIVEN,
        custom22: str | NotGiven | None = NOT_GIVEN,
        custom23: str | NotGiven | None = NOT_GIVEN,
        custom24: str | NotGiven | None = NOT_GIVEN,
        custom25: str | NotGiven | None = NOT_GIVEN,
        custom26: str | NotGiven | None = NOT_GIVEN,
        custom27: str | NotGiven | None = NOT_GIVEN,
        custom28: str | NotGiven | None = NOT_GIVEN,
        custom29: str | NotGiven | None = NOT_GIVEN,
        custom30: str | NotGiven | None = NOT_GIVEN,
        custom31: str | NotGiven | None = NOT_GIVEN,
        custom32: str | NotGiven | None = NOT_GIVEN,
        custom33: str | NotGiven | None = NOT_GIVEN,
        custom34: str | NotGiven | None = NOT_GIVEN,
        custom35: str | NotGiven | None = NOT_GIVEN,
        custom36: str | NotGiven | None = NOT_GIVEN,
        custom37: str | NotGiven | None = NOT_GIVEN,
        custom38: str | NotGiven | None = NOT_GIVEN,
        custom39: str | NotGiven | None = NOT_GIVEN,
        custom40: str | NotGiven | None = NOT_GIVEN,
        custom41: str | NotGiven | None = NOT_GIVEN,
        custom42: str | NotGiven | None = NOT_GIVEN,
        custom43: str | NotGiven | None = NOT_GIVEN,
        custom44: str | NotGiven | None = NOT_GIVEN,
        custom45: str | NotGiven | None = NOT_GIVEN,
        custom46: str | NotGiven | None = NOT_GIVEN,
        custom47: str | NotGiven | None = NOT_GIVEN,
        custom48: str | NotGiven | None = NOT_GIVEN,
        custom49: str | NotGiven | None = NOT_GIVEN,
        custom50: str | NotGiven | None = NOT_GIVEN,
        custom51: str | NotGiven | None = NOT_GIVEN,
        custom52: str | NotGiven | None = NOT_GIVEN,
        custom53: str | NotGiven | None = NOT_GIVEN,
        custom54: str | NotGiven | None = NOT_GIVEN,
        custom55: str | NotGiven | None = NOT_GIVEN,
        custom56: str | NotGiven | None = NOT_GIVEN,
        custom57: str | NotGiven | None = NOT_GIVEN,
        custom58: str | NotGiven | None = NOT_GIVEN,
        custom59: str | NotGiven | None = NOT_GIVEN,
        custom60: str | NotGiven | None = NOT_GIVEN,
        custom61: str | NotGiven | None = NOT_GIVEN,
        custom62: str | NotGiven | None = NOT_GIVEN,
        custom63: str | NotGiven | None = NOT_GIVEN,
        custom64: str | NotGiven | None = NOT_GIVEN,
        custom65: str | NotGiven | None = NOT_GIVEN,
        custom66: str | NotGiven | None = NOT_GIVEN,
        custom67: str | NotGiven | None = NOT_GIVEN,
        custom68: str | NotGiven | None = NOT_GIVEN,
        custom69: str | NotGiven | None = NOT_GIVEN,
        custom70: str | NotGiven | None = NOT_GIVEN,
        custom71: str | NotGiven | None = NOT_GIVEN,
        custom72: str | NotGiven | None = NOT_GIVEN,
        custom73: str | NotGiven | None = NOT_GIVEN,
        custom74: str | NotGiven | None = NOT_GIVEN,
        custom75: str | NotGiven | None = NOT_GIVEN,
        custom76: str | NotGiven | None = NOT_GIVEN,
        custom77: str | NotGiven | None = NOT_GIVEN,
        custom78: str | NotGiven | None = NOT_GIVEN,
        custom79: str | NotGiven | None = NOT_GIVEN,
        custom80: str | NotGiven | None = NOT_GIVEN,
        custom81: str | NotGiven | None = NOT_GIVEN,
        custom82: str | NotGiven | None = NOT_GIVEN,
        custom83: str | NotGiven | None = NOT_GIVEN,
        custom84: str | NotGiven | None = NOT_GIVEN,
        custom85: str | NotGiven | None = NOT_GIVEN,
        custom86: str | NotGiven | None = NOT_GIVEN,
        custom87: str | NotGiven | None = NOT_GIVEN,
        custom88: str | NotGiven | None = NOT_GIVEN,
        custom89: str | NotGiven | None = NOT_GIVEN,
        custom90: str | NotGiven | None = NOT_GIVEN,
        custom91: str | NotGiven | None = NOT_GIVEN,
        custom92: str | NotGiven | None = NOT_GIVEN,
        custom93: str | NotGiven | None = NOT_GIVEN,
        custom94: str | NotGiven | None = NOT_GIVEN,
        custom95: str | NotGiven | None = NOT_GIVEN,
        custom96: str | NotGiven | None = NOT_GIVEN,
        custom97: str | NotGiven | None = NOT_GIVEN,
        custom98: str | NotGiven | None = NOT_GIVEN,
        custom99: str | NotGiven | None = NOT_GIVEN,
        custom100: str | NotGiven | None = NOT_GIVEN,
        custom101: str | NotGiven | None = NOT_GIVEN,
        custom102: str | NotGiven | None = NOT_GIVEN,
        custom103: str | NotGiven | None = NOT_GIVEN,
        custom104: str | NotGiven | None = NOT_GIVEN,
        custom105: str | NotGiven | None = NOT_GIVEN,
        custom106: str | NotGiven | None = NOT_GIVEN,
        custom107: str | NotGiven | None = NOT_GIVEN,
        custom108: str | NotGiven | None = NOT_GIVEN,
        custom109: str | NotGiven | None = NOT_GIVEN,
        custom110: str | NotGiven | None = NOT_GIVEN,
        custom111: str | NotGiven | None = NOT_GIVEN,
        custom112: str | NotGiven | None = NOT_GIVEN,
        custom113: str | NotGiven | None = NOT_GIVEN,
        custom114: str | NotGiven | None = NOT_GIVEN,
        custom115: str | NotGiven | None = NOT_GIVEN,
        custom116: str | NotGiven | None = NOT_GIVEN,
        custom117: str | NotGiven | None = NOT_GIVEN,
        custom118: str | NotGiven | None = NOT_GIVEN,
        custom119: str | NotGiven | None = NOT_GIVEN,
        custom120: str | NotGiven | None = NOT_GIVEN,
        custom121: str | NotGiven | None = NOT_GIVEN,
        custom122: str | NotGiven | None = NOT_GIVEN,
        custom123: str | NotGiven | None = NOT_GIVEN,
        custom124: str | NotGiven | None = NOT_GIVEN,
        custom125: str | NotGiven | None = NOT_GIVEN,
        custom126: str | NotGiven | None = NOT_GIVEN,
        custom127: str | NotGiven | None = NOT_GIVEN,
        custom128: str | NotGiven | None = NOT_GIVEN,
        custom129: str | NotGiven | None = NOT_GIVEN,
        custom130: str | NotGiven | None = NOT_GIVEN,
        custom131: str | NotGiven | None = NOT_GIVEN,
        custom132: str | NotGiven | None = NOT_GIVEN,
        custom133: str | NotGiven | None = NOT_GIVEN,
        custom134: str | NotGiven | None = NOT_GIVEN,
        custom135: str | NotGiven | None = NOT_GIVEN,
        custom136: str | NotGiven | None = NOT_GIVEN,
        custom137: str | NotGiven | None = NOT_GIVEN,
        custom138: str | NotGiven | None = NOT_GIVEN,
        custom139: str | NotGiven | None = NOT_GIVEN,
        custom140: str | NotGiven | None = NOT_GIVEN,
        custom141: str | NotGiven | None = NOT_GIVEN,
        custom142: str | NotGiven | None = NOT_GIVEN,
        custom143: str | NotGiven | None = NOT_GIVEN,
        custom144: str | NotGiven | None = NOT_GIVEN,
        custom145: str | NotGiven | None = NOT_GIVEN,
        custom146: str | NotGiven | None = NOT_GIVEN,
        custom147: str | NotGiven | None = NOT_GIVEN,
        custom148: str | NotGiven | None = NOT_GIVEN,
        custom149: str | NotGiven | None = NOT_GIVEN,
        custom150: str | NotGiven | None = NOT_GIVEN,
        owner_id: int | NotGiven | None = NOT_GIVEN,
        body: AccountUpdate | AccountUpdateParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AccountDocument:
        """Update an account

        Update an account by ID in your Outreach account.

        **Endpoint inferred from knowledge of the public Outreach API v2**: no connector sample shows this URL (the seed gives no paths).

        Connector operation(s) mapped here: 'Update account'.

        JSON:API PATCH: `data.id` must match the path id; only the members sent are changed.

        `PATCH /accounts/{account_id}`

        Args:
            account_id: Id of the account.
            name: The company's name (e.g. "Acme Corporation"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            domain: The company's website domain (e.g. "acmecorp.com"). Shown in the connector's DDL (drop-down) output and an attribute of the public Outreach API v2 (API knowledge).
            description: A custom description of the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            website_url: The company's website URL. From knowledge of the public Outreach API v2 (not in the connector samples).
            industry: The company's industry. From knowledge of the public Outreach API v2 (not in the connector samples).
            locality: The company's primary geographic region (e.g. "Eastern USA"). From knowledge of the public Outreach API v2 (not in the connector samples).
            number_of_employees: Number of employees. From knowledge of the public Outreach API v2 (not in the connector samples).
            named: Whether this is a named account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom_id: A custom id, often referencing an id in an external system. From knowledge of the public Outreach API v2 (not in the connector samples).
            tags: Tag values associated with the account. From knowledge of the public Outreach API v2 (not in the connector samples).
            custom1: Custom field 1 of the account.
            custom2: Custom field 2 of the account.
            custom3: Custom field 3 of the account.
            custom4: Custom field 4 of the account.
            custom5: Custom field 5 of the account.
            custom6: Custom field 6 of the account.
            custom7: Custom field 7 of the account.
            custom8: Custom field 8 of the account.
            custom9: Custom field 9 of the account.
            custom10: Custom field 10 of the account.
            custom11: Custom field 11 of the account.
            custom12: Custom field 12 of the account.
            custom13: Custom field 13 of the account.
            custom14: Custom field 14 of the account.
            custom15: Custom field 15 of the account.
            custom16: Custom field 16 of the account.
            custom17: Custom field 17 of the account.
            custom18: Custom field 18 of the account.
            custom19: Custom field 19 of the account.
            custom20: Custom field 20 of the account.
            custom21: Custom field 21 of the account.
            custom22: Custom field 22 of the account.
            custom23: Custom field 23 of the account.
            custom24: Custom field 24 of the account.
            custom25: Custom field 25 of the account.
            custom26: Custom field 26 of the account.
            custom27: Custom field 27 of the account.
            custom28: Custom field 28 of the account.
            custom29: Custom field 29 of the account.
            custom30: Custom field 30 of the account.
            custom31: Custom field 31 of the account.
            custom32: Custom field 32 of the account.
            custom33: Custom field 33 of the account.
            custom34: Custom field 34 of the account.
            custom35: Custom field 35 of the account.
            custom36: Custom field 36 of the account.
            custom37: Custom field 37 of the account.
            custom38: Custom field 38 of the account.
            custom39: Custom field 39 of the account.
            custom40: Custom field 40 of the account.
            custom41: Custom field 41 of the account.
            custom42: Custom field 42 of the account.
            custom43: Custom field 43 of the account.
            custom44: Custom field 44 of the account.
            custom45: Custom field 45 of the account.
            custom46: Custom field 46 of the account.
            custom47: Custom field 47 of the account.
            custom48: Custom field 48 of the account.
            custom49: Custom field 49 of the account.
            custom50: Custom field 50 of the account.
            custom51: Custom field 51 of the account.
            custom52: Custom field 52 of the account.
            custom53: Custom field 53 of the account.
            custom54: Custom field 54 of the account.
            custom55: Custom field 55 of the account.
            custom56: Custom field 56 of the account.
            custom57: Custom field 57 of the account.
            custom58: Custom field 58 of the account.
            custom59: Custom field 59 of the account.
            custom60: Custom field 60 of the account.
            custom61: Custom field 61 of the account.
            custom62: Custom field 62 of the account.
            custom63: Custom field 63 of the account.
            custom64: Custom field 64 of the account.
            custom65: Custom field 65 of the account.
            custom66: Custom field 66 of the account.
            custom67: Custom field 67 of the account.
            custom68: Custom field 68 of the account.
            custom69: Custom field 69 of the account.
            custom70: Custom field 70 of the account.
            custom71: Custom field 71 of the account.
            custom72: Custom field 72 of the account.
            custom73: Custom field 73 of the account.
            custom74: Custom field 74 of the account.
            custom75: Custom field 75 of the account.
            custom76: Custom field 76 of the account.
            custom77: Custom field 77 of the account.
            custom78: Custom field 78 of the account.
            custom79: Custom field 79 of the account.
            custom80: Custom field 80 of the account.
            custom81: Custom field 81 of the account.
            custom82: Custom field 82 of the account.
            custom83: Custom field 83 of the account.
            custom84: Custom field 84 of the account.
            custom85: Custom field 85 of the account.
            custom86: Custom field 86 of the account.
            custom87: Custom field 87 of the account.
            custom88: Custom field 88 of the account.
            custom89: Custom field 89 of the account.
            custom90: Custom field 90 of the account.
            custom91: Custom field 91 of the account.
            custom92: Custom field 92 of the account.
            custom93: Custom field 93 of the account.
            custom94: Custom field 94 of the account.
            custom95: Custom field 95 of the account.
            custom96: Custom field 96 of the account.
            custom97: Custom field 97 of the account.
            custom98: Custom field 98 of the account.
            custom99: Custom field 99 of the account.
            custom100: Custom field 100 of the account.
            custom101: Custom field 101 of the account.
            custom102: Custom field 102 of the account.
            custom103: Custom field 103 of the account.
            custom104: Custom field 104 of the account.
            custom105: Custom field 105 of the account.
            custom106: Custom field 106 of the account.
            custom107: Custom field 107 of the account.
            custom108: Custom field 108 of the account.
            custom109: Custom field 109 of the account.
            custom110: Custom field 110 of the account.
            custom111: Custom field 111 of the account.
            custom112: Custom field 112 of the account.
            custom113: Custom field 113 of the account.
            custom114: Custom field 114 of the account.
            custom115: Custom field 115 of the account.
            custom116: Custom field 116 of the account.
            custom117: Custom field 117 of the account.
            custom118: Custom field 118 of the account.
            custom119: Custom field 119 of the account.
            custom120: Custom field 120 of the account.
            custom121: Custom field 121 of the account.
            custom122: Custom field 122 of the account.
            custom123: Custom field 123 of the account.
            custom124: Custom field 124 of the account.
            custom125: Custom field 125 of the account.
            custom126: Custom field 126 of the account.
            custom127: Custom field 127 of the account.
            custom128: Custom field 128 of the account.
            custom129: Custom field 129 of the account.
            custom130: Custom field 130 of the account.
            custom131: Custom field 131 of the account.
            custom132: Custom field 132 of the account.
            custom133: Custom field 133 of the account.
            custom134: Custom field 134 of the account.
            custom135: Custom field 135 of the account.
            custom136: Custom field 136 of the account.
            custom137: Custom field 137 of the account.
            custom138: Custom field 138 of the account.
            custom139: Custom field 139 of the account.
            custom140: Custom field 140 of the account.
            custom141: Custom field 141 of the account.
            custom142: Custom field 142 of the account.
            custom143: Custom field 143 of the account.
            custom144: Custom field 144 of the account.
            custom145: Custom field 145 of the account.
            custom146: Custom field 146 of the account.
            custom147: Custom field 147 of the account.
            custom148: Custom field 148 of the account.
            custom149: Custom field 149 of the account.
            custom150: Custom field 150 of the account.
            owner_id: To-one relationship to a user: linkage object {data: {type, id}} (data null when empty).
            body: The whole request document instead of the arguments above.

        Raises:
            AuthenticationError (401): `e.typed_body` (ErrorDocument)
            PermissionDeniedError (403): `e.typed_body` (ErrorDocument)
            NotFoundError (404): `e.typed_body` (ErrorDocument)
            UnprocessableEntityError (422): `e.typed_body` (ErrorDocument)
            RateLimitError (429): `e.typed_body` (ErrorDocument)
        """
        return cast(
            "AccountDocument",
            await self._client.request(
                _UPDATE_ACCOUNT,
                {"account_id": account_id},
                _jsonapi.write_document(
                    "account",
                    {
                        "name": name,
                        "domain": domain,
                        "description": description,
                        "websiteUrl": website_url,
                        "industry": industry,
                        "locality": locality,
                        "numberOfEmployees": number_of_employees,
                        "named": named,
                        "customId": custom_id,
                        "tags": tags,
                        "custom1": custom1,
                        "custom2": custom2,
                        "custom3": custom3,
                        "custom4": custom4,
                        "custom5": custom5,
                        "custom6": custom6,
                        "custom7": custom7,
                        "custom8": custom8,
                        "custom9": custom9,
                        "custom10": custom10,
                        "custom11": custom11,
                        "custom12": custom12,
                        "custom13": custom13,
                        "custom14": custom14,
                        "custom15": custom15,
                        "custom16": custom16,
                        "custom17": custom17,
                        "custom18": custom18,
                        "custom19": custom19,
                        "custom20": custom20,
                        "custom21": custom21,
                        "custom22": custom22,
                        "custom23": custom23,
                        "custom24": custom24,
                        "custom25": custom25,
                        "custom26": custom26,
                        "custom27": custom27,
                        "custom28": custom28,
                        "custom29": custom29,
                        "custom30": custom30,
                        "custom31": custom31,
                        "custom32": custom32,
                        "custom33": custom33,
                        "custom34": custom34,
                        "custom35": custom35,
                        "custom36": custom36,
                        "custom37": custom37,
                        "custom38": custom38,
                        "custom39": custom39,
                        "custom40": custom40,
                        "custom41": custom41,
                        "custom42": custom42,
                        "custom43": custom43,
                        "custom44": custom44,
                        "custom45": custom45,
                        "custom46": custom46,
                        "custom47": custom47,
                        "custom48": custom48,
                        "custom49": custom49,
                        "custom50": custom50,
                        "custom51": custom51,
                        "custom52": custom52,
                        "custom53": custom53,
                        "custom54": custom54,
                        "custom55": custom55,
                        "custom56": custom56,
                        "custom57": custom57,
                        "custom58": custom58,
                        "custom59": custom59,
                        "custom60": custom60,
                        "custom61": custom61,
                        "custom62": custom62,
                        "custom63": custom63,
                        "custom64": custom64,
                        "custom65": custom65,
                        "custom66": custom66,
                        "custom67": custom67,
                        "custom68": custom68,
                        "custom69": custom69,
                        "custom70": custom70,
                        "custom71": custom71,
                        "custom72": custom72,
                        "custom73": custom73,
                        "custom74": custom74,
                        "custom75": custom75,
                        "custom76": custom76,
                        "custom77": custom77,
                        "custom78": custom78,
                        "custom79": custom79,
                        "custom80": custom80,
                        "custom81": custom81,
                        "custom82": custom82,
                        "custom83": custom83,
                        "custom84": custom84,
                        "custom85": custom85,
                        "custom86": custom86,
                        "custom87": custom87,
                        "custom88": custom88,
                        "custom89": custom89,
                        "custom90": custom90,
                        "custom91": custom91,
                        "custom92": custom92,
                        "custom93": custom93,
                        "custom94": custom94,
                        "custom95": custom95,
                        "custom96": custom96,
                        "custom97": custom97,
                        "custom98": custom98,
                        "custom99": custom99,
                        "custom100": custom100,
                        "custom101": custom101,
                        "custom102": custom102,
                        "custom103": custom103,
                        "custom104": custom104,
                        "custom105": custom105,
                        "custom106": custom106,
                        "custom107": custom107,
                        "custom108": custom108,
                        "custom109": custom109,
                        "custom110": custom110,
                        "custom111": custom111,
                        "custom112": custom112,
                        "custom113": custom113,
                        "custom114": custom114,
                        "custom115": custom115,
                        "custom116": custom116,
                        "custom117": custom117,
                        "custom118": custom118,
                        "custom119": custom119,
                        "custom120": custom120,
                        "custom121": custom121,
                        "custom122": custom122,
                        "custom123": custom123,
                        "custom124": custom124,
                        "custom125": custom125,
                        "custom126": custom126,
                        "custom127": custom127,
                        "custom128": custom128,
                        "custom129": custom129,
                        "custom130": custom130,
                        "custom131": custom131,
                        "custom132": custom132,
                        "custom133": custom133,
                        "custom134": custom134,
                        "custom135": custom135,
                        "custom136": custom136,
                        "custom137": custom137,
                        "custom138": custom138,
                        "custom139": custom139,
                        "custom140": custom140,
                        "custom141": custom141,
                        "custom142": custom142,
                        "custom143": custom143,
                        "custom144": custom144,
                        "custom145": custom145,
                        "custom146": custom146,
                        "custom147": custom147,
                        "custom148": custom148,
                        "custom149": custom149,
                        "custom150": custom150,
                    },
                    {"owner": _jsonapi.to_one("user", owner_id)},
                    id_=account_id,
                    document=body,
                ),
                options=options,
            ),
        )


class AsyncAccountsResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
