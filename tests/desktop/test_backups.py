"""Backups, rotation and restore on SQLite; the logical export on both databases."""
from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from db.models import AdminUnit, Role
from desktop import backups
from desktop.catalogue import load_catalogue


def _units() -> int:
    return AdminUnit.select().count()


def test_backup_and_restore_roundtrip(sqlite_db, tmp_path):
    load_catalogue("2025")
    saved = backups.backup_now(tmp_path / "copy.db")
    assert saved.exists() and backups.check_backup_file(saved) >= 1
    AdminUnit.delete().where(AdminUnit.level == "commune").execute()
    assert _units() == 34
    safety = backups.restore(saved)
    assert _units() == 34 + 3321
    assert safety.exists()  # the state before restoring was kept
    assert backups.check_backup_file(safety) >= 1


def test_restore_refuses_a_corrupt_file_and_changes_nothing(sqlite_db, tmp_path):
    load_catalogue("2025")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    with pytest.raises(Exception) as info:
        backups.restore(bad)
    assert getattr(info.value, "code", "").startswith("restore.")
    assert _units() == 34 + 3321


def test_restore_refuses_a_file_that_is_not_ours(sqlite_db, tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    with pytest.raises(Exception) as info:
        backups.check_backup_file(other)
    assert info.value.code == "restore.not_ours"


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


def test_daily_backup_once_a_day(sqlite_db):
    first = backups.daily_backup_if_due()
    assert first is not None and first.exists()
    assert backups.daily_backup_if_due() is None


def test_daily_backup_is_in_the_trail_like_a_manual_one(sqlite_db):
    from desktop.audit_service import AuditQuery, page
    from desktop.context import LOCAL_ADMIN, SYSTEM

    path = backups.daily_backup_if_due()
    rows = page(LOCAL_ADMIN, AuditQuery(action="backup"))
    assert len(rows) == 1
    assert rows[0].username == SYSTEM.username
    assert rows[0].record.startswith("Cơ sở dữ liệu")
    assert rows[0].note == str(path)
    assert backups.daily_backup_if_due() is None  # not due: no backup, no row
    assert len(page(LOCAL_ADMIN, AuditQuery(action="backup"))) == 1


def test_logical_export_roundtrip(db, tmp_path):
    load_catalogue("2025")
    path = backups.export_logical(tmp_path / "dump.jsonl.gz")
    AdminUnit.delete().where(AdminUnit.level == "commune").execute()
    backups.import_logical(path)
    assert _units() == 34 + 3321
    assert Role.select().count() == 3
    # ids keep working after the restore (sequences reset on PostgreSQL)
    new = AdminUnit.create(catalogue="local", level="village", kind="Thôn", code="x-1",
                           name="Thôn Nà Sla", short_name="Nà Sla", search_key="thon na sla",
                           sort_key="x")
    assert new.id > 34 + 3321 - 1
