"""Two processes writing one SQLite database: no "database is locked" reaches the user and
no write is lost. Marked slow (runs 30 s); CI runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import Membership
from desktop import teams, units
from desktop.catalogue import load_catalogue
from desktop.context import LOCAL_ADMIN
from db.units import find_unit

WORKER = Path(__file__).with_name("concurrency_worker.py")
SECONDS = float(os.environ.get("CNSCD_CONCURRENCY_SECONDS", "30"))


@pytest.mark.slow
def test_two_processes_write_for_30_seconds(sqlite_db):
    load_catalogue("2025", provinces={"20"})
    commune = find_unit("2025", "05977")
    team_ids = []
    for name in ("Thôn Nà Sla", "Thôn Khòn Pạt"):
        village = units.create_village(LOCAL_ADMIN, commune.id, name)
        team_ids.append(teams.create_team(LOCAL_ADMIN, village.id).id)
    target = sqlite_db.database
    sqlite_db.close()
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), target, str(team_id), str(SECONDS), tag],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for team_id, tag in zip(team_ids, ("A", "B"))
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 120)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    sqlite_db.connect(reuse_if_open=True)
    for result in results:
        assert result["errors"] == [], result["errors"][:5]
        assert len(result["done"]) > 10, "each process made progress"
    written = {m.id for m in Membership.select(Membership.id)}
    for result in results:
        assert set(result["done"]) <= written, "a write reported done was lost"
    print({r["tag"]: len(r["done"]) for r in results})
