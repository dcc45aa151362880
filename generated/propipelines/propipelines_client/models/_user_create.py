"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


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
