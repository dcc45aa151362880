"""The stateful mode: an in-memory store per collection.

A collection is a path template with a POST (create) and an item template below it ending
in a templated segment (``/leads`` and ``/leads/{lead_id}``). Records are kept per concrete
collection path, so ``/automations/1/enrollments`` and ``/automations/2/enrollments`` are
separate. For JSON:API documents the stored record is the resource object under ``data``;
request documents ``{data: {type, attributes, relationships}}`` merge into it.

What a record holds (nothing of the documented examples unless the spec requires it):

- Created: exactly what was sent, plus the server-assigned fields: the id, the creation and
  update timestamps, the JSON:API ``type`` and ``links.self`` (when the schema has them).
  An attribute (or property, for plain JSON) that was not sent gets its schema ``default``
  when it has one, else null when the response schema allows null, else nothing (it is
  left out) when optional; only a REQUIRED non-nullable one gets a synthesized value (the
  template's). A JSON:API relationship not sent is ``{data: null}`` when its linkage may be
  null, an empty to-many when required, else left out.
- Updated (PATCH, PUT, POST on the item): exactly the attributes and relationships sent
  change, and the update timestamp.
- Relationships are what was sent: ``relationships.X`` as sent, or, sent as an attribute
  (Overloop's ``organization_id: 5``, ``owner_ids: [..]``), the linkage ``{type, id}`` it
  names, its type from the linkage schema, else the example's linkage, else the collection
  named after the relationship; its id typed as the linkage schema types it.
- ``include=a,b.c`` (retrieve, list, and any create or update that documents ``included``):
  ``included`` holds the stored records the primary records' relationships name, each once
  and never a primary record again; a linkage to a record the store does not hold (e.g. a
  user, which the API cannot create) is omitted, as is a record the ``included`` schema
  does not take. Without ``include`` there is no ``included``; a response schema without
  ``included`` is left as it is.

Every body built from stored records is validated against the operation's response
schema; a merged request value that would make it invalid is reverted, so the store never
makes the mock answer outside its spec.

Capacity: at most ``max_records`` records (default 10,000) and ``max_bytes`` bytes
(default 64 MiB, counted as the size of each record's last JSON response, which contains
it) over all collections. A create past either limit, or an update that would grow the
store past ``max_bytes``, is answered ``507 Insufficient Storage`` with a problem body
saying which limit was reached, and changes nothing; nothing is ever evicted. Deleting
records frees room. (A single request body is at most 1 MiB anyway: larger is a 413.)
"""

from __future__ import annotations

import copy
import random
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from generator.mock.numbers import parse_int
from generator.mock.pagination import Asked, finish_list, items_pointer, list_page, strategy_for
from generator.mock.params import schema_types
from generator.mock.problems import Problem, Rejection
from generator.mock.responses import Reply, ResponseFactory, get_at, put_at
from generator.mock.validation import Incoming, Validated
from generator.spec.pointer import parts_from_pointer
from generator.wire.model import Media, Operation, WireApi

_TEMPLATED = re.compile(r"^{([^{}/]+)}$")
_TEMPLATE = re.compile(r"{([^{}/]+)}")
_ID_PREFIX = re.compile(r"^([A-Za-z]+_)")
# `organization_id`, `ownerId`, `tag_ids`: a relationship sent as an attribute.
_LINK_ATTRIBUTE = re.compile(r"^(.+?)(_id|Id)(s?)$")
_CREATED = {"created_at", "createdat", "created", "creation_date", "created_on", "date_created"}
_UPDATED = {
    "updated_at",
    "updatedat",
    "updated",
    "last_update",
    "modified_at",
    "updated_on",
    "date_updated",
    "last_updated",
}
MAX_RECORDS = 10_000
MAX_STORE_BYTES = 64 * 1024 * 1024
_NOT_FILTERS = {"sort", "order", "direction", "order_by", "sort_by", "include", "fields"}


@dataclass(frozen=True)
class Collection:
    template: str  # /leads
    item_template: str  # /leads/{lead_id}
    id_param: str


@dataclass(frozen=True)
class Role:
    kind: str  # create | list | retrieve | update | delete
    collection: Collection


@dataclass(frozen=True)
class _Call:
    """A create or list request as ``Store.handle`` received it, its success response chosen."""

    operation: Operation
    media: Media
    status: int
    headers: dict[str, str]
    key: str  # the collection's key (_collection_key)
    incoming: Incoming
    validated: Validated
    origin: str


