"""Seed data: preload the stateful store from a YAML or JSON file, checked against the spec.

The file maps a collection's path (as requested, without the base path: ``/leads``, or
``/automations/1/enrollments`` for a nested one) to a list of records, each as the API
serves it (for JSON:API, the resource object under ``data``) and with an ``id``::

    /leads:
      - {id: 1, title: ACME}

Every record is validated against the schema its collection's records are served in; all
problems are reported at once, located in the file (``FILE:LINE: /leads/0/title: ...``),
and nothing is loaded unless every record is valid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, SpecError
from generator.load import LoadedSpec, load_spec
from generator.mock.schemas import SchemaStore, collect_errors, ref_to
from generator.mock.store import Collection, Store
from generator.spec.pointer import escape_pointer_token

_PARAM = re.compile(r"\{[^{}/]+\}")


def _pattern(collection: Collection) -> re.Pattern[str]:
    parts = _PARAM.split(collection.template)
    return re.compile("[^/]+".join(re.escape(part) for part in parts))


def _anchored(schema: Any) -> Any:
    """``schema`` with its local ``$ref``s pointing into the spec document, as compiled
    schemas must (``generator.mock.schemas.ref_to``)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            return {
                **{k: _anchored(v) for k, v in schema.items()},
                "$ref": ref_to(unquote(ref[1:]))["$ref"],
            }
        return {k: _anchored(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_anchored(item) for item in schema]
    return schema


def load_seed(path: str | Path, store: Store, schemas: SchemaStore) -> int:
    """Preload ``store`` from the file; the number of records. A ``SpecError`` lists every
    problem, located in the file."""
    loaded = load_spec(path)
    records = _checked(loaded, store, schemas)
    for key, record in records:
        store.preload(key, record)
    return len(records)


def _checked(
    loaded: LoadedSpec, store: Store, schemas: SchemaStore
) -> list[tuple[str, dict[str, Any]]]:
    problems: list[Diagnostic] = []
    if not isinstance(loaded.data, dict):
        raise SpecError([loaded.diagnostic("", "expected a mapping: collection path -> records")])
    collections = [(c, _pattern(c), store.record_schema(c)) for c in store.collections()]
    known = ", ".join(sorted(c.template for c in store.collections())) or "none"
    accepted: list[tuple[str, dict[str, Any]]] = []
    for key, records in loaded.data.items():
        where = "/" + escape_pointer_token(str(key))
        found = next(
            ((c, shape) for c, pattern, shape in collections if pattern.fullmatch(str(key))),
            None,
        )
        if found is None or found[1] is None:
            problems.append(
                loaded.diagnostic(
                    where,
                    f"{key!r} is not a collection the stateful mock keeps (they are: {known})",
                )
            )
            continue
        collection, shape = found
        assert shape is not None
        schema, _jsonapi = shape
        if not isinstance(records, list):
            problems.append(loaded.diagnostic(where, "expected a list of records"))
            continue
        validator = schemas.compile(_anchored(schema), "response", f"seed:{collection.template}")
        seen: set[str] = set()
        for index, record in enumerate(records):
            at = f"{where}/{index}"
            if not isinstance(record, dict) or "id" not in record:
                problems.append(loaded.diagnostic(at, "a record is an object with an id"))
                continue
            if str(record["id"]) in seen:
                problems.append(loaded.diagnostic(f"{at}/id", f"id {record['id']!r} is repeated"))
                continue
            seen.add(str(record["id"]))
            errors = collect_errors(validator, record)
            for error in errors:
                pointer = "".join(f"/{escape_pointer_token(str(p))}" for p in error.path)
                problems.append(loaded.diagnostic(at + pointer, error.message))
            if not errors:
                accepted.append((str(key), record))
    if problems:
        raise SpecError(sorted(problems))
    return accepted
