"""desktop.teams: one team per village, members with validation, matching and one leader."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from db.audit import recent_audit
from desktop import errors_domain as E
from desktop import teams, units
from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed
from desktop.permissions import PermissionDenied
from tests.desktop.service_fixtures import ADMIN, member_values, version_of

NFD = lambda s: unicodedata.normalize("NFD", s)


@pytest.fixture
def team(area):
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    return teams.create_team(ADMIN, village.id, established_on=dt.date(2022, 6, 1))


def _five(team_id):
    people = [
        ("Nguyễn Văn An", "to_truong", {"phone": "0912 345 678"}),
        ("Trần Thị Hoà", "to_pho", {"sex": "Nữ", "phone": "+84 987654321"}),
        ("Lê Đức Bình", "thanh_vien", {}),
        ("Đặng Thị Ánh", "thanh_vien", {"sex": "nữ"}),
        ("Hoàng Văn Ân", "thanh_vien", {"youth_union": "x"}),
    ]
    return [
        teams.add_member(ADMIN, team_id, member_values(name, **extra), role)
        for name, role, extra in people
    ]


def test_create_team_defaults_and_one_per_village(area):
    v = units.create_village(ADMIN, area.commune, "Tổ dân phố 5")
    t = teams.create_team(ADMIN, v.id)
    assert (t.name, t.status, t.village_name, t.commune_name) == (
        "Tổ CNSCĐ Tổ dân phố 5", "planned", "Tổ dân phố 5", "Xã Hợp Thành"
    )
    with pytest.raises(ValidationFailed) as info:
        teams.create_team(ADMIN, v.id, name="Tổ thứ hai")
    assert info.value.codes() == [E.TEAM_VILLAGE_HAS_TEAM]
    assert info.value.problems[0].param("team_id") == t.id
    assert [r.id for r in teams.list_teams(area.commune)] == [t.id]
    assert [r.id for r in teams.list_teams(area.province)] == [t.id]
    assert teams.list_teams(area.other_province) == []


def test_database_index_refusal_becomes_a_problem(area, monkeypatch):
    """A team created by another clerk between the check and the insert (race)."""
    from db import teams as team_queries

    v = units.create_village(ADMIN, area.commune, "Thôn Đồng Tâm")
    first = teams.create_team(ADMIN, v.id)
    monkeypatch.setattr(team_queries, "open_team_of_village", lambda village_id: None)
    with pytest.raises(ValidationFailed) as info:
        teams.create_team(ADMIN, v.id)
    assert info.value.codes() == [E.TEAM_VILLAGE_HAS_TEAM]
    assert [r.id for r in teams.list_teams(area.commune)] == [first.id]


def test_status_changes_with_versions(team):
    active = teams.get_team(team.id)
    assert active.status == "active" and active.established_on == dt.date(2022, 6, 1)
    with pytest.raises(StaleRecord) as info:
        teams.set_team_status(ADMIN, team.id, "dissolved", team.version + 5)
    assert info.value.current["status"] == "active"
    with pytest.raises(ValidationFailed):
        teams.set_team_status(ADMIN, team.id, "closed", team.version)
    _five(team.id)
    gone = teams.set_team_status(ADMIN, team.id, "dissolved", team.version, dt.date(2026, 1, 1))
    assert gone.status == "dissolved" and gone.dissolved_on == dt.date(2026, 1, 1)
    assert gone.member_count == 0
    # the roster before the dissolution is still there
    assert len(teams.team_members(team.id, at=dt.date(2025, 12, 31))) == 5
    assert teams.list_teams(team.village_id) == []
    assert [r.id for r in teams.list_teams(team.village_id, include_dissolved=True)] == [team.id]
    # the village can get a new team now; the old one can't come back while it exists
    newer = teams.create_team(ADMIN, team.village_id)
    with pytest.raises(ValidationFailed) as info:
        teams.set_team_status(ADMIN, team.id, "active", gone.version)
    assert info.value.codes() == [E.TEAM_VILLAGE_HAS_TEAM]
    assert info.value.problems[0].param("team_id") == newer.id


def test_planned_team_becomes_active(area):
    v = units.create_village(ADMIN, area.commune, "Thôn Pác Luồng")
    t = teams.create_team(ADMIN, v.id)
    active = teams.set_team_status(ADMIN, t.id, "active", t.version, dt.date(2026, 3, 2))
    assert (active.status, active.established_on, active.version) == (
        "active", dt.date(2026, 3, 2), t.version + 1
    )


def test_add_members_cleans_and_orders_the_roster(team):
    results = _five(team.id)
    first = results[0].member
    assert first.full_name == "Nguyễn Văn An" and first.phone == "0912345678"
    assert first.birth == "05/03/1990" and first.role_label == "Tổ trưởng"
    assert results[1].member.phone == "0987654321"
    roster = teams.team_members(team.id)
    # role rank first, then given name in Vietnamese order: An < Ánh < Ân < Bình
    assert [m.full_name for m in roster] == [
        "Nguyễn Văn An", "Trần Thị Hoà", "Đặng Thị Ánh", "Hoàng Văn Ân", "Lê Đức Bình"
    ]
    assert [m.role for m in roster][:2] == ["to_truong", "to_pho"]
    detail = teams.get_team(team.id)
    assert detail.problems == () and detail.leader_name == "Nguyễn Văn An"
    assert teams.list_teams(team.village_id)[0].member_count == 5
    assert [m for m in roster if m.full_name == "Hoàng Văn Ân"][0].youth_union is True


def test_person_keys_are_stored(team):
    from db.models import Person, PersonNameToken
    from vn.collation import person_sort_key

    teams.add_member(ADMIN, team.id, member_values(NFD("  nguyễn   văn  AN ")), "thanh_vien")
    p = Person.get()
    assert p.full_name == "Nguyễn Văn An"
    assert (p.family_name, p.middle_name, p.given_name) == ("Nguyễn", "Văn", "An")
    assert p.search_key == "nguyen van an"
    assert p.sort_key == person_sort_key("Nguyễn Văn An")
    assert p.citizen_id is None
    tokens = {t.search_key for t in PersonNameToken.select().where(PersonNameToken.person == p.id)}
    assert tokens == {"nguyen van an", "van an nguyen", "an nguyen van"}


def test_validation_errors_refuse_and_warnings_pass(team):
    with pytest.raises(ValidationFailed) as info:
        teams.add_member(
            ADMIN, team.id,
            {"full_name": "", "phone": "12ab", "birth": "31/02/1990", "email": "an@@x"},
            "thanh_vien",
        )
    codes = set(info.value.codes())
    assert {"name.required", "phone.chars", "date.invalid", "email.invalid"} <= codes
    assert teams.team_members(team.id) == []
    result = teams.add_member(
        ADMIN, team.id, member_values("Vi Văn Lăng", phone="01689123456"), "to_truong"
    )
    assert result.member.phone == "0389123456"
    codes = [p.code for p in result.warnings]
    assert "phone.old_mobile" in codes
    assert E.TEAM_TOO_SMALL in codes  # 1 of 3-10
    with pytest.raises(ValidationFailed):
        teams.add_member(ADMIN, team.id, member_values("Vi Thị Mai"), "pho_chu_tich")


def test_exactly_one_leader(team):
    teams.add_member(ADMIN, team.id, member_values("Nguyễn Văn An"), "to_truong")
    with pytest.raises(ValidationFailed) as info:
        teams.add_member(ADMIN, team.id, member_values("Trần Văn Bảo"), "to_truong")
    assert info.value.codes() == [E.MEMBER_SECOND_LEADER]
    assert info.value.problems[0].param("leader") == "Nguyễn Văn An"
    second = teams.add_member(ADMIN, team.id, member_values("Trần Văn Bảo"), "thanh_vien")
    with pytest.raises(ValidationFailed):
        teams.update_member(ADMIN, second.member.membership_id, member_values("Trần Văn Bảo"),
                            "to_truong", second.member.version)
    # the old leader steps down today; the new one takes over the same day
    leader = teams.team_members(team.id)[0]
    teams.end_membership(ADMIN, leader.membership_id, dt.date.today(), "Chuyển công tác",
                         expected_version=leader.version)
    promoted = teams.update_member(ADMIN, second.member.membership_id,
                                   member_values("Trần Văn Bảo"), "to_truong",
                                   second.member.version)
    assert promoted.member.role == "to_truong" and promoted.member.version == 2
    assert teams.get_team(team.id).leader_name == "Trần Văn Bảo"


def test_leader_index_refusal_becomes_a_problem(team, monkeypatch):
    teams.add_member(ADMIN, team.id, member_values("Nguyễn Văn An"), "to_truong")
    monkeypatch.setattr(teams, "_leader_problem", lambda *a, **k: [])
    with pytest.raises(ValidationFailed) as info:
        teams.add_member(ADMIN, team.id, member_values("Trần Văn Bảo"), "to_truong")
    assert info.value.codes() == [E.MEMBER_SECOND_LEADER]
    assert len(teams.team_members(team.id)) == 1


def test_matching_an_existing_person(area, team):
    v2 = units.create_village(ADMIN, area.commune, "Thôn Khòn Pạt")
    other = teams.create_team(ADMIN, v2.id)
    first = teams.add_member(
        ADMIN, team.id,
        member_values("Nông Thị Hoà", sex="Nữ", phone="0912000111", citizen_id="020190001234",
                      birth="1990"),
        "thanh_vien",
    ).member
    # same phone, the other tone placement and NFD: the same person
    again = teams.add_member(
        ADMIN, other.id,
        member_values(NFD("Nông Thị Hòa"), sex="Nữ", phone="0912.000.111", birth="1990",
                      organisation="Hội LHPN xã"),
        "thanh_vien",
    )
    assert again.matched_by == "phone_name"
    assert again.member.person_id == first.person_id
    assert again.member.full_name == "Nông Thị Hoà"  # the stored spelling stays
    assert again.member.organisation == "Hội LHPN xã"  # typed details complete the record
    matched = [p for p in again.warnings if p.code == E.PERSON_MATCHED][0]
    assert matched.param("other_teams") == 1
    # by citizen ID, even with another phone
    v3 = units.create_village(ADMIN, area.commune, "Bản Cắm")
    third = teams.create_team(ADMIN, v3.id)
    by_cid = teams.add_member(
        ADMIN, third.id,
        member_values("Nông Thị Hoà", sex="Nữ", phone="0987000222", citizen_id="020190001234",
                      birth="1990"),
        "thanh_vien",
    )
    assert by_cid.matched_by == "citizen_id" and by_cid.member.person_id == first.person_id
    # a citizen ID that belongs to someone else is refused
    with pytest.raises(ValidationFailed) as info:
        teams.add_member(ADMIN, third.id,
                         member_values("Lý Văn Tài", citizen_id="020190001234", birth="1990",
                                       sex="Nữ"),
                         "thanh_vien")
    assert E.CITIZEN_ID_TAKEN in info.value.codes()
    # already in this team
    with pytest.raises(ValidationFailed) as info:
        teams.add_member(ADMIN, team.id, {"person_id": first.person_id,
                                          "full_name": "Nông Thị Hoà"}, "thanh_vien")
    assert info.value.codes() == [E.MEMBER_DUPLICATE]


def test_update_member_versions_and_person_fields(team):
    added = teams.add_member(ADMIN, team.id, member_values("Lê Văn Tám"), "thanh_vien").member
    values = member_values("Lê Văn Tám", phone="0978123456", position="Bí thư chi đoàn",
                           organisation="Đoàn xã", youth_union=True)
    saved = teams.update_member(ADMIN, added.membership_id, values, "to_pho", added.version,
                                expected_person_version=added.person_version)
    m = saved.member
    assert (m.role, m.phone, m.position, m.youth_union, m.version, m.person_version) == (
        "to_pho", "0978123456", "Bí thư chi đoàn", True, 2, 2
    )
    with pytest.raises(StaleRecord) as info:
        teams.update_member(ADMIN, added.membership_id, values, "thanh_vien", added.version)
    assert info.value.entity == "membership" and info.value.current["role"] == "to_pho"
    with pytest.raises(StaleRecord) as info:
        teams.update_member(ADMIN, added.membership_id, values, "thanh_vien", m.version,
                            expected_person_version=1)
    assert info.value.entity == "person" and info.value.current["position"] == "Bí thư chi đoàn"
    assert teams.team_members(team.id)[0].role == "to_pho"  # the refused save left nothing
    entry = recent_audit(1, entity="membership")[0]
    assert entry.action == "update"
    assert json.loads(entry.before)["role"] == "thanh_vien"
    assert json.loads(entry.after)["role"] == "to_pho"


def test_citizen_id_only_for_actors_who_may_see_it(area, team):
    added = teams.add_member(
        ADMIN, team.id, member_values("Lê Thị Hồng", sex="Nữ", citizen_id="001190012345"),
        "thanh_vien",
    ).member
    assert added.citizen_id == "001190012345"
    # a clerk who may not see it saves the form without the field: the ID stays
    saved = teams.update_member(area.clerk, added.membership_id,
                                member_values("Lê Thị Hồng", sex="Nữ", phone="0912999888"),
                                "thanh_vien", added.version)
    assert saved.member.citizen_id is None  # hidden from this actor
    from db.models import Person

    assert Person.get_by_id(added.person_id).citizen_id == "001190012345"


def test_end_membership_and_history(team):
    results = _five(team.id)
    member = results[2].member
    with pytest.raises(ValidationFailed):
        teams.end_membership(ADMIN, member.membership_id, "not a date",
                             expected_version=member.version)
    ended = teams.end_membership(ADMIN, member.membership_id, dt.date.today(), "Chuyển đi",
                                 expected_version=member.version)
    assert ended.end_date == dt.date.today() and ended.end_reason == "Chuyển đi"
    with pytest.raises(ValidationFailed) as info:
        teams.end_membership(ADMIN, member.membership_id, dt.date.today(),
                             expected_version=ended.version)
    assert info.value.codes() == [E.MEMBER_ALREADY_ENDED]
    assert member.membership_id not in [m.membership_id for m in teams.team_members(team.id)]
    history = teams.membership_history(team.id)
    assert len(history) == 5 and history[-1].membership_id == member.membership_id
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert len(teams.team_members(team.id, at=yesterday)) == 5


def test_team_warnings_for_size_and_leader(area, team):
    from desktop.office import configure_office

    for name in ("Vi Văn Một", "Vi Văn Hai", "Vi Văn Ba"):
        teams.add_member(ADMIN, team.id, member_values(name), "thanh_vien")
    codes = [p.code for p in teams.get_team(team.id).problems]
    assert codes == [E.TEAM_NO_LEADER]
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[],
                     settings={"team_size": [4, 7]})
    problems = teams.get_team(team.id).problems
    small = [p for p in problems if p.code == E.TEAM_TOO_SMALL][0]
    assert (small.param("count"), small.param("min"), small.param("max")) == (3, 4, 7)
    assert all(not p.is_error for p in problems)


def test_roles_and_suggestions(team):
    assert [r.code for r in teams.roles()] == ["to_truong", "to_pho", "thanh_vien"]
    assert teams.roles()[0].is_leader
    teams.add_member(ADMIN, team.id, member_values("A Văn Một", organisation="Công an xã"),
                     "thanh_vien")
    teams.add_member(ADMIN, team.id, member_values("A Văn Hai", organisation="Công an xã"),
                     "thanh_vien")
    teams.add_member(ADMIN, team.id, member_values("A Văn Ba", organisation="Bưu điện xã",
                                                   position="Nhân viên"), "thanh_vien")
    assert teams.suggestions("organisation") == ["Công an xã", "Bưu điện xã"]
    assert teams.suggestions("organisation", "cong an") == ["Công an xã"]
    assert teams.suggestions("organisation", "XÃ") == ["Công an xã", "Bưu điện xã"]
    assert teams.suggestions("position", "nhan") == ["Nhân viên"]


def test_permissions(area, team):
    other_village = units.create_village(ADMIN, area.commune2, "Khu 1")
    with pytest.raises(PermissionDenied):
        teams.create_team(area.clerk, other_village.id)
    teams.add_member(area.clerk, team.id, member_values("Hà Văn Sơn"), "thanh_vien")
    with pytest.raises(PermissionDenied):
        teams.add_member(area.viewer, team.id, member_values("Hà Văn Sơn"), "thanh_vien")
    with pytest.raises(NotFound):
        teams.get_team(999999)


# --- paged lists (sorted in SQL over stored keys) -------------------------------------------


@pytest.fixture
def many_teams(area):
    """Teams in two communes of a province (and one outside it), various dates and sizes."""
    names = {
        area.commune: ["Thôn 10", "Thôn 2", "Bản Đon", "Thôn Ải", "Bản Cắm", "Tổ dân phố 1"],
        area.commune2: ["Tổ dân phố 3", "Thôn Đông Hà", "Thôn Dương", "Thôn Ấp"],
        area.other_commune: ["Thôn Nà Lài"],
    }
    given = ["An", "Bình", "Chi", "Dũng", "Hoa", "Lan"]
    made = []
    for n, (commune, villages) in enumerate(names.items()):
        for i, name in enumerate(villages):
            village = units.create_village(ADMIN, commune, name)
            established = dt.date(2020 + (i % 3), 1 + n, 1) if i % 4 else None
            team = teams.create_team(ADMIN, village.id, established_on=established)
            for k in range((i * 7) % 4):
                teams.add_member(ADMIN, team.id, member_values(f"Nguyễn {given[n]} {given[i]} {given[k]}"),
                                 "to_truong" if k == 0 else "thanh_vien")
            made.append(team)
    return made


def _pages(unit, size, **kwargs):
    out, offset = [], 0
    while True:
        page = teams.list_teams_page(unit, offset=offset, limit=size, **kwargs)
        out.extend(page)
        if len(page) < size:
            return out
        offset += size


def test_team_pages_concatenate_to_the_full_list(area, many_teams):
    for unit in (area.commune, area.province, None):
        full = teams.list_teams(unit)
        assert [r.id for r in _pages(unit, 3)] == [r.id for r in full]
        assert _pages(unit, 3) == full  # the same rows, labels and counts
        assert teams.team_summary(unit).teams == len(full)
    assert [r.id for r in _pages(area.other_province, 2)] == [many_teams[-1].id]


@pytest.mark.parametrize("sort", teams.TEAM_SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_team_sorts_follow_stored_keys(area, many_teams, sort, descending):
    from db.models import AdminUnit

    stored = dict(AdminUnit.select(AdminUnit.id, AdminUnit.sort_key).tuples())
    full = teams.list_teams(area.province)
    place = {r.id: n for n, r in enumerate(full)}  # commune, then village (stored keys)
    key = {
        "place": lambda r: place[r.id],
        "commune": lambda r: place[r.id],
        "name": lambda r: stored[r.village_id],
        "village": lambda r: stored[r.village_id],
        "status": lambda r: {"active": 0, "planned": 1}[r.status],
        "established": lambda r: r.established_on or dt.date.max,
        "members": lambda r: r.member_count,
    }[sort]
    paged = _pages(area.province, 4, sort=sort, descending=descending)
    assert sorted(r.id for r in paged) == sorted(place)
    values = [key(r) for r in paged]
    if sort == "established":  # undated last both ways
        dated = [v for v in values if v != dt.date.max]
        assert values == dated + [dt.date.max] * (len(values) - len(dated))
        values = dated
    assert values == sorted(values, reverse=descending)
    again = _pages(area.province, 100, sort=sort, descending=descending)
    assert [r.id for r in again] == [r.id for r in paged]  # stable (id breaks ties)


def test_team_sort_is_vietnamese(area, many_teams):
    villages = [r.village_name for r in _pages(area.commune2, 2, sort="village")]
    thon = [v for v in villages if v.startswith("Thôn")]
    assert thon == ["Thôn Ấp", "Thôn Dương", "Thôn Đông Hà"]  # Â after A, Đ after D
    villages = [r.village_name for r in _pages(area.commune, 2, sort="village")]
    assert villages.index("Thôn 2") < villages.index("Thôn 10")
    assert villages.index("Bản Cắm") < villages.index("Bản Đon")


def test_team_summary_and_dissolved(area, many_teams):
    full = teams.list_teams(area.province)
    summary = teams.team_summary(area.province)
    assert summary.members == sum(r.member_count for r in full)
    assert summary.without_leader == sum(1 for r in full if not r.leader_name)
    gone = full[0]
    teams.set_team_status(ADMIN, gone.id, "dissolved", gone.version, on_date=dt.date(2025, 1, 1))
    assert gone.id not in [r.id for r in _pages(area.province, 3)]
    with_gone = _pages(area.province, 3, include_dissolved=True)
    assert gone.id in [r.id for r in with_gone]
    assert teams.team_summary(area.province, include_dissolved=True).teams == len(full)
    assert teams.team_summary(area.province).teams == len(full) - 1
    with pytest.raises(ValueError):
        teams.list_teams_page(area.province, sort="leader")
