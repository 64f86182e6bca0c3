"""Benchmark: build the national demo (3,321 communes, ~100k villages and teams, ~500k
people) into a fresh temporary SQLite file; print the time, the file size and row counts.

    python bench/demo_national.py [--seed N] [--keep PATH] [--scale national|province|district]

The budget (issue 2) is 3 minutes on a 2-core machine, key computation included.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TABLES = ("admin_unit", "unit_name_token", "person", "person_name_token", "team", "membership",
          "decision", "decision_team", "decision_counter", "training_course", "training_record")
BUDGET_SECONDS = {"national": 180.0, "province": 30.0, "district": 5.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", default="national", choices=sorted(BUDGET_SECONDS))
    parser.add_argument("--keep", help="copy the built database here")
    args = parser.parse_args(argv)

    from db.connection import close_database
    from desktop.demo import build_demo
    from desktop.setup import initialise

    tmp = Path(tempfile.mkdtemp(prefix="cnscd-demo-"))
    path = tmp / "demo.db"
    try:
        t0 = time.perf_counter()
        initialise(str(path), catalogue="2025")
        t_init = time.perf_counter() - t0

        phases: list[tuple[float, str]] = []

        def progress(done: int, total: int, text: str = "") -> None:
            phases.append((time.perf_counter(), text))
            print(f"  {time.perf_counter() - t1:6.1f} s  [{done}/{total}] {text}", flush=True)

        t1 = time.perf_counter()
        c1 = time.process_time()
        report = build_demo(scale=args.scale, seed=args.seed, progress=progress)
        t_demo = time.perf_counter() - t1
        c_demo = time.process_time() - c1
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

        from db.connection import database

        db = database.obj
        counts = {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        villages = db.execute_sql(
            "SELECT COUNT(*) FROM admin_unit WHERE level = 'village'").fetchone()[0]
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
        size = sum(p.stat().st_size for p in tmp.iterdir() if p.name.startswith("demo.db"))

        print()
        print(f"scale {args.scale}, seed {args.seed}, catalogue {report.catalogue}")
        print(f"init (schema + catalogue): {t_init:7.1f} s")
        budget = BUDGET_SECONDS[args.scale]
        print(f"demo build:                {t_demo:7.1f} s  (budget {budget:.0f} s)")
        print(f"  of which CPU time:       {c_demo:7.1f} s  (load average at the end {load:.1f} "
              f"on {os.cpu_count()} CPUs)")
        print(f"file size:                 {size / 2**20:7.1f} MiB")
        print(f"communes {report.communes}, villages {villages}, teams {report.teams}, "
              f"people {report.members}, memberships {report.memberships}, "
              f"courses {report.courses}, training records {report.training_records}, "
              f"decisions {report.decisions}")
        for table, n in counts.items():
            print(f"  {table:20s} {n:>10,}")
        if args.keep:
            shutil.copy(path, args.keep)
            print(f"kept a copy at {args.keep}")
        return 0 if t_demo <= budget else 1
    finally:
        close_database()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
