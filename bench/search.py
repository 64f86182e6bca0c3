"""People search at national scale: p50/p95 of ``desktop.people.search`` per kind of query.

    python bench/search.py [--persons 500000] [--villages 100000] [--db PATH] [--keep]

Builds (or reuses, with ``--db`` pointing at an existing file) a SQLite database of
synthetic national data with raw ``executemany`` (~10 minutes at 500k), then times each
query ``--repeat`` times (after one warm-up) and prints p50/p95 in milliseconds, plus the
plan the search chose. Figures are for reading, never asserted in tests.

``--more`` also times the tree, the lists and the statistics on the same data.

Figures on the development machine (2026-11-28, SQLite 3.40, Python 3.11; 500,000
persons / 1,574,773 name tokens / 100,000 villages / 80,000 teams / 400,000 memberships;
build 566 s; ``--repeat 30``, one process, warm cache):

    query                            text          plan     p50 ms  p95 ms  hits
    name, 2 letters (dense)          an            dense      5.93    6.36    50
    name, family (dense)             nguyen        dense      7.10    7.89    50
    name, full given                 thuy          sparse     6.11    7.22    50
    name, two words                  van an        sparse     5.13    8.08    50
    name, given first                an nguyen     sparse     5.34    6.17    50
    name, full, rare                 sam thi hoa   sparse     1.57    1.92    11
    name, accented                   Trần Thị Hoà  sparse     2.62    3.54    50
    name, no match                   xyzq          sparse     0.48    0.55     0
    phone prefix                     0912          sparse     2.15    2.48    50
    phone, long prefix               0912345       sparse     0.89    0.97     1
    village name                     na sla        sparse     4.50    5.48    50
    page 5 of 'nguyen'               nguyen        dense      7.98    8.81    50
    scope commune: 'an'              an            scope      3.04    3.39    12
    scope province: 'nguyen'         nguyen        scope     42.30   59.87    50

    call (--more, --repeat 20)                p50 ms  p95 ms
    tree: national root                        131.8   132.6
    tree: a province's communes                 22.9    23.8
    tree: a commune's villages                   1.2     1.3
    list_villages(commune)                       1.3     1.4
    list_teams(commune)                          2.6     3.0
    get_team                                     2.4     2.4
    overview(commune)                            5.1     5.6
    overview(province)                          65.6    71.8
    per_commune(province)                       50.9    51.9
    overview(national)                         497.9   562.7

What got there (each step measured on this data): without the name-token table a word
that is not the first of the name can't use an index at all; sorting the matches by
visiting person rows cost 230-330 ms for 15k matches ("thuy"), hence ``sort_key`` copied
into the token index (covering); walking ``person.sort_key`` in order is fast for matches
spread over the alphabet ("nguyen": 2 ms) but took 5-9 s for a given name late in it
("thuy", given name first), hence the plan choice by a capped match count; village names
scanned with ``LIKE '% x%'`` cost 80-110 ms over 100k villages, hence ``unit_name_token``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FAMILY = [
    ("Nguyễn", 384), ("Trần", 121), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 21),
    ("Phan", 45), ("Vũ", 20), ("Võ", 19), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Nông", 4), ("Lương", 4), ("Vi", 3), ("Hà", 4),
    ("Triệu", 3), ("Đàm", 2), ("Lục", 2), ("Sầm", 1), ("Mông", 1), ("Chu", 2), ("Lộc", 1),
]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Xuân", "Công"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Xuân", "Minh", "Hồng", "Kim"]
GIVEN_M = ["An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Huy", "Khánh",
           "Long", "Minh", "Nam", "Phong", "Quang", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh",
           "Ân", "Bảo", "Chiến", "Hiếu", "Lâm", "Tài", "Thụ", "Toàn", "Trung"]
GIVEN_F = ["An", "Anh", "Ánh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hoà", "Hòa", "Hương",
           "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo",
           "Thuỷ", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Hằng", "Huyền", "Liên"]
VILLAGE_WORDS = ["Nà", "Khòn", "Pác", "Bản", "Đồng", "Tân", "An", "Phú", "Hòa", "Bình",
                 "Thượng", "Hạ", "Trung", "Sla", "Pạt", "Luồng", "Cắm", "Lợi", "Hưng", "Thịnh"]

QUERIES = [
    ("name, 2 letters (dense)", "an"),
    ("name, family (dense)", "nguyen"),
    ("name, full given (sparse-ish)", "thuy"),
    ("name, two words", "van an"),
    ("name, given first", "an nguyen"),
    ("name, full, rare", "sam thi hoa"),
    ("name, accented", "Trần Thị Hoà"),
    ("name, no match", "xyzq"),
    ("phone prefix", "0912"),
    ("phone, long prefix", "0912345"),
    ("village name", "na sla"),
    ("page 5 of 'nguyen'", "nguyen@200"),
    ("scope commune: 'an'", "an#commune"),
    ("scope province: 'nguyen'", "nguyen#province"),
]


def _weighted(rng: random.Random, items: list[tuple[str, int]]):
    names = [n for n, _ in items]
    weights = [w for _, w in items]
    return lambda: rng.choices(names, weights)[0]


def build(path: str, persons: int, villages: int, seed: int = 7) -> None:
    from db.connection import close_database, open_database
    from db.migrations import migrate
    from db.people import name_tokens
    from vn.collation import person_sort_key, sort_key
    from vn.text import fold, split_name

    rng = random.Random(seed)
    db = open_database(path)
    migrate(db)
    con = db.connection()
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    t0 = time.perf_counter()

    # 34 provinces, ~3,300 communes, villages spread over them.
    units = []
    uid = 0
    province_ids, commune_ids = [], []
    for p in range(34):
        uid += 1
        name = f"Tỉnh Số {p + 1}"
        units.append((uid, "2025", "province", "Tỉnh", f"{p + 1:02d}", name, name[5:], None,
                      fold(name), sort_key(name[5:])))
        province_ids.append(uid)
    for c in range(3300):
        uid += 1
        name = f"Xã {rng.choice(VILLAGE_WORDS)} {rng.choice(VILLAGE_WORDS)} {c}"
        units.append((uid, "2025", "commune", "Xã", f"{c:05d}", name, name[3:],
                      province_ids[c % 34], fold(name), sort_key(name[3:])))
        commune_ids.append(uid)
    village_ids = []
    for v in range(villages):
        uid += 1
        if v % 3 == 0:
            name = f"Thôn {v % 20 + 1}"
        else:
            name = f"Thôn {rng.choice(VILLAGE_WORDS)} {rng.choice(VILLAGE_WORDS)}"
        commune = commune_ids[v % len(commune_ids)]
        units.append((uid, "local", "village", "Thôn", f"{commune}-{v:05d}", name, name[5:],
                      commune, fold(name), sort_key(name[5:])))
        village_ids.append(uid)
    con.executemany(
        "INSERT INTO admin_unit (id, catalogue, level, kind, code, name, short_name, parent_id,"
        " search_key, sort_key, version, created_at, updated_at, note)"
        f" VALUES (?,?,?,?,?,?,?,?,?,?,1,'{now}','{now}','')",
        units,
    )

    family = _weighted(rng, FAMILY)
    people, tokens = [], []
    for pid in range(1, persons + 1):
        female = rng.random() < 0.45
        name = " ".join(
            [family(), rng.choice(MIDDLE_F if female else MIDDLE_M)]
            + ([rng.choice(MIDDLE_F if female else MIDDLE_M)] if rng.random() < 0.15 else [])
            + [rng.choice(GIVEN_F if female else GIVEN_M)]
        )
        fam, mid, given = split_name(name)
        folded = fold(name)
        phone = "0" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(8))
        people.append((pid, name, fam, mid, given, folded, person_sort_key(name),
                       "nu" if female else "nam", rng.randint(1960, 2005), phone))
        skey = people[-1][6]
        tokens.extend((pid, k, skey) for k in name_tokens(folded))
    con.executemany(
        "INSERT INTO person (id, full_name, family_name, middle_name, given_name, search_key,"
        " sort_key, sex, birth_year, birth_precision, phone, ethnicity, position, organisation,"
        " youth_union, note, retired, version, created_at, updated_at)"
        f" VALUES (?,?,?,?,?,?,?,?,?,'year',?,'Kinh','','',0,'',0,1,'{now}','{now}')",
        people,
    )
    con.executemany(
        "INSERT INTO person_name_token (person_id, search_key, sort_key) VALUES (?,?,?)", tokens
    )
    con.executemany(
        "INSERT INTO unit_name_token (unit_id, search_key) VALUES (?,?)",
        [(u[0], k) for u in units if u[2] == "village" for k in name_tokens(u[8])],
    )

    # 80% of villages have a team of 5; members are people 1..(teams*5).
    teams, members = [], []
    pid = 0
    for tid, village in enumerate(village_ids[: int(len(village_ids) * 0.8)], start=1):
        teams.append((tid, village, f"Tổ CNSCĐ {tid}"))
        for k in range(5):
            pid += 1
            if pid > persons:
                break
            role = "to_truong" if k == 0 else ("to_pho" if k == 1 else "thanh_vien")
            members.append((tid, pid, role))
    con.executemany(
        "INSERT INTO team (id, village_id, name, status, note, version, created_at, updated_at)"
        f" VALUES (?,?,?,'active','',1,'{now}','{now}')",
        teams,
    )
    con.executemany(
        "INSERT INTO membership (team_id, person_id, role, end_reason, note, version,"
        f" created_at, updated_at) VALUES (?,?,?,'','',1,'{now}','{now}')",
        members,
    )
    con.commit()
    con.execute("ANALYZE")
    con.commit()
    print(f"built {persons} persons, {len(tokens)} tokens, {villages} villages, "
          f"{len(teams)} teams, {len(members)} memberships in {time.perf_counter() - t0:.1f} s")
    close_database()


def run(path: str, repeat: int) -> list[tuple[str, str, str, float, float, int]]:
    from db.connection import open_database
    from db.models import AdminUnit
    from db.people import search_person_ids
    from desktop import people
    from vn.phones import search_prefix
    from vn.text import fold

    open_database(path)
    commune = AdminUnit.select(AdminUnit.id).where(AdminUnit.level == "commune").first().id
    province = AdminUnit.select(AdminUnit.id).where(AdminUnit.level == "province").first().id
    out = []
    for label, spec in QUERIES:
        text, offset, scope = spec, 0, None
        if "@" in spec:
            text, off = spec.split("@")
            offset = int(off)
        if "#" in spec:
            text, where = spec.split("#")
            scope = commune if where == "commune" else province
        times = []
        hits = []
        for i in range(repeat + 1):
            t = time.perf_counter()
            hits = people.search(text, scope_unit_id=scope, offset=offset)
            if i:
                times.append((time.perf_counter() - t) * 1000)
        _, plan = search_person_ids(fold(text), search_prefix(text) if
                                    fold(text).replace(" ", "").isdigit() else None,
                                    scope_unit_id=scope, limit=1, offset=0)
        times.sort()
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out.append((label, text, plan, p50, p95, len(hits)))
    return out


def run_other(path: str, repeat: int) -> list[tuple[str, float, float]]:
    """Tree, lists and statistics on the same data (``--more``): not search, but the other
    calls a national-scale window makes."""
    from db.connection import open_database
    from db.models import AdminUnit
    from desktop import stats, teams, units

    open_database(path)
    commune = AdminUnit.select(AdminUnit.id).where(AdminUnit.level == "commune").first().id
    province = AdminUnit.select(AdminUnit.id).where(AdminUnit.level == "province").first().id
    team_id = teams.list_teams(commune)[0].id
    calls = [
        ("tree: national root", lambda: units.unit_tree_children(None, "2025")),
        ("tree: a province's communes", lambda: units.unit_tree_children(province)),
        ("tree: a commune's villages", lambda: units.unit_tree_children(commune)),
        ("list_villages(commune)", lambda: units.list_villages(commune)),
        ("list_teams(commune)", lambda: teams.list_teams(commune)),
        ("get_team", lambda: teams.get_team(team_id)),
        ("overview(commune)", lambda: stats.overview(commune)),
        ("overview(province)", lambda: stats.overview(province)),
        ("per_commune(province)", lambda: stats.per_commune(province)),
        ("overview(national)", lambda: stats.overview(None)),
    ]
    out = []
    for label, call in calls:
        times = []
        for i in range(max(3, repeat // 4) + 1):
            t = time.perf_counter()
            call()
            if i:
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out.append((label, statistics.median(times), p95))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--villages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--db", help="SQLite file to build (or reuse when it exists)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument("--more", action="store_true", help="also time tree, lists, stats")
    args = parser.parse_args(argv)
    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.mkdtemp(prefix="cnscd-bench-")
        path = os.path.join(tmp, "search.db")
    if not os.path.exists(path):
        build(path, args.persons, args.villages)
    rows = run(path, args.repeat)
    print(f"{'query':32} {'text':16} {'plan':7} {'p50 ms':>8} {'p95 ms':>8} {'hits':>5}")
    for label, text, plan, p50, p95, hits in rows:
        print(f"{label:32} {text:16} {plan:7} {p50:8.2f} {p95:8.2f} {hits:5d}")
    if args.more:
        print()
        print(f"{'call':40} {'p50 ms':>8} {'p95 ms':>8}")
        for label, p50, p95 in run_other(path, args.repeat):
            print(f"{label:40} {p50:8.1f} {p95:8.1f}")
    if tmp and not args.keep:
        import shutil

        from db.connection import close_database

        close_database()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
