"""Overview figures and course lists on the national demo database: p50/p95 per call.

    python main.py --db /tmp/nat.db init
    python main.py --db /tmp/nat.db demo --scale national --quiet
    python bench/stats_national.py --db /tmp/nat.db [--repeat 20] [--plans]

Times ``desktop.stats.overview`` for the communes the GUI benchmark switches to (those with
the most villages in the first provinces), for the biggest province and for the whole
country, and ``desktop.training.list_courses`` for the same communes and province. One
warm-up call each, then ``--repeat`` calls; figures are for reading, never asserted in tests.
``--plans`` prints SQLite's EXPLAIN QUERY PLAN of every statement the calls run.

Figures on the development machine (2026-11-28, SQLite 3.40.1, Python 3.11, 2 cores,
national demo database built by the demo command: 3,321 communes, 101,468 villages,
93,487 teams, 493,156 people, 3,618 courses; ``--repeat 10``, warm cache). "Before" is the
previous queries on a database with the previous indexes; "after" is a quiet run; with
other jobs on the machine the figures were up to 1.5-2x higher:

    call                          before p50 / p95 ms    after p50 / p95 ms
    overview(commune), 5 of them      262-356 / 310-429        3.0-6.0 / 3.4-6.4
    list_courses(commune)             285-362 / 318-485       28.0-28.5 / 28.2-30.7
    overview(province)                355 / 441                47 / 65
    list_courses(province)            377 / 475                34 / 35
    per_commune(province)             422 / 542                70 / 82
    overview(national)                1228 / 1292              597 / 737

What got there: "trained" was a LEFT JOIN on the DISTINCT people with a ``hoan_thanh``
result, materialised from all ~680k training records on every call; it is now an EXISTS
probe of ``training_record(person_id, result)`` per member. The overview counts teams,
their status and the communes with an active team in one query driven from the unit's
villages. A course's attendees and completions are correlated COUNTs over
``training_record(course_id, result)``: completions are the attendees minus the short
ranges either side of 'hoan_thanh' (counting 410k entries of the national courses is the
floor left: ~25 ms). The national overview still reads every current membership once.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _pick_units(count: int = 5) -> tuple[list[int], int]:
    """(communes with the most villages in the first provinces, the biggest province)."""
    from db.models import AdminUnit

    provinces = list(
        AdminUnit.select(AdminUnit.id)
        .where((AdminUnit.level == "province") & (AdminUnit.catalogue == "2025"))
        .order_by(AdminUnit.sort_key, AdminUnit.id)
        .tuples()
    )
    communes: list[int] = []
    biggest, most = provinces[0][0], -1
    for (pid,) in provinces:
        kids = [c for (c,) in AdminUnit.select(AdminUnit.id)
                .where(AdminUnit.parent == pid).tuples()]
        if len(kids) > most:
            biggest, most = pid, len(kids)
        if len(communes) < count and kids:
            sizes = sorted(
                ((AdminUnit.select().where(AdminUnit.parent == c).count(), c) for c in kids),
                reverse=True,
            )
            communes += [c for _, c in sizes[:2] if _ > 0]
    return communes[:count], biggest


def _time(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95


def _print_plans(fn) -> None:
    """Run ``fn`` once and print the plan of every SELECT it executes (SQLite)."""
    from db.connection import database

    db = database.obj
    seen: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        fn()
    finally:
        db.execute_sql = original
    for sql, params in seen:
        print("  " + sql[:300] + (" ..." if len(sql) > 300 else ""))
        for row in original("EXPLAIN QUERY PLAN " + sql, params).fetchall():
            print("      " + str(row[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the national demo database")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--plans", action="store_true", help="print the query plans")
    args = parser.parse_args(argv)

    from db.connection import open_database
    from desktop import stats, training

    open_database(args.db)
    communes, province = _pick_units()
    calls = []
    for i, c in enumerate(communes):
        calls.append((f"overview(commune #{i + 1})", lambda c=c: stats.overview(c)))
    for i, c in enumerate(communes):
        calls.append((f"list_courses(commune #{i + 1})", lambda c=c: training.list_courses(c)))
    calls += [
        ("overview(province)", lambda: stats.overview(province)),
        ("list_courses(province)", lambda: training.list_courses(province)),
        ("per_commune(province)", lambda: stats.per_commune(province)),
        ("overview(national)", lambda: stats.overview(None)),
    ]
    print(f"Database: {args.db}; communes {communes}, province {province}; "
          f"--repeat {args.repeat}")
    print(f"{'call':34s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for name, fn in calls:
        repeat = max(3, args.repeat // 4) if "national" in name else args.repeat
        p50, p95 = _time(fn, repeat)
        print(f"{name:34s} {p50:8.1f} {p95:8.1f}", flush=True)
        if args.plans and "#" not in name or args.plans and "#1)" in name:
            _print_plans(fn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
