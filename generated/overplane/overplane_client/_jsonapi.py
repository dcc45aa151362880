"""JSON:API documents: the resource document a typed write sends, and the records of a
response's ``included`` that a relationship links to.

Generated methods of a JSON:API write take attributes and relationship ids as keyword
arguments; ``write_document`` assembles them, ``type`` included, into the request body.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from ._types import NOT_GIVEN, NotGiven

__all__ = ["related_records"]

_Record = TypeVar("_Record")


def to_one(resource_type: str, id_: object) -> object:
    """A to-one relationship object linking to ``id_`` (``None`` clears it)."""
    if isinstance(id_, NotGiven):
        return NOT_GIVEN
    return {"data": None if id_ is None else {"type": resource_type, "id": id_}}


def to_many(resource_type: str, ids: object) -> object:
    """A to-many relationship object linking to each of ``ids``."""
    if isinstance(ids, NotGiven):
        return NOT_GIVEN
    if isinstance(ids, str | bytes) or not isinstance(ids, Sequence):
        raise TypeError(f"expected a list of ids, got {type(ids).__name__}")
    return {"data": [{"type": resource_type, "id": id_} for id_ in ids]}


def write_document(
    resource_type: str,
    attributes: Mapping[str, object],
    relationships: Mapping[str, object],
    *,
    id_: object = NOT_GIVEN,
    extra: object = NOT_GIVEN,
    attributes_required: bool = False,
    document: object = NOT_GIVEN,
    optional: bool = False,
) -> object:
    """The request body of a write: ``document`` (the whole body, a model or a dict) when
    given, else ``{"data": {"type", "id", "attributes", "relationships"}}`` from the
    arguments, leaving out what was not given; with ``optional`` (the spec does not
    require a body), no body at all when no argument was given."""
    given_attributes = {k: v for k, v in attributes.items() if not isinstance(v, NotGiven)}
    given_relationships = {k: v for k, v in relationships.items() if not isinstance(v, NotGiven)}
    if isinstance(extra, Mapping):
        for key, value in extra.items():
            if key in given_attributes:
                raise TypeError(f"attribute {key!r} given twice (as an argument and as an extra)")
            given_attributes[str(key)] = value
    if not isinstance(document, NotGiven):
        if given_attributes or given_relationships:
            # Which one wins would be a guess: say so, as Python does for a repeated argument.
            raise TypeError("give either body= or the attribute and relationship arguments")
        return document
    if optional and not given_attributes and not given_relationships:
        return NOT_GIVEN  # `{"data": {"type": ...}}` would be a different, often invalid, body
    data: dict[str, object] = {"type": resource_type}
    if not isinstance(id_, NotGiven):
        data["id"] = id_
    if given_attributes or attributes_required:
        data["attributes"] = given_attributes
    if given_relationships:
        data["relationships"] = given_relationships
    return {"data": data}


def _get(value: object, key: str) -> object:
    """A member of a parsed JSON:API object, a dict or a model (whose field for ``type``
    is ``type_``: models avoid the builtin's name)."""
    if isinstance(value, Mapping):
        return value.get(key)
    found = getattr(value, key, None)
    if found is None or key == "type":
        found = getattr(value, key + "_", found)
    return found


def related_records(included: Sequence[_Record] | None, relationship: object) -> list[_Record]:
    """The records of a document's ``included`` that ``relationship`` (a relationship
    object of a parsed response, e.g. ``doc.data.relationships.owner``) links to, in the
    order it lists them; those the server did not include are left out.

        owner = related_records(doc.included, doc.data.relationships.owner)
    """
    linkage = _get(relationship, "data")
    if linkage is None or not included:
        return []
    links = linkage if isinstance(linkage, list) else [linkage]
    # Ids compare as text: JSON:API sends strings, some APIs integers.
    by_key = {(str(_get(r, "type")), str(_get(r, "id"))): r for r in included}
    found: list[_Record] = []
    for link in links:
        record = by_key.get((str(_get(link, "type")), str(_get(link, "id"))))
        if record is not None:
            found.append(record)
    return found
