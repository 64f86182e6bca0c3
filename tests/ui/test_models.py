"""Every item model passes Qt's model tester, filled with real rows from the services."""
from __future__ import annotations

import functools

import pytest


@pytest.fixture
def data(office_commune):
    from desktop import teams, training, units
    from desktop.context import LOCAL_ADMIN

    commune = office_commune.unit_id
    villages = units.create_villages_from_text(LOCAL_ADMIN, commune,
                                               "Thôn Nà Sla\nBản Cắm\nTổ dân phố 5")
    team = teams.create_team(LOCAL_ADMIN, villages[0].id)
    for name, role in (("Hoàng Văn Dũng", "to_truong"), ("Nông Thị Hoa", "to_pho"),
                       ("Nguyễn Thị Lan", "thanh_vien")):
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": name, "birth": "1990"}, role)
    course = training.create_course(LOCAL_ADMIN, {"title": "Kỹ năng số", "unit_id": commune})
    training.add_attendees(LOCAL_ADMIN, course.id, training.attendees_for_team(team.id))
    return {"commune": commune, "team": team, "course": course}


def test_table_models(qtmodeltester, data):
    from desktop import people, stats, teams, training, units
    from ui.dialogs.person import MembershipsModel, TrainingHistoryModel
    from ui.models.rows import (
        CourseTableModel,
        MemberTableModel,
        RecordTableModel,
        TeamTableModel,
        VillageTableModel,
    )
    from ui.pages.overview import CommuneStatsModel

    filled = [
        (VillageTableModel(), units.list_villages(data["commune"])),
        (TeamTableModel(), teams.list_teams(data["commune"])),
        (MemberTableModel(), teams.team_members(data["team"].id)),
        (MemberTableModel(), teams.membership_history(data["team"].id)),
        (CourseTableModel(), training.list_courses(data["commune"])),
        (RecordTableModel(), training.course_records(data["course"].id)),
    ]
    province = units.unit_path(data["commune"])[0].id
    filled.append((CommuneStatsModel(), stats.per_commune(province)))
    person = people.get_person(teams.team_members(data["team"].id)[0].person_id)
    filled.append((MembershipsModel(), person.memberships))
    filled.append((TrainingHistoryModel(), person.training))
    for model, rows in filled:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.set_rows([])
        qtmodeltester.check(model)


def test_search_model_pages_lazily(qtmodeltester, data):
    from desktop import people
    from ui.models.search import SearchResultsModel

    model = SearchResultsModel(people.search, page_size=1)
    model.search("n")  # Nông Thị Hoa, Nguyễn Thị Lan: two pages of one
    assert model.rowCount() == 1 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 and not model.canFetchMore()
    qtmodeltester.check(model)
    model.search("")
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_pasted_rows_model(qtmodeltester, data):
    from desktop import teams
    from ui.dialogs.paste_members import PastedRowsModel
    from ui.paste import parse_member_rows

    rows, _columns = parse_member_rows("Vi Văn Lâm\tThành viên\t1980\nLò Thị Mai\tAbc\t31/02",
                                       teams.roles())
    model = PastedRowsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_unit_tree_with_villages(qtmodeltester, data):
    from desktop import units
    from desktop.office import get_office
    from ui.models.unit_tree import UnitTreeModel

    office = get_office()
    model = UnitTreeModel(functools.partial(units.unit_tree_children, catalogue="2025"),
                          roots_loader=lambda: units.scope_roots(office))
    commune = model.index(0, 0)
    assert model.canFetchMore(commune)
    model.fetchMore(commune)
    assert model.rowCount(commune) == 3
    marks = {model.index(r, 0, commune).data(): model.index(r, 2, commune).data()
             for r in range(3)}
    assert marks == {"Thôn Nà Sla": "●", "Bản Cắm": "–", "Tổ dân phố 5": "–"}
    qtmodeltester.check(model)
    model.refresh_unit(data["commune"])
    qtmodeltester.check(model)


def test_team_model_pages_lazily_and_sorts_in_sql(qtmodeltester, data):
    from PySide6.QtCore import Qt

    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from ui.models.teams import PagedTeamTableModel

    commune = data["commune"]
    for village in units.list_villages(commune):
        if not village.team_id:
            teams.create_team(LOCAL_ADMIN, village.id)
    full = teams.list_teams(commune)
    assert len(full) == 3
    model = PagedTeamTableModel(teams.list_teams_page, page_size=2)
    assert not model.canFetchMore()
    model.sort(-1, Qt.SortOrder.AscendingOrder)  # nothing shown yet: nothing fetched
    model.set_page(commune, PagedTeamTableModel.first_page(teams.list_teams_page, commune,
                                                           page_size=2))
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in full]
    assert not model.canFetchMore()
    qtmodeltester.check(model)

    model.sort(PagedTeamTableModel.COL_VILLAGE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    expected = teams.list_teams_page(commune, sort="village", descending=True, limit=10)
    assert [r.id for r in model.rows()] == [r.id for r in expected]
    qtmodeltester.check(model)
    # no stored key for the leader: the order stays as it was
    model.sort(PagedTeamTableModel.COL_LEADER, Qt.SortOrder.AscendingOrder)
    assert (model.sort_name, model.descending) == ("village", True)
    model.sort(PagedTeamTableModel.COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    assert model.rows()[0].id == data["team"].id  # three members
    model.set_rows([])
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_course_records_model_pages_lazily(qtmodeltester):
    """A national course's attendees arrive a page at a time as the view scrolls."""
    from types import SimpleNamespace

    from ui.models.rows import RecordTableModel

    people = [SimpleNamespace(id=i, full_name=f"Nguyễn Văn {i}", birth="1990", team_name="",
                              village_name="Thôn Nà Sla", result="hoan_thanh",
                              completed_on=None, certificate_no=f"BDHVS-{i:05d}")
              for i in range(1234)]
    calls = []

    def fetch(after, limit):
        offset = 0 if after is None else after.id + 1
        calls.append((offset, limit))
        return people[offset:offset + limit]

    model = RecordTableModel()
    model.set_source(fetch, len(people))
    assert model.rowCount() == RecordTableModel.PAGE and model.total() == 1234
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1234 and not model.canFetchMore()
    assert calls == [(0, 500), (500, 500), (1000, 500)]
    assert model.row_at(1233).certificate_no == "BDHVS-01233"
    qtmodeltester.check(model)
    model.set_rows(people[:3])
    assert model.rowCount() == 3 and not model.canFetchMore()


def test_member_table_names_each_detail_with_its_one_label(qapp):
    """The members table's headings of a person's details are the catalogue's labels (the
    form's, the files' and the problems' words), not words of its own."""
    from ui.models.rows import MemberTableModel
    from vn.messages import FIELD_LABELS

    headers = MemberTableModel().headers()
    assert headers[MemberTableModel.COL_PHONE] == FIELD_LABELS["phone"] == "Số điện thoại"
    assert headers[MemberTableModel.COL_NAME] == FIELD_LABELS["full_name"]
    assert headers[MemberTableModel.COL_ORGANISATION] == FIELD_LABELS["organisation"]