class Store:
    def __init__(
        self,
        model: WireApi,
        responses: ResponseFactory,
        seed: int,
        *,
        max_records: int = MAX_RECORDS,
        max_bytes: int = MAX_STORE_BYTES,
    ) -> None:
        self.model = model
        self.max_records = max_records
        self.max_bytes = max_bytes
        self._sizes: dict[tuple[str, str], int] = {}  # bytes charged per (collection, id)
        self._bytes = 0
        self.responses = responses
        self.synth = responses.synth
        self._random = random.Random(f"store:{seed}")
        self._records: dict[str, dict[str, Any]] = {}
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self.roles: dict[tuple[str, str], Role] = _roles(model.operations)
        self._operations = {
            (op.method, op.template.rstrip("/") or "/"): op for op in model.operations
        }
        # Called with (event, collection key, record) after a record is created, updated
        # or deleted (generator.mock.webhook_delivery sends webhooks from it).
        self.on_change: Callable[[str, str, dict[str, Any]], None] | None = None

    def role(self, operation: Operation) -> Role | None:
        return self.roles.get((operation.method, operation.template))

    def _changed(self, event: str, key: str, record: dict[str, Any]) -> None:
        if self.on_change is not None:
            self.on_change(event, key, copy.deepcopy(record))

    # --- seed data and reset (generator.mock.seed, generator.mock.admin) -----------------

    def collections(self) -> list[Collection]:
        return list({role.collection: None for role in self.roles.values()})

    def record_schema(self, collection: Collection) -> tuple[Any, bool] | None:
        """The schema a record of ``collection`` is served in (as written, maybe a $ref),
        and whether it is a JSON:API resource; None when no operation serves one."""
        for method in ("get", "post"):
            template = collection.item_template if method == "get" else collection.template
            operation = self._operations.get((method, template))
            if operation is None:
                continue
            _, media, _ = self.responses.success_parts(operation)
            if media is not None and media.schema is not None:
                pointer = self._record_pointer(media)
                return self._record_schema(media, pointer), pointer == "/data"
        return None

    def preload(self, key: str, record: dict[str, Any]) -> None:
        """Keep ``record`` (already checked) in the collection at ``key``."""
        with self._lock:
            record_id = str(record["id"])
            if (key, record_id) not in self._sizes and len(self._sizes) >= self.max_records:
                raise self._full(f"it holds {len(self._sizes)} records, the limit (max_records)")
            self._charge(key, record_id, len(repr(record)))
            self._records.setdefault(key, {})[record_id] = copy.deepcopy(record)
            if isinstance(record["id"], int) and not isinstance(record["id"], bool):
                # Created records get ids after the preloaded ones.
                self._counters[key] = max(self._counters.get(key, 0), record["id"])

    def reset(self) -> None:
        """Forget every record (as at start, before any seed data)."""
        with self._lock:
            self._records.clear()
            self._counters.clear()
            self._sizes.clear()
            self._bytes = 0

    # --- shapes --------------------------------------------------------------------------

    def _record_pointer(self, media: Media) -> str:
        properties = self.synth.properties(media.schema)
        data = properties.get("data")
        if data is not None and "object" in schema_types(self.model.data, data)[:1]:
            return "/data"
        return ""

    def _items_pointer(self, operation: Operation, media: Media) -> str:
        return items_pointer(self.model, self.responses, operation, media)

    def _record_schema(self, media: Media, pointer: str) -> Any:
        schema = media.schema
        for part in parts_from_pointer(pointer):
            items = self.synth.merge(schema).get("items") if part.isdigit() else None
            schema = items if items is not None else self.synth.properties(schema).get(part, {})
        return schema

    def _attribute_names(self, media: Media, pointer: str, jsonapi: bool) -> set[str]:
        record_schema = self._record_schema(media, pointer)
        properties = self.synth.properties(record_schema)
        if jsonapi:
            return {"id", *self.synth.properties(properties.get("attributes", {}))}
        return set(properties)

    # --- requests ------------------------------------------------------------------------

    def handle(
        self,
        operation: Operation,
        role: Role,
        path_params: dict[str, str],
        incoming: Incoming,
        validated: Validated,
        origin: str,
    ) -> Reply | None:
        """The stateful answer, or None when the operation's shape is not one we can keep."""
        status, media, headers = self.responses.success_parts(operation)
        if media is None and role.kind != "delete":
            return None
        key = _collection_key(role.collection, path_params)
        with self._lock:
            if role.kind in ("create", "list"):
                assert media is not None
                call = _Call(operation, media, status, headers, key, incoming, validated, origin)
                return self._create(call) if role.kind == "create" else self._list(call)
            record_id = path_params.get(role.collection.id_param, "")
            records = self._records.get(key, {})
            if record_id not in records:
                raise Rejection(
                    404,
                    [
                        Problem(
                            f"path/{role.collection.id_param}",
                            f"no record with id {record_id!r} in {key}",
                        )
                    ],
                )
            if role.kind == "retrieve":
                assert media is not None
                return self._show(operation, media, status, headers, records[record_id], incoming)
            if role.kind == "update":
                assert media is not None
                return self._update(
                    media,
                    status,
                    headers,
                    key,
                    records,
                    record_id,
                    validated.body,
                    operation,
                    incoming,
                )
            return self._delete(operation, media, status, headers, key, records, record_id)

    def _template(self, operation: Operation, media: Media) -> Any:
        return copy.deepcopy(self.responses.body_for(media, operation.operation_id))

    def _create(self, call: _Call) -> Reply | None:
        if len(self._sizes) >= self.max_records:
            raise self._full(f"it holds {len(self._sizes)} records, the limit (max_records)")
        body = self._template(call.operation, call.media)
        pointer = self._record_pointer(call.media)
        template = get_at(body, pointer)
        if not isinstance(template, dict):
            return None
        jsonapi = pointer == "/data"
        record_schema = self._record_schema(call.media, pointer)
        # The record as if nothing had been sent: server-assigned fields, then the unsent
        # rule (module docstring). It is made valid against the template first, and is what
        # a sent value the response schema refuses falls back to.
        unsent = {
            "id": self._new_id(call.key, record_schema, template.get("id")),
            **self._unsent(template, record_schema, jsonapi),
        }
        self._stamp(unsent, record_schema, jsonapi, _now(), created=True)
        self._self_link(unsent, record_schema, call.origin, call.key)
        body = put_at(body, pointer, unsent)
        _repair(self.responses, call.media, body, pointer, template, jsonapi)
        unsent = copy.deepcopy(get_at(body, pointer))
        record = copy.deepcopy(unsent)
        _merge(record, call.validated.body, jsonapi)
        if jsonapi:
            self._link(record, call.validated.body, record_schema, template)
        record["id"] = unsent["id"]
        body = put_at(body, pointer, record)
        _repair(self.responses, call.media, body, pointer, unsent, jsonapi)
        record = get_at(body, pointer)
        self._side_load(call.media, body, [record] if jsonapi else [], call.incoming)
        encoded = Reply(call.status, call.media.media_type, body).encode()
        self._charge(call.key, str(record["id"]), len(encoded))
        self._records.setdefault(call.key, {})[str(record["id"])] = copy.deepcopy(record)
        self._changed("created", call.key, record)
        return Reply(call.status, call.media.media_type, encoded, call.headers)

    def _show(
        self,
        operation: Operation,
        media: Media,
        status: int,
        headers: dict[str, str],
        record: dict[str, Any],
        incoming: Incoming,
    ) -> Reply:
        body = self._template(operation, media)
        pointer = self._record_pointer(media)
        template = get_at(body, pointer)
        body = put_at(body, pointer, copy.deepcopy(record))
        if isinstance(template, dict):
            self._conform(media, body, pointer, template)
        self._side_load(media, body, [record] if pointer == "/data" else [], incoming)
        return Reply(status, media.media_type, body, headers)

    def _conform(self, media: Media, body: Any, pointer: str, template: dict[str, Any]) -> None:
        """A stored record served by an operation whose schema asks more of it (a download
        URL served for an attachment): the required fields it lacks come from the template."""
        if self.responses.is_valid(media, body):
            return
        record = get_at(body, pointer)
        if not isinstance(record, dict):
            return
        schema = self._record_schema(media, pointer)
        jsonapi = pointer.startswith("/data") and "attributes" in self.synth.properties(schema)
        for name in self.synth.merge(schema).get("required") or []:
            if name not in record and name in template:
                record[name] = copy.deepcopy(template[name])
        attributes, example = record.get("attributes"), template.get("attributes")
        if jsonapi and isinstance(attributes, dict) and isinstance(example, dict):
            members = self.synth.properties(schema).get("attributes", {})
            for name in self.synth.merge(members).get("required") or []:
                if name not in attributes and name in example:
                    attributes[name] = copy.deepcopy(example[name])
        _repair(self.responses, media, body, pointer, template, jsonapi)

    def _update(
        self,
        media: Media,
        status: int,
        headers: dict[str, str],
        key: str,
        records: dict[str, Any],
        record_id: str,
        request: Any,
        operation: Operation,
        incoming: Incoming,
    ) -> Reply:
        pointer = self._record_pointer(media)
        jsonapi = pointer == "/data"
        previous = records[record_id]
        record_schema = self._record_schema(media, pointer)
        record = copy.deepcopy(previous)
        self._stamp(record, record_schema, jsonapi, _now(), created=False)
        stamped = copy.deepcopy(record)
        _merge(record, request, jsonapi)
        if jsonapi:
            self._link(record, request, record_schema, previous)
        record["id"] = previous.get("id")
        body = put_at(self._template(operation, media), pointer, record)
        _repair(self.responses, media, body, pointer, stamped, jsonapi)
        record = get_at(body, pointer)
        self._side_load(media, body, [record] if jsonapi else [], incoming)
        encoded = Reply(status, media.media_type, body).encode()
        self._charge(key, record_id, len(encoded))
        records[record_id] = copy.deepcopy(record)
        self._changed("updated", key, record)
        return Reply(status, media.media_type, encoded, headers)

    def _delete(
        self,
        operation: Operation,
        media: Media | None,
        status: int,
        headers: dict[str, str],
        key: str,
        records: dict[str, Any],
        record_id: str,
    ) -> Reply:
        record = records.pop(record_id)
        self._bytes -= self._sizes.pop((key, record_id), 0)
        self._changed("deleted", key, record)
        if media is None or status == 204:
            return Reply(status, None, None, headers)
        body = self._template(operation, media)
        pointer = self._record_pointer(media)
        target = get_at(body, pointer)
        if isinstance(target, dict):
            for field_name in ("id", "type"):
                if field_name in target and field_name in record:
                    previous = target[field_name]
                    value = record[field_name]
                    target[field_name] = str(value) if isinstance(previous, str) else value
                    if not self.responses.is_valid(media, body):
                        target[field_name] = previous
        return Reply(status, media.media_type, body, headers)

    def _list(self, call: _Call) -> Reply:
        items_pointer = self._items_pointer(call.operation, call.media)
        # Records have the create operation's shape: JSON:API iff it keeps them under /data.
        role = self.roles[(call.operation.method, call.operation.template)]
        create = self._operations.get(("post", role.collection.template))
        jsonapi = False
        attributes: set[str] = set()
        if create is not None:
            _, create_media, _ = self.responses.success_parts(create)
            if create_media is not None:
                record_pointer = self._record_pointer(create_media)
                jsonapi = record_pointer == "/data"
                attributes = self._attribute_names(create_media, record_pointer, jsonapi)
        records = list(self._records.get(call.key, {}).values())
        records = _filter(records, call.operation, call.validated, attributes, jsonapi)
        records = _sort(records, call.validated, attributes, jsonapi)
        pagination = call.operation.pagination
        asked = (
            Asked(pagination, call.operation, call.incoming, call.validated) if pagination else None
        )
        window = None
        if asked is not None:
            records, window = list_page(records, asked)
        page = records
        body = self._template(call.operation, call.media)
        example = get_at(body, items_pointer)
        body = put_at(body, items_pointer, copy.deepcopy(page))
        if example and isinstance(example, list) and isinstance(example[0], dict):
            for index in range(len(page)):
                self._conform(call.media, body, f"{items_pointer}/{index}", example[0])
        self._side_load(call.media, body, page if jsonapi else [], call.incoming)
        headers = call.headers
        if asked is not None and window is not None:
            headers = finish_list(
                self.responses, call.media, body, headers, window, asked, call.origin
            )
        return Reply(call.status, call.media.media_type, body, headers)

    # --- record fidelity -----------------------------------------------------------------

    def _unsent(self, template: dict[str, Any], schema: Any, jsonapi: bool) -> dict[str, Any]:
        """The record a create that sends nothing gets (module docstring: the unsent rule)."""
        if not jsonapi:
            return self._fill(template, schema)
        members = self.synth.properties(schema)
        record: dict[str, Any] = {}
        if "type" in template:
            record["type"] = copy.deepcopy(template["type"])
        if "attributes" in members:
            attributes = template.get("attributes")
            record["attributes"] = self._fill(
                attributes if isinstance(attributes, dict) else {}, members["attributes"]
            )
        if "relationships" in members:
            relationships = template.get("relationships")
            record["relationships"] = self._fill_relationships(
                relationships if isinstance(relationships, dict) else {},
                members["relationships"],
            )
        for name in self.synth.merge(schema).get("required") or []:
            if name not in record and name != "id" and name in template:
                record[name] = copy.deepcopy(template[name])
        return record

    def _fill(self, template: dict[str, Any], schema: Any) -> dict[str, Any]:
        """The unsent value of each property: its default, else null when the schema allows
        null, else (required only) the template's value; optional ones are left out."""
        required = set(self.synth.merge(schema).get("required") or [])
        filled: dict[str, Any] = {}
        for name, prop in self.synth.properties(schema).items():
            if name == "id":
                continue
            merged = self.synth.merge(prop)
            if "default" in merged:
                filled[name] = copy.deepcopy(merged["default"])
            elif "null" in schema_types(self.model.data, prop):
                filled[name] = None
            elif name in required:
                filled[name] = (
                    copy.deepcopy(template[name])
                    if name in template
                    else self.synth.generate(prop, seed=f"unsent:{name}")
                )
        return filled

    def _fill_relationships(self, template: dict[str, Any], schema: Any) -> dict[str, Any]:
        """Unsent relationships: ``{data: null}`` when the linkage may be null, an empty
        to-many when required, else left out."""
        required = set(self.synth.merge(schema).get("required") or [])
        filled: dict[str, Any] = {}
        for name, prop in self.synth.properties(schema).items():
            data = self.synth.properties(prop).get("data")
            kinds = schema_types(self.model.data, data) if data is not None else []
            if "null" in kinds:
                filled[name] = {"data": None}
            elif name in required:
                filled[name] = (
                    {"data": []} if "array" in kinds else copy.deepcopy(template.get(name))
                )
        return filled

    def _link(
        self, record: dict[str, Any], request: Any, schema: Any, fallback: dict[str, Any]
    ) -> None:
        """Relationships sent as attributes (``organization_id: 5`` -> ``organization``,
        ``owner_ids: [1, 2]`` -> ``owners``/``owner``), unless the relationship itself was sent."""
        document = request.get("data") if isinstance(request, dict) else None
        if not isinstance(document, dict):
            return
        attributes = document.get("attributes")
        if not isinstance(attributes, dict):
            return
        sent = document.get("relationships")
        sent_names = set(sent) if isinstance(sent, dict) else set()
        declared = self.synth.properties(self.synth.properties(schema).get("relationships", {}))
        for attribute, value in attributes.items():
            found = _LINK_ATTRIBUTE.match(attribute)
            if not found:
                continue
            base, many = found.group(1), bool(found.group(3))
            names = [base + "s", base] if many else [base]
            name = next((n for n in names if n in declared), None)
            if name is None or name in sent_names:
                continue
            relationships = record.setdefault("relationships", {})
            if not isinstance(relationships, dict):
                continue
            kind = self._linkage_type(name, declared[name], fallback)
            if value is None:
                relationships[name] = {"data": [] if many else None}
            elif many and isinstance(value, list):
                relationships[name] = {
                    "data": [
                        {"type": kind, "id": self._linkage_id(v, declared[name])} for v in value
                    ]
                }
            elif not many and not isinstance(value, list | dict):
                relationships[name] = {
                    "data": {"type": kind, "id": self._linkage_id(value, declared[name])}
                }

    def _identifier_schemas(self, relationship: Any) -> list[Any]:
        data = self.synth.properties(relationship).get("data")
        if data is None:
            return []
        merged = self.synth.merge(data)
        found = [data, *(merged.get("oneOf") or []), *(merged.get("anyOf") or [])]
        if merged.get("items") is not None:
            found.append(merged["items"])
        for branch in list(found):
            items = self.synth.merge(branch).get("items")
            if items is not None:
                found.append(items)
        return found

    def _linkage_type(self, name: str, relationship: Any, fallback: dict[str, Any]) -> Any:
        """The JSON:API ``type`` of a relationship's records: the schema's ``const``/single
        ``enum``, else the example's linkage, else the type of the collection named after it."""
        for identifier in self._identifier_schemas(relationship):
            kind = self.synth.merge(self.synth.properties(identifier).get("type", {}))
            if "const" in kind:
                return kind["const"]
            if isinstance(kind.get("enum"), list) and len(kind["enum"]) == 1:
                return kind["enum"][0]
        relationships = fallback.get("relationships")
        linkage = relationships.get(name) if isinstance(relationships, dict) else None
        data = linkage.get("data") if isinstance(linkage, dict) else None
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("type"), str):
                return item["type"]
        singular = name[:-1] if name.endswith("s") else name
        for (method, template), role in self.roles.items():
            last = role.collection.template.rsplit("/", 1)[-1]
            if role.kind != "create" or last not in (name, singular, singular + "s"):
                continue
            _, media, _ = self.responses.success_parts(
                self._operations[(method, template.rstrip("/") or "/")]
            )
            if media is None:
                continue
            pointer = self._record_pointer(media)
            kind = self.synth.merge(
                self.synth.properties(self._record_schema(media, pointer)).get("type", {})
            )
            if "const" in kind:
                return kind["const"]
            if isinstance(kind.get("enum"), list) and kind["enum"]:
                return kind["enum"][0]
        return singular + "s"

    def _linkage_id(self, value: Any, relationship: Any) -> Any:
        """An id as the linkage schema types it (JSON:API ids are strings; Outreach's ints)."""
        kinds: list[str] = []
        for identifier in self._identifier_schemas(relationship):
            kinds.extend(
                schema_types(self.model.data, self.synth.properties(identifier).get("id", {}))
            )
        if "string" in kinds and "integer" not in kinds and not isinstance(value, bool):
            return str(value)
        if "integer" in kinds and "string" not in kinds and isinstance(value, str):
            parsed = parse_int(value)
            return value if parsed is None else parsed
        return value

    def _self_link(self, record: dict[str, Any], schema: Any, origin: str, key: str) -> None:
        links = self.synth.properties(schema).get("links")
        if links is None or "self" not in self.synth.properties(links):
            return
        path = f"{self.model.base_path}{key.rstrip('/')}/{quote(str(record['id']), safe='')}"
        record["links"] = {"self": f"{origin}{path}"}

    def _side_load(
        self,
        media: Media,
        body: Any,
        primaries: list[dict[str, Any]],
        incoming: Incoming,
    ) -> None:
        """``included``: for each ``include=a,b.c`` path, the stored records the primary
        records' relationships name (deduplicated, never a primary record again); linkage to
        a record the store does not hold is skipped. Nothing when the schema has no
        ``included``; without ``include`` the template's example ``included`` is dropped."""
        if not isinstance(body, dict) or "included" not in self.synth.properties(media.schema):
            return
        paths = [
            part.strip()
            for value in incoming.query.get("include", [])
            for part in value.split(",")
            if part.strip()
        ]
        if not paths:
            if "included" in body:
                example = body.pop("included")
                if not self.responses.is_valid(media, body):
                    body["included"] = example
            return
        index = {
            (str(r.get("type")), str(r.get("id"))): r
            for records in self._records.values()
            for r in records.values()
            if isinstance(r, dict)
        }
        seen = {(str(r.get("type")), str(r.get("id"))) for r in primaries}
        included: list[dict[str, Any]] = []
        for path in paths:
            level = primaries
            for segment in path.split("."):
                following: dict[tuple[str, str], dict[str, Any]] = {}
                for record in level:
                    for identity in _linkages(record, segment):
                        found = index.get(identity)
                        if found is None:
                            continue
                        following[identity] = found
                        if identity not in seen:
                            seen.add(identity)
                            included.append(copy.deepcopy(found))
                level = list(following.values())
        body["included"] = included
        if self.responses.is_valid(media, body):
            return
        # A related record the `included` schema does not take (another type) is left out.
        kept = []
        for record in included:
            body["included"] = [record]
            if self.responses.is_valid(media, body):
                kept.append(record)
        body["included"] = kept
        if not self.responses.is_valid(media, body):
            del body["included"]

    # --- capacity ------------------------------------------------------------------------

    def _charge(self, key: str, record_id: str, size: int) -> None:
        """Account ``size`` bytes for the record (replacing its previous charge), or 507."""
        previous = self._sizes.get((key, record_id), 0)
        if self._bytes - previous + size > self.max_bytes:
            raise self._full(
                f"this record ({size} bytes) would take it past {self.max_bytes} bytes, "
                "the limit (max_store_bytes)"
            )
        self._bytes += size - previous
        self._sizes[(key, record_id)] = size

    def _full(self, why: str) -> Rejection:
        return Rejection(
            507,
            [Problem("", f"the mock's store is full: {why}; delete records or restart the mock")],
        )

    # --- records -------------------------------------------------------------------------

    def _new_id(self, key: str, record_schema: Any, example: Any) -> Any:
        counter = self._counters.get(key, 0) + 1
        self._counters[key] = counter
        id_schema = self.synth.properties(record_schema).get("id", {})
        kinds = schema_types(self.model.data, id_schema)
        if kinds[:1] == ["integer"] or (not kinds and isinstance(example, int)):
            return counter
        resolved = self.synth.merge(id_schema)
        if resolved.get("format") == "uuid":
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        if isinstance(example, str):
            prefix = _ID_PREFIX.match(example)
            if prefix:
                return f"{prefix.group(1)}{self._random.getrandbits(48):012x}"
        return str(counter)

    def _stamp(
        self, record: dict[str, Any], schema: Any, jsonapi: bool, now: datetime, *, created: bool
    ) -> None:
        target = record
        properties = self.synth.properties(schema)
        if jsonapi:
            attributes = record.get("attributes")
            if not isinstance(attributes, dict):
                return
            target = attributes
            properties = self.synth.properties(properties.get("attributes", {}))
        for name, prop in properties.items():
            lowered = name.lower()
            if lowered not in _UPDATED and not (created and lowered in _CREATED):
                continue
            kinds = schema_types(self.model.data, prop)
            fmt = self.synth.merge(prop).get("format")
            if "integer" in kinds:
                target[name] = int(now.timestamp())
            elif fmt == "date":
                target[name] = now.strftime("%Y-%m-%d")
            elif "string" in kinds:
                target[name] = now.strftime("%Y-%m-%dT%H:%M:%SZ")


