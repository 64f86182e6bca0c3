"""desktop.roster_import: messy files in, every problem named by row, all or nothing.

Round trip (export a commune, import into a fresh database, same data), messy workbooks
(merged titles, section rows, text dates, NFD, TCVN3, phones as numbers, formulas, blank rows,
several sheets), dry runs that write nothing, refused rows that block the whole file, leaders,
matching, the error report workbook, and a property test over arbitrary cell contents.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from db.models import AdminUnit, Audit, Membership, Person, Team
from desktop import export_service as es
from desktop import people, teams, units
from desktop import roster_import as ri
from desktop.office import configure_office
from exports.errors import Cancelled
from tests.desktop.export_fixtures import (  # noqa: F401
    ADMIN,
    ROSTER,
    add_unit,
    area,
    member,
    roster,
)
from tests.exports.messy_fixtures import (
    build_messy_workbook,
    excel_escape_controls,
    nfd,
    set_cached_values,
    tcvn3,
    vntimeh,
)


def counts() -> dict[str, int]:
    return {
        "person": Person.select().count(),
        "membership": Membership.select().count(),
        "team": Team.select().count(),
        "village": AdminUnit.select().where(AdminUnit.level == "village").count(),
        "audit": Audit.select().count(),
    }


@pytest.fixture
def office(area):
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[])
    return area


# --- fixture builders ------------------------------------------------------------------------

HEAD = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Vai trò trong Tổ",
    "Thôn/Tổ dân phố",
    "Số điện thoại",
    "Ghi chú",
]


def simple_file(path: Path, rows: list[list], head: list[str] = HEAD, title: bool = True) -> Path:
    """A one-sheet roster: optional merged title, a header row, then the rows as given."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    if title:
        ws.merge_cells("A1:H1")
        ws["A1"] = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
        ws.append([])
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def build_clean_messy(path: Path) -> dict[str, dict]:
    """A roster typed by someone else, in their layout, messy but correct: every row must
    come in. Returns {name: expected stored values}."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Hợp Thành"
    ws.merge_cells("A1:D1")
    ws["A1"] = "UBND XÃ HỢP THÀNH"
    ws.merge_cells("F1:J1")
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A3:J3")
    ws["A3"] = "DANH SÁCH THÀNH VIÊN TỔ CNSCĐ"
    for col, text in zip(
        "ABCDEFGHIJ",
        [
            "TT",
            "Họ tên",
            "Ngày tháng năm sinh",
            "Giới tính",
            "Dân tộc",
            "Chức vụ",
            "Chức danh trong Tổ",
            "SĐT",
            "Email",
            "Ghi chú",
        ],
    ):
        ws[f"{col}5"] = text
    ws.merge_cells("A6:J6")
    ws["A6"] = "I. THÔN NÀ SLA"
    ws.append(
        [
            1,
            "hoàng văn  dũng",
            "05/03/1985",
            "Nam",
            "tày",
            "Trưởng thôn",
            "TT",
            912345678,
            None,
            None,
        ]
    )
    ws.append(
        [
            2,
            nfd("Nông Thị Hòa"),
            dt.date(1990, 7, 1),
            "nữ",
            "Nùng",
            None,
            "Tổ viên",
            "0987 654 321",
            "hoa@gmail.com",
            None,
        ]
    )
    ws.append([])  # a blank row
    ws.append([3, None, 1992, "Nam", "Tày", None, "Phó tổ trưởng", "+84 388 000 111", None, None])
    ws["B10"] = '=K10&" "&L10'  # a formula for the name
    ws["K10"], ws["L10"] = "Lương Văn", "Tú"
    ws.merge_cells("A11:J11")
    ws["A11"] = "II. Tổ dân phố 5"
    ws.append(
        [
            1,
            "Triệu Thị Mai",
            "12/8/79",
            "Nữ",
            "Dao",
            None,
            "Tổ trưởng",
            "091.234.5678",
            None,
            excel_escape_controls("Chuyển đến\x0btừ xã khác"),
        ]
    )
    ws["A14"] = "Hợp Thành, ngày 05 tháng 3 năm 2026"
    ws["A15"], ws["F15"] = "Người lập biểu", "TM. ỦY BAN NHÂN DÂN"
    ws["A18"], ws["F18"] = "Đặng Văn Bình", "Lục Văn Cường"
    # a second sheet in TCVN3 (.VnTime), section row for the village
    ws2 = wb.create_sheet("Bản Cắm")
    ws2.append([vntimeh("DANH SÁCH TỔ CNSCĐ")])
    ws2.append(
        [tcvn3(h) for h in ("STT", "Họ và tên", "Năm sinh", "Giới tính", "Vai trò", "Điện thoại")]
    )
    ws2.append([vntimeh("THÔN BẢN CẮM")])
    ws2.append([1, tcvn3("Đỗ Thị Thủy"), 1988, tcvn3("Nữ"), tcvn3("Tổ trưởng"), 912000222])
    ws2.append([2, tcvn3("Nguyễn Văn An"), 1980, "Nam", tcvn3("Thành viên"), "0912000333"])
    wb.save(path)
    set_cached_values(path, {("Hợp Thành", "B10"): "Lương Văn Tú"})
    return {
        "Hoàng Văn Dũng": {
            "phone": "0912345678",
            "birth_date": dt.date(1985, 3, 5),
            "ethnicity": "Tày",
            "role": "to_truong",
            "village": "Thôn Nà Sla",
        },
        "Nông Thị Hòa": {
            "phone": "0987654321",
            "sex": "nu",
            "email": "hoa@gmail.com",
            "role": "thanh_vien",
            "village": "Thôn Nà Sla",
        },
        "Lương Văn Tú": {
            "phone": "0388000111",
            "birth_year": 1992,
            "role": "to_pho",
            "village": "Thôn Nà Sla",
        },
        "Triệu Thị Mai": {
            "phone": "0912345678",
            "birth_date": dt.date(1979, 8, 12),
            "role": "to_truong",
            "village": "Tổ dân phố 5",
            "note": "Chuyển đến từ xã khác",
        },
        "Đỗ Thị Thủy": {
            "phone": "0912000222",
            "birth_year": 1988,
            "role": "to_truong",
            "village": "Thôn Bản Cắm",
        },
        "Nguyễn Văn An": {"phone": "0912000333", "role": "thanh_vien", "village": "Thôn Bản Cắm"},
    }


# --- round trip ----------------------------------------------------------------------------


def _fresh_database(db, tmp_path):
    from db.connection import is_postgres
    from tests.conftest import _fresh_postgres, _open

    if is_postgres(db):
        return _open(_fresh_postgres())
    return _open(str(tmp_path / "fresh.db"))


def _people_snapshot() -> list[tuple]:
    from db.teams import member_rows

    out = []
    for team in teams.list_teams(None):
        for m in member_rows(team_id=team.id):
            out.append(
                (
                    team.village_name,
                    m.full_name,
                    m.role,
                    m.birth,
                    m.sex,
                    m.ethnicity,
                    m.phone,
                    m.email or "",
                    es.position_text(m.position, m.organisation),
                )
            )
    return sorted(out)


def test_round_trip_export_then_import_into_a_fresh_database(roster, tmp_path):
    path = tmp_path / "ds.xlsx"
    es.export_roster(ADMIN, roster.commune, path)
    before = _people_snapshot()
    before = [r for r in before if r[0] != "Khu 1"]  # the other commune is not exported
    _fresh_database(roster.db, tmp_path)
    prov = add_unit("2025", "province", "Tỉnh", "20", "Tỉnh Lạng Sơn", "Lạng Sơn")
    commune = add_unit("2025", "commune", "Xã", "06100", "Xã Hợp Thành", "Hợp Thành", prov)
    configure_office(ADMIN, unit_id=commune, catalogue="2025", officials=[])
    units.create_village(ADMIN, commune, "thôn nà sla")  # one village already typed in
    report = ri.import_roster(ADMIN, path, commit=True)
    assert report.committed, report.lines()
    assert report.counts == {"create": 11, "update": 0, "unchanged": 0, "end": 0, "skip": 0, "refused": 0}
    assert sorted(v for _c, v in report.new_villages) == ["Thôn 10", "Thôn 2"]
    assert len(report.new_teams) == 3
    after = _people_snapshot()
    # the position cell joins "chức vụ, đơn vị": it comes back as the position
    assert [r[:8] for r in after] == [r[:8] for r in before]
    assert [r[8] for r in after] == [r[8] for r in before]
    assert {t.status for t in teams.list_teams(None)} == {"planned"}
    # importing the same file again changes nothing
    again = ri.import_roster(ADMIN, path, commit=True)
    assert again.counts == {"create": 0, "update": 0, "unchanged": 11, "end": 0, "skip": 0, "refused": 0}
    assert not again.committed


def test_reimporting_an_export_into_the_same_database_changes_nothing(roster, tmp_path):
    path = tmp_path / "ds.xlsx"
    es.export_roster(ADMIN, roster.province, path)
    before = counts()
    report = ri.import_roster(ADMIN, path, commit=True, commune_id=roster.province)
    assert report.counts["unchanged"] == 14 and report.refused == 0, report.lines()
    assert not report.committed and counts() == before


# --- messy files ----------------------------------------------------------------------------


def test_a_messy_roster_typed_by_someone_else_comes_in(office, tmp_path):
    units.create_village(ADMIN, office.commune, "Thôn Nà Sla")
    path = tmp_path / "messy.xlsx"
    expected = build_clean_messy(path)
    report = ri.import_roster(ADMIN, path, commit=True)
    assert report.committed, "\n".join(report.lines())
    assert report.counts["create"] == 6 and report.refused == 0
    assert sorted(v for _c, v in report.new_villages) == ["Thôn Bản Cắm", "Tổ dân phố 5"]
    stored = {p.full_name: p for p in Person.select()}
    assert set(stored) == set(expected)
    for name, want in expected.items():
        p = stored[name]
        for key, value in want.items():
            if key in ("role", "village"):
                continue
            assert getattr(p, key) == value, (name, key)
    roles = {(m.person.full_name): (m.role.code, m.team.village.name) for m in Membership.select()}
    assert {k: v for k, v in roles.items()} == {
        n: (w["role"], w["village"]) for n, w in expected.items()
    }
    # NFD came in as NFC; the name was capitalised; a blank row, the title and the signature
    # area were skipped
    assert unicodedata.is_normalized("NFC", stored["Nông Thị Hòa"].full_name)
    assert "Đặng Văn Bình" not in stored


def test_the_shared_messy_workbook_names_every_problem(office, tmp_path):
    units.create_village(ADMIN, office.commune, "Thôn Nà Sla")
    path = tmp_path / "messy.xlsx"
    build_messy_workbook(path)
    before = counts()
    report = ri.import_roster(ADMIN, path, commit=True)
    assert not report.committed and counts() == before  # refused rows: nothing written
    assert report.refused >= 1
    texts = report.lines()
    # the split-name sheet has no village anywhere: each row is named
    missing = [p for p in report.all_problems() if p.sheet == "Tách tên" and p.is_error]
    assert [(p.row, p.code) for p in missing] == [
        (4, ri.VILLAGE_MISSING),
        (5, ri.VILLAGE_MISSING),
        (7, ri.VILLAGE_MISSING),
    ]
    assert (
        missing[0]
        .text()
        .startswith("Trang tính 'Tách tên', dòng 4, Thôn/Tổ dân phố: Không rõ thôn/tổ dân phố")
    )
    assert not any("Trang tính 'Ghi chú'" in t for t in texts)  # no-header sheets: quiet
    rows = {(r.sheet, r.row): r for r in report.rows}
    assert rows[("TCVN3", 6)].full_name == "Nguyễn Văn An"  # TCVN3 decoded
    assert rows[("TCVN3", 6)].village_name == "Thôn Bản Ổ"
    assert rows[("DS Hợp Thành", 14)].full_name == "Lương Văn Tú"  # formula's cached value
    assert rows[("DS Hợp Thành", 12)].village_name == "Thôn Nà Sla"  # "I. THÔN NÀ SLA"
    assert rows[("DS Hợp Thành", 12)].village_id is not None  # the existing one
    # "THON 3" (section) and "Thôn 3" (cell) are one new village, spelt with accents
    assert rows[("KHONG DAU", 4)].village_name == rows[("KHONG DAU", 5)].village_name == "Thôn 3"
    assert ("Xã Hợp Thành", "Thôn 3") in report.new_villages
    # skip the refused rows explicitly: the others come in
    report = ri.import_roster(ADMIN, path, commit=True, skip_refused=True)
    assert report.committed
    assert Person.select().count() == before["person"] + report.count("create")
    tu = Person.get(Person.full_name == "Lương Văn Tú")
    assert tu.phone == "0388123456"  # a phone stored as a number
    minh = Person.get(Person.full_name == "Hoàng Văn Minh")
    assert (minh.phone, minh.citizen_id) == ("0912345678", "008085012345")
    assert Person.get(Person.full_name == "Nguyễn Văn An").birth_year == 1980


def test_dry_run_writes_nothing(roster, tmp_path):
    path = simple_file(
        tmp_path / "a.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
            [2, "Lê Văn Tám", "1988", "Nam", "", "Thôn 2", "0912999001"],
        ],
    )
    before = counts()
    report = ri.import_roster(ADMIN, path, commit=False)
    assert counts() == before and not report.committed and not report.commit
    assert report.counts["create"] == 2 and report.new_villages == [("Xã Hợp Thành", "Thôn Mới")]
    assert report.can_commit
    codes = {p.code for p in report.all_problems()}
    assert {ri.VILLAGE_NEW, ri.TEAM_NEW, ri.ROLE_MISSING} <= codes


def test_one_refused_row_means_nothing_is_committed(roster, tmp_path):
    path = simple_file(
        tmp_path / "a.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Thành viên", "Thôn 2", "0912999000"],
            [2, "Lê Văn Tám", "31/02/1988", "Nam", "Thành viên", "Thôn 2", "0912999001"],
            [3, "Cầm Thị Ơn", "1990", "Nữ", "Thành viên", "Thôn 2", "12345"],
        ],
    )
    before = counts()
    report = ri.import_roster(ADMIN, path, commit=True)
    assert not report.committed and counts() == before
    assert report.counts == {"create": 1, "update": 0, "unchanged": 0, "end": 0, "skip": 0, "refused": 2}
    lines = report.lines(warnings=False)
    assert lines[0].startswith("Trang tính 'Danh sách', dòng 5, cột C (Ngày sinh): Lỗi: ")
    assert lines[1].startswith("Trang tính 'Danh sách', dòng 6, cột G (Số điện thoại): Lỗi: ")
    assert "31/02/1988" in lines[0]


def test_cancel_during_the_commit_writes_nothing(roster, tmp_path):
    path = simple_file(
        tmp_path / "a.xlsx",
        [[1, "Lò Văn Páo", "01/01/1980", "Nam", "Thành viên", "Thôn Mới", "0912999000"]],
    )
    before = counts()
    calls = []

    def cancel_late() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        ri.import_roster(ADMIN, path, commit=True, cancelled=cancel_late)
    assert counts() == before


# --- villages, roles, leaders, matching ----------------------------------------------------


def test_villages_match_accent_and_case_insensitively(roster, tmp_path):
    spellings = ["Thôn Nà Sla", "thôn na sla", "NA SLA", "Na Sla", "THÔN NÀ SLA"]
    rows = [
        [i, f"Người Số {chr(65 + i)}", "1990", "Nam", "Thành viên", v, f"091200000{i}"]
        for i, v in enumerate(spellings)
    ]
    report = ri.import_roster(ADMIN, simple_file(tmp_path / "v.xlsx", rows))
    assert {r.village_id for r in report.rows} == {roster.villages["Thôn Nà Sla"]}
    assert report.new_villages == []
    # "1" fits "Thôn 1" and "Tổ dân phố 1": the row is refused, not guessed
    units.create_village(ADMIN, roster.commune, "Thôn 1")
    units.create_village(ADMIN, roster.commune, "Tổ dân phố 1")
    report = ri.import_roster(
        ADMIN,
        simple_file(
            tmp_path / "w.xlsx",
            [
                [1, "Lý Văn Mạnh", "1990", "Nam", "Thành viên", "1", "0912000099"],
                [2, "Lý Văn Hùng", "1990", "Nam", "Thành viên", "TDP 1", "0912000098"],
            ],
        ),
    )
    assert [p.code for p in report.rows[0].errors] == [ri.VILLAGE_AMBIGUOUS]
    assert report.rows[1].ok and report.rows[1].village_name == "Tổ dân phố 1"


def test_unknown_villages_are_refused_when_asked(roster, tmp_path):
    path = simple_file(
        tmp_path / "a.xlsx",
        [[1, "Lò Văn Páo", "1980", "Nam", "Thành viên", "Thôn Không Có", "0912999000"]],
    )
    report = ri.import_roster(ADMIN, path, create_villages=False)
    assert [p.code for p in report.rows[0].errors] == [ri.VILLAGE_UNKNOWN]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Tổ trưởng", "to_truong"),
        ("TT", "to_truong"),
        ("tổ trưởng tổ CNSCĐ", "to_truong"),
        ("Trưởng tổ", "to_truong"),
        ("Tổ phó", "to_pho"),
        ("Phó tổ trưởng", "to_pho"),
        ("TP", "to_pho"),
        ("Thành viên", "thanh_vien"),
        ("Tổ viên", "thanh_vien"),
        ("TV", "thanh_vien"),
        ("THANH VIEN", "thanh_vien"),
        ("thành viên.", "thanh_vien"),
    ],
)
def test_role_synonyms(db, text, code):
    role, problem = ri.parse_role(text, teams.roles())
    assert problem is None and role.code == code


def test_unknown_and_missing_roles(db):
    assert ri.parse_role("Chủ tịch", teams.roles()) == (None, ri.ROLE_UNKNOWN)
    role, problem = ri.parse_role(None, teams.roles())
    assert role.code == "thanh_vien" and problem == ri.ROLE_MISSING


def test_one_leader_per_team_counting_the_file_and_the_database(roster, tmp_path):
    two = simple_file(
        tmp_path / "two.xlsx",
        [
            [1, "Lò Văn Páo", "1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
            [2, "Lò Văn Pín", "1981", "Nam", "TT", "Thôn Mới", "0912999001"],
            [3, "Lò Thị Pọm", "1982", "Nữ", "Thành viên", "Thôn Mới", "0912999002"],
        ],
    )
    report = ri.import_roster(ADMIN, two)
    assert [r.action for r in report.rows] == ["refused", "refused", "create"]
    assert all(ri.MANY_LEADERS in [p.code for p in r.errors] for r in report.rows[:2])
    # the database has a leader in Thôn 2: a new one in the file is refused (merge)...
    new_leader = simple_file(
        tmp_path / "new.xlsx",
        [[1, "Lò Văn Páo", "1980", "Nam", "Tổ trưởng", "Thôn 2", "0912999000"]],
    )
    report = ri.import_roster(ADMIN, new_leader, commit=True)
    assert not report.committed
    assert [p.code for p in report.rows[0].errors] == ["member.second_leader"]
    assert "Mông Văn Tùng" in report.rows[0].errors[0].message
    # ...unless the file says the old one steps down
    step_down = simple_file(
        tmp_path / "sd.xlsx",
        [
            [1, "Lò Văn Páo", "1980", "Nam", "Tổ trưởng", "Thôn 2", "0912999000"],
            [2, "Mông Văn Tùng", "05/03/1990", "Nam", "Thành viên", "Thôn 2", "0912345020"],
        ],
    )
    report = ri.import_roster(ADMIN, step_down, commit=True)
    assert report.committed, report.lines()
    assert [r.action for r in report.rows] == ["create", "update"]
    assert report.rows[1].changes == ("role",)
    leaders = [m.full_name for m in teams.team_members(roster.teams["Thôn 2"]) if m.is_leader]
    assert leaders == ["Lò Văn Páo"]


def test_replace_mode_ends_the_members_missing_from_the_file(roster, tmp_path):
    path = simple_file(
        tmp_path / "r.xlsx",
        [
            [1, "Lò Văn Páo", "1980", "Nam", "Tổ trưởng", "Thôn 2", "0912999000"],
            [2, "Hà Thị Lan", "05/03/1990", "Nữ", "Thành viên", "Thôn 2", "0912345021"],
        ],
    )
    report = ri.import_roster(ADMIN, path, commit=True, team_mode="replace")
    assert report.committed, report.lines()
    assert sorted(m.full_name for m in report.ended) == ["Mông Văn Tùng", "Sầm Văn Khánh"]
    now = [m.full_name for m in teams.team_members(roster.teams["Thôn 2"])]
    assert now == ["Lò Văn Páo", "Hà Thị Lan"]
    # the others keep their history (ended today, not deleted)
    history = teams.membership_history(roster.teams["Thôn 2"])
    assert {m.full_name for m in history if m.end_date == dt.date.today()} == {
        "Mông Văn Tùng",
        "Sầm Văn Khánh",
    }


def test_existing_people_are_matched_and_completed(roster, tmp_path):
    an = roster.people["Vi Văn An"]
    path = simple_file(
        tmp_path / "m.xlsx",
        [
            # the same person by phone + name (accents and case differ): joins Thôn 2
            [1, "VI VAN AN", "05/03/1985", "Nam", "Thành viên", "Thôn 2", "0912 345 004"],
            # already in Thôn Nà Sla: a new note makes it an update
            [2, "Hoàng Văn Dũng", "", "", "Thành viên", "Thôn Nà Sla", "0912345001", "Có xe máy"],
            # already there, nothing new
            [3, "Nông Văn Đức", "1979", "Nam", "Thành viên", "Thôn Nà Sla", "0912345002"],
        ],
    )
    report = ri.import_roster(ADMIN, path, commit=True)
    assert report.committed, report.lines()
    a, d, duc = report.rows
    assert (a.action, a.person_id, a.matched_by) == ("create", an.person_id, "phone_name")
    assert "person.matched" in [p.code for p in a.warnings]
    assert (d.action, d.changes) == ("update", ("note",))
    assert duc.action == "unchanged"
    assert Person.select().where(Person.search_key == "vi van an").count() == 1
    assert Person.get_by_id(roster.people["Hoàng Văn Dũng"].person_id).note == "Có xe máy"
    assert Person.get_by_id(roster.people["Hoàng Văn Dũng"].person_id).birth_date == dt.date(
        1990, 3, 5
    )  # blanks never erase


def test_matching_agrees_with_the_member_form(roster, tmp_path):
    """The import's bulk matching gives the same person as teams._match_person."""
    from desktop.teams import _match_person
    from desktop.validation import validate_person

    cases = [
        {"full_name": "Vi Văn An", "phone": "0999999999", "citizen_id": "008085001234"},
        {"full_name": "vi văn an", "phone": "0912345004"},
        {"full_name": "Lý Thị Yến", "phone": "0388123456"},
        {"full_name": "Lý Thị Yến", "phone": "0388000000"},
        {"full_name": "Người Lạ", "phone": "0912345004"},
    ]
    rows = [
        [
            i,
            c["full_name"],
            "",
            "",
            "Thành viên",
            "Khu 1",
            c["phone"],
            None,
            None,
            c.get("citizen_id"),
        ]
        for i, c in enumerate(cases, 1)
    ]
    head = HEAD + ["Email", "Số CCCD"]
    report = ri.import_roster(
        ADMIN, simple_file(tmp_path / "m.xlsx", rows, head=head), commune_id=roster.commune2
    )
    for case, row in zip(cases, report.rows):
        cleaned, _ = validate_person(case)
        pid, by, _problems = _match_person(cleaned, None)
        assert (row.person_id, row.matched_by) == (pid, by), case


