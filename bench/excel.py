"""Excel benchmarks.

Export half: the national roster (``--rows``, default 500,000 members) written by
``exports.roster_xlsx.write_roster`` against a bare openpyxl write-only loop that writes the same
cells (same values, same styles and number formats, the same section rows merged across), each
run in a fresh child process so its peak memory (``ru_maxrss``) is its own. Prints the times, the
ratio (aim ≤ 1.2) and the peak memory of the writer (aim ≤ 250 MB).

    python bench/excel.py                 # 500,000 rows, median of 1 run each
    python bench/excel.py --rows 20000 --repeat 3

Structure: each benchmark is a function (``bench_export(rows, repeat)``) returning a dict of
figures; ``main()`` runs the ones asked for (``--only export``); more halves can be added to
``BENCHES``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from exports.roster_xlsx import (
    RosterDocument,
    RosterRow,
    RosterSection,
    roster_columns,
    write_roster,
)

AIM_RATIO = 1.2
AIM_PEAK_MB = 250

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Nông", "Lương", "Triệu", "Hứa", "Lăng", "Đàm"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Xuân", "Văn Đức"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Thị Thu", "Xuân"]
GIVEN_M = ["Dũng", "Hải", "Tùng", "Quân", "Thắng", "Hưng", "Cường", "Khánh", "Đạt", "Lộc"]
GIVEN_F = ["Hoa", "Hòa", "Lan", "Thảo", "Hương", "Yến", "Ngân", "Phượng", "Trang", "Nhung"]
ETHNIC = ["Kinh", "Tày", "Nùng", "Dao", "H'Mông", "Thái"]
POSITIONS = ["Trưởng thôn", "Bí thư chi đoàn", "Công an xã", "Nhân viên VNPT",
             "Giáo viên Trường Tiểu học", "Chi hội trưởng Hội Phụ nữ", "Đoàn viên"]
ROLES = ["Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên"]
VILLAGES = ["Nà Sla", "Khòn Pạt", "Bản Cắm", "Pác Luồng", "Thôn 1", "Tổ dân phố 5", "Khu 3"]
COMMUNES = ["Hợp Thành", "Tân Chính", "Mẫu Sơn", "Đồng Đăng", "Xuân Long", "Thạch Đạn"]

MEMBERS_PER_VILLAGE = 10
VILLAGES_PER_COMMUNE = 15


def _pool(size: int = 4096, seed: int = 2026) -> list[RosterRow]:
    rnd = random.Random(seed)
    out = []
    for _ in range(size):
        female = rnd.random() < 0.45
        name = " ".join((rnd.choice(FAMILY), rnd.choice(MIDDLE_F if female else MIDDLE_M),
                         rnd.choice(GIVEN_F if female else GIVEN_M)))
        birth: dt.date | int = (dt.date(1960 + rnd.randrange(45), rnd.randrange(1, 13),
                                        rnd.randrange(1, 29))
                                if rnd.random() < 0.9 else 1960 + rnd.randrange(45))
        out.append(RosterRow(
            full_name=name, birth=birth, sex="Nữ" if female else "Nam",
            ethnicity=rnd.choice(ETHNIC), position=rnd.choice(POSITIONS),
            role=rnd.choice(ROLES), village=rnd.choice(VILLAGES), commune=rnd.choice(COMMUNES),
            phone="0" + rnd.choice("35789") + "".join(rnd.choice("0123456789") for _ in range(8)),
            email="" if rnd.random() < 0.6 else f"tv{rnd.randrange(10**6)}@gmail.com",
            trained=rnd.random() < 0.7, note="" if rnd.random() < 0.9 else "Chuyển công tác",
            citizen_id="0" + "".join(rnd.choice("0123456789") for _ in range(11)),
        ))
    return out


def roster_items(rows: int) -> Iterator[RosterSection | RosterRow]:
    """``rows`` members grouped under commune and village sections, from a precomputed pool (so
    generating the data costs next to nothing and is the same for both writers)."""
    pool = _pool()
    members = itertools.cycle(pool)
    done = 0
    commune_no = 0
    while done < rows:
        commune_no += 1
        yield RosterSection("commune", f"XÃ {COMMUNES[commune_no % len(COMMUNES)].upper()} "
                                       f"{commune_no}")
        for v in range(VILLAGES_PER_COMMUNE):
            if done >= rows:
                break
            yield RosterSection("village", f"Thôn {VILLAGES[v % len(VILLAGES)]} {v + 1}")
            for _ in range(min(MEMBERS_PER_VILLAGE, rows - done)):
                yield next(members)
                done += 1


def _document(rows: int, include_citizen_id: bool) -> RosterDocument:
    return RosterDocument(
        issuing_body_lines=["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"],
        place="Hà Nội", date=dt.date(2026, 3, 5),
        title="DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TOÀN QUỐC",
        include_citizen_id=include_citizen_id, sections=roster_items(rows))


# --- the two writers, each run in a child process -----------------------------------------

def run_ours(path: str, rows: int, include_citizen_id: bool) -> None:
    write_roster(path, _document(rows, include_citizen_id))


def run_bare(path: str, rows: int, include_citizen_id: bool) -> None:
    """A plain openpyxl write-only loop writing the same cells: same values, the same styles
    (font, borders, alignment, number formats: DD/MM/YYYY dates, "@" text for phones and IDs,
    the year alone as text), and the section rows merged across. Styles are resolved once into
    StyleArrays, the cheapest way openpyxl offers; no title block (a dozen cells)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet.cell_range import CellRange

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    side = Side(style="thin", color="000000")
    border = Border(left=side, right=side, top=side, bottom=side)

    def style(halign: str = "left", fmt: str = "General", bold: bool = False,
              fill: str | None = None) -> StyleArray:
        c = Cell(ws, 1, 1)
        c.font = Font(name="Times New Roman", size=12, bold=bold)
        c.alignment = Alignment(horizontal=halign, vertical="center", wrap_text=True)
        c.border = border
        if fill:
            c.fill = PatternFill(fill_type="solid", start_color=fill, end_color=fill)
        c.number_format = fmt
        return StyleArray(c._style)

    text, center, code = style(), style("center"), style("center", "@")
    date_s, head, top = style("center", "DD/MM/YYYY"), style("center", bold=True), \
        style(bold=True, fill="F2F2F2")
    cols = roster_columns(include_citizen_id)
    n = len(cols)
    ws.append([Cell(ws, 1, 1, c.heading, head) for c in cols])
    merges = ws.merged_cells.ranges
    r = 1
    stt = 0
    for item in roster_items(rows):
        r += 1
        if isinstance(item, RosterSection):
            ws.append([Cell(ws, 1, 1, item.label, top)] + [Cell(ws, 1, 1, None, top)
                                                           for _ in range(n - 1)])
            merges.add(CellRange(min_col=1, min_row=r, max_col=n, max_row=r))
            stt = 0
            continue
        stt += 1
        b = item.birth
        row = [Cell(ws, 1, 1, stt, center), Cell(ws, 1, 1, item.full_name, text)]
        if include_citizen_id:
            row.append(Cell(ws, 1, 1, item.citizen_id, code))
        row += [
            Cell(ws, 1, 1, b, date_s) if isinstance(b, dt.date) else Cell(ws, 1, 1, str(b), code),
            Cell(ws, 1, 1, item.sex, center), Cell(ws, 1, 1, item.ethnicity, center),
            Cell(ws, 1, 1, item.position, text), Cell(ws, 1, 1, item.role, text),
            Cell(ws, 1, 1, item.village, text), Cell(ws, 1, 1, item.commune, text),
            Cell(ws, 1, 1, item.phone, code), Cell(ws, 1, 1, item.email or None, text),
            Cell(ws, 1, 1, "x" if item.trained else None, center),
            Cell(ws, 1, 1, item.note or None, text),
        ]
        ws.append(row)
    wb.save(path)


