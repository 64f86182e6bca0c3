"""Team lists at national scale: the first page (and a deep page) of
``desktop.teams.list_teams_page`` per sort, and the footer counts (``team_summary``), for
the whole country and for the largest province. What the Tổ CNSCĐ page runs when a
province office (or a national database) selects a province.

    python main.py --db /tmp/nat2.db init
    python main.py --db /tmp/nat2.db demo --scale national --quiet
    python bench/lists_national.py --db /tmp/nat2.db [--repeat 10]

Figures are for reading, never asserted in tests. On the development machine
(2026-11-28, SQLite, Python 3.11; demo --scale national: 91,211 teams / 519,795 current
members; the largest province, TP Hồ Chí Minh: 5,351 teams), ``--repeat 5``, p50 ms, warm
cache, another benchmark running on the machine at the same time (quiet runs: country
first page ~45 ms, of which ~6 ms the labels of the page):

    call (page of 100)                           country   province
    first page, place (commune, village)          62-75      14-30
    first page, name / village                    68-93      16-32
    first page, commune                           60-103     14-21
    first page, status                           111-119     13-27
    first page, established                      107-119     14
    first page, members (correlated count)       255-280     26
    page at offset 2000, place                        89      16
    team_summary (footer counts, worker thread)      392      88

The country-wide sorts cost a temp B-tree over ~91k teams (no index orders teams by
commune then village key); a province sorts only its own few thousand rows.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _time(call, repeat: int) -> tuple[float, float]:
    call()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    import peewee as pw

    from db.connection import open_database
    from db.models import AdminUnit, Team
    from desktop import teams

    open_database(args.db)
    V = AdminUnit.alias("v")
    C = AdminUnit.alias("c")
    biggest = (
        AdminUnit.select(AdminUnit.id, AdminUnit.name, pw.fn.COUNT(Team.id).alias("n"))
        .join(C, on=(C.parent == AdminUnit.id))
        .join(V, on=(V.parent == C.id))
        .join(Team, on=(Team.village == V.id))
        .where(AdminUnit.level == "province")
        .group_by(AdminUnit.id, AdminUnit.name)
        .order_by(pw.SQL("n").desc())
        .tuples()
        .first()
    )
    scopes = [("country", None)]
    if biggest:
        scopes.append((f"province {biggest[1]} ({biggest[2]} teams)", biggest[0]))
    print(f"{'call':58} {'p50 ms':>8} {'p95 ms':>8}")
    for label, unit in scopes:
        for sort in teams.TEAM_SORTS:
            for descending in (False, True):
                name = f"{label}: first page, {sort}{' desc' if descending else ''}"
                p50, p95 = _time(lambda u=unit, s=sort, d=descending: teams.list_teams_page(
                    u, limit=100, sort=s, descending=d), args.repeat)
                print(f"{name:58} {p50:8.1f} {p95:8.1f}")
        p50, p95 = _time(lambda u=unit: teams.list_teams_page(u, offset=2000, limit=100),
                         args.repeat)
        print(f"{label + ': page at offset 2000, place':58} {p50:8.1f} {p95:8.1f}")
        p50, p95 = _time(lambda u=unit: teams.team_summary(u), max(3, args.repeat // 3))
        print(f"{label + ': team_summary (footer counts)':58} {p50:8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
