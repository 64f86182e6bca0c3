"""desktop.training: courses, attendance in bulk by unit or team, results, history."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop import errors_domain as E
from desktop import people, teams, training, units
from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed
from desktop.permissions import PermissionDenied
from tests.desktop.service_fixtures import ADMIN, member_values


@pytest.fixture
def setup(area):
    v1 = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    v2 = units.create_village(ADMIN, area.commune, "Thôn Khòn Pạt")
    v3 = units.create_village(ADMIN, area.commune2, "Khu 1")
    t1 = teams.create_team(ADMIN, v1.id)
    t2 = teams.create_team(ADMIN, v2.id)
    t3 = teams.create_team(ADMIN, v3.id)
    add = lambda t, n, r="thanh_vien": teams.add_member(
        ADMIN, t.id, member_values(n), r
    ).member
    members = {
        "an": add(t1, "Nguyễn Văn An", "to_truong"),
        "hoa": add(t1, "Trần Thị Hoà"),
        "binh": add(t2, "Lê Văn Bình", "to_truong"),
        "yen": add(t3, "Phạm Thị Yến", "to_truong"),
    }
    return area, (t1, t2, t3), members


def _course(actor=ADMIN, **extra):
    values = {
        "title": "Tập huấn kỹ năng số cơ bản cho Tổ CNSCĐ",
        "organiser": "Sở Khoa học và Công nghệ",
        "form": "Trực tuyến",
        "platform": "binhdanhocvuso.gov.vn",
        "start_date": "05/08/2025",
        "end_date": dt.date(2025, 8, 6),
        "place": "Hội trường UBND xã",
        "hours": "8,5",
    }
    values.update(extra)
    return training.create_course(actor, values)


def test_create_and_update_course(setup):
    area, _, _ = setup
    course = _course(unit_id=area.commune)
    assert (course.form, course.form_label, course.start_date, course.hours) == (
        "truc_tuyen", "Trực tuyến", dt.date(2025, 8, 5), Decimal("8.5")
    )
    assert course.unit_name == "Xã Hợp Thành" and course.attendees == 0
    changed = training.update_course(ADMIN, course.id, {"place": "Nhà văn hoá thôn"},
                                     course.version)
    assert (changed.place, changed.title, changed.version) == (
        "Nhà văn hoá thôn", course.title, 2
    )
    with pytest.raises(StaleRecord) as info:
        training.update_course(ADMIN, course.id, {"place": "X"}, course.version)
    assert info.value.current["place"] == "Nhà văn hoá thôn"


def test_course_validation(setup):
    with pytest.raises(ValidationFailed) as info:
        training.create_course(ADMIN, {"title": " ", "form": "qua thư", "hours": "-2",
                                       "start_date": "10/08/2025", "end_date": "01/08/2025"})
    codes = set(info.value.codes())
    assert {E.COURSE_TITLE_REQUIRED, E.COURSE_FORM_INVALID, E.COURSE_HOURS_INVALID,
            E.DATE_ORDER} <= codes


def test_courses_listed_for_the_units_they_concern(setup):
    area, _, _ = setup
    provincial = _course(title="Lớp của tỉnh", unit_id=area.province)
    communal = _course(title="Lớp của xã", unit_id=area.commune)
    other = _course(title="Lớp của Cao Bằng", unit_id=area.other_province)
    national = _course(title="Lớp toàn quốc", unit_id=None)
    ids = lambda rows: {r.id for r in rows}
    assert ids(training.list_courses(area.commune)) == {provincial.id, communal.id, national.id}
    assert ids(training.list_courses(area.province)) == {provincial.id, communal.id, national.id}
    assert ids(training.list_courses()) == {provincial.id, communal.id, other.id, national.id}


def test_bulk_attendance_by_unit_and_team(setup):
    area, (t1, t2, t3), m = setup
    course = _course(unit_id=area.province)
    commune_people = training.attendees_for_unit(area.commune)
    assert commune_people == [m["an"].person_id, m["binh"].person_id, m["hoa"].person_id]
    assert training.add_attendees(ADMIN, course.id, commune_people) == 3
    # again, plus the third team: only the new person is added
    assert training.add_attendees(
        ADMIN, course.id, commune_people + training.attendees_for_team(t3.id)
    ) == 1
    records = training.course_records(course.id)
    assert [r.full_name for r in records] == [
        "Nguyễn Văn An", "Lê Văn Bình", "Trần Thị Hoà", "Phạm Thị Yến"
    ]
    assert {r.result for r in records} == {"dang_ky"}
    assert records[0].village_name == "Thôn Nà Sla" and records[0].commune_name == "Xã Hợp Thành"
    assert training.get_course(course.id).attendees == 4
    # pages (the GUI loads a national course ~170k records a page at a time) join up to
    # exactly the whole list, and the counts need no records loaded
    paged = [r.id for offset in (0, 2) for r in
             training.course_records(course.id, limit=2, offset=offset)]
    assert paged == [r.id for r in records]
    assert training.course_record_counts(course.id) == (4, 0)
    with pytest.raises(NotFound):
        training.add_attendees(ADMIN, course.id, [m["an"].person_id, 987654])
    assert training.get_course(course.id).attendees == 4  # all or nothing


def test_results_history_and_trained_flag(setup):
    area, (t1, _, _), m = setup
    course = _course(unit_id=area.commune)
    training.add_attendees(ADMIN, course.id, training.attendees_for_team(t1.id))
    rec = {r.full_name: r for r in training.course_records(course.id)}
    done = training.set_result(ADMIN, rec["Nguyễn Văn An"].id, "Hoàn thành",
                               certificate_no="CC-2025/0001",
                               expected_version=rec["Nguyễn Văn An"].version)
    assert (done.result, done.result_label, done.completed_on, done.certificate_no) == (
        "hoan_thanh", "Hoàn thành", dt.date(2025, 8, 6), "CC-2025/0001"
    )
    failed = training.set_result(ADMIN, rec["Trần Thị Hoà"].id, "khong_dat",
                                 completed_on=dt.date(2025, 8, 6),
                                 expected_version=rec["Trần Thị Hoà"].version)
    assert failed.completed_on is None
    with pytest.raises(ValidationFailed):
        training.set_result(ADMIN, rec["Trần Thị Hoà"].id, "đỗ",
                            expected_version=failed.version)
    with pytest.raises(StaleRecord):
        training.set_result(ADMIN, done.id, "vang", expected_version=1)
    roster = {x.full_name: x.trained for x in teams.team_members(t1.id)}
    assert roster == {"Nguyễn Văn An": True, "Trần Thị Hoà": False}
    history = training.person_training(m["an"].person_id)
    assert [(h.title, h.result, h.certificate_no) for h in history] == [
        (course.title, "hoan_thanh", "CC-2025/0001")
    ]
    assert people.get_person(m["an"].person_id).trained is True
    assert training.get_course(course.id).completed == 1
    assert training.remove_attendees(ADMIN, course.id, [failed.id]) == 1
    assert [r.full_name for r in training.course_records(course.id)] == ["Nguyễn Văn An"]


def test_clerks_record_their_own_people_on_other_units_courses(setup):
    area, (t1, _, t3), m = setup
    provincial = _course(unit_id=area.province)
    with pytest.raises(PermissionDenied):
        _course(actor=area.clerk, unit_id=area.province)
    own = _course(actor=area.clerk)  # defaults to the clerk's commune
    assert own.unit_id == area.commune
    assert training.add_attendees(area.clerk, provincial.id,
                                  training.attendees_for_team(t1.id)) == 2
    with pytest.raises(PermissionDenied):
        training.add_attendees(area.clerk, provincial.id, training.attendees_for_team(t3.id))
    with pytest.raises(PermissionDenied):
        training.add_attendees(area.viewer, own.id, [m["an"].person_id])


@pytest.mark.parametrize("walk", [False, True], ids=["sort-the-course", "walk-name-order"])
def test_record_pages_after_the_last_row(setup, monkeypatch, walk):
    """Each page starts after the last row of the page before (keyset): both plans (a small
    course sorts its records, a national one walks the people in name order) give exactly
    the whole list, in the same order, without repeats."""
    import db.training as training_queries

    area, (t1, t2, t3), m = setup
    course = _course(unit_id=area.province)
    people = training.attendees_for_unit(area.province)
    training.add_attendees(ADMIN, course.id, people)
    whole = [r.id for r in training.course_records(course.id)]
    monkeypatch.setattr(training_queries, "WALK_PEOPLE_FROM", 0 if walk else 10**9)
    paged, after = [], None
    while True:
        page = training.course_records(course.id, limit=1, after=after, expected=len(whole))
        if not page:
            break
        paged += [r.id for r in page]
        after = page[-1]
    assert paged == whole and len(whole) == 4