def _roles(operations: list[Operation]) -> dict[tuple[str, str], Role]:
    by_key = {(op.method, op.template.rstrip("/") or "/"): op for op in operations}
    roles: dict[tuple[str, str], Role] = {}
    for operation in operations:
        template = operation.template.rstrip("/") or "/"
        head, _, last = template.rpartition("/")
        found = _TEMPLATED.match(last)
        if not found:
            continue
        collection_template = head or "/"
        if ("post", collection_template) not in by_key:
            continue
        collection = Collection(collection_template, template, found.group(1))
        create = by_key[("post", collection_template)]
        roles[("post", create.template)] = Role("create", collection)
        if ("get", collection_template) in by_key:
            roles[("get", by_key[("get", collection_template)].template)] = Role("list", collection)
        kind = {
            "get": "retrieve",
            "patch": "update",
            "put": "update",
            "post": "update",
            "delete": "delete",
        }.get(operation.method)
        if kind is not None:
            roles[(operation.method, operation.template)] = Role(kind, collection)
    return roles


def _collection_key(collection: Collection, params: dict[str, str]) -> str:
    return _TEMPLATE.sub(lambda m: params.get(m.group(1), m.group(0)), collection.template)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _merge(record: dict[str, Any], request: Any, jsonapi: bool) -> None:
    if not isinstance(request, dict):
        return
    if jsonapi:
        document = request.get("data")
        if not isinstance(document, dict):
            return
        if isinstance(document.get("type"), str):
            record["type"] = document["type"]
        for member in ("attributes", "relationships", "meta"):
            incoming = document.get(member)
            if isinstance(incoming, dict):
                existing = record.get(member)
                merged = dict(existing) if isinstance(existing, dict) else {}
                merged.update(copy.deepcopy(incoming))
                record[member] = merged
        return
    for name, value in request.items():
        if name != "id":
            record[name] = copy.deepcopy(value)