RUNNERS: dict[str, Callable[[str, int, bool], None]] = {"ours": run_ours, "bare": run_bare}


def _child(which: str, rows: int, include_citizen_id: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "roster.xlsx")
        t0 = time.perf_counter()
        RUNNERS[which](path, rows, include_citizen_id)
        seconds = time.perf_counter() - t0
        size = os.path.getsize(path)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime,
                      "peak_mb": usage.ru_maxrss / 1024, "bytes": size}))


def _spawn(which: str, rows: int, include_citizen_id: bool) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", which, "--rows", str(rows)]
    if include_citizen_id:
        cmd.append("--citizen-id")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench_export(rows: int, repeat: int = 1, include_citizen_id: bool = False) -> dict:
    """Time ``write_roster`` against the bare loop (alternating, ``repeat`` times each; medians).
    """
    ours, bare = [], []
    for _ in range(repeat):
        bare.append(_spawn("bare", rows, include_citizen_id))
        ours.append(_spawn("ours", rows, include_citizen_id))
    t_ours = statistics.median(x["seconds"] for x in ours)
    t_bare = statistics.median(x["seconds"] for x in bare)
    c_ours = statistics.median(x["cpu_s"] for x in ours)
    c_bare = statistics.median(x["cpu_s"] for x in bare)
    return {
        "rows": rows,
        "columns": len(roster_columns(include_citizen_id)),
        "ours_s": round(t_ours, 2),
        "bare_s": round(t_bare, 2),
        "ratio": round(t_ours / t_bare, 3),
        "ours_cpu_s": round(c_ours, 2),
        "bare_cpu_s": round(c_bare, 2),
        "cpu_ratio": round(c_ours / c_bare, 3),
        "ours_peak_mb": round(max(x["peak_mb"] for x in ours), 1),
        "bare_peak_mb": round(max(x["peak_mb"] for x in bare), 1),
        "file_mb": round(ours[0]["bytes"] / 2**20, 1),
    }


