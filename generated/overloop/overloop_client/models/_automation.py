"""Models of the Overloop API, generated from its schemas.

Every model keeps fields it does not declare (``extra="allow"``), so data the spec does not
describe, such as custom fields, survives a round trip through ``model_dump``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._unions import UnknownEnum
from ..models._resource_links import ResourceLinks
from ..models._to_many_relationship import ToManyRelationship
from ..models._to_one_relationship import ToOneRelationship


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
