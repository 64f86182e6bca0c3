"""The import's phases one by one (clean values, resolve places, match people, plan), the one
person matcher, and rosters made the way communes make them: imported right, or their bad
rows refused with the reason; never a wrong value written in silence."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from db.models import Membership, Person, TrainingRecord
from desktop import export_service as es
from desktop import people, teams, units
from desktop import roster_import as ri
from desktop.office import configure_office, set_office_settings
from desktop.person_match import Candidate, PersonMatcher
from desktop.roster_import import wording as W
from desktop.roster_import.places import village_name_problem
from desktop.roster_import.values import age_problems, prepare_values, strip_honorific
from desktop.validation import PartialDate, validate_person
from tests.desktop.commune_rosters import (
    split_names_and_dates,
    template_with_typed_years,
    with_leavers,
)
from tests.desktop.export_fixtures import ADMIN, area, roster  # noqa: F401
from tests.exports.messy_fixtures import convert

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def office(area):
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[])
    return area


def codes(report, name=None):
    rows = [r for r in report.rows if name is None or r.full_name == name]
    return {p.code for r in rows for p in r.problems}


# --- phase 3: clean values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "word", "sex"),
    [
        ("Ông Nguyễn Văn An", "Nguyễn Văn An", "Ông", "Nam"),
        ("BÀ LÝ THỊ YẾN", "LÝ THỊ YẾN", "BÀ", "Nữ"),
        ("Đ/c Lò Văn Páo", "Lò Văn Páo", "Đ/c", ""),
        ("Đồng chí Vi Văn An", "Vi Văn An", "Đồng chí", ""),
        ("Chị Hà Thị Lan", "Hà Thị Lan", "Chị", "Nữ"),
        ("Chu Văn Cường", "Chu Văn Cường", "", ""),  # a family name, not "Chú"
        ("Anh Tú", "Anh Tú", "", ""),  # too short to carry an honorific
    ],
)
def test_honorifics_come_off_names(typed, name, word, sex):
    assert strip_honorific(typed) == (name, word, sex)


def test_values_as_clerks_type_them():
    values, found = prepare_values(
        {
            "full_name": "Bà Lý Thị Yến",
            "phone": "(+84) 912 345 678",
            "email": "không có",
            "ethnicity": "-",
            "birth": dt.datetime(1905, 6, 7),
        },
        today=TODAY,
    )
    cleaned, problems = validate_person(values, today=TODAY)
    assert not [p for p in problems if p.is_error]
    assert cleaned["full_name"] == "Lý Thị Yến" and cleaned["sex"] == "nu"
    assert cleaned["phone"] == "0912345678" and cleaned["email"] is None
    assert cleaned["birth"] == PartialDate(1985) and cleaned["ethnicity"] == ""
    assert {p.code for p in found} == {W.HONORIFIC, W.PLACEHOLDER, W.TYPED_YEAR}


@pytest.mark.parametrize(
    ("typed", "phone", "note"),
    [
        ("0987.654.321 (Zalo)", "0987654321", "SĐT: Zalo"),
        ("0912345679 / 0987000111", "0912345679", "SĐT khác: 0987000111"),
        ("0912 345 679 - zalo", "0912345679", "SĐT: zalo"),
        ("+84 912 345 678", "0912345678", None),
        ("0912345678", "0912345678", None),
    ],
)
def test_phones_with_notes_and_second_numbers(typed, phone, note):
    values, found = prepare_values({"full_name": "Lò Văn Páo", "phone": typed}, today=TODAY)
    cleaned, problems = validate_person(values, today=TODAY)
    assert cleaned["phone"] == phone, problems
    assert values.get("note") == note
    assert bool(found) == bool(note)


def test_zero_day_and_month_is_the_year():
    values, found = prepare_values({"full_name": "Lò Văn Páo", "birth": "00/00/1985"},
                                   today=TODAY)
    assert validate_person(values, today=TODAY)[0]["birth"] == PartialDate(1985)
    assert [p.code for p in found] == [W.ZERO_DAY]


def test_plausible_ages():
    assert age_problems(PartialDate(1990), TODAY, leader=True, role_label="Tổ trưởng",
                        low=16, high=80) == []
    assert [p.code for p in age_problems(PartialDate(2019), TODAY, leader=False,
                                         role_label="", low=16, high=80)] == [W.AGE_RANGE]
    assert [p.code for p in age_problems(PartialDate(1910), TODAY, leader=False,
                                         role_label="", low=16, high=80)] == [W.AGE_RANGE]
    assert [p.code for p in age_problems(PartialDate(2009), TODAY, leader=True,
                                         role_label="Tổ phó", low=16, high=80)] == [
        W.LEADER_MINOR]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Thôn Nà Sla", None),
        ("Tổ dân phố 5 (khu A)", None),
        ("Thôn " + "A" * 200, W.VILLAGE_TOO_LONG),
        ("🏠🏠", W.VILLAGE_CHARS),
        ("Thôn Na\u0301\u0301\u0301\u0301 Sla", W.VILLAGE_CHARS),  # zalgo
    ],
)
def test_village_names_that_cannot_be_stored(name, code):
    got = village_name_problem(unicodedata.normalize("NFC", name))
    assert (got[0] if got else None) == code


# --- phase 5: the one matcher ------------------------------------------------------------------


def test_the_one_person_matcher(roster):
    an = roster.people["Vi Văn An"]
    team = roster.teams["Thôn Nà Sla"]
    duc = roster.people["Nông Văn Đức"]
    cands = [
        Candidate("Vi Văn An", citizen_id="008085001234"),
        Candidate("Nguyễn Văn Khác", citizen_id="008085001234"),
        Candidate("VI VĂN AN", phone="0912345004"),
        Candidate("Nông Văn Đức", team_id=team),
        Candidate("Nông Văn Đức", birth=PartialDate(1990), team_id=team),
        Candidate("Nông Văn Đức", team_id=roster.teams["Thôn 2"]),
    ]
    matcher = PersonMatcher(cands)
    got = [matcher.match(c) for c in cands]
    assert (got[0].person_id, got[0].by) == (an.person_id, "citizen_id")
    assert got[1].person_id is None and got[1].problem.code == "citizen_id.taken"
    assert (got[2].person_id, got[2].by) == (an.person_id, "phone_name")
    assert (got[3].person_id, got[3].by) == (duc.person_id, "team_name")
    assert got[4].person_id is None  # 1979 in the database, 1990 typed
    assert got[5].person_id is None  # not a member of that team


def test_the_member_form_uses_the_same_matcher(roster):
    """A name already in the team, typed without a phone, is that member: refused as a
    duplicate instead of creating a second person."""
    from desktop.errors_domain import ValidationFailed

    with pytest.raises(ValidationFailed) as exc:
        teams.add_member(ADMIN, roster.teams["Thôn Nà Sla"],
                         {"full_name": "Nông Văn Đức", "birth": "1979"}, "thanh_vien")
    assert "member.duplicate" in exc.value.codes()


# --- rosters made like real ones ---------------------------------------------------------------


def _stored(name):
    return people.find_people(name)


def test_split_names_text_and_serial_dates_honorifics_and_phones(office, tmp_path):
    path = tmp_path / "ds.xlsx"
    expected = split_names_and_dates(path)
    report = ri.import_roster(ADMIN, path, commit=True, at=TODAY)
    assert report.committed, "\n".join(report.lines())
    assert report.counts["create"] == 5 and report.refused == 0
    # one village, spelt four ways in the file, created once with its kind word
    assert report.new_villages == [("Xã Hợp Thành", "Thôn Nà Lệnh")]
    assert len(report.new_teams) == 1
    names = {unicodedata.normalize("NFC", n) for n in expected}
    stored = {p.full_name: p for p in Person.select()}
    assert set(stored) == names
    for name, want in expected.items():
        p = stored[unicodedata.normalize("NFC", name)]
        kind, value = want["birth"]
        assert p.birth_precision == kind, name
        if kind == "day":
            assert p.birth_date == value, name
        else:
            assert p.birth_year == value, name
        assert p.sex == want["sex"], name
        assert p.phone == want["phone"], name
        if "email" in want:
            assert p.email == want["email"], name
        if "note_has" in want:
            assert want["note_has"] in p.note, name
    roles = {m.person.full_name: m.role.code for m in Membership.select()}
    assert roles["Hoàng Văn Dũng"] == "to_truong" and roles["Lý Thị Yến"] == "to_pho"
    # the totals, signature and note rows were not members
    skipped = dict(report.sheets[0].skipped_rows)
    assert skipped[13] == "total" and 22 not in {r.row for r in report.rows}
    # every warning names the sheet, row and column
    for p in report.all_problems():
        if p.row is not None:
            assert p.sheet and p.column, p


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_the_same_roster_as_xls_and_ods(office, tmp_path, fmt):
    src = tmp_path / "ds.xlsx"
    split_names_and_dates(src)
    out = tmp_path / fmt
    out.mkdir()
    converted = convert(src, fmt, out)
    if converted is None:
        pytest.skip("LibreOffice is not installed")
    report = ri.import_roster(ADMIN, converted, commit=True, at=TODAY)
    assert report.committed, "\n".join(report.lines())
    assert report.counts["create"] == 5 and report.refused == 0
    assert [v for _c, v in report.new_villages] == ["Thôn Nà Lệnh"]
    assert Person.get(Person.full_name == "Lý Thị Yến").birth_date == dt.date(1990, 1, 1)
    assert Person.get(Person.full_name == "Trần Thị Hoà").birth_year == 1990


def test_year_only_births_in_the_apps_own_template(office, tmp_path):
    village = units.create_village(ADMIN, office.commune, "Thôn Bản Cắm")
    template = tmp_path / "mau.xlsx"
    es.export_template(ADMIN, office.commune, template)
    path = tmp_path / "filled.xlsx"
    expected = template_with_typed_years(template, path, village.name)
    report = ri.import_roster(ADMIN, path, at=TODAY)
    refused = {r.full_name for r in report.rows if r.action == "refused"}
    assert refused == expected["refused"]
    assert W.AGE_RANGE in codes(report, "Vi Văn Nhỏ")
    assert W.AGE_RANGE in codes(report, "Lương Văn Cụ")
    assert "date.future" in codes(report, "Đinh Văn Mai")
    assert W.TYPED_YEAR in codes(report, "Lò Văn Páo")
    report = ri.import_roster(ADMIN, path, at=TODAY, commit=True, skip_refused=True)
    assert report.committed
    for name, year in expected.items():
        if name == "refused":
            continue
        p = Person.get(Person.full_name == name)
        assert (p.birth_precision, p.birth_year) == ("year", year), name


def test_leavers_never_become_members(roster, tmp_path):
    path = tmp_path / "ds.xlsx"
    expected = with_leavers(path)
    before = Person.select().count()
    report = ri.import_roster(ADMIN, path, at=TODAY)
    got = {r.full_name: r.action for r in report.rows}
    assert got == expected, "\n".join(report.lines())
    report = ri.import_roster(ADMIN, path, at=TODAY, commit=True)
    assert report.committed
    assert Person.select().count() == before  # the unknown leaver was not created
    ended = {m.person.full_name: m.end_date for m in Membership.select().where(
        Membership.end_date.is_null(False))}
    assert ended == {"Vi Văn An": dt.date(2026, 10, 1), "Nông Văn Đức": dt.date(2026, 9, 15),
                     "Mông Văn Tùng": TODAY}
    assert W.LEAVER_NO_DATE in codes(report, "Mông Văn Tùng")


def test_skip_refused_never_lets_only_leavers_in(office, tmp_path):
    path = tmp_path / "ds.xlsx"
    with_leavers(path)
    units.create_village(ADMIN, office.commune, "Thôn Nà Sla")
    report = ri.import_roster(ADMIN, path, at=TODAY, commit=True, skip_refused=True)
    leavers = {"Vi Văn An", "Nông Văn Đức", "Người Lạ Mặt", "Mông Văn Tùng"}
    members = {m.person.full_name for m in Membership.select()}
    assert not members & leavers
    assert {r.full_name for r in report.rows if r.action == "skip"} == leavers


def test_trained_records_the_chosen_course_and_the_round_trip_is_still(roster, tmp_path):
    """Export with CCCD, Đoàn viên and training; importing it back changes nothing; "Đã tập
    huấn" typed for someone untrained records the course the clerk picked."""
    set_office_settings(ADMIN, {"export_citizen_id": True})
    p = roster.people["Hoàng Văn Dũng"]
    Person.update(youth_union=True).where(Person.id == p.person_id).execute()
    path = tmp_path / "ds.xlsx"
    es.export_roster(ADMIN, roster.commune, path, include_citizen_id=True)
    again = ri.import_roster(ADMIN, path, commit=True, at=TODAY)
    assert again.refused == 0, "\n".join(again.lines())
    assert {r.action for r in again.rows} == {"unchanged"}, [
        (r.full_name, r.changes) for r in again.rows if r.action != "unchanged"]
    # now a file saying Đàm Quốc Ân was trained, with a course chosen
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    head = next(r for r in ws.iter_rows() if any(c.value == "Đã tập huấn" for c in r))
    col = {c.value: c.column for c in head}
    for row in ws.iter_rows(min_row=head[0].row + 1):
        if row[col["Họ và tên"] - 1].value == "Đàm Quốc Ân":
            row[col["Đã tập huấn"] - 1].value = "x"
    wb.save(path)
    without = ri.import_roster(ADMIN, path, at=TODAY)
    assert W.TRAINED_NO_COURSE in codes(without, "Đàm Quốc Ân")
    report = ri.import_roster(ADMIN, path, commit=True, at=TODAY, course_id=roster.course)
    assert report.committed and report.count("update") == 1
    an = roster.people["Đàm Quốc Ân"].person_id
    assert TrainingRecord.get((TrainingRecord.person == an)
                              & (TrainingRecord.course == roster.course)).result == "hoan_thanh"


