"""desktop.stats: the overview figures and the per-commune rows of the summary report."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import stats, teams, training, units
from tests.desktop.service_fixtures import ADMIN, member_values, version_of


@pytest.fixture
def figures(area):
    # Hợp Thành: 4 villages, 2 active teams + 1 planned; Đông Kinh: 1 village, no team
    villages = units.create_villages_from_text(
        ADMIN, area.commune, "Thôn 1\nThôn 2\nThôn 3\nThôn 4"
    )
    units.create_village(ADMIN, area.commune2, "Khu 1")
    t1 = teams.create_team(ADMIN, villages[0].id, established_on=dt.date(2022, 5, 1))
    t2 = teams.create_team(ADMIN, villages[1].id, established_on=dt.date(2022, 5, 1))
    teams.create_team(ADMIN, villages[2].id)  # planned
    add = lambda t, n, **kw: teams.add_member(
        ADMIN, t.id, member_values(n, **kw), "thanh_vien"
    ).member
    an = add(t1, "Nguyễn Văn An", youth_union="x")
    hoa = add(t1, "Trần Thị Hoà", sex="Nữ", phone="0912000111")
    add(t2, "Lê Thị Yến", sex="Nữ", youth_union=True)
    # the same person in a second team counts once
    teams.add_member(ADMIN, t2.id, member_values("Trần Thị Hòa", sex="Nữ", phone="0912000111"),
                     "thanh_vien")
    gone = add(t2, "Vi Văn Lăng")
    teams.end_membership(ADMIN, gone.membership_id, dt.date.today(),
                         expected_version=version_of("Membership", gone.membership_id))
    course = training.create_course(ADMIN, {"title": "Kỹ năng số", "unit_id": area.commune})
    training.add_attendees(ADMIN, course.id, [an.person_id, hoa.person_id])
    rec = {r.person_id: r for r in training.course_records(course.id)}
    training.set_result(ADMIN, rec[an.person_id].id, "hoan_thanh", dt.date(2025, 8, 6),
                        expected_version=rec[an.person_id].version)
    return area


def test_overview_of_a_commune(figures):
    o = stats.overview(figures.commune)
    assert (o.villages, o.teams, o.planned_teams) == (4, 2, 1)
    assert o.coverage_pct == 50.0
    assert (o.members, o.women, o.youth_union) == (3, 2, 2)
    assert (o.trained, o.trained_pct) == (1, 33.3)


def test_overview_of_a_province_and_everything(figures):
    o = stats.overview(figures.province)
    assert (o.villages, o.teams, o.members, o.communes, o.communes_with_team) == (5, 2, 3, 2, 1)
    assert o.coverage_pct == 40.0
    everything = stats.overview(None)
    assert (everything.villages, everything.members, everything.communes) == (5, 3, 3)
    empty = stats.overview(figures.other_province)
    assert (empty.villages, empty.coverage_pct, empty.trained_pct) == (0, 0.0, 0.0)


def test_per_commune_rows(figures):
    rows = stats.per_commune(figures.province)
    assert [r.commune_name for r in rows] == ["Phường Đông Kinh", "Xã Hợp Thành"]
    dk, ht = rows
    assert (dk.villages, dk.teams, dk.members, dk.coverage_pct) == (1, 0, 0, 0.0)
    assert (ht.villages, ht.teams, ht.coverage_pct, ht.members, ht.women, ht.youth_union,
            ht.trained, ht.trained_pct) == (4, 2, 50.0, 3, 2, 2, 1, 33.3)
    assert ht.latest_decision is None
    assert [r.commune_name for r in stats.per_commune(figures.commune)] == ["Xã Hợp Thành"]


def test_per_village_lists_villages_without_an_active_team_first(figures):
    rows = stats.per_village(figures.commune)
    assert [r.village_name for r in rows] == ["Thôn 3", "Thôn 4", "Thôn 1", "Thôn 2"]
    planned, empty, first, second = rows
    assert (planned.team_status, empty.team_status, empty.team_id) == ("planned", None, None)
    assert (first.members, first.trained, first.trained_pct) == (2, 1, 50.0)
    assert (second.members, second.trained) == (2, 0)  # the one who left does not count
    # the same figure on every page: coverage from per_village equals the overview's
    active = sum(1 for r in rows if r.team_status == "active")
    assert round(100 * active / len(rows), 1) == stats.overview(figures.commune).coverage_pct
