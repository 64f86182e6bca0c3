"""Person rows: writes with their search tokens, matching, and search at national scale.

Search (500k persons, 1.5M name tokens) is prefix LIKE over indexed folded keys, sorted by
the stored ``sort_key`` in SQL and paged with LIMIT/OFFSET; it never loads every row.
``person_name_token`` holds every rotation of each folded name ("an nguyen van"...) with
the person's ``sort_key``, so "any word prefix" is one index range. Three name plans:

* sparse (up to ``SPARSE_MAX`` matching tokens): read (sort_key, person) from the covering
  token index and sort just those, never visiting person rows;
* dense ("nguyen", "an"): walk ``person.sort_key`` in order, keeping people with a
  matching token, and stop at the page end; the walk is short because such broad prefixes
  match family and middle names spread over the whole alphabet;
* scope (a commune, a province): the token index probed per person of the scope, or
  scanned by prefix when the prefix is rare.

Phones (``person(phone, sort_key)``) and village names (``unit_name_token``) are separate
small queries; the page is cut from the merge of each part's first ``offset + limit``.
``bench/search.py`` has the figures.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

import peewee as pw

from db.connection import is_postgres
from db.models import (
    AdminUnit,
    Membership,
    Person,
    PersonNameToken,
    Role,
    Team,
    TrainingCourse,
    TrainingRecord,
    UnitNameToken,
)
from db.scope import membership_active, villages_under
from db.sql import escape_like, like
from db.teams import birth_text
from vn.dates import as_date
from vn.person_fields import PERSON_FIELDS

SPARSE_MAX = 50_000  # token matches above which walking people in name order wins
SCOPE_PROBE = 5000  # within a scope, a prefix with fewer tokens is scanned by prefix
_TOKEN_PREFIX_INDEX = "person_name_token_search_key_sort_key_person_id"
VILLAGE_MIN_CHARS = 3  # shorter queries do not match village names (too broad)
# A query matching more villages than this ("thon"; "van" and "thi" match ~950 village names
# across the country) is too broad to mean a village: it names none.
VILLAGE_MAX = 200
PLAN_MEMORY_S = 300.0  # how long a prefix's plan (dense or sparse) is remembered


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    full_name: str
    birth: str
    phone: str | None
    team_id: int | None
    team_name: str | None
    village_name: str | None
    commune_name: str | None
    role_label: str | None
    sex: str | None = None
    version: int = 1


@dataclass(frozen=True)
class MembershipInfo:
    membership_id: int
    team_id: int
    team_name: str
    team_status: str
    village_id: int
    village_name: str
    commune_name: str
    role: str
    role_label: str
    start_date: dt.date | None
    end_date: dt.date | None
    end_reason: str
    active: bool
    version: int


@dataclass(frozen=True)
class TrainingInfo:
    record_id: int
    course_id: int
    title: str
    organiser: str
    form: str
    start_date: dt.date | None
    end_date: dt.date | None
    result: str
    completed_on: dt.date | None
    certificate_no: str
    version: int


@dataclass(frozen=True)
class PersonDetail:
    id: int
    full_name: str
    family_name: str
    middle_name: str
    given_name: str
    sex: str | None
    birth: str
    birth_date: dt.date | None
    birth_year: int | None
    birth_precision: str | None
    ethnicity: str
    phone: str | None
    email: str | None
    citizen_id: str | None  # None unless the caller may see it
    position: str
    organisation: str
    youth_union: bool
    note: str
    retired: bool
    version: int
    memberships: tuple[MembershipInfo, ...] = ()
    training: tuple[TrainingInfo, ...] = ()
    # every free-text detail declared in vn/person_fields.py (position, organisation and any
    # added one), in the declaration's order: name -> text ("" when blank)
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def trained(self) -> bool:
        return any(t.result == "hoan_thanh" for t in self.training)


# --- tokens ---------------------------------------------------------------------------------


def name_tokens(folded_name: str) -> list[str]:
    """Every rotation of the folded name's words: "nguyen van an" -> 3 keys (deduplicated)."""
    words = folded_name.split()
    out: list[str] = []
    for i in range(len(words)):
        key = " ".join(words[i:] + words[:i])[:120]
        if key not in out:
            out.append(key)
    return out