def test_excel_error_values_read_as_empty_with_a_warning(office, tmp_path):
    from tests.exports.crafted_files import _rewrite

    units.create_village(ADMIN, office.commune, "Thôn 1")
    from tests.exports.crafted_files import valid_roster

    src = valid_roster(tmp_path / "a.xlsx")

    def change(b: bytes) -> bytes:
        return b.replace(b'<c r="C2" t="inlineStr"><is><t>05/03/1990</t></is></c>',
                         b'<c r="C2" t="e"><f>A1#</f><v>#SPILL!</v></c>')

    path = _rewrite(src, tmp_path / "b.xlsx", "xl/worksheets/sheet1.xml", change)
    report = ri.import_roster(ADMIN, path, at=TODAY)
    assert report.file_ok and report.refused == 0
    found = [p for p in report.all_problems() if p.code == "cell.error_value"]
    assert len(found) == 1
    assert (found[0].sheet, found[0].row, found[0].column) == ("Danh sách", 2, "C")
    assert "#SPILL!" in found[0].text()


def test_a_year_never_erases_a_known_day(roster, tmp_path):
    """"1985" for someone stored as 05/03/1985 changes nothing; "1986" is a real change."""
    from tests.desktop.test_roster_import import simple_file

    path = simple_file(tmp_path / "a.xlsx", [
        [1, "Vi Văn An", "1985", "Nam", "Thành viên", "Thôn Nà Sla", "0912345004"],
    ])
    report = ri.import_roster(ADMIN, path, at=TODAY)
    assert report.rows[0].action == "unchanged", report.lines()
    path = simple_file(tmp_path / "b.xlsx", [
        [1, "Vi Văn An", "1986", "Nam", "Thành viên", "Thôn Nà Sla", "0912345004"],
    ])
    report = ri.import_roster(ADMIN, path, at=TODAY)
    assert report.rows[0].action == "update" and "birth_year" in report.rows[0].changes


