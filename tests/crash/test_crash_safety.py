"""Pulling the plug: kill -9 a process in the middle of issuing decisions, a batch export
and an import, then reopen. The database must pass ``PRAGMA integrity_check``, hold no
partial rows, and no output file may be half-written. 20 trials each (slow; CI runs them)."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("crash_worker.py")
TRIALS = int(os.environ.get("CNSCD_CRASH_TRIALS", "20"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A district demo database (teams, members, decisions) built once and copied per trial."""
    from db.connection import close_database
    from desktop.cli import main as cli_main

    folder = tmp_path_factory.mktemp("crash")
    path = folder / "seed.db"
    assert cli_main(["--db", str(path), "init"]) == 0
    assert cli_main(["--db", str(path), "demo", "--scale", "district", "--quiet"]) == 0
    close_database()
    return path


def _copy(seed: Path, dest: Path) -> Path:
    src = sqlite3.connect(seed)
    dst = sqlite3.connect(dest)
    src.backup(dst)
    src.close()
    dst.close()
    return dest


def _duration(args: list[str]) -> float:
    """How long the worker's work takes here and now, from "ready" to the end: the kill
    delays are drawn within it, so most trials really interrupt the work on any machine."""
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    started = time.monotonic()
    proc.wait(600)
    assert proc.returncode == 0, proc.stderr.read()
    return time.monotonic() - started


def _run_and_kill(args: list[str], rng: random.Random, max_delay: float) -> bool:
    """Start the worker, kill -9 it after a random delay; True if it was killed mid-work."""
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    time.sleep(rng.uniform(0.02, max_delay))
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    if not killed:
        assert proc.returncode == 0, proc.stderr.read()
    return killed


def _integrity(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def _add_drafts(path: Path, count: int) -> None:
    from db.connection import close_database, open_database
    from db.models import Team
    from desktop import decisions
    from desktop.context import LOCAL_ADMIN

    open_database(str(path))
    try:
        team_ids = [t.id for t in Team.select(Team.id).where(Team.status != "dissolved")
                    .order_by(Team.id).limit(count)]
        for team_id in team_ids:
            decisions.draft_decision(LOCAL_ADMIN, "kien_toan", [team_id])
        from db.models import Decision

        for (decision_id,) in Decision.select(Decision.id).where(
                Decision.status == "draft").tuples():
            d = decisions.get_decision(decision_id)
            if not d.signer_name:
                decisions.update_draft(LOCAL_ADMIN, d.id, {"signer_name": "Hoàng Văn Thụ"},
                                       d.version)
    finally:
        close_database()


def test_kill_while_issuing_decisions(seeded, tmp_path):
    rng = random.Random(20261128)
    probe = _copy(seeded, tmp_path / "probe.db")
    _add_drafts(probe, 12)
    full = _duration([str(probe), "issue"])
    killed = 0
    for trial in range(TRIALS):
        db_path = _copy(seeded, tmp_path / f"issue-{trial}.db")
        _add_drafts(db_path, 12)
        killed += _run_and_kill([str(db_path), "issue"], rng, full * 0.9)
        con = _integrity(db_path)
        rows = con.execute(
            "SELECT d.id, d.number, d.snapshot, d.pdf_sha256, f.sha256, f.data "
            "FROM decision d LEFT JOIN decision_file f ON f.decision_id = d.id "
            "WHERE d.status = 'issued' AND d.pdf_sha256 IS NOT NULL"
        ).fetchall()
        for _id, number, snapshot, sha, file_sha, data in rows:
            assert number is not None and snapshot, "an issued decision is complete"
            assert file_sha == sha == hashlib.sha256(data).hexdigest()
        # a draft is untouched: no number, no file, no snapshot
        assert con.execute(
            "SELECT COUNT(*) FROM decision d JOIN decision_file f ON f.decision_id = d.id "
            "WHERE d.status = 'draft'").fetchone()[0] == 0
        assert con.execute(
            "SELECT COUNT(*) FROM decision WHERE status = 'draft' AND number IS NOT NULL"
        ).fetchone()[0] == 0
        dupes = con.execute(
            "SELECT issuing_unit_id, year, number, COUNT(*) FROM decision "
            "WHERE number IS NOT NULL GROUP BY 1, 2, 3 HAVING COUNT(*) > 1").fetchall()
        assert dupes == []
        con.close()
    assert killed >= TRIALS // 2, "most trials must really interrupt the work"


def test_kill_during_batch_export(seeded, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    rng = random.Random(7)
    full = _duration([str(seeded), "export", str(tmp_path / "probe")])
    killed = 0
    for trial in range(TRIALS):
        out = tmp_path / f"out-{trial}"
        killed += _run_and_kill([str(seeded), "export", str(out)], rng, full * 0.9)
        for pdf_file in out.glob("*.pdf") if out.exists() else []:
            reader = pypdf.PdfReader(str(pdf_file))  # raises on a truncated file
            assert len(reader.pages) >= 1
        _integrity(seeded).close()
    assert killed >= TRIALS // 2


def _roster_for(seed: Path, path: Path, count: int) -> None:
    """A large roster of new members for the seed's teams (Xã/Phường and Thôn columns), all
    "Thành viên" with distinct phones, so every row is a create."""
    import random

    from openpyxl import Workbook

    con = sqlite3.connect(seed)
    places = con.execute(
        "SELECT c.name, v.name FROM admin_unit v JOIN admin_unit c ON v.parent_id = c.id "
        "JOIN team t ON t.village_id = v.id AND t.status <> 'dissolved' "
        "WHERE v.level = 'village' ORDER BY c.id, v.id").fetchall()
    con.close()
    rnd = random.Random(count)
    family = ["Nguyễn", "Trần", "Lê", "Hoàng", "Nông", "Lương", "Triệu", "Đặng"]
    middle = ["Văn", "Thị", "Đức", "Minh"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Minh", "Tú", "Yến"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Vai trò trong Tổ",
               "Thôn/Tổ dân phố", "Xã/Phường", "Số điện thoại"])
    for i in range(count):
        commune, village = places[i % len(places)]
        ws.append([i + 1, f"{rnd.choice(family)} {rnd.choice(middle)} {rnd.choice(given)}",
                   f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1960, 2004)}",
                   rnd.choice(["Nam", "Nữ"]), "Thành viên", village, commune, f"037{i:07d}"])
    wb.save(path)


