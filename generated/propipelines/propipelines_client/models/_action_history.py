"""Models of the Pro Pipe Lines API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from .._unions import UnknownEnum, discriminated
from ..models._user_contact import UserContact


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