def write_tokens(person_id: int, folded_name: str, sort_key: str, retired: bool = False) -> None:
    """Replace a person's name tokens (none for a retired person: search skips them)."""
    PersonNameToken.delete().where(PersonNameToken.person == person_id).execute()
    if retired:
        return
    rows = [
        {"person": person_id, "search_key": k, "sort_key": sort_key}
        for k in name_tokens(folded_name)
    ]
    if rows:
        PersonNameToken.insert_many(rows).execute()


def rebuild_person_tokens(batch: int = 5000) -> int:
    """Write name tokens for every person who has none (after a bulk insert that skipped
    :func:`insert_person`: the demo builder, a raw import). Returns how many people."""
    T = PersonNameToken.alias("pt")
    done = 0
    last_id = 0
    while True:
        rows = list(
            Person.select(Person.id, Person.search_key, Person.sort_key)
            .where(
                (Person.id > last_id)
                & (Person.retired == False)
                & ~pw.fn.EXISTS(T.select(pw.SQL("1")).where(T.person == Person.id))
            )
            .order_by(Person.id)
            .limit(batch)
            .tuples()
        )
        if not rows:
            return done
        tokens = [(pid, k, skey) for pid, key, skey in rows for k in name_tokens(key)]
        fields = [PersonNameToken.person, PersonNameToken.search_key, PersonNameToken.sort_key]
        for start in range(0, len(tokens), 8000):
            PersonNameToken.insert_many(tokens[start : start + 8000], fields=fields).execute()
        done += len(rows)
        last_id = rows[-1][0]


# --- writes ---------------------------------------------------------------------------------


def insert_person(values: dict) -> int:
    """Insert a person (values already cleaned, keys computed) and its name tokens."""
    person_id = Person.insert(**values).execute()
    write_tokens(person_id, values["search_key"], values["sort_key"], values.get("retired", False))
    return person_id


def update_person(person_id: int, values: dict, expected_version: int | None = None) -> int:
    """Update and bump the version; returns the row count (0: stale version)."""
    query = Person.update(version=Person.version + 1, **values).where(Person.id == person_id)
    if expected_version is not None:
        query = query.where(Person.version == expected_version)
    count = query.execute()
    if count and ({"search_key", "sort_key", "retired"} & set(values)):
        row = (
            Person.select(Person.search_key, Person.sort_key, Person.retired)
            .where(Person.id == person_id)
            .tuples()
            .first()
        )
        write_tokens(person_id, row[0], row[1], bool(row[2]))
    return count


def person_values(person_id: int) -> dict | None:
    """The stored columns of one person as a plain dict (for audit and stale reports)."""
    row = Person.select().where(Person.id == person_id).dicts().first()
    return dict(row) if row else None


def find_by_citizen_id(citizen_id: str) -> tuple[int, str] | None:
    row = (
        Person.select(Person.id, Person.search_key)
        .where(Person.citizen_id == citizen_id)
        .tuples()
        .first()
    )
    return (row[0], row[1]) if row else None


def find_by_phone_and_name(phone: str, folded_name: str) -> list[int]:
    return [
        r[0]
        for r in Person.select(Person.id)
        .where((Person.phone == phone) & (Person.search_key == folded_name))
        .order_by(Person.id)
        .tuples()
    ]


def active_team_ids(person_id: int, on: dt.date | None = None) -> list[int]:
    return [
        r[0]
        for r in Membership.select(Membership.team)
        .where((Membership.person == person_id) & membership_active(on))
        .tuples()
    ]


def person_unit_ids(person_id: int) -> list[int]:
    """Villages of every team the person is or was in, and the home unit (for scope checks)."""
    units = [
        r[0]
        for r in Team.select(Team.village)
        .join(Membership, on=(Membership.team == Team.id))
        .where(Membership.person == person_id)
        .tuples()
    ]
    home = Person.select(Person.home_unit).where(Person.id == person_id).tuples().first()
    if home and home[0]:
        units.append(home[0])
    return units


# --- search ---------------------------------------------------------------------------------


