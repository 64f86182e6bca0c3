"""The audit trail you can prove: ``audit --verify`` catches a removed, edited, inserted or
back-dated row, and rows removed from the end since this PC last saw the trail."""
from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from db.audit import GENESIS, row_hash, verify_chain, write_audit, write_audit_rows
from db.connection import is_postgres
from db.models import Audit
from desktop.audit_service import verify_trail
from desktop.cli import main as cli_main
from tests.conftest import PG_URL
from tests.desktop.export_fixtures import area, roster  # noqa: F401


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))


def _trail(n: int = 6) -> None:
    for i in range(n):
        write_audit(user_id=None, username="canbo", action="update", entity="person",
                    entity_id=i, before={"phone": f"09120000{i:02d}"},
                    after={"phone": f"09880000{i:02d}"})


def _unguarded(db, statement: str, params=()) -> None:
    """What someone with the database file (or the owner role) can do behind the app."""
    if is_postgres(db):
        db.execute_sql("ALTER TABLE audit DISABLE TRIGGER audit_no_change")
        db.execute_sql(statement.replace("?", "%s"), params)
        db.execute_sql("ALTER TABLE audit ENABLE TRIGGER audit_no_change")
    else:
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_update")
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_delete")
        db.execute_sql(statement, params)


def _target(db) -> str:
    return PG_URL if is_postgres(db) else db.database


def test_each_row_is_chained_to_the_previous_one(db):
    _trail(3)
    rows = list(Audit.select().order_by(Audit.id))
    assert rows[0].prev_hash == GENESIS
    assert [r.prev_hash for r in rows[1:]] == [r.row_hash for r in rows[:-1]]
    assert verify_chain().ok and verify_trail().ok


def test_bulk_rows_chain_in_order(db):
    write_audit_rows([{"action": "import", "entity": "person", "entity_id": i,
                       "before": {"phone": "1"}, "after": {"phone": "2"}} for i in range(700)])
    report = verify_chain()
    assert report.ok and report.rows == 700


@pytest.mark.parametrize("tamper,kind", [
    ("DELETE FROM audit WHERE id = ?", "broken"),
    ("UPDATE audit SET after = '{\"phone\": \"0999999999\"}' WHERE id = ?", "edited"),
    ("UPDATE audit SET username = 'ke-gian' WHERE id = ?", "edited"),
    ("UPDATE audit SET at = '2020-01-01 00:00:00' WHERE id = ?", "edited"),
])
def test_verify_catches_a_removed_or_edited_row(db, tamper, kind, capsys):
    _trail()
    middle = Audit.select().order_by(Audit.id).offset(3).first().id
    _unguarded(db, tamper, (middle,))
    report = verify_chain()
    assert not report.ok and report.problems[0].kind == kind
    assert cli_main(["--db", _target(db), "audit", "--verify"]) == 1
    err = capsys.readouterr().err
    assert "đã bị can thiệp" in err and str(middle) in err or str(middle + 1) in err


def test_verify_catches_an_inserted_or_backdated_row(db, capsys):
    _trail()
    last = Audit.select().order_by(Audit.id.desc()).first()
    # a naive insertion: no hash at all
    Audit.insert(at=dt.datetime(2026, 1, 1), username="ke-gian", action="delete",
                 entity="person", note="").execute()
    assert [p.kind for p in verify_chain().problems][:2] == ["broken", "edited"]
    # a careful one that knows the algorithm, back-dated to hide among old rows
    _unguarded(db, "DELETE FROM audit WHERE id > ?", (last.id,))
    at = dt.datetime(2020, 1, 1)
    digest = row_hash(last.row_hash, at, None, "ke-gian", "delete", "person", 1, None,
                      None, None, "")
    Audit.insert(at=at, username="ke-gian", action="delete", entity="person", entity_id=1,
                 note="", prev_hash=last.row_hash, row_hash=digest).execute()
    assert [p.kind for p in verify_chain().problems] == ["backdated"]
    assert cli_main(["--db", _target(db), "audit", "--verify"]) == 1
    assert "ghi lùi thời gian" in capsys.readouterr().err


def test_rows_removed_from_the_end_are_caught_against_the_remembered_head(db, capsys):
    _trail()
    assert cli_main(["--db", _target(db), "audit", "--verify"]) == 0
    assert "nguyên vẹn: 6 dòng" in capsys.readouterr().out
    last = Audit.select().order_by(Audit.id.desc()).first().id
    _unguarded(db, "DELETE FROM audit WHERE id >= ?", (last - 1,))
    assert verify_chain().ok  # the chain alone can't see it
    assert cli_main(["--db", _target(db), "audit", "--verify"]) == 1
    assert "các dòng cuối" in capsys.readouterr().err


def test_the_migration_backfills_a_chain_over_existing_rows(tmp_path):
    from db.connection import close_database, open_database
    from db.migrations import migrate

    db = open_database(str(tmp_path / "old.db"))
    try:
        migrate(db, target=3)
        for i in range(3):
            db.execute_sql("INSERT INTO audit (at, username, action, entity, note) VALUES "
                           "(?, 'cu', 'create', 'unit', '')", (dt.datetime(2025, 1, 1, 8, i),))
        migrate(db)
        assert verify_chain().ok and verify_chain().rows == 3
        with pytest.raises(pw.DatabaseError):  # still append-only
            db.execute_sql("DELETE FROM audit")
    finally:
        close_database()


def test_import_audit_rows_keep_the_overwritten_values(db):
    from db.import_queries import insert_audit_rows
    from desktop import roster_import  # noqa: F401 - the import path writes through here

    insert_audit_rows([{"user_id": None, "username": "canbo", "action": "update",
                        "entity": "person", "entity_id": 7, "unit_id": None,
                        "before": {"phone": "0912000111"}, "after": {"phone": "0988000222"}}])
    row = Audit.get()
    assert "0912000111" in row.before and "0988000222" in row.after
    assert verify_chain().ok


def test_an_import_that_overwrites_a_value_keeps_the_old_one_in_the_trail(roster, tmp_path):  # noqa: F811
    import json

    from desktop.roster_import import import_roster
    from tests.desktop.service_fixtures import ADMIN
    from tests.desktop.test_roster_import import HEAD, simple_file

    path = simple_file(tmp_path / "dantoc.xlsx", [
        [1, "Hoàng Văn Dũng", "05/03/1990", "Nam", "Thành viên", "Thôn Nà Sla", "0912345001",
         "", "Nùng"],
    ], head=[*HEAD, "Dân tộc"])
    report = import_roster(ADMIN, path, commune_id=roster.commune, commit=True)
    assert report.committed
    rows = [a for a in Audit.select().where((Audit.entity == "person")
                                            & (Audit.action == "update"))]
    assert rows, "the person's update is in the trail"
    before, after = json.loads(rows[-1].before), json.loads(rows[-1].after)
    assert (before.get("ethnicity"), after.get("ethnicity")) == ("Tày", "Nùng")
    assert verify_chain().ok