def test_citizen_id_of_someone_else_is_refused(roster, tmp_path):
    path = simple_file(
        tmp_path / "c.xlsx",
        [
            [
                1,
                "Lò Văn Páo",
                "05/03/1985",
                "Nam",
                "Thành viên",
                "Thôn 2",
                "0912999000",
                None,
                None,
                "008085001234",
            ]
        ],
        head=HEAD + ["Email", "Số CCCD"],
    )
    report = ri.import_roster(ADMIN, path)
    assert [p.code for p in report.rows[0].errors] == ["citizen_id.taken"]
    assert "Vi Văn An" in report.rows[0].errors[0].message


def test_a_clerk_without_citizen_id_rights_imports_without_them(roster, tmp_path):
    path = simple_file(
        tmp_path / "c.xlsx",
        [
            [
                1,
                "Lò Văn Páo",
                "05/03/1985",
                "Nam",
                "Thành viên",
                "Thôn 2",
                "0912999000",
                None,
                None,
                "008085009999",
            ]
        ],
        head=HEAD + ["Email", "Số CCCD"],
    )
    report = ri.import_roster(roster.clerk, path, commit=True)
    assert report.committed
    assert ri.CID_HIDDEN in [p.code for p in report.problems]
    assert Person.get(Person.full_name == "Lò Văn Páo").citizen_id is None


