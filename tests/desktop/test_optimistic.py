"""Optimistic concurrency: two clerks read the same record, both save; the second save is
refused with the other change in ``StaleRecord.current`` and nothing is overwritten.

Each test reads twice (one read per clerk) before either writes, as two windows on two
machines would. Runs on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import teams, training, units
from desktop.context import Actor
from desktop.errors_domain import StaleRecord
from tests.desktop.service_fixtures import ADMIN, member_values


@pytest.fixture
def clerks(area):
    """Two clerks of the same commune (two users, two machines)."""
    lan = Actor(user_id=None, username="lan", role="clerk", scope_unit_id=area.commune,
                can_see_citizen_id=True)
    minh = Actor(user_id=None, username="minh", role="clerk", scope_unit_id=area.commune,
                 can_see_citizen_id=True)
    return lan, minh


@pytest.fixture
def team(area):
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    team = teams.create_team(ADMIN, village.id, established_on=dt.date(2023, 1, 5))
    teams.add_member(ADMIN, team.id, member_values("Nguyễn Văn An", phone="0912345678"),
                     "to_truong")
    return team


def _row(team_id, name):
    return next(m for m in teams.team_members(team_id) if m.full_name == name)


def _values(row, **changes):
    values = {"full_name": row.full_name, "sex": row.sex, "birth": row.birth,
              "phone": row.phone, "position": row.position,
              "organisation": row.organisation, "ethnicity": row.ethnicity,
              "email": row.email or "", "youth_union": row.youth_union, "note": row.note}
    values.update(changes)
    return values


def test_second_save_of_a_member_is_refused_and_shows_the_first(clerks, team):
    lan, minh = clerks
    seen_by_lan = _row(team.id, "Nguyễn Văn An")
    seen_by_minh = _row(team.id, "Nguyễn Văn An")
    teams.update_member(lan, seen_by_lan.membership_id,
                        _values(seen_by_lan, full_name="Nguyễn Văn Ân"), "to_truong",
                        seen_by_lan.version, expected_person_version=seen_by_lan.person_version)
    with pytest.raises(StaleRecord) as info:
        teams.update_member(minh, seen_by_minh.membership_id,
                            _values(seen_by_minh, phone="0987654321"), "to_pho",
                            seen_by_minh.version,
                            expected_person_version=seen_by_minh.person_version)
    assert info.value.entity == "membership"
    assert info.value.current["full_name"] == "Nguyễn Văn Ân"  # the other change, to show
    now = teams.team_members(team.id)[0]
    assert (now.full_name, now.phone, now.role) == ("Nguyễn Văn Ân", "0912345678", "to_truong")


def test_a_person_edited_through_another_team_is_guarded_too(area, clerks, team):
    lan, minh = clerks
    village2 = units.create_village(ADMIN, area.commune, "Thôn Bản Chắt")
    team2 = teams.create_team(ADMIN, village2.id)
    original = _row(team.id, "Nguyễn Văn An")
    teams.add_member(ADMIN, team2.id, {"person_id": original.person_id,
                                       "full_name": original.full_name}, "thanh_vien")
    in_team1 = _row(team.id, "Nguyễn Văn An")
    in_team2 = _row(team2.id, "Nguyễn Văn An")
    teams.update_member(lan, in_team2.membership_id, _values(in_team2, phone="0911111111"),
                        "thanh_vien", in_team2.version,
                        expected_person_version=in_team2.person_version)
    with pytest.raises(StaleRecord) as info:
        teams.update_member(minh, in_team1.membership_id, _values(in_team1, phone="0922222222"),
                            "to_truong", in_team1.version,
                            expected_person_version=in_team1.person_version)
    assert info.value.entity == "person"
    assert info.value.current["phone"] == "0911111111"
    assert _row(team.id, "Nguyễn Văn An").phone == "0911111111"
    assert _row(team.id, "Nguyễn Văn An").version == in_team1.version  # membership untouched


def test_ending_a_membership_someone_just_edited(clerks, team):
    lan, minh = clerks
    a = _row(team.id, "Nguyễn Văn An")
    b = _row(team.id, "Nguyễn Văn An")
    teams.update_member(lan, a.membership_id, _values(a, note="đã xác minh"), "to_truong",
                        a.version, expected_person_version=a.person_version)
    with pytest.raises(StaleRecord):
        teams.end_membership(minh, b.membership_id, dt.date.today(), "xin thôi",
                             expected_version=b.version)
    assert _row(team.id, "Nguyễn Văn An").end_date is None


def test_village_rename_race(area, clerks):
    lan, minh = clerks
    village = units.create_village(ADMIN, area.commune, "Thôn Khuổi Mị")
    a = units.get_village(village.id)
    b = units.get_village(village.id)
    units.rename_village(lan, a.id, "Thôn Khuổi Mị 1", a.version)
    with pytest.raises(StaleRecord) as info:
        units.rename_village(minh, b.id, "Thôn Khuổi Mì", b.version)
    assert info.value.current.get("name") == "Thôn Khuổi Mị 1"
    assert units.get_village(village.id).name == "Thôn Khuổi Mị 1"


def test_team_status_race(area, clerks, team):
    lan, minh = clerks
    a = teams.list_teams(area.commune)[0]
    b = teams.list_teams(area.commune)[0]
    teams.set_team_status(lan, a.id, "active", a.version, on_date=dt.date(2023, 2, 1))
    with pytest.raises(StaleRecord):
        teams.set_team_status(minh, b.id, "dissolved", b.version, on_date=dt.date(2024, 1, 1))
    assert teams.get_team(team.id).status == "active"
    assert teams.team_members(team.id)  # the dissolution did not end anyone


def test_course_and_result_races(area, clerks, team):
    lan, minh = clerks
    course = training.create_course(ADMIN, {"title": "Kỹ năng số cơ bản",
                                            "unit_id": area.commune})
    a = training.get_course(course.id)
    b = training.get_course(course.id)
    training.update_course(lan, a.id, {"place": "Nhà văn hoá thôn"}, a.version)
    with pytest.raises(StaleRecord):
        training.update_course(minh, b.id, {"place": "Hội trường xã"}, b.version)
    assert training.get_course(course.id).place == "Nhà văn hoá thôn"

    person = _row(team.id, "Nguyễn Văn An").person_id
    training.add_attendees(ADMIN, course.id, [person])
    r1 = training.course_records(course.id)[0]
    r2 = training.course_records(course.id)[0]
    training.set_result(lan, r1.id, "hoan_thanh", dt.date(2025, 9, 1), "CN-001",
                        expected_version=r1.version)
    with pytest.raises(StaleRecord):
        training.set_result(minh, r2.id, "vang", expected_version=r2.version)
    assert training.course_records(course.id)[0].result == "hoan_thanh"


def test_decision_draft_race(area, clerks, team):
    from desktop import decisions
    from desktop.office import configure_office

    lan, minh = clerks
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}])
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [team.id])
    a = decisions.get_decision(draft.id)
    b = decisions.get_decision(draft.id)
    decisions.update_draft(lan, a.id, {"subject": "Về việc thành lập Tổ (lần 1)"}, a.version)
    with pytest.raises(StaleRecord):
        decisions.update_draft(minh, b.id, {"subject": "Về việc thành lập Tổ (lần 2)"},
                               b.version)
    assert decisions.get_decision(draft.id).subject == "Về việc thành lập Tổ (lần 1)"


# --- the remaining editable records (issue 6): every write checks the version it was shown ---


@pytest.fixture
def admins():
    """Two administrators on two machines (users and the office are theirs to change)."""
    one = Actor(user_id=None, username="quantri1", role="admin")
    two = Actor(user_id=None, username="quantri2", role="admin")
    return one, two


def test_retiring_a_village_someone_just_renamed(area, clerks):
    lan, minh = clerks
    village = units.create_village(ADMIN, area.commune, "Thôn Khuổi Mị")
    a = units.get_village(village.id)
    b = units.get_village(village.id)
    units.rename_village(lan, a.id, "Thôn Khuổi Mị 1", a.version)
    with pytest.raises(StaleRecord) as info:
        units.retire_village(minh, b.id, dt.date(2026, 1, 1), expected_version=b.version)
    assert info.value.entity == "village"
    assert info.value.current["name"] == "Thôn Khuổi Mị 1"
    after = units.get_village(village.id)
    assert (after.name, after.retired) == ("Thôn Khuổi Mị 1", False)
    assert [v.name for v in units.list_villages(area.commune)] == ["Thôn Khuổi Mị 1"]


def test_merging_villages_checks_every_merged_village(area, clerks):
    lan, minh = clerks
    first = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    second = units.create_village(ADMIN, area.commune, "Thôn Bản Chắt")
    seen_by_minh = {v.id: v.version for v in units.list_villages(area.commune)}
    b = units.get_village(second.id)
    units.rename_village(lan, b.id, "Thôn Bản Chắt Mới", b.version)  # the second one only
    with pytest.raises(StaleRecord) as info:
        units.merge_villages(minh, [first.id, second.id], "Thôn Hợp Nhất",
                             dt.date(2026, 5, 1), expected_versions=seen_by_minh)
    assert (info.value.entity, info.value.id) == ("village", second.id)
    assert info.value.current["name"] == "Thôn Bản Chắt Mới"
    # nothing of the merge was written: both villages in force, no new one
    names = sorted(v.name for v in units.list_villages(area.commune))
    assert names == sorted(["Thôn Nà Sla", "Thôn Bản Chắt Mới"])
    assert not units.get_village(first.id).retired
    # with the versions now shown, the merge goes through
    fresh = {v.id: v.version for v in units.list_villages(area.commune)}
    merged = units.merge_villages(minh, [first.id, second.id], "Thôn Hợp Nhất",
                                  dt.date(2026, 5, 1), expected_versions=fresh)
    assert merged.name == "Thôn Hợp Nhất"


def test_reconfiguring_the_office_someone_just_saved(area, admins):
    from desktop.office import configure_office, get_office

    one, two = admins
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}])
    a = get_office()
    b = get_office()
    configure_office(one, unit_id=area.commune, catalogue="2025", doc_symbol="QĐ-UBND",
                     officials=[{"full_name": "Lý Thị Mai", "title": "Chủ tịch",
                                 "is_chair": True}], expected_version=a.version)
    with pytest.raises(StaleRecord) as info:
        configure_office(two, unit_id=area.commune, catalogue="2025", doc_symbol="QĐ-CT",
                         officials=[{"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch",
                                     "is_chair": True}], expected_version=b.version)
    assert info.value.entity == "office"
    assert info.value.current["version"] == a.version + 1
    now = get_office()
    assert now.doc_symbol == "QĐ-UBND"
    assert [o.full_name for o in now.officials] == ["Lý Thị Mai"]


def test_deleting_a_draft_someone_just_edited(area, clerks, team):
    from desktop import decisions
    from desktop.office import configure_office

    lan, minh = clerks
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}])
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [team.id])
    a = decisions.get_decision(draft.id)
    b = decisions.get_decision(draft.id)
    decisions.update_draft(lan, a.id, {"subject": "Về việc thành lập Tổ (đã sửa)"}, a.version)
    with pytest.raises(StaleRecord) as info:
        decisions.delete_draft(minh, b.id, expected_version=b.version)
    assert info.value.current["subject"] == "Về việc thành lập Tổ (đã sửa)"
    assert decisions.get_decision(draft.id).subject == "Về việc thành lập Tổ (đã sửa)"
    decisions.delete_draft(minh, b.id, expected_version=b.version + 1)  # reloaded: it goes


@pytest.mark.parametrize("first, second", [
    ("reset", "deactivate"), ("deactivate", "unlock"), ("unlock", "reset"),
])
def test_two_administrators_changing_one_account(db, admins, first, second):
    from desktop import users

    one, two = admins
    clerk = users.create_user(ADMIN, username="canbo", password="canbo1234", role="viewer")

    def act(actor, what, seen):
        if what == "reset":
            users.reset_password(actor, seen.id, "matkhaumoi1", expected_version=seen.version)
        elif what == "deactivate":
            users.set_active(actor, seen.id, False, expected_version=seen.version)
        else:
            users.unlock_user(actor, seen.id, expected_version=seen.version)

    seen_by_one = next(u for u in users.list_users() if u.id == clerk.id)
    seen_by_two = next(u for u in users.list_users() if u.id == clerk.id)
    act(one, first, seen_by_one)
    written = next(u for u in users.list_users() if u.id == clerk.id)
    with pytest.raises(StaleRecord) as info:
        act(two, second, seen_by_two)
    assert (info.value.entity, info.value.id) == ("user", clerk.id)
    assert info.value.current["version"] == written.version
    assert next(u for u in users.list_users() if u.id == clerk.id) == written


def test_a_failed_sign_in_does_not_make_the_account_stale(db, admins):
    """Wrong passwords count failures without a new version: unlocking still works."""
    from desktop import users

    one, _two = admins
    clerk = users.create_user(ADMIN, username="canbo", password="canbo1234", role="viewer")
    seen = next(u for u in users.list_users() if u.id == clerk.id)
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(users.AuthError):
            users.authenticate("canbo", "sai-mat-khau")
    users.unlock_user(one, clerk.id, expected_version=seen.version)
    assert users.authenticate("canbo", "canbo1234").username == "canbo"


def test_ending_a_membership_and_setting_a_result_check_the_shown_version(area, clerks, team):
    lan, minh = clerks
    course = training.create_course(ADMIN, {"title": "Kỹ năng số", "unit_id": area.commune})
    person = _row(team.id, "Nguyễn Văn An").person_id
    training.add_attendees(ADMIN, course.id, [person])
    r1 = training.course_records(course.id)[0]
    r2 = training.course_records(course.id)[0]
    training.set_result(lan, r1.id, "vang", expected_version=r1.version)
    with pytest.raises(StaleRecord) as info:
        training.set_result(minh, r2.id, "hoan_thanh", dt.date(2025, 9, 1),
                            expected_version=r2.version)
    assert info.value.current["result"] == "vang"

    a = _row(team.id, "Nguyễn Văn An")
    b = _row(team.id, "Nguyễn Văn An")
    later = dt.date.today() + dt.timedelta(days=30)  # still a member today: no other refusal
    teams.end_membership(lan, a.membership_id, later, "chuyển đi", expected_version=a.version)
    with pytest.raises(StaleRecord) as info:
        teams.end_membership(minh, b.membership_id, dt.date.today(), "xin thôi",
                             expected_version=b.version)
    assert info.value.current["end_reason"] == "chuyển đi"
