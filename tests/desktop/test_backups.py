"""Backups, rotation and restore: a restore verifies everything before touching anything,
refuses every broken file with the database untouched and no safety copy, keeps the audit
trail; backups are owner-only and leave nothing behind when the disk is full."""
from __future__ import annotations

import datetime as dt
import errno
import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import stat

import pytest

from db.audit import verify_chain
from db.backup import table_digest, user_tables
from db.connection import DatabaseError, database, is_postgres
from db.migrations import LATEST
from db.models import AdminUnit, Audit, Decision, DecisionFile, Role
from desktop import backups
from desktop.catalogue import load_catalogue
from desktop.context import Actor
from desktop.errors import describe_error
from tests.desktop.service_fixtures import ADMIN


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    """Backups of a server database go to the per-user data folder: a test's own one."""
    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))

def _units() -> int:
    return AdminUnit.select().count()


def _snapshot() -> dict:
    """Every table's rows, as the database holds them now (row for row)."""
    if is_postgres():
        from db.models import ALL_MODELS

        out = {}
        for model in ALL_MODELS:
            rows = list(model.select().order_by(*model._meta.get_primary_keys()
                                                 or [model._meta.sorted_fields[0]]).tuples())
            out[model._meta.table_name] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return out
    con = sqlite3.connect(database.obj.database)
    try:
        return {t: table_digest(con, t)[:2] for t in user_tables(con)}
    finally:
        con.close()


def _safety_copies() -> list:
    return [b for b in backups.list_backups() if b.path.name.startswith(backups.SAFETY_PREFIX)]


def _issued_decision() -> int:
    """An issued Decision with its stored PDF (rows as the issuing service leaves them)."""
    unit = AdminUnit.select().where(AdminUnit.level == "commune").first()
    pdf = b"%PDF-1.4 Quyet dinh thanh lap To CNSCD\n%%EOF"
    sha = hashlib.sha256(pdf).hexdigest()
    d = Decision.create(kind="thanh_lap", issuing_unit=unit.id, year=2026, number=7,
                        status="issued", snapshot=json.dumps(["Nguyễn Văn An", "Lò Thị Bình"]),
                        pdf_sha256=sha, signed_on=dt.date(2026, 11, 2))
    DecisionFile.create(decision=d.id, data=pdf, sha256=sha)
    return d.id


@pytest.fixture
def loaded(db):
    load_catalogue("2025")
    _issued_decision()
    from db.audit import write_audit

    write_audit(user_id=None, username="canbo", action="create", entity="unit", entity_id=1,
                after={"name": "Thôn Nà Sla"})
    return db


def _good_backup(tmp_path) -> object:
    return backups.backup_as(ADMIN, tmp_path / ("good.jsonl.gz" if is_postgres() else "good.db"))


def test_backup_and_restore_roundtrip(loaded, tmp_path):
    saved = _good_backup(tmp_path)
    before_units = _units()
    DecisionFile.delete().execute()
    Decision.delete().execute()
    AdminUnit.delete().where(AdminUnit.level == "commune").execute()
    safety = backups.restore_as(ADMIN, saved)
    assert _units() == before_units
    assert safety.exists() and safety.name.startswith(backups.SAFETY_PREFIX)
    assert backups.verify_backup(safety).schema == LATEST  # the safety copy is restorable
    assert verify_chain().ok


def test_backup_files_are_readable_by_their_owner_only(loaded, tmp_path):
    saved = _good_backup(tmp_path)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_restore_keeps_the_current_trail_and_records_itself_last(loaded, tmp_path):
    saved = _good_backup(tmp_path)
    from db.audit import write_audit

    write_audit(user_id=None, username="xem", action="export", entity="roster",
                after={"file": "a.xlsx"})  # after the backup: must survive the restore
    rows_before = Audit.select().count()
    backups.restore_as(ADMIN, saved)
    trail = list(Audit.select().order_by(Audit.id))
    assert len(trail) == rows_before + 1
    assert any(a.username == "xem" and a.action == "export" for a in trail)
    assert trail[-1].action == "restore" and json.loads(trail[-1].after)["file"] == saved.name
    assert verify_chain().ok


def test_restore_into_a_fresh_database_brings_the_backups_trail(loaded, tmp_path):
    exported = {a.row_hash for a in Audit.select()}  # the backup's own row comes after it
    saved = _good_backup(tmp_path)
    # a new, empty database (another PC): the backup's trail is appended to its own
    if is_postgres():
        pytest.skip("one server database per test run")
    from tests.conftest import _open

    _open(str(tmp_path / "fresh.db"))
    backups.restore_as(ADMIN, saved)
    assert Audit.select().count() == len(exported) + 1
    assert _units() > 3000
    assert verify_chain().ok


