"""Migrations: from an empty database, from the first schema, backups, refusing newer."""
from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from db import migrations, schema_sql
from db.connection import close_database, open_database
from db.migrations import LATEST, MIGRATIONS, SchemaTooNew, current_version, migrate
from db.models import ALL_MODELS, Role


def _columns(db: pw.Database) -> dict[str, set[str]]:
    return {
        model._meta.table_name: {c.name for c in db.get_columns(model._meta.table_name)}
        for model in ALL_MODELS
    }


def test_empty_database_migrates_to_latest(db):
    assert current_version(db) == LATEST
    assert {r.code for r in Role.select()} == {"to_truong", "to_pho", "thanh_vien"}


def test_migrated_schema_matches_models(db):
    """Every model column exists in the migrated tables and nothing else does."""
    migrated = _columns(db)
    for model in ALL_MODELS:
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert migrated[model._meta.table_name] == expected, model.__name__


def test_migrated_indexes_match_models(sqlite_db):
    """Migration 0001 has shipped and is frozen: a schema change is a new numbered step.
    Whatever the steps, the migrated indexes must be those the current models declare."""
    import sqlite3

    def names(con) -> set[str]:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                           "AND name NOT LIKE 'sqlite_%'").fetchall()
        return {r[0] for r in rows}

    expected = sqlite3.connect(":memory:")
    for statement in schema_sql.schema_statements("sqlite"):
        expected.execute(statement)
    assert names(sqlite_db.connection()) == names(expected)


def test_migrating_is_idempotent(db):
    assert migrate(db) == []


def test_from_first_schema_keeps_data(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(str(path))
    try:
        assert migrate(db, target=1) == [1]
        assert current_version(db) == 1
        db.execute_sql(
            "INSERT INTO admin_unit (version, created_at, updated_at, catalogue, level, kind, "
            "code, name, short_name, search_key, sort_key, note) VALUES "
            "(1, ?, ?, '2025', 'province', 'Tỉnh', '20', 'Tỉnh Lạng Sơn', 'Lạng Sơn', "
            "'tinh lang son', 'x', '')",
            (dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 1)),
        )
        backups = tmp_path / "backups"
        assert migrate(db, backup_dir=backups) == [m.number for m in MIGRATIONS if m.number > 1]
        assert current_version(db) == LATEST
        assert db.execute_sql("SELECT name FROM admin_unit").fetchone()[0] == "Tỉnh Lạng Sơn"
        copies = list(backups.glob("*.db"))
        assert len(copies) == 1, "a backup copy is taken before migrating"
        # the copy is the database as it was: schema version 1
        import sqlite3

        with sqlite3.connect(copies[0]) as con:
            assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()


def test_refuses_a_newer_database(tmp_path):
    db = open_database(str(tmp_path / "new.db"))
    try:
        migrate(db)
        db.execute_sql(
            "INSERT INTO schema_version (version, applied_at, app_version) VALUES (?, ?, ?)",
            (LATEST + 1, dt.datetime.now(), "9.9"),
        )
        with pytest.raises(SchemaTooNew) as info:
            migrate(db)
        assert info.value.params == {"found": LATEST + 1, "supported": LATEST}
    finally:
        close_database()


def test_each_step_is_one_transaction(tmp_path, monkeypatch):
    """A step that fails leaves neither its changes nor its version bump behind."""
    db = open_database(str(tmp_path / "t.db"))
    try:
        migrate(db, target=1)

        def broken(database):
            database.execute_sql("INSERT INTO role (code, label, rank, is_leader, active) "
                                 "VALUES ('x', 'X', 1, 0, 1)")
            raise RuntimeError("boom")

        monkeypatch.setattr(
            migrations, "MIGRATIONS",
            [migrations.MIGRATIONS[0], migrations.Migration(2, "broken", broken)],
        )
        with pytest.raises(RuntimeError):
            migrate(db)
        assert current_version(db) == 1
        assert db.execute_sql("SELECT COUNT(*) FROM role").fetchone()[0] == 0
    finally:
        close_database()


def test_sqlite_pragmas(sqlite_db):
    assert sqlite_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sqlite_db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_audit_is_append_only(db):
    from db.audit import recent_audit, write_audit

    write_audit(user_id=None, username="lan", action="create", entity="team", entity_id=1,
                after={"name": "Tổ CNSCĐ thôn Nà Sla"})
    with pytest.raises(pw.DatabaseError):
        with db.atomic():
            db.execute_sql("UPDATE audit SET username = 'khac'")
    with pytest.raises(pw.DatabaseError):
        with db.atomic():
            db.execute_sql("DELETE FROM audit")
    assert [e.username for e in recent_audit()] == ["lan"]
