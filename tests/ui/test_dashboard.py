"""The dashboard: one statistics service for every figure, a commune's villages with the ones
lacking a team first, a province's communes, and painted charts."""
from __future__ import annotations


def _commune_with_three_villages(office_commune):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    ids = {}
    for name in ("Thôn Nà Sla", "Bản Cắm", "Thôn Khòn Pạt"):
        ids[name] = units.create_village(LOCAL_ADMIN, office_commune.unit_id, name).id
    active = teams.create_team(LOCAL_ADMIN, ids["Thôn Nà Sla"])
    if teams.get_team(active.id).status != "active":
        teams.set_team_status(LOCAL_ADMIN, active.id, "active",
                              teams.get_team(active.id).version)
    planned = teams.create_team(LOCAL_ADMIN, ids["Bản Cắm"])
    if teams.get_team(planned.id).status != "planned":
        teams.set_team_status(LOCAL_ADMIN, planned.id, "planned",
                              teams.get_team(planned.id).version)
    teams.add_member(LOCAL_ADMIN, active.id, {"full_name": "Lò Thị Mai"}, "thanh_vien")
    return ids


def test_coverage_is_the_same_on_the_overview_and_the_villages_page(qtbot, office_commune,
                                                                     make_window):
    """A planned team counted as coverage on the Villages page but not on the overview
    (40,0% against 20,0% for one commune): both now read the statistics service."""
    _commune_with_three_villages(office_commune)
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
        overview.refresh()  # it may have loaded already at start: read it again
    assert overview.cards["coverage"].value.text() == "33,3%"
    villages = window.show_page("villages")
    qtbot.waitUntil(lambda: villages.model.rowCount() == 3)
    assert "(33,3%)" in villages.summary.text() and "1 tổ dự kiến" in villages.summary.text()


def test_commune_dashboard_lists_villages_without_a_team_first(qtbot, qtmodeltester,
                                                               office_commune, make_window):
    _commune_with_three_villages(office_commune)
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
        overview.refresh()  # it may have loaded already at start: read it again
    model = overview.villages_model
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    teams = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names[-1] == "Thôn Nà Sla"  # the only active team: last
    assert set(names[:2]) == {"Bản Cắm", "Thôn Khòn Pạt"}
    assert "Chưa có tổ" in teams
    assert model.index(2, 2).data() == "1"  # its one member
    assert overview.village_view.isVisible() and not overview.view.isVisible()
    assert "1 chưa có tổ" not in overview.table_caption.text()
    assert "2 chưa có tổ đang hoạt động" in overview.table_caption.text()
    bars = overview.chart.bars()
    assert [b.label for b in bars] == ["Bản Cắm", "Thôn Nà Sla"]  # villages with a team
    assert overview.chart.isVisible()
    overview.chart.grab()  # paints without error


def test_province_dashboard_charts_communes_weakest_first(qtbot, app_db, make_window):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office

    hop_thanh = units.search_units("hop thanh", level="commune")[0]
    province = units.unit_path(hop_thanh.id)[0]
    other = next(u for u in units.unit_tree_children(province.id)
                 if u.level == "commune" and u.id != hop_thanh.id)
    configure_office(LOCAL_ADMIN, unit_id=province.id, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}])
    for commune, names in ((hop_thanh, ("Thôn Nà Sla",)), (other, ("Thôn A", "Thôn B"))):
        for name in names:
            village = units.create_village(LOCAL_ADMIN, commune.id, name)
            if name != "Thôn B":
                team = teams.create_team(LOCAL_ADMIN, village.id)
                teams.set_team_status(LOCAL_ADMIN, team.id, "active",
                                      teams.get_team(team.id).version) \
                    if teams.get_team(team.id).status != "active" else None
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=10000):
        window.show_page("overview")
        overview.refresh()  # it may have loaded already at start: read it again
    assert overview.view.isVisible() and not overview.village_view.isVisible()
    bars = overview.chart.bars()
    assert bars and all(len(b.values) == 2 for b in bars)
    coverages = [b.values[0] for b in bars]
    assert coverages == sorted(coverages)  # the weakest communes first
    assert (50.0, other.name) in [(b.values[0], b.label) for b in bars]
    overview.chart.grab()