def test_rows_outside_a_clerks_scope_are_refused(roster, tmp_path):
    path = simple_file(
        tmp_path / "o.xlsx",
        [[1, "Lò Văn Páo", "1985", "Nam", "Thành viên", "Khu 1", "0912999000", "Đông Kinh"]],
        head=HEAD[:7] + ["Xã/Phường"],
    )
    report = ri.import_roster(roster.province_clerk, path, commit=True)
    assert report.committed and report.rows[0].commune_id == roster.commune2
    report = ri.import_roster(roster.clerk, path, commit=True)
    assert not report.committed
    assert [p.code for p in report.rows[0].errors] == [ri.COMMUNE_UNKNOWN]
    with pytest.raises(Exception) as denied:
        ri.import_roster(roster.viewer, path, commit=True)
    assert getattr(denied.value, "code", "") == "perm.read_only"


def test_the_same_new_person_in_two_teams_is_one_person(roster, tmp_path):
    path = simple_file(
        tmp_path / "p.xlsx",
        [
            [1, "Lò Văn Páo", "1985", "Nam", "Thành viên", "Thôn 2", "0912999000"],
            [2, "Lò Văn Páo", "1985", "Nam", "Thành viên", "Thôn 10", "0912999000"],
            [3, "Lò Văn Páo", "1985", "Nam", "Thành viên", "Thôn 10", "0912999000"],
        ],
    )
    report = ri.import_roster(ADMIN, path)
    assert [r.action for r in report.rows] == ["create", "create", "refused"]
    assert [p.code for p in report.rows[2].errors] == [ri.DUPLICATE_ROW]
    report = ri.import_roster(ADMIN, path, commit=True, skip_refused=True)
    assert report.committed
    assert Person.select().where(Person.full_name == "Lò Văn Páo").count() == 1
    assert Membership.select().join(Person).where(Person.full_name == "Lò Văn Páo").count() == 2