def _repair(
    responses: ResponseFactory,
    media: Media,
    body: Any,
    pointer: str,
    fallback: dict[str, Any],
    jsonapi: bool,
) -> None:
    """Revert the record's fields that make the body invalid to their ``fallback`` values."""
    base = len(parts_from_pointer(pointer))
    depth = base + (2 if jsonapi else 1)
    for _ in range(20):
        if media.schema_pointer is None:
            return
        errors = responses.schemas.errors(media.schema_pointer, "response", body)
        if not errors:
            return
        changed = False
        for error in errors:
            path = [str(part) for part in error.path]
            if len(path) <= base:
                continue
            # An attribute (data/attributes/x) or a resource member such as JSON:API `type`.
            field_path = path[base:depth]
            record = get_at(body, pointer)
            container = record
            original: Any = fallback
            for part in field_path[:-1]:
                container = container.get(part) if isinstance(container, dict) else None
                original = original.get(part) if isinstance(original, dict) else None
            name = field_path[-1]
            if not isinstance(container, dict) or name not in container:
                continue
            if isinstance(original, dict) and name in original:
                if container[name] == original[name]:
                    continue
                container[name] = copy.deepcopy(original[name])
            else:
                del container[name]
            changed = True
        if not changed:
            return


def _linkages(record: dict[str, Any], name: str) -> list[tuple[str, str]]:
    """The (type, id) pairs a record's relationship ``name`` links to."""
    relationships = record.get("relationships")
    linkage = relationships.get(name) if isinstance(relationships, dict) else None
    data = linkage.get("data") if isinstance(linkage, dict) else None
    return [
        (str(item.get("type")), str(item.get("id")))
        for item in (data if isinstance(data, list) else [data])
        if isinstance(item, dict) and "type" in item and "id" in item
    ]


