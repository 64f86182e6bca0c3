"""Data for the export and import tests: a commune with villages, teams, members, a course and
an issued decision, built through the services (like a clerk would)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop import teams, training, units
from desktop.office import configure_office
from tests.desktop.service_fixtures import ADMIN, add_unit, area  # noqa: F401

# (village, [(name, role, extra values)]) in no particular order: the export sorts
ROSTER = [
    (
        "Thôn Nà Sla",
        [
            ("Hoàng Văn Dũng", "thanh_vien", {"phone": "0912345001", "ethnicity": "Tày"}),
            (
                "Lý Thị Yến",
                "to_truong",
                {
                    "sex": "Nữ",
                    "phone": "0388123456",
                    "ethnicity": "Nùng",
                    "position": "Trưởng thôn",
                },
            ),
            ("Nông Văn Đức", "thanh_vien", {"birth": "1979", "phone": "0912345002"}),
            (
                "Trần Thị Hoà",
                "to_pho",
                {
                    "sex": "Nữ",
                    "email": "hoa.tt@gmail.com",
                    "phone": "0912345003",
                    "organisation": "VNPT Lạng Sơn",
                    "position": "Nhân viên",
                },
            ),
            (
                "Vi Văn An",
                "thanh_vien",
                {"phone": "0912345004", "citizen_id": "008085001234", "birth": "05/03/1985"},
            ),
        ],
    ),
    (
        "Thôn 10",
        [
            ("Đàm Quốc Ân", "to_truong", {"phone": "0912345010"}),
            (
                "Lương Thị Bình",
                "thanh_vien",
                {"sex": "Nữ", "phone": "0912345011", "position": "=SUM(A1:A2)"},
            ),
            ("Chu Văn Cường", "thanh_vien", {"phone": "0912345012"}),
        ],
    ),
    (
        "Thôn 2",
        [
            ("Mông Văn Tùng", "to_truong", {"phone": "0912345020"}),
            ("Hà Thị Lan", "thanh_vien", {"sex": "Nữ", "phone": "0912345021"}),
            ("Sầm Văn Khánh", "thanh_vien", {"phone": "0912345022"}),
        ],
    ),
]


def member(name: str, **extra) -> dict:
    values = {"full_name": name, "sex": "Nam", "birth": "05/03/1990"}
    values.update(extra)
    return values


@pytest.fixture
def roster(area):
    """Hợp Thành (the office) with three villages and their teams; Đông Kinh with one."""
    configure_office(
        ADMIN,
        unit_id=area.commune,
        catalogue="2025",
        officials=[{"full_name": "Hoàng Văn Thụ", "title": "Chủ tịch", "is_chair": True}],
    )
    area.teams = {}
    area.villages = {}
    area.people = {}
    for village_name, people in ROSTER:
        village = units.create_village(ADMIN, area.commune, village_name)
        team = teams.create_team(ADMIN, village.id, established_on=dt.date(2023, 5, 1))
        area.villages[village_name] = village.id
        area.teams[village_name] = team.id
        for name, role, extra in people:
            got = teams.add_member(ADMIN, team.id, member(name, **extra), role)
            area.people[name] = got.member
    khu = units.create_village(ADMIN, area.commune2, "Khu 1")
    team = teams.create_team(ADMIN, khu.id, established_on=dt.date(2024, 1, 2))
    area.villages["Khu 1"] = khu.id
    area.teams["Khu 1"] = team.id
    for i, name in enumerate(("Phan Văn Hải", "Đỗ Thị Ngân", "Bùi Văn Lộc")):
        got = teams.add_member(
            ADMIN,
            team.id,
            member(name, phone=f"09880000{i}0"),
            "to_truong" if i == 0 else "thanh_vien",
        )
        area.people[name] = got.member
    course = training.create_course(
        ADMIN,
        {
            "title": "Kỹ năng số cơ bản",
            "unit_id": area.commune,
            "form": "truc_tiep",
            "start_date": "06/08/2025",
            "place": "Hội trường xã",
        },
    )
    ids = [area.people[n].person_id for n in ("Lý Thị Yến", "Vi Văn An", "Hoàng Văn Dũng")]
    training.add_attendees(ADMIN, course.id, ids)
    records = {r.person_id: r for r in training.course_records(course.id)}
    training.set_result(ADMIN, records[ids[0]].id, "hoan_thanh", dt.date(2025, 8, 6), "CN-0012",
                        expected_version=records[ids[0]].version)
    training.set_result(ADMIN, records[ids[1]].id, "hoan_thanh", dt.date(2025, 8, 6),
                        expected_version=records[ids[1]].version)
    area.course = course.id
    return area


def header_row(ws, first: str = "STT") -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first:
            return row[0].row
    raise AssertionError("no header row")


def table(ws, start: int) -> list[list]:
    """Rows of the table under the header, until the first blank row."""
    out = []
    for row in ws.iter_rows(min_row=start + 1, values_only=True):
        if all(v is None for v in row):
            break
        out.append(list(row))
    return out


__all__ = [
    "ADMIN",
    "ROSTER",
    "add_unit",
    "area",
    "header_row",
    "member",
    "roster",
    "table",
    "SimpleNamespace",
]