def test_dashboard_prints_to_one_pdf_page_and_exports_the_report(qtbot, office_commune,
                                                                 make_window, tmp_path,
                                                                 monkeypatch):
    import subprocess

    from ui import print_preview
    from ui.dialogs import export_dialog

    _commune_with_three_villages(office_commune)
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
        overview.refresh()  # it may have loaded already at start: read it again
    target = tmp_path / "tong-quan.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda *a, **k: str(target))
    assert overview.page_actions.trigger("pdf") == str(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True)
    if info.returncode == 0:
        pages = [ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")]
        assert pages and pages[0].split()[-1] == "1"
    asked = []
    monkeypatch.setattr(export_dialog, "ask_and_export",
                        lambda workspace, parent, kind: asked.append(kind))
    overview.page_actions.trigger("excel")
    assert asked == ["report"]


def test_count_charts_members_by_role_and_organisation_teams_by_year(qtbot, office_commune,
                                                                     make_window):
    import datetime as dt

    from desktop import stats, teams
    from desktop.context import LOCAL_ADMIN

    ids = _commune_with_three_villages(office_commune)
    team = teams.list_teams(ids["Thôn Nà Sla"])[0]
    teams.add_member(LOCAL_ADMIN, team.id, {"full_name": "Hoàng Văn Dũng",
                                            "organisation": "Đoàn thanh niên"}, "to_truong")
    counts = stats.breakdown(office_commune.unit_id)
    assert dict(counts.by_role) == {"Tổ trưởng": 1, "Thành viên": 1}
    assert ("Đoàn thanh niên", 1) in counts.by_organisation
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
        overview.refresh()  # it may have loaded already at start: read it again
    assert [(b.label, b.values) for b in overview.role_chart.bars()] == [
        ("Tổ trưởng", (1,)), ("Thành viên", (1,))]
    labels = [b.label for b in overview.org_chart.bars()]
    assert "Đoàn thanh niên" in labels and "Khác / chưa ghi" in labels
    years = [b.label for b in overview.year_chart.bars()]
    assert all(label.isdigit() for label in years)
    assert overview.charts.count() == 4 and overview.charts.isVisible()
    for index in range(4):
        overview.charts.setCurrentIndex(index)
        overview.charts.currentWidget().grab()
    assert dt.date.today().year >= 2025


def test_printed_dashboard_lists_every_village_not_only_those_on_screen(
        qtbot, office_commune, make_window, tmp_path, monkeypatch):
    """The table scrolls on screen; the printed page writes its rows out (a picture of the
    screen showed six villages of thirty)."""
    import shutil
    import subprocess

    import pytest

    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from ui import print_preview

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    names = [f"Thôn Số {n:02d}" for n in range(1, 25)]
    for name in names:
        units.create_village(LOCAL_ADMIN, office_commune.unit_id, name)
    window = make_window()
    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
        overview.refresh()
    target = tmp_path / "tong-quan.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda *a, **k: str(target))
    assert overview.page_actions.trigger("pdf") == str(target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    missing = [n for n in names if n not in text]
    assert not missing, missing
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True)
    pages = [ln.split()[-1] for ln in info.stdout.splitlines() if ln.startswith("Pages:")]
    assert pages == ["1"]


def test_the_row_of_figures_never_widens_the_window_past_a_small_screen(qtbot, office_commune,
                                                                        make_window):
    """National figures and long notes under them wrap inside their cards: the row of six
    cards stays narrow enough for a 1366-pixel screen beside the unit tree."""
    window = make_window()
    overview = window.show_page("overview")
    cards = overview.cards
    for key in cards:
        cards[key].set("493.156", "1.188.000 nữ · 676.000 đoàn viên · 21.000 tổ dự kiến")
    row = cards["villages"].parentWidget()
    assert row.minimumSizeHint().width() < 700, row.minimumSizeHint().width()
    for card in cards.values():
        assert card.detail.wordWrap() and card.caption.wordWrap()