def test_only_an_administrator_restores(loaded, tmp_path):
    saved = _good_backup(tmp_path)
    before = _snapshot()
    for actor in (Actor(None, "xem", "viewer"), Actor(None, "canbo", "clerk", 1)):
        with pytest.raises(Exception) as info:
            backups.restore_as(actor, saved)
        assert info.value.code == "perm.admin_only"
    assert _snapshot() == before and not _safety_copies()


# --- The broken backups: each refused, the database untouched, no safety copy ----------


def _sqlite_variants(good, tmp_path) -> dict:
    def copy(name):
        p = tmp_path / name
        shutil.copy(good, p)
        return p

    def run(p, *statements):
        con = sqlite3.connect(p)
        for s in statements:
            con.execute(s)
        con.commit()
        con.close()
        return p

    size = good.stat().st_size
    out = {}
    out["empty schema_version"] = run(copy("noschema.db"), "DELETE FROM schema_version")
    out["missing table"] = run(copy("notable.db"), "PRAGMA foreign_keys=OFF",
                               "DROP TABLE membership")
    out["newer schema"] = run(copy("newer.db"),
                              f"INSERT INTO schema_version (version, applied_at, app_version) "
                              f"VALUES ({LATEST + 1}, '2027-01-01', '9.9')")
    out["tampered decision"] = run(copy("tampered.db"),
                                   "UPDATE decision SET snapshot = '[\"Người lạ\"]'")
    out["tampered pdf, no manifest"] = run(
        copy("tamperedpdf.db"), "UPDATE decision_file SET data = X'255044462D66616B65'",
        "DROP TABLE backup_manifest")
    out["audit row edited"] = run(copy("auditedit.db"),
                                  "DROP TRIGGER audit_no_update",
                                  "UPDATE audit SET username = 'ke-gian' WHERE id = 1")
    out["audit row edited, no manifest"] = run(
        copy("auditedit2.db"), "DROP TRIGGER audit_no_update",
        "UPDATE audit SET username = 'ke-gian' WHERE id = 1", "DROP TABLE backup_manifest")
    data = good.read_bytes()
    for offset in (size // 4, size // 2, 3 * size // 4, size - 8192):
        region = offset - offset % 4096
        zeroed = tmp_path / f"zero{region}.db"
        zeroed.write_bytes(data[:region] + b"\x00" * 4096 + data[region + 4096:])
        out[f"zeroed 4 KB at {region}"] = zeroed
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(data[: size // 2])
    out["truncated"] = truncated
    rnd = tmp_path / "random.db"
    rnd.write_bytes(os.urandom(size))
    out["random bytes"] = rnd
    sqlite_random = tmp_path / "random-sqlite.db"
    sqlite_random.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    out["random after the SQLite header"] = sqlite_random
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    out["empty file"] = empty
    return out


def _logical_variants(good, tmp_path) -> dict:
    with gzip.open(good, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()

    def write(name, text_lines):
        p = tmp_path / name
        with gzip.open(p, "wt", encoding="utf-8") as fh:
            fh.write("\n".join(text_lines) + "\n")
        return p

    header = lines[0]
    out = {}
    out["header-only export"] = write("header.jsonl.gz", [header])
    out["no trailer"] = write("notrailer.jsonl.gz", lines[:-1])
    head = json.loads(header)
    out["empty schema"] = write("noschema.jsonl.gz", [json.dumps({**head, "schema": None}),
                                                       *lines[1:]])
    out["newer schema"] = write("newer.jsonl.gz", [json.dumps({**head, "schema": LATEST + 1}),
                                                    *lines[1:]])
    out["missing table"] = write("notable.jsonl.gz", [
        ln for ln in lines if '"t": "membership"' not in ln and '"end"' not in ln] + [
        json.dumps({"end": {k: {t: v for t, v in d.items() if t != "membership"}
                            for k, d in json.loads(lines[-1])["end"].items()}})])
    def tamper(ln):
        item = json.loads(ln)
        if item.get("t") == "decision":
            item["r"]["snapshot"] = json.dumps(["Người lạ"])
        return json.dumps(item, ensure_ascii=False)

    out["tampered decision"] = write("tampered.jsonl.gz", [lines[0], *map(tamper, lines[1:])])
    out["row removed"] = write("removed.jsonl.gz",
                               [ln for i, ln in enumerate(lines) if i != len(lines) // 2])
    raw = good.read_bytes()
    truncated = tmp_path / "truncated.jsonl.gz"
    truncated.write_bytes(raw[: len(raw) // 2])
    out["truncated gzip"] = truncated
    zeroed = tmp_path / "zeroed.jsonl.gz"
    mid = len(raw) // 2
    zeroed.write_bytes(raw[:mid] + b"\x00" * 4096 + raw[mid + 4096:])
    out["zeroed 4 KB"] = zeroed
    rnd = tmp_path / "random.jsonl.gz"
    rnd.write_bytes(b"\x1f\x8b" + os.urandom(4096))
    out["random bytes"] = rnd
    return out


def _assert_refused(path, before, name) -> None:
    with pytest.raises(DatabaseError) as info:
        backups.restore_as(ADMIN, path)
    message = describe_error(info.value)
    assert info.value.code.startswith(("restore.", "db.")), name
    assert message and "Traceback" not in message and "{" not in message, (name, message)
    assert _snapshot() == before, name
    assert not _safety_copies(), name


def test_every_broken_backup_is_refused_with_the_database_untouched(loaded, tmp_path):
    good = _good_backup(tmp_path)
    if is_postgres():
        variants = _logical_variants(good, tmp_path)
    else:
        variants = _sqlite_variants(good, tmp_path)
        variants.update(_logical_variants(backups.export_logical(tmp_path / "x.jsonl.gz"),
                                          tmp_path))
    before = _snapshot()
    for name, path in variants.items():
        _assert_refused(path, before, name)
    backups.restore_as(ADMIN, good)  # and the good one still goes through


def test_a_missing_file_is_refused_in_vietnamese(loaded, tmp_path):
    with pytest.raises(DatabaseError) as info:
        backups.restore_as(ADMIN, tmp_path / "khong-co.db")
    assert "Không tìm thấy" in describe_error(info.value)


def test_an_older_sqlite_backup_is_migrated_on_a_copy(sqlite_db, tmp_path):
    from db.connection import close_database, open_database
    from db.migrations import migrate

    old = tmp_path / "old.db"
    db = open_database(str(old))
    migrate(db, target=3)
    db.execute_sql("INSERT INTO audit (at, username, action, entity, note) "
                   "VALUES ('2026-01-01 08:00:00', 'cu', 'create', 'unit', '')")
    close_database()  # the file let go (its log written back), as a backup file is
    original = old.read_bytes()
    from tests.conftest import _open

    _open(str(tmp_path / "live.db"))
    backups.restore_as(ADMIN, old)
    assert old.read_bytes() == original  # the backup file itself is never changed
    assert [a.username for a in Audit.select().order_by(Audit.id)] == ["cu", "quantri"]
    assert verify_chain().ok


# --- Writing backups: faults ---------------------------------------------------------------


@pytest.mark.parametrize("code,words", [
    (errno.ENOSPC, "ổ đĩa đã đầy"), (errno.EROFS, "chỉ cho phép đọc"),
    (errno.EIO, "lỗi đọc/ghi"), (errno.EACCES, "không có quyền ghi"),
])
def test_a_failed_backup_says_why_in_vietnamese_and_leaves_nothing(loaded, tmp_path,
                                                                    monkeypatch, code, words):
    folder = tmp_path / "out"
    folder.mkdir()
    real_replace = os.replace

    def failing(src, dst, *a, **k):
        if str(dst).startswith(str(folder)):
            raise OSError(code, os.strerror(code), str(dst))
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", failing)
    trail = Audit.select().count()
    with pytest.raises(DatabaseError) as info:
        backups.backup_as(ADMIN, folder)
    assert words in describe_error(info.value)
    assert list(folder.iterdir()) == []  # no .tmp, no half file
    assert Audit.select().count() == trail  # nothing recorded for a backup that failed


# --- Rotation and automatic backups --------------------------------------------------------


def test_rotation_keeps_7_daily_and_4_weekly(sqlite_db, tmp_path):
    folder = tmp_path / "rot"
    folder.mkdir()
    start = dt.datetime(2026, 11, 28, 8, 0)
    for i in range(60):  # one automatic backup a day for 60 days, plus a manual one
        p = folder / f"{backups.DAILY_PREFIX}{i:03d}.db"
        p.write_bytes(b"x")
        stamp = (start - dt.timedelta(days=i)).timestamp()
        os.utime(p, (stamp, stamp))
    manual = folder / f"{backups.MANUAL_PREFIX}keep.db"
    manual.write_bytes(b"x")
    os.utime(manual, (start.timestamp() - 86400 * 90,) * 2)
    backups.rotate(folder)
    left = backups.list_backups(folder)
    autos = [b for b in left if b.automatic]
    days = {b.created.date() for b in autos}
    weeks = {tuple(b.created.date().isocalendar()[:2]) for b in autos}
    assert len([d for d in days if d > (start - dt.timedelta(days=7)).date()]) == 7
    assert len(weeks) >= 4 and len(autos) <= 7 + 4
    assert manual.exists()


def test_rotation_is_bounded_by_total_size(sqlite_db, tmp_path):
    folder = tmp_path / "rot"
    folder.mkdir()
    start = dt.datetime(2026, 11, 28, 8, 0)
    for i in range(10):
        p = folder / f"{backups.DAILY_PREFIX}{i:03d}.db"
        p.write_bytes(b"x" * 1000)
        stamp = (start - dt.timedelta(days=i)).timestamp()
        os.utime(p, (stamp, stamp))
    backups.rotate(folder, keep_bytes=3500)
    autos = [b for b in backups.list_backups(folder) if b.automatic]
    assert len(autos) == 3 and sum(b.size for b in autos) <= 3500
    assert autos[0].path.name.endswith("000.db")  # the newest stays
    backups.rotate(folder, keep_bytes=10)
    assert len(backups.list_backups(folder)) == 1  # the newest always stays


def test_automatic_backup_once_a_day_and_only_when_something_changed(loaded):
    first = backups.automatic_backup(ADMIN, dt.date(2026, 12, 1))
    if is_postgres():  # no folder chosen by an administrator: nothing is copied
        assert first is None
        return
    assert first is not None and first.exists()
    assert backups.automatic_backup(ADMIN, dt.date(2026, 12, 1)) is None  # once a day
    assert backups.automatic_backup(ADMIN, dt.date(2026, 12, 2)) is None  # nothing changed
    from db.audit import write_audit

    write_audit(user_id=None, username="canbo", action="update", entity="unit", entity_id=1)
    assert backups.automatic_backup(ADMIN, dt.date(2026, 12, 2)) is not None
    row = Audit.select().where(Audit.action == "backup").order_by(Audit.id.desc()).get()
    assert json.loads(row.after)["automatic"] is True and row.username == ADMIN.username


def test_no_automatic_backup_before_sign_in_or_for_a_viewer(loaded):
    assert backups.automatic_backup(None) is None
    assert backups.automatic_backup(Actor(None, "xem", "viewer")) is None
    assert not backups.list_backups()


def test_postgres_backups_only_on_the_chosen_machine_and_folder(loaded, tmp_path):
    from desktop.office import configure_office

    configure_office(ADMIN, unit_id=AdminUnit.select().first().id, catalogue="2025",
                     officials=[])
    folder = tmp_path / "chosen"
    folder.mkdir()
    with pytest.raises(Exception) as info:
        backups.set_auto_backup(Actor(None, "canbo", "clerk", 1), str(folder))
    assert info.value.code == "perm.admin_only"
    backups.set_auto_backup(ADMIN, str(folder), host="may-khac")
    if is_postgres():
        assert backups.automatic_backup(ADMIN) is None  # another machine was chosen
        backups.set_auto_backup(ADMIN, str(folder))
        path = backups.automatic_backup(ADMIN)
        assert path is not None and path.parent == folder
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    else:  # a file on this PC: its own backups folder, whatever the setting
        assert backups.automatic_backup_folder(ADMIN) == backups.backup_dir()


def test_logical_export_roundtrip(loaded, tmp_path):
    path = backups.export_logical(tmp_path / "dump.jsonl.gz")
    count = _units()
    DecisionFile.delete().execute()
    Decision.delete().execute()
    AdminUnit.delete().where(AdminUnit.level == "commune").execute()
    backups.restore_as(ADMIN, path)
    assert _units() == count
    assert Role.select().count() == 3
    assert bytes(DecisionFile.get().data).startswith(b"%PDF")
    # ids keep working after the restore (sequences reset on PostgreSQL)
    new = AdminUnit.create(catalogue="local", level="village", kind="Thôn", code="x-1",
                           name="Thôn Nà Sla", short_name="Nà Sla", search_key="thon na sla",
                           sort_key="x")
    assert new.id >= count