def test_kill_during_import(seeded, tmp_path):
    """kill -9 while a large roster is read, checked and written (one transaction): after
    reopening, either every row of the file is in the database or none is."""
    rows = int(os.environ.get("CNSCD_CRASH_IMPORT_ROWS", "12000"))
    roster = tmp_path / "roster.xlsx"
    _roster_for(seeded, roster, rows)
    rng = random.Random(4)
    killed = outcomes = 0
    for trial in range(TRIALS):
        db_path = _copy(seeded, tmp_path / f"import-{trial}.db")
        con = sqlite3.connect(db_path)
        members, people = con.execute(
            "SELECT (SELECT COUNT(*) FROM membership), (SELECT COUNT(*) FROM person)").fetchone()
        con.close()
        killed += _run_and_kill([str(db_path), "import", str(roster)], rng, 3.0)
        con = _integrity(db_path)
        after_members, after_people, imports = con.execute(
            "SELECT (SELECT COUNT(*) FROM membership), (SELECT COUNT(*) FROM person), "
            "(SELECT COUNT(*) FROM audit WHERE action = 'import')").fetchone()
        tokens_missing = con.execute(
            "SELECT COUNT(*) FROM person p WHERE NOT EXISTS "
            "(SELECT 1 FROM person_name_token t WHERE t.person_id = p.id)").fetchone()[0]
        con.close()
        if imports:
            assert (after_members, after_people) == (members + rows, people + rows)
            outcomes += 1
        else:
            assert (after_members, after_people) == (members, people)
        assert tokens_missing == 0
    assert killed >= TRIALS // 2, "most trials must really interrupt the work"
    assert outcomes < TRIALS, "some trials must be interrupted before the commit"