def _attribute(record: dict[str, Any], name: str, jsonapi: bool) -> Any:
    if jsonapi and name != "id":
        attributes = record.get("attributes")
        return attributes.get(name, _ABSENT) if isinstance(attributes, dict) else _ABSENT
    return record.get(name, _ABSENT)


_ABSENT: Any = object()


def _normal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


def _matches(actual: Any, wanted: Any) -> bool:
    if actual is _ABSENT:
        return False
    if isinstance(wanted, list):
        if isinstance(actual, list):
            have = {_normal(a) for a in actual}
            return all(_normal(w) in have for w in wanted)
        return any(_normal(actual) == _normal(w) for w in wanted)
    if isinstance(actual, list):
        return _normal(wanted) in {_normal(a) for a in actual}
    return _normal(actual) == _normal(wanted)


def _filters(
    operation: Operation, validated: Validated, attributes: set[str]
) -> list[tuple[str, Any]]:
    pagination = operation.pagination
    skipped = strategy_for(pagination).reads(pagination, operation) if pagination else set()
    found: list[tuple[str, Any]] = []
    for name, value in validated.query.items():
        if name in skipped or name in _NOT_FILTERS or name.startswith(("page[", "fields[")):
            continue
        bracketed = re.fullmatch(r"filter\[([^\[\]]+)\]", name)
        if bracketed:
            found.append((bracketed.group(1), value))
        elif name == "filter" and isinstance(value, dict):
            found.extend((str(k), v) for k, v in value.items())
        elif name == "filter" and isinstance(value, str) and ":" in value:
            # Overloop-style `filter=attr:value,attr:value`.
            for pair in value.split(","):
                attr, _, wanted = pair.partition(":")
                if attr in attributes:
                    found.append((attr, wanted))
        elif name in attributes:
            found.append((name, value))
    return found