def test_import_into_one_team(roster, tmp_path):
    path = simple_file(
        tmp_path / "t.xlsx",
        [
            [1, "Lò Văn Páo", "1985", "Nam", "Thành viên", "", "0912999000"],
            [2, "Lò Văn Pín", "1986", "Nam", "Thành viên", "Thôn Khác", "0912999001"],
        ],
    )
    report = ri.import_roster(ADMIN, path, village_id=roster.villages["Thôn 10"], commit=True)
    assert report.committed and report.new_villages == []
    assert {r.team_id for r in report.rows} == {roster.teams["Thôn 10"]}
    assert ri.VILLAGE_OTHER in [p.code for p in report.rows[1].warnings]


def test_the_import_is_audited(roster, tmp_path):
    path = simple_file(
        tmp_path / "Danh sach nop.xlsx",
        [[1, "Lò Văn Páo", "1985", "Nam", "Thành viên", "Thôn Mới", "0912999000"]],
    )
    ri.import_roster(ADMIN, path, commit=True)
    row = Audit.select().where(Audit.action == "import").get()
    after = json.loads(row.after)
    assert row.note == "Danh sach nop.xlsx" and after["file"] == "Danh sach nop.xlsx"
    assert (after["created"], after["new_villages"], after["new_teams"]) == (1, 1, 1)
    created = (
        Audit.select()
        .where((Audit.action == "create") & (Audit.entity == "membership"))
        .order_by(Audit.id.desc())
        .get()
    )
    assert json.loads(created.after)["full_name"] == "Lò Văn Páo"
    assert (
        Audit.select()
        .where(
            (Audit.action == "create")
            & (Audit.entity == "village")
            & (Audit.note == "nhập từ Danh sach nop.xlsx")
        )
        .count()
        == 1
    )
    # the new person can be found by the search box (name tokens written)
    assert [h.full_name for h in people.search("pao")] == ["Lò Văn Páo"]


