"""Benchmark: plan and apply the 2025 reform for a whole province (or the country).

    python bench/reform.py [--scale province|national] [--seed 1] [--db URL_OR_PATH]

Builds the pre-2025 demo of the scale in a fresh database (a temporary SQLite file unless
``--db`` names an empty one, e.g. a PostgreSQL URL), places every village of the split
communes on the mapping's first candidate (as a clerk filling the plan would), then times:
the plan (pure reading), the plan workbook, and the apply (backup + one transaction).
Printed: seconds for each, and the counts before and after (they must be equal). Nothing
here is asserted; the equality is checked by ``tests/desktop/test_reform.py``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["province", "national"], default="province")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args()

    from db.connection import close_database, open_database
    from db.migrations import migrate
    from desktop import reform
    from desktop.context import LOCAL_ADMIN
    from desktop.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="bench-reform-") as tmp:
        target = args.db or str(Path(tmp) / "reform.db")
        db = open_database(target)
        migrate(db)
        started = time.perf_counter()
        demo = build_demo(scale=args.scale, seed=args.seed, catalogue="pre2025")
        print(f"demo {args.scale} (pre2025): {demo.communes} communes, {demo.villages} villages, "
              f"{demo.teams} teams, {demo.memberships} memberships "
              f"({time.perf_counter() - started:.1f} s)")

        started = time.perf_counter()
        plan = reform.plan_reform(LOCAL_ADMIN)
        t_plan = time.perf_counter() - started
        print(f"plan: {t_plan:.2f} s — {plan.counts}")

        started = time.perf_counter()
        reform.export_plan(LOCAL_ADMIN, plan, Path(tmp) / "plan.xlsx")
        print(f"plan workbook: {time.perf_counter() - started:.2f} s")

        placements = {v.id: v.candidates[0].code for v in plan.to_place}
        result = reform.apply_reform(LOCAL_ADMIN, placements=placements,
                                     backup_to=Path(tmp) / "before.db"
                                     if not target.startswith("postgres") else
                                     Path(tmp) / "before.jsonl.gz")
        print(f"apply: {result.seconds:.2f} s (backup included) — {result.villages} villages "
              f"from {result.communes} old to {result.new_communes} new communes")
        print(f"before: {result.before}")
        print(f"after:  {result.after}")
        print(f"plan + apply: {t_plan + result.seconds:.2f} s")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