def _filter(
    records: list[dict[str, Any]],
    operation: Operation,
    validated: Validated,
    attributes: set[str],
    jsonapi: bool,
) -> list[dict[str, Any]]:
    for name, wanted in _filters(operation, validated, attributes):
        records = [r for r in records if _matches(_attribute(r, name, jsonapi), wanted)]
    return records


def _sort_key(value: Any) -> tuple[int, float, str]:
    if value is _ABSENT or value is None:
        return (2, 0.0, "")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, float(value), "")
    return (1, 0.0, _normal(value))


def _sort(
    records: list[dict[str, Any]], validated: Validated, attributes: set[str], jsonapi: bool
) -> list[dict[str, Any]]:
    keys: list[tuple[str, bool]] = []
    sort = validated.query.get("sort")
    if isinstance(sort, str):
        sort = sort.split(",")
    if isinstance(sort, list):
        for item in sort:
            text = str(item).strip()
            descending = text.startswith("-")
            name = text.lstrip("-+")
            if name in attributes:
                keys.append((name, descending))
    for name_param in ("order", "order_by", "sort_by"):
        attribute = validated.query.get(name_param)
        if isinstance(attribute, str) and attribute in attributes:
            direction = str(validated.query.get("direction", "asc")).lower()
            keys.append((attribute, direction == "desc"))
    for name, descending in reversed(keys):
        present = [r for r in records if _attribute(r, name, jsonapi) not in (_ABSENT, None)]
        absent = [r for r in records if _attribute(r, name, jsonapi) in (_ABSENT, None)]
        present.sort(key=lambda r: _sort_key(_attribute(r, name, jsonapi)), reverse=descending)
        records = present + absent
    return records