def _scope_people(unit_id: int) -> pw.SelectQuery:
    """Ids of people who are or were members of a team in the unit's villages."""
    villages = villages_under(unit_id, current_only=False)
    M = Membership.alias("sm")
    T = Team.alias("st")
    return (
        M.select(M.person)
        .join(T, on=(M.team == T.id))
        .where(T.village.in_(villages))
    )


def _capped_count(query: pw.SelectQuery, cap: int) -> int:
    return query.limit(cap + 1).count()


def village_team_ids(folded: str, scope_unit_id: int | None = None) -> list[int]:
    """Open teams of the villages with a name word starting the query ("na sla", "thon 5").

    Through ``unit_name_token`` (an index range scan). Queries shorter than
    ``VILLAGE_MIN_CHARS`` or matching more than ``VILLAGE_MAX`` villages ("thon") are too
    broad to mean a village and match none.
    """
    if len(folded) < VILLAGE_MIN_CHARS:
        return []
    query = (
        Team.select(Team.id)
        .join(UnitNameToken, on=(UnitNameToken.unit == Team.village))
        .where(
            like(UnitNameToken.search_key, escape_like(folded) + "%")
            & (Team.status != "dissolved")
        )
        .distinct()
    )
    if scope_unit_id is not None:
        query = query.where(Team.village.in_(villages_under(scope_unit_id, current_only=False)))
    ids = [r[0] for r in query.limit(VILLAGE_MAX + 1).tuples()]
    return [] if len(ids) > VILLAGE_MAX else ids


def _name_part(
    folded: str, scope: pw.SelectQuery | None, n: int, plan: str
) -> list[tuple[str, int]]:
    """(sort_key, person id) of the first ``n`` name matches in name order."""
    pattern = escape_like(folded) + "%"
    if plan in ("sparse", "scope"):
        T = PersonNameToken
        query = T.select(T.sort_key, T.person).where(like(T.search_key, pattern))
        if scope is not None:
            query = query.where(T.person.in_(scope))
            if not is_postgres() and _capped_count(
                T.select(T.id).where(like(T.search_key, pattern)), SCOPE_PROBE
            ) <= SCOPE_PROBE:
                # A rare prefix: scan its tokens and test the scope, rather than probing
                # every person of a province.
                query = query.from_(pw.NodeList((T, pw.SQL(f'INDEXED BY "{_TOKEN_PREFIX_INDEX}"'))))
        query = query.distinct().order_by(T.sort_key, T.person).limit(n)
        return list(query.tuples())
    # dense: walk people in name order, keep those with a matching token. A token matching
    # means a word of the folded name starts the query, reading on past the name's end
    # ("an nguyen" in "nguyen van an"): tested first on the folded name twice over, from
    # the index entry, so only the people who pass have their tokens probed.
    T = PersonNameToken.alias("nt")
    space = pw.Value(" ", converter=False)
    twice = space.concat(Person.search_key).concat(space).concat(Person.search_key)
    # ``NOT retired`` written as the partial index ``person_live_sort_search`` states it,
    # so SQLite walks that index without visiting person rows.
    query = Person.select(Person.sort_key, Person.id).where(
        ~Person.retired
        & like(twice, "% " + pattern)
        & pw.fn.EXISTS(
            T.select(pw.SQL("1")).where((T.person == Person.id) & like(T.search_key, pattern))
        )
    )
    if scope is not None:
        query = query.where(Person.id.in_(scope))
    if plan == "dense" and not is_postgres():
        # SQLite would otherwise collect and sort every match.
        query = query.from_(pw.NodeList((Person, pw.SQL('INDEXED BY "person_live_sort_search"'))))
    return list(query.order_by(Person.sort_key, Person.id).limit(n).tuples())


def _phone_part(prefix: str, scope: pw.SelectQuery | None, n: int) -> list[tuple[str, int]]:
    # No ``retired`` test here: it would leave the (phone, sort_key) index for the table;
    # person_hits drops retired people.
    query = Person.select(Person.sort_key, Person.id).where(
        like(Person.phone, escape_like(prefix) + "%")
    )
    if scope is not None:
        query = query.where(Person.id.in_(scope))
    return list(query.order_by(Person.sort_key, Person.id).limit(n).tuples())


