"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ..models._contact_fields import ContactFields
from ..models._user_summary import UserSummary


class ClientFolderExtendedInfo(BaseModel):
    """Extra information returned by create/retrieve/update (not in the list)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    permalink: str | None = None
    """Link to the client folder in the web application."""
    fields_: Annotated[ContactFields | None, Field(alias="fields")] = None
    fields_by_name: dict[str, str | None] | None = None
    user: UserSummary | None = None
    """Owner of the client folder (null assumed for a folder without owner)."""


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
