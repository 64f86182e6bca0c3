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


def test_a_key_typed_while_a_search_runs_cancels_it_and_shows_only_the_latest(
        qtbot, office_commune, make_window, monkeypatch):
    """The answer to the latest key never waits for a stale query: the running one is
    cancelled (here a search that would take 20 s unless cancelled) and only the latest
    text's results are shown."""
    import time

    from desktop import people

    real = people.search
    seen: dict[str, bool] = {}

    def search(text, **kwargs):
        cancelled = kwargs.get("cancelled")
        if text == "ng" and cancelled is not None:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not cancelled():
                time.sleep(0.01)
            seen[text] = cancelled()
            raise people.QueryCancelled()
        return real(text, **kwargs)

    monkeypatch.setattr(people, "search", search)
    window = make_window()
    page = window.show_page("search")
    shown: list[str] = []
    page.results_shown.connect(lambda text, _n: shown.append(text))
    page.set_query("ng")
    qtbot.wait(50)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_query("ngu")
    qtbot.waitUntil(lambda: "ng" in seen, timeout=5000)
    assert seen == {"ng": True} and shown == ["ngu"]