def test_files_that_cannot_be_read(db, tmp_path):
    pdf = tmp_path / "ds.xlsx"
    pdf.write_bytes(b"%PDF-1.4 not a workbook")
    report = ri.import_roster(ADMIN, pdf, commit=True)
    assert not report.file_ok and not report.committed
    assert report.lines()[0].startswith("Tệp: Lỗi: Tệp không phải bảng tính Excel")
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    report = ri.import_roster(ADMIN, empty)
    assert [p.code for p in report.problems if p.is_error] == [ri.NO_ROWS]


# --- the error report workbook ---------------------------------------------------------------


def test_error_report_workbook_keeps_the_original_rows(roster, tmp_path):
    path = simple_file(
        tmp_path / "a.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Thành viên", "Thôn 2", "0912999000"],
            [2, "Lê Văn Tám", "31/02/1988", "Nam", "Thành viên", "Thôn 2", "0912999001"],
        ],
    )
    report = ri.import_roster(ADMIN, path)
    out = ri.write_report_workbook(report, tmp_path / "loi.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Lỗi", "Danh sách"]
    listing = [r for r in wb["Lỗi"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert any(r[1:7] == ("Danh sách", 5, "C", "Ngày sinh", "31/02/1988", "Lỗi")
               for r in listing)
    # in the file's order: sheet, row, column
    assert [r[2] for r in listing] == sorted(r[2] for r in listing)
    copy = wb["Danh sách"]
    assert copy["B5"].value == "Lê Văn Tám" and copy["C5"].value == "31/02/1988"
    assert copy["I3"].value == "Kết quả" and copy["J3"].value == "Lỗi"
    assert copy["I5"].value == "Không nhận" and "31/02/1988" in copy["J5"].value
    assert copy["I4"].value == "Thêm mới" and copy["J4"].value is None
    # every row has its outcome, the title too
    assert copy["I1"].value == "Bỏ qua (dòng tiêu đề)"
    assert copy["B5"].fill.fgColor.rgb.endswith("FDE2E1")


# --- property: arbitrary cells never crash, never commit half a file ---------------------------

cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(-(10**12), 10**13),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(
        [
            "Tổ trưởng",
            "TT",
            "Thành viên",
            "Thôn 2",
            "Nà Sla",
            "=1+1",
            "x",
            "Nữ",
            "0912345678",
            "31/02/1990",
            "Nguyễn Văn An",
            nfd("Hòa"),
            "\u200b",
        ]
    ),
)
row_strategy = st.lists(cell, min_size=7, max_size=7)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(row_strategy, min_size=1, max_size=6))
def test_arbitrary_cells_never_crash_and_never_commit_half(roster, tmp_path_factory, rows):
    from openpyxl.utils.exceptions import IllegalCharacterError

    folder = tmp_path_factory.mktemp("h")
    clean_rows = []
    for r in rows:
        clean = []
        for v in r:
            if isinstance(v, str):
                v = "".join(ch for ch in v if ch.isprintable())
                if v.startswith("="):
                    v = " " + v  # a real formula would have no cached value
            clean.append(v)
        clean_rows.append([1, "Hà Văn Nam"] + clean[1:] if clean[0] is None else clean)
    try:
        path = simple_file(folder / "h.xlsx", clean_rows)
    except (IllegalCharacterError, ValueError):
        return
    before = counts()
    report = ri.import_roster(ADMIN, path, commit=True)
    after = counts()
    if report.committed:
        written = report.count("create")
        assert after["membership"] == before["membership"] + written
        assert report.refused == 0
    else:
        assert after == before
    for line in report.lines():
        assert line and isinstance(line, str)


