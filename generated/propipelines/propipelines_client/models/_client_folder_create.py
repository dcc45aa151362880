"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ClientFolderCreate(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)
    name: str
    """The name of the client folder."""
    description: str | None = None
    """The client folder's description."""
    user_id: int | str | None = None
    """User’s email address or id to assign the client folder to the user. Returns an error (400) when authenticated with a USER token."""