def _village_part(team_ids: list[int], n: int) -> list[tuple[str, int]]:
    M = Membership.alias("vm")
    query = (
        Person.select(Person.sort_key, Person.id)
        .join(M, on=(M.person == Person.id))
        .where(M.team.in_(team_ids) & membership_active(model=M) & (Person.retired == False))
        .distinct()
        .order_by(Person.sort_key, Person.id)
        .limit(n)
    )
    return list(query.tuples())


def choose_plan(folded: str, scope_unit_id: int | None) -> str:
    """'scope' within a unit, 'sparse' for a prefix with few matches, else 'dense'.

    Within a scope the token index is probed person by person for the scope's members
    (or scanned by prefix, whichever SQLite's statistics find cheaper) without visiting
    person rows.
    """
    if scope_unit_id is not None:
        return "scope"
    if not folded:
        return "sparse"
    # Counting up to SPARSE_MAX tokens costs ~10 ms a key; a prefix's density hardly moves,
    # so the answer is kept a few minutes (per database). Either plan returns the same rows.
    from db.connection import database

    key = (id(database.obj), folded)
    now = time.monotonic()
    known = _PLANS.get(key)
    if known is not None and now - known[1] < PLAN_MEMORY_S:
        return known[0]
    dense = _capped_count(
        PersonNameToken.select(PersonNameToken.id).where(
            like(PersonNameToken.search_key, escape_like(folded) + "%")
        ),
        SPARSE_MAX,
    ) > SPARSE_MAX
    plan = "dense" if dense else "sparse"
    if len(_PLANS) > 5000:
        _PLANS.clear()
    _PLANS[key] = (plan, now)
    return plan


_PLANS: dict[tuple[int, str], tuple[str, float]] = {}


def search_person_ids(
    folded: str,
    phone_prefix: str | None,
    *,
    scope_unit_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
    plan: str | None = None,
) -> tuple[list[int], str]:
    """Ids of one page of matching people in Vietnamese name order, and the name plan used.

    A person matches when a word of the name starts the query (``folded``, any words in
    name order from there: "van an", "an nguyen"), when the phone starts with
    ``phone_prefix``, or when the person is a current member of a team whose village name
    has a word starting with the query (queries of 3+ characters). Each part returns its
    own first ``offset + limit`` in name order; the page is cut from their merge.
    """
    if not folded and not phone_prefix:
        return [], "empty"
    n = offset + limit
    scope = _scope_people(scope_unit_id) if scope_unit_id is not None else None
    plan = plan or choose_plan(folded, scope_unit_id)
    found: set[tuple[str, int]] = set()
    if folded:
        found.update(_name_part(folded, scope, n, plan))
    if phone_prefix:
        found.update(_phone_part(phone_prefix, scope, n))
    if folded:
        team_ids = village_team_ids(folded, scope_unit_id)
        if team_ids:
            found.update(_village_part(team_ids, n))
    seen: set[int] = set()
    ordered = []
    for _key, pid in sorted(found):
        if pid not in seen:
            seen.add(pid)
            ordered.append(pid)
    return ordered[offset:n], plan


def person_hits(
    ids: list[int], *, prefer_units: pw.SelectQuery | None = None
) -> list[PersonHit]:
    """Hits for these ids (in the given order) with each person's current team joined in."""
    if not ids:
        return []
    people = {
        r[0]: r
        for r in Person.select(
            Person.id, Person.full_name, Person.birth_date, Person.birth_year,
            Person.birth_precision, Person.phone, Person.sex, Person.version,
        )
        .where(Person.id.in_(ids) & (Person.retired == False))
        .tuples()
    }
    V = AdminUnit.alias("hv")
    C = AdminUnit.alias("hc")
    rows = (
        Membership.select(
            Membership.person, Team.id, Team.name, V.name, C.name, Role.label, V.id
        )
        .join(Team, on=(Membership.team == Team.id))
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
        .where(Membership.person.in_(ids) & membership_active())
        .order_by(Membership.person, Role.rank, Membership.id)
        .tuples()
    )
    preferred: set[int] = set()
    if prefer_units is not None:
        preferred = {r[0] for r in prefer_units.tuples()}
    teams: dict[int, tuple] = {}
    for row in rows:
        current = teams.get(row[0])
        if current is None or (row[6] in preferred and current[6] not in preferred):
            teams[row[0]] = row
    out = []
    for pid in ids:
        p = people.get(pid)
        if p is None:
            continue
        t = teams.get(pid)
        out.append(
            PersonHit(
                person_id=pid,
                full_name=p[1],
                birth=birth_text(p[2], p[3], p[4]),
                phone=p[5],
                team_id=t[1] if t else None,
                team_name=t[2] if t else None,
                village_name=t[3] if t else None,
                commune_name=t[4] if t else None,
                role_label=t[5] if t else None,
                sex=p[6],
                version=p[7],
            )
        )
    return out


