"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


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