def test_the_phases_one_after_another(office):
    """Each phase on a hand-made read result: what it leaves for the next one."""
    from desktop.roster_import.columns import map_columns
    from desktop.roster_import.matching import match_people
    from desktop.roster_import.model import ImportContext, ImportOptions, ImportReport
    from desktop.roster_import.places import resolve_places
    from desktop.roster_import.plan import plan_rows
    from desktop.roster_import.values import clean_rows
    from desktop.teams import roles
    from exports.roster_reader import RawMember, ReadResult

    def member(row, name, village, **values):
        return RawMember("DS", row, {"full_name": name, "village": village, **values},
                         {"full_name": "B", "village": "E", **{k: "F" for k in values}})

    read = ReadResult("ds.xlsx", [], [
        member(2, "Ông Lò Văn Páo", "Nà Lệnh", role="Tổ trưởng", birth="1980"),
        member(3, "Lò Thị Pọm", "thôn nà lệnh", birth="-"),
        member(4, "Lò Văn Páo", "Thôn Nà Lệnh", birth="1980"),  # the first row again
    ], [])
    ctx = ImportContext(ADMIN, ImportOptions(at=TODAY), ImportReport("ds.xlsx", False))
    ctx.roles = roles()
    ctx.role_by_code = {r.code: r for r in ctx.roles}
    assert map_columns(ctx, read)
    assert [r.village_text for r in ctx.rows] == ["Nà Lệnh", "thôn nà lệnh", "Thôn Nà Lệnh"]
    clean_rows(ctx)
    assert [r.full_name for r in ctx.rows] == ["Lò Văn Páo", "Lò Thị Pọm", "Lò Văn Páo"]
    assert ctx.rows[0]._cleaned["sex"] == "nam" and ctx.rows[0].role == "to_truong"
    assert ctx.rows[1]._cleaned["birth"] is None and ctx.rows[1].role == "thanh_vien"
    resolve_places(ctx)
    assert {r.village_name for r in ctx.rows} == {"Thôn Nà Lệnh"}
    assert len({r._village_key for r in ctx.rows}) == 1
    match_people(ctx)
    assert all(r.person_id is None for r in ctx.rows)
    plan_rows(ctx)
    assert [r.action for r in ctx.rows] == ["create", "create", "refused"]
    assert ctx.report.new_villages == [("Xã Hợp Thành", "Thôn Nà Lệnh")]


