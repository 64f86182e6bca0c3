"""The search page as the clerk types: results come from a worker, the columns stay put."""
from __future__ import annotations


def test_search_columns_are_sized_once_and_keep_their_widths_as_results_arrive(
        qtbot, office_commune, make_window):
    """No key waits for its results to be measured: the columns are sized from the font
    when the page is built (a name wider than a birth date) and do not jump as you type."""
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    teams.add_member(LOCAL_ADMIN, team.id,
                     {"full_name": "Hoàng Thị Phương Thảo Nguyên", "phone": "0912345678"},
                     "thanh_vien")
    window = make_window()
    page = window.show_page("search")
    header = page.view.horizontalHeader()
    before = [header.sectionSize(c) for c in range(6)]
    assert before[0] > before[1]
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_query("hoang thi")
    assert page.model.rowCount() == 1
    assert [header.sectionSize(c) for c in range(6)] == before
