"""The Overplane lead documents the client and mock benchmarks serve."""

from __future__ import annotations

import json
from typing import Any

LEADS_PATH = "/api/crm/lead"
LEAD_ID = "lead_abc123"
TOKEN = "sk_test_bench"


def lead(index: int) -> dict[str, Any]:
    """One lead as the Overplane spec describes it, every optional field filled in."""
    fields: dict[str, Any] = {
        "id": f"lead_{index:06d}",
        "created_at": "2024-01-15T09:30:00Z",
        "updated_at": "2024-01-16T10:45:12.123456Z",
        "lead_name": f"Lead {index}",
        "company_name": "Example Corp",
        "email_id": f"lead{index}@example.com",
        "lead_owner": "__user",
        "status": "Lead",
        "unsubscribed": False,
        "blog_subscriber": index % 2 == 0,
        "qualified_on": "2024-01-15",
        "annual_revenue": 125000.5 + index,
        "disabled": False,
    }
    for name in (
        "salutation",
        "gender",
        "customer",
        "image",
        "phone",
        "mobile_no",
        "fax",
        "type",
        "market_segment",
        "industry",
        "request_type",
        "company",
        "website",
        "territory",
        "title",
        "language",
        "first_name",
        "middle_name",
        "last_name",
        "no_of_employees",
        "whatsapp_no",
        "phone_ext",
        "qualified_by",
        "qualification_status",
        "job_title",
        "city",
        "state",
        "country",
        "utm_content",
        "utm_source",
        "utm_medium",
        "utm_campaign",
    ):
        fields[name] = f"{name}_{index}"
    return fields


def lead_list_bytes(count: int = 100) -> bytes:
    body = {"data": [lead(i) for i in range(count)], "has_more": False, "total": count}
    return json.dumps(body, separators=(",", ":")).encode()


def lead_bytes() -> bytes:
    return json.dumps(lead(0) | {"id": LEAD_ID}, separators=(",", ":")).encode()
