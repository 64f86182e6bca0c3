"""People: accent-insensitive search and a person's record, plus the person writes the
team and import services share (cleaning, stored keys, matching an existing person).

Stored keys: ``search_key = fold(full_name)``, ``sort_key = person_sort_key(full_name)``,
family/middle/given from ``split_name``, and the name's folded word rotations in
``person_name_token`` (what "any word prefix" search runs on).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db import people as people_queries
from db.connection import QueryCancelled, interruptible
from db.models import utcnow
from db.people import PersonDetail, PersonHit
from db.scope import villages_under
from desktop.context import Actor
from desktop.errors_domain import NotFound
from desktop.validation import TEXT_FIELDS, PartialDate
from vn.collation import person_sort_key
from vn.phones import search_prefix
from vn.text import clean_text, fold, split_name

__all__ = [
    "PersonDetail",
    "PersonHit",
    "QueryCancelled",
    "completing_values",
    "get_person",
    "person_columns",
    "search",
]


# --- search ---------------------------------------------------------------------------------

def completing_values(existing: dict, typed: dict) -> dict:
    """The typed details that complete or refresh a matched person's stored ones: blanks
    never erase, the stored spelling of the name is kept (it is the one on earlier
    decisions). The member form and the roster import match people by the same rule."""
    out = {}
    for key, value in typed.items():
        if key in ("full_name", "family_name", "middle_name", "given_name", "search_key",
                   "sort_key"):
            continue
        if key == "youth_union":
            if value and not existing.get("youth_union"):
                out[key] = True
            continue
        if key == "updated_at":
            out[key] = value
            continue
        if value not in (None, "") and value != existing.get(key):
            out[key] = value
    return out


def search(
    text: str,
    *,
    scope_unit_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
    cancelled: Callable[[], bool] | None = None,
) -> list[PersonHit]:
    """One search box over names (any word prefix), phones and village names.

    Accent- and case-insensitive ("nguyen" finds "Nguyễn", "hoa" finds "Hoà" and "Hòa",
    "van an" and "an" find "Nguyễn Văn An"); ordered by Vietnamese name order (given
    name first); paged with ``limit``/``offset``. ``scope_unit_id`` keeps people who are
    or were members of a team under that unit. ``cancelled()`` (the task runner's): once
    true, the search stops and raises ``QueryCancelled`` (the next key made it stale).
    """
    folded = fold(text)
    digits = search_prefix(text)
    if digits is not None and folded.replace(" ", "").isdigit():
        folded = ""  # a pure number: only phones (no name has digits)
    limit = max(1, min(int(limit), 500))
    with interruptible(cancelled):  # the clerk typed on: QueryCancelled, the worker freed
        ids, _plan = people_queries.search_person_ids(
            folded, digits, scope_unit_id=scope_unit_id, limit=limit,
            offset=max(0, int(offset)))
        prefer = villages_under(scope_unit_id, current_only=False) if scope_unit_id else None
        return people_queries.person_hits(ids, prefer_units=prefer)


def get_person(person_id: int, actor: Actor | None = None) -> PersonDetail:
    """A person with memberships (current first) and training history.

    The citizen ID is included only for an actor allowed to see it (none given: hidden).
    """
    detail = people_queries.person_detail(
        person_id, with_citizen_id=bool(actor and actor.can_see_citizen_id)
    )
    if detail is None:
        raise NotFound("person", person_id)
    return detail


# --- writes shared by the team and import services ---------------------------------------


def person_columns(cleaned: dict[str, Any], note: Any = None) -> dict[str, Any]:
    """Database columns for a person cleaned by ``validate_person``, keys computed."""
    name = cleaned["full_name"]
    family, middle, given = split_name(name)
    birth: PartialDate | None = cleaned.get("birth")
    values: dict[str, Any] = {
        "full_name": name,
        "family_name": family,
        "middle_name": middle,
        "given_name": given,
        "search_key": fold(name),
        "sort_key": person_sort_key(name),
        "sex": cleaned.get("sex"),
        "birth_date": birth.as_date() if birth is not None else None,
        "birth_year": birth.year if birth is not None else None,
        "birth_precision": birth.precision if birth is not None else None,
        "ethnicity": cleaned.get("ethnicity") or "",
        "phone": cleaned.get("phone"),
        "email": cleaned.get("email"),
        "youth_union": bool(cleaned.get("youth_union")),
        "updated_at": utcnow(),
        **{key: cleaned.get(key) or "" for key in TEXT_FIELDS},
    }
    if cleaned.get("citizen_id"):
        values["citizen_id"] = cleaned["citizen_id"]  # stored only when given
    if note is not None:
        values["note"] = clean_text(str(note)) if not isinstance(note, str) else note.strip()
    return values