def _print_export(res: dict) -> None:
    try:
        import lxml  # noqa: F401
        backend = "lxml"
    except ImportError:
        backend = "xml.etree (install lxml for speed)"
    print(f"Export roster: {res['rows']:,} rows x {res['columns']} columns, openpyxl with "
          f"{backend}")
    print(f"  write_roster      {res['ours_s']:8.2f} s (cpu {res['ours_cpu_s']:8.2f} s)   "
          f"peak {res['ours_peak_mb']:7.1f} MB   file {res['file_mb']} MB")
    print(f"  bare openpyxl     {res['bare_s']:8.2f} s (cpu {res['bare_cpu_s']:8.2f} s)   "
          f"peak {res['bare_peak_mb']:7.1f} MB")
    ok_ratio = "ok" if res["ratio"] <= AIM_RATIO else "OVER"
    ok_mem = "ok" if res["ours_peak_mb"] <= AIM_PEAK_MB else "OVER"
    print(f"  ratio {res['ratio']:.3f} wall, {res['cpu_ratio']:.3f} cpu "
          f"(aim <= {AIM_RATIO}: {ok_ratio});  "
          f"peak {res['ours_peak_mb']:.0f} MB (aim <= {AIM_PEAK_MB}: {ok_mem})")


BENCHES: dict[str, Callable[[argparse.Namespace], None]] = {
    "export": lambda a: _print_export(bench_export(a.rows, a.repeat, a.citizen_id)),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=500_000, help="roster rows to export")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each writer (median)")
    ap.add_argument("--citizen-id", action="store_true", help="include the Số CCCD column")
    ap.add_argument("--only", choices=sorted(BENCHES), action="append",
                    help="run only these benchmarks (default: all)")
    ap.add_argument("--_child", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a._child:
        _child(a._child, a.rows, a.citizen_id)
        return 0
    for name in a.only or list(BENCHES):
        BENCHES[name](a)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