def test_the_blank_template_filled_in_comes_back(roster, tmp_path):
    """The template a commune downloads, filled in by hand, imports without a single
    warning about its instruction and list sheets."""
    path = tmp_path / "mau.xlsx"
    es.export_template(ADMIN, roster.commune, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Danh sách"]
    headings = [c.value for c in ws[1]]
    rows = [
        {"Họ và tên": "Lò Văn Páo", "Ngày sinh": dt.date(1980, 1, 1), "Giới tính": "Nam",
         "Vai trò trong Tổ": "Tổ trưởng", "Thôn/Tổ dân phố": "Thôn Mới",
         "Số điện thoại": "0912999000"},
        {"Họ và tên": "Lò Thị Pọm", "Ngày sinh": "1988", "Giới tính": "Nữ",
         "Vai trò trong Tổ": "Thành viên", "Thôn/Tổ dân phố": "Thôn Mới",
         "Số điện thoại": "0912999001"},
    ]
    for r, values in enumerate(rows, start=2):
        for key, value in values.items():
            ws.cell(row=r, column=headings.index(key) + 1, value=value)
    wb.save(path)
    report = ri.import_roster(ADMIN, path, commit=True)
    assert report.committed and report.counts["create"] == 2, report.lines()
    assert [p for p in report.problems if p.severity != "info" and p.code.startswith("sheet")] \
        == []
    assert {r.village_name for r in report.rows} == {"Thôn Mới"}