# --- one person -----------------------------------------------------------------------------


def _active_on(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """A membership is current on ``day`` from its start until the day before its end."""
    return (start is None or start <= day) and (end is None or end > day)


def person_detail(person_id: int, *, with_citizen_id: bool = False) -> PersonDetail | None:
    p = Person.get_or_none(Person.id == person_id)
    if p is None:
        return None
    V = AdminUnit.alias("dv")
    C = AdminUnit.alias("dc")
    today = dt.date.today()
    memberships = tuple(
        MembershipInfo(
            membership_id=r[0],
            team_id=r[1],
            team_name=r[2],
            team_status=r[3],
            village_id=r[4],
            village_name=r[5],
            commune_name=r[6] or "",
            role=r[7],
            role_label=r[8],
            start_date=as_date(r[9]),
            end_date=as_date(r[10]),
            end_reason=r[11],
            active=_active_on(as_date(r[9]), as_date(r[10]), today),
            version=r[12],
        )
        for r in Membership.select(
            Membership.id, Team.id, Team.name, Team.status, V.id, V.name, C.name,
            Membership.role, Role.label, Membership.start_date, Membership.end_date,
            Membership.end_reason, Membership.version,
        )
        .join(Team, on=(Membership.team == Team.id))
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
        .where(Membership.person == person_id)
        .order_by(Membership.end_date.is_null(False), Membership.end_date.desc(), Membership.id)
        .tuples()
    )
    training = tuple(person_training(person_id))
    return PersonDetail(
        id=p.id,
        full_name=p.full_name,
        family_name=p.family_name,
        middle_name=p.middle_name,
        given_name=p.given_name,
        sex=p.sex,
        birth=birth_text(p.birth_date, p.birth_year, p.birth_precision),
        birth_date=as_date(p.birth_date),
        birth_year=p.birth_year,
        birth_precision=p.birth_precision,
        ethnicity=p.ethnicity,
        phone=p.phone,
        email=p.email,
        citizen_id=p.citizen_id if with_citizen_id else None,
        position=p.position,
        organisation=p.organisation,
        youth_union=bool(p.youth_union),
        note=p.note,
        retired=bool(p.retired),
        version=p.version,
        memberships=memberships,
        training=training,
        texts={f.name: getattr(p, f.name) or "" for f in PERSON_FIELDS if f.kind == "text"},
    )


def person_training(person_id: int) -> list[TrainingInfo]:
    rows = (
        TrainingRecord.select(
            TrainingRecord.id, TrainingCourse.id, TrainingCourse.title, TrainingCourse.organiser,
            TrainingCourse.form, TrainingCourse.start_date, TrainingCourse.end_date,
            TrainingRecord.result, TrainingRecord.completed_on, TrainingRecord.certificate_no,
            TrainingRecord.version,
        )
        .join(TrainingCourse)
        .where(TrainingRecord.person == person_id)
        .order_by(TrainingCourse.start_date.desc(), TrainingCourse.id.desc())
        .tuples()
    )
    return [
        TrainingInfo(
            record_id=r[0], course_id=r[1], title=r[2], organiser=r[3], form=r[4],
            start_date=as_date(r[5]), end_date=as_date(r[6]), result=r[7],
            completed_on=as_date(r[8]), certificate_no=r[9], version=r[10],
        )
        for r in rows
    ]