def test_what_the_dry_run_accepts_fits_the_database(office, tmp_path):
    """Values longer than their columns, or unstorable, are refused in the dry run, the same
    on SQLite and PostgreSQL, so a commit never fails with "value too long"."""
    from tests.desktop.test_roster_import import simple_file

    units.create_village(ADMIN, office.commune, "Thôn 1")
    long_word = "Nguyễn" + "n" * 56  # a name part longer than its column (60)
    path = simple_file(tmp_path / "a.xlsx", [
        [1, "Lò Văn Páo", "1980", "Nam", "Thành viên", "Thôn " + "Rất Dài " * 30, "0912000001"],
        [2, f"Lò Văn {long_word}", "1980", "Nam", "Thành viên", "Thôn 1", "0912000002"],
        [3, "Lò Văn " + "An " * 45, "1980", "Nam", "Thành viên", "Thôn 1", "0912000003"],
        [4, "Lò Văn Bốn", "1980", "Nam", "Thành viên", "🏠 " * 5, "0912000004"],
        [5, "Lò Văn Năm", "1980", "Nam", "Thành viên", "Thôn 1", "0912000005"],
    ])
    report = ri.import_roster(ADMIN, path, at=TODAY)
    actions = {r.row: r.action for r in report.rows}
    assert actions == {4: "refused", 5: "refused", 7: "refused", 8: "create"}, report.lines()
    # 47 words are no name: the row is refused as such, with its value
    stray = [p for p in report.problems if p.row == 6]
    assert [p.code for p in stray] == ["row.no_name"] and "An An" in stray[0].value
    assert report.refused == 4
    long_part = [p for p in report.rows[1].problems if p.code == W.NAME_PART_LONG]
    assert long_part and long_part[0].message.startswith("Phần tên của họ tên dài 62 ký tự")
    done = ri.import_roster(ADMIN, path, at=TODAY, commit=True, skip_refused=True)
    assert done.committed and Person.select().count() == 1


