"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


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
