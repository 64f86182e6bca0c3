"""Peewee models: the whole domain from the first day.

These classes stay inside ``db/``: query functions hand plain dataclasses to the layers
above. The tables themselves are created by the numbered migrations in
``db/migrations/`` (frozen DDL per dialect), never by ``create_tables`` at run time; a
test checks that the migrated schema and these models agree column for column.

Keys computed in Python (``search_key`` folded for accent-insensitive search,
``sort_key`` for Vietnamese collation) are filled in by the services in ``desktop/``.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db.connection import database


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedModel(BaseModel):
    """Editable records carry a version for optimistic concurrency and timestamps."""

    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)


# --- Units and places -------------------------------------------------------------------

UNIT_CATALOGUES = ("2025", "pre2025", "local")
UNIT_LEVELS = ("province", "district", "commune", "village")


class AdminUnit(VersionedModel):
    """A province, district (pre-2025 only), commune or village.

    GSO codes are unique within their catalogue only: codes were reused after the 2025
    reform. Villages belong to the ``local`` catalogue with codes the office assigns.
    """

    catalogue = pw.CharField(max_length=10)
    level = pw.CharField(max_length=10)
    kind = pw.CharField(max_length=30)  # Tỉnh, Thành phố, Huyện, Xã, Phường, Thôn, Bản...
    code = pw.CharField(max_length=20)
    name = pw.CharField(max_length=200)  # full official name: "Xã Hợp Thành"
    short_name = pw.CharField(max_length=200)  # without the kind: "Hợp Thành"
    parent = pw.ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    valid_from = pw.DateField(null=True)
    valid_to = pw.DateField(null=True)  # retired units keep their history
    search_key = pw.CharField(max_length=200, index=True)
    sort_key = pw.TextField()
    note = pw.TextField(default="")

    class Meta:
        table_name = "admin_unit"
        indexes = ((("catalogue", "code"), True), (("parent", "sort_key"), False))
        constraints = [
            pw.Check("catalogue IN ('2025', 'pre2025', 'local')"),
            pw.Check("level IN ('province', 'district', 'commune', 'village')"),
        ]


class UnitNameToken(BaseModel):
    """Folded rotations of a village's name ("thon na sla", "na sla thon", "sla thon na"),
    so people search can match village names by any word prefix through an index instead
    of scanning 100k names. Written by ``desktop.units`` with the village
    (``db.villages.write_unit_tokens``); ``db.villages.rebuild_unit_tokens`` backfills
    villages inserted in bulk."""

    unit = pw.ForeignKeyField(AdminUnit, backref="name_tokens", on_delete="CASCADE",
                              index=False)  # the (unit, search_key) index serves it
    search_key = pw.CharField(max_length=200)

    class Meta:
        table_name = "unit_name_token"
        indexes = ((("search_key",), False), (("unit", "search_key"), False))


class UnitSuccession(BaseModel):
    """Mergers and splits: which units became which, so history survives."""

    predecessor = pw.ForeignKeyField(AdminUnit, backref="successions", on_delete="CASCADE")
    successor = pw.ForeignKeyField(AdminUnit, backref="predecessions", on_delete="CASCADE")
    coverage = pw.CharField(max_length=10, default="full")
    effective_on = pw.DateField(null=True)

    class Meta:
        table_name = "unit_succession"
        indexes = ((("predecessor", "successor"), True),)
        constraints = [pw.Check("coverage IN ('full', 'partial')")]


class UnitParentHistory(BaseModel):
    """A unit's earlier parent and the last day it was in force there.

    The 2025 reform moves villages from the old communes to the new ones without changing
    the village (its id, code, teams and memberships stay): the village's ``parent`` becomes
    the new commune and the old one is kept here, so "which commune was this village in on
    a given day" and rosters by old commune can still be answered.
    """

    unit = pw.ForeignKeyField(AdminUnit, backref="parent_history", on_delete="CASCADE")
    parent = pw.ForeignKeyField(AdminUnit, backref="former_children", on_delete="RESTRICT")
    valid_from = pw.DateField(null=True)
    valid_to = pw.DateField()  # the last day under ``parent``
    reason = pw.CharField(max_length=30, default="")  # 'reform2025'
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "unit_parent_history"


# --- Office ----------------------------------------------------------------------------


class Office(VersionedModel):
    """The unit this installation serves, and how its documents are signed and numbered."""

    unit = pw.ForeignKeyField(AdminUnit, null=True, on_delete="RESTRICT")
    catalogue = pw.CharField(max_length=10, default="2025")
    name = pw.CharField(max_length=200, default="")  # "Ủy ban nhân dân xã Hợp Thành"
    governing_body = pw.CharField(max_length=200, default="")
    place_name = pw.CharField(max_length=100, default="")  # for "Hợp Thành, ngày ..."
    doc_symbol = pw.CharField(max_length=30, default="QĐ-UBND")
    settings = pw.TextField(default="{}")  # JSON: settings that travel with the data

    class Meta:
        table_name = "office"


class Official(VersionedModel):
    """A person who signs: the Chairman or a Vice-Chairman.

    ``unit`` empty: an official of the office's own unit. Set: an official of another
    issuing unit (a commune a province office prepares decisions for), migration 10.
    """

    office = pw.ForeignKeyField(Office, backref="officials", on_delete="CASCADE")
    full_name = pw.CharField(max_length=120)
    title = pw.CharField(max_length=60)  # "Chủ tịch", "Phó Chủ tịch"
    authority = pw.CharField(max_length=60, default="")  # "CHỦ TỊCH", "KT. CHỦ TỊCH"
    is_chair = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    position = pw.IntegerField(default=0)
    unit = pw.ForeignKeyField(AdminUnit, null=True, on_delete="CASCADE")

    class Meta:
        table_name = "official"


# --- People and teams ------------------------------------------------------------------


class Role(BaseModel):
    """A role in a team; configurable, ordered by rank (Tổ trưởng first)."""

    code = pw.CharField(max_length=30, unique=True)
    label = pw.CharField(max_length=60)
    rank = pw.IntegerField(default=100)
    is_leader = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "role"


class Person(VersionedModel):
    full_name = pw.CharField(max_length=120)  # NFC, normalised
    family_name = pw.CharField(max_length=60, default="")
    middle_name = pw.CharField(max_length=60, default="")
    given_name = pw.CharField(max_length=60, default="")
    search_key = pw.CharField(max_length=120, index=True)  # folded full name
    sort_key = pw.TextField(index=True)  # given, middle, family (vi collation)
    sex = pw.CharField(max_length=3, null=True)  # 'nam' | 'nu'
    birth_date = pw.DateField(null=True)
    birth_year = pw.IntegerField(null=True)
    birth_precision = pw.CharField(max_length=5, null=True)  # 'day' | 'year'
    ethnicity = pw.CharField(max_length=60, default="")
    phone = pw.CharField(max_length=15, null=True)  # normalised digits; (phone, sort_key) index
    email = pw.CharField(max_length=200, null=True)
    citizen_id = pw.CharField(max_length=12, null=True, unique=True)
    position = pw.CharField(max_length=200, default="")  # chức vụ
    organisation = pw.CharField(max_length=200, default="")  # đơn vị công tác
    youth_union = pw.BooleanField(default=False)  # đoàn viên
    home_unit = pw.ForeignKeyField(AdminUnit, null=True, on_delete="SET NULL")
    note = pw.TextField(default="")
    retired = pw.BooleanField(default=False)

    class Meta:
        table_name = "person"
        indexes = (
            (("phone", "sort_key"), False),  # phone-prefix search sorted by name
            (("organisation",), False),  # completion lists (GROUP BY from the index)
            (("position",), False),
        )
        constraints = [
            pw.Check("sex IS NULL OR sex IN ('nam', 'nu')"),
            pw.Check("birth_precision IS NULL OR birth_precision IN ('day', 'year')"),
        ]


# People not retired, in name order, with the folded name (a partial index: migration 51):
# search walks it.
Person.add_index(Person.index(Person.sort_key, Person.id, Person.search_key,
                              name="person_live_sort_search", where=~Person.retired))


class PersonNameToken(BaseModel):
    """Folded rotations of a person's name, for "any word prefix" search.

    "Nguyễn Văn An" gives "nguyen van an", "van an nguyen" and "an nguyen van", so a prefix
    LIKE over this indexed column finds the person by "an", "van an" or "an nguyen" while
    staying an index range scan at national scale. ``sort_key`` repeats the person's, so a
    page of matches is sorted from the covering index alone, without visiting 15k person
    rows. Written by the person service with ``person.search_key`` (retired people have
    none); never edited on its own.
    """

    person = pw.ForeignKeyField(
        Person, backref="name_tokens", on_delete="CASCADE", index=False
    )  # the (person, search_key, sort_key) index serves lookups by person
    search_key = pw.CharField(max_length=120)
    sort_key = pw.TextField()

    class Meta:
        table_name = "person_name_token"
        indexes = (
            (("search_key", "sort_key", "person"), False),
            (("person", "search_key", "sort_key"), False),
        )


class Team(VersionedModel):
    """A Tổ CNSCĐ of one village; at most one non-dissolved team per village (partial index)."""

    village = pw.ForeignKeyField(AdminUnit, backref="teams", on_delete="RESTRICT")
    name = pw.CharField(max_length=200)
    status = pw.CharField(max_length=10, default="planned")
    established_on = pw.DateField(null=True)
    dissolved_on = pw.DateField(null=True)
    note = pw.TextField(default="")

    class Meta:
        table_name = "team"
        constraints = [pw.Check("status IN ('planned', 'active', 'dissolved')")]


class Decision(VersionedModel):
    """An establishment, amendment (kiện toàn) or dissolution Decision.

    Drafts have no number; issuing allocates one from ``decision_counter`` in the same
    transaction and freezes the member snapshot and the PDF hash. Issued rows are never
    updated again except to be marked superseded.
    """

    kind = pw.CharField(max_length=10)  # 'thanh_lap' | 'kien_toan' | 'giai_the'
    issuing_unit = pw.ForeignKeyField(AdminUnit, on_delete="RESTRICT")
    year = pw.IntegerField()
    number = pw.IntegerField(null=True)
    symbol = pw.CharField(max_length=30, default="QĐ-UBND")
    signed_on = pw.DateField(null=True)
    subject = pw.TextField(default="")  # "Về việc ..."
    signer_name = pw.CharField(max_length=120, default="")
    signer_title = pw.CharField(max_length=60, default="")
    authority = pw.CharField(max_length=60, default="")  # "CHỦ TỊCH", "KT. CHỦ TỊCH"
    legal_bases = pw.TextField(default="[]")  # JSON list of "Căn cứ ..." lines
    proposer = pw.TextField(default="")  # "Theo đề nghị của ..."
    articles = pw.TextField(default="[]")  # JSON list of {title, paragraphs}
    recipients = pw.TextField(default="[]")  # JSON list
    status = pw.CharField(max_length=12, default="draft")
    snapshot = pw.TextField(null=True)  # JSON: the member list as issued
    pdf_sha256 = pw.CharField(max_length=64, null=True)
    issued_at = pw.DateTimeField(null=True)
    superseded_by = pw.ForeignKeyField("self", null=True, on_delete="SET NULL")

    class Meta:
        table_name = "decision"
        indexes = (
            (("issuing_unit", "year", "number", "symbol"), True),
            (("issuing_unit", "year"), False),
        )
        constraints = [
            pw.Check("kind IN ('thanh_lap', 'kien_toan', 'giai_the')"),
            pw.Check("status IN ('draft', 'issued', 'superseded', 'cancelled')"),
            pw.Check("status = 'draft' OR status = 'cancelled' OR number IS NOT NULL"),
        ]


class DecisionLine(BaseModel):
    """A line of decision text stored once (migration 11): the same legal basis, task or
    recipient in 100,000 decisions is one row. A decision's ``legal_bases``, ``articles``
    and ``recipients`` hold these ids (see ``db/decision_text.py``)."""

    sha256 = pw.CharField(max_length=64, unique=True)
    text = pw.TextField()

    class Meta:
        table_name = "decision_line"


class DecisionTeam(BaseModel):
    decision = pw.ForeignKeyField(Decision, backref="team_links", on_delete="CASCADE")
    team = pw.ForeignKeyField(Team, backref="decision_links", on_delete="RESTRICT")

    class Meta:
        table_name = "decision_team"
        indexes = ((("decision", "team"), True),)


class DecisionCounter(BaseModel):
    """The one place decision numbers come from: per issuing unit, symbol and year."""

    issuing_unit = pw.ForeignKeyField(AdminUnit, on_delete="CASCADE")
    year = pw.IntegerField()
    symbol = pw.CharField(max_length=30)
    last_number = pw.IntegerField(default=0)

    class Meta:
        table_name = "decision_counter"
        indexes = ((("issuing_unit", "year", "symbol"), True),)


class DecisionFile(BaseModel):
    """The PDF exactly as issued (its SHA-256 is also on the decision), so a reprint is the
    same document even on a machine with other fonts."""

    decision = pw.ForeignKeyField(Decision, unique=True, backref="files", on_delete="CASCADE")
    data = pw.BlobField()
    sha256 = pw.CharField(max_length=64)
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "decision_file"


class Membership(VersionedModel):
    """A person in a team with a role over a period; a roster at a date is a query.

    At most one active Tổ trưởng per team (a partial unique index on open leader rows;
    the service also refuses overlapping leader periods).
    """

    team = pw.ForeignKeyField(Team, backref="memberships", on_delete="RESTRICT")
    person = pw.ForeignKeyField(Person, backref="memberships", on_delete="RESTRICT")
    role = pw.ForeignKeyField(
        Role, field="code", column_name="role", on_delete="RESTRICT", on_update="CASCADE"
    )
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    start_decision = pw.ForeignKeyField(Decision, null=True, on_delete="SET NULL")
    end_decision = pw.ForeignKeyField(Decision, null=True, on_delete="SET NULL")
    end_reason = pw.CharField(max_length=200, default="")
    note = pw.TextField(default="")

    class Meta:
        table_name = "membership"
        # (team, person): "people of these teams" (search scope, stats) from the index alone
        indexes = ((("team", "end_date"), False), (("team", "person"), False))
        constraints = [pw.Check("end_date IS NULL OR start_date IS NULL OR end_date >= start_date")]


# --- Training ---------------------------------------------------------------------------


class TrainingCourse(VersionedModel):
    title = pw.CharField(max_length=300)
    organiser = pw.CharField(max_length=200, default="")
    form = pw.CharField(max_length=12, default="truc_tiep")  # 'truc_tiep' | 'truc_tuyen' | 'ket_hop'
    platform = pw.CharField(max_length=200, default="")
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    place = pw.CharField(max_length=200, default="")
    hours = pw.DecimalField(max_digits=6, decimal_places=1, null=True)
    unit = pw.ForeignKeyField(AdminUnit, null=True, on_delete="SET NULL")  # who runs it
    search_key = pw.CharField(max_length=300, index=True)
    note = pw.TextField(default="")

    class Meta:
        table_name = "training_course"
        constraints = [pw.Check("form IN ('truc_tiep', 'truc_tuyen', 'ket_hop')")]


class TrainingRecord(VersionedModel):
    # Lookups by course or by person use the composite indexes below (their first column).
    course = pw.ForeignKeyField(TrainingCourse, backref="records", on_delete="CASCADE",
                                index=False)
    person = pw.ForeignKeyField(Person, backref="training_records", on_delete="RESTRICT",
                                index=False)
    result = pw.CharField(max_length=12, default="dang_ky")
    completed_on = pw.DateField(null=True)
    certificate_no = pw.CharField(max_length=60, default="")
    note = pw.TextField(default="")

    class Meta:
        table_name = "training_record"
        indexes = (
            (("course", "person"), True),
            # (course, result): attendees and completions per course from the index alone
            (("course", "result"), False),
            # (person, result): "is this member trained" as one index probe per person
            (("person", "result"), False),
        )
        constraints = [pw.Check("result IN ('dang_ky', 'hoan_thanh', 'khong_dat', 'vang')")]


# --- Trust ------------------------------------------------------------------------------


class User(VersionedModel):
    username = pw.CharField(max_length=60, unique=True)
    full_name = pw.CharField(max_length=120, default="")
    password_hash = pw.CharField(max_length=300, default="")
    role = pw.CharField(max_length=10, default="clerk")  # 'admin' | 'clerk' | 'viewer'
    scope_unit = pw.ForeignKeyField(AdminUnit, null=True, on_delete="RESTRICT")
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    can_see_citizen_id = pw.BooleanField(default=False)

    class Meta:
        table_name = "app_user"
        constraints = [pw.Check("role IN ('admin', 'clerk', 'viewer')")]


class Audit(BaseModel):
    """Append-only: written in the same transaction as the change it records."""

    at = pw.DateTimeField(default=utcnow, index=True)
    # Plain ids, not foreign keys: the trail outlives the rows it names, and a restore that
    # replaces users and units must not rewrite it (migration 30 dropped the constraints).
    user = pw.IntegerField(null=True, index=True, column_name="user_id")
    username = pw.CharField(max_length=60, default="")
    action = pw.CharField(max_length=20)  # create, update, delete, issue, import, export...
    entity = pw.CharField(max_length=30)
    entity_id = pw.IntegerField(null=True)
    unit = pw.IntegerField(null=True, index=True, column_name="unit_id")
    before = pw.TextField(null=True)  # JSON
    after = pw.TextField(null=True)  # JSON
    note = pw.TextField(default="")
    # The chain (db/audit.py): the previous row's hash, and this row's hash over it and
    # who, when, what, from what to what. Any edit, removal or insertion breaks it.
    prev_hash = pw.CharField(max_length=64, default="")
    row_hash = pw.CharField(max_length=64, default="")

    @property
    def user_id(self) -> int | None:
        return self.user

    @property
    def unit_id(self) -> int | None:
        return self.unit

    class Meta:
        table_name = "audit"
        indexes = ((("entity", "entity_id"), False),)


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField(default=utcnow)
    app_version = pw.CharField(max_length=20, default="")

    class Meta:
        table_name = "schema_version"


ALL_MODELS = [
    AdminUnit,
    UnitNameToken,
    UnitSuccession,
    UnitParentHistory,
    Office,
    Official,
    Role,
    Person,
    PersonNameToken,
    Team,
    Decision,
    DecisionLine,
    DecisionTeam,
    DecisionCounter,
    DecisionFile,
    Membership,
    TrainingCourse,
    TrainingRecord,
    User,
    Audit,
    SchemaVersion,
]

# Rules a Peewee ``Meta`` can't declare: partial unique indexes (same SQL on both dialects).
EXTRA_INDEXES = [
    ("CREATE UNIQUE INDEX team_one_open_per_village ON team (village_id) "
     "WHERE status <> 'dissolved'"),
    ("CREATE UNIQUE INDEX membership_one_open_leader ON membership (team_id) "
     "WHERE role = 'to_truong' AND end_date IS NULL"),
]