def test_any_roster_exported_and_imported_back_changes_nothing(db, tmp_path):
    """The district demo (2,700 memberships, CCCDs, Đoàn viên, training, names like "Anh
    Minh Thành" whose first word is also an honorific): exported whole with CCCDs and
    imported back, every row is unchanged."""
    from desktop.context import LOCAL_ADMIN
    from desktop.demo import build_demo
    from tests.desktop.test_demo import load_lang_son

    load_lang_son()
    build_demo(scale="district", seed=1)
    set_office_settings(LOCAL_ADMIN, {"export_citizen_id": True})
    path = tmp_path / "all.xlsx"
    result = es.export_roster(LOCAL_ADMIN, None, path, include_citizen_id=True)
    report = ri.import_roster(LOCAL_ADMIN, path)
    assert report.file_ok
    assert report.counts["unchanged"] == result.rows == len(report.rows), [
        (r.full_name, r.action, [p.code for p in r.problems])
        for r in report.rows if r.action != "unchanged"][:5]


def test_an_update_says_what_it_changes_before_anything_is_written(roster, tmp_path):
    """A matched person whose file row differs: each stored value the file replaces is a
    warning naming both values, a blank filled in and a role change are notes; a new text in
    the one "Chức vụ" cell replaces the stored organisation too (never "new, old" glued)."""
    from openpyxl import load_workbook

    path = tmp_path / "ds.xlsx"
    es.export_roster(ADMIN, roster.commune, path)
    wb = load_workbook(path)
    ws = wb.active
    head = next(r for r in ws.iter_rows() if any(c.value == "Họ và tên" for c in r))
    col = {c.value: c.column for c in head}
    for row in ws.iter_rows(min_row=head[0].row + 1):
        name = row[col["Họ và tên"] - 1].value
        if name == "Trần Thị Hoà":  # Nhân viên, VNPT Lạng Sơn; Tổ phó; no birth day stored
            row[col["Chức vụ/đơn vị công tác"] - 1].value = "Giáo viên"
            row[col["Vai trò trong Tổ"] - 1].value = "Thành viên"
        if name == "Vi Văn An":  # born 05/03/1985
            row[col["Ngày sinh"] - 1].value = "20/11/1958"
        if name == "Hoàng Văn Dũng":  # no e-mail stored
            row[col["Email"] - 1].value = "dung.hv@gmail.com"
    wb.save(path)

    report = ri.import_roster(ADMIN, path, at=TODAY)
    said = {(r.full_name, p.code, p.severity): p.message for r in report.rows for p in r.problems}
    birth = said[("Vi Văn An", W.VALUE_REPLACED, "warning")]
    assert "05/03/1985" in birth and "20/11/1958" in birth
    position = said[("Trần Thị Hoà", W.VALUE_REPLACED, "warning")]
    assert "Nhân viên, VNPT Lạng Sơn" in position and '"Giáo viên"' in position
    assert "Tổ phó" in said[("Trần Thị Hoà", W.ROLE_CHANGED, "info")]
    assert "dung.hv@gmail.com" in said[("Hoàng Văn Dũng", W.VALUE_COMPLETED, "info")]
    unchanged = [r for r in report.rows if r.action == "unchanged"]
    assert unchanged and not any(p.code in (W.VALUE_REPLACED, W.VALUE_COMPLETED)
                                 for r in unchanged for p in r.problems)

    assert ri.import_roster(ADMIN, path, at=TODAY, commit=True).committed
    hoa = Person.get_by_id(roster.people["Trần Thị Hoà"].person_id)
    assert (hoa.position, hoa.organisation) == ("Giáo viên", "")


def test_a_leavers_sheet_without_roles_raises_no_role_warning(roster, tmp_path):
    path = tmp_path / "ds.xlsx"
    with_leavers(path)
    report = ri.import_roster(ADMIN, path, at=TODAY)
    assert W.ROLE_MISSING not in codes(report, "Mông Văn Tùng")
