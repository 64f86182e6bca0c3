"""People: accent-insensitive search and a person's record, plus the person writes the
team and import services share (cleaning, stored keys, matching an existing person).

Stored keys: ``search_key = fold(full_name)``, ``sort_key = person_sort_key(full_name)``,
family/middle/given from ``split_name``, and the name's folded word rotations in
``person_name_token`` (what "any word prefix" search runs on).
"""
from __future__ import annotations

import re
from typing import Any

from db import people as people_queries
from db.models import utcnow
from db.people import PersonDetail, PersonHit
from db.scope import villages_under
from vn.collation import person_sort_key
from desktop.context import Actor
from desktop.errors_domain import NotFound
from vn.text import clean_text, fold, split_name
from desktop.validation import PartialDate

__all__ = [
    "PersonDetail",
    "PersonHit",
    "get_person",
    "person_columns",
    "phone_prefix",
    "search",
]


# --- search ---------------------------------------------------------------------------------

_PHONE_LIKE = re.compile(r"^[\s+().\-\d]+$")


def phone_prefix(text: str) -> str | None:
    """The normalised phone prefix a query stands for, or None when it isn't a phone.

    "0912 345" -> "0912345"; "+84 912" / "84912" -> "0912"; "912 34" -> "091234"
    (Excel drops the 0). Needs three digits or more.
    """
    text = (text or "").strip()
    if not text or not _PHONE_LIKE.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 3:
        return None
    if text.startswith("+84") or (digits.startswith("84") and len(digits) >= 4):
        digits = "0" + digits[2:].lstrip("0")
    elif not digits.startswith("0") and digits[0] in "35789":
        digits = "0" + digits
    return digits


def search(
    text: str,
    *,
    scope_unit_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[PersonHit]:
    """One search box over names (any word prefix), phones and village names.

    Accent- and case-insensitive ("nguyen" finds "Nguyễn", "hoa" finds "Hoà" and "Hòa",
    "van an" and "an" find "Nguyễn Văn An"); ordered by Vietnamese name order (given
    name first); paged with ``limit``/``offset``. ``scope_unit_id`` keeps people who are
    or were members of a team under that unit.
    """
    folded = fold(text)
    digits = phone_prefix(text)
    if digits is not None and folded.replace(" ", "").isdigit():
        folded = ""  # a pure number: only phones (no name has digits)
    limit = max(1, min(int(limit), 500))
    ids, _plan = people_queries.search_person_ids(
        folded, digits, scope_unit_id=scope_unit_id, limit=limit, offset=max(0, int(offset))
    )
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
        "position": cleaned.get("position") or "",
        "organisation": cleaned.get("organisation") or "",
        "youth_union": bool(cleaned.get("youth_union")),
        "updated_at": utcnow(),
    }
    if cleaned.get("citizen_id"):
        values["citizen_id"] = cleaned["citizen_id"]  # stored only when given
    if note is not None:
        values["note"] = clean_text(str(note)) if not isinstance(note, str) else note.strip()
    return values
