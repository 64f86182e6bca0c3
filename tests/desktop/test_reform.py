"""desktop.reform: plan, apply and undo the 2025 reform on a pre-2025 demo.

The fixture is the demo of Huyện Đình Lập (Lạng Sơn) on the pre-2025 catalogue: 12 old
communes, two of them (Bính Xá, Kiên Mộc) split between two new communes each, so the
clerk must place their villages.
"""
from __future__ import annotations

import json

import pytest

from desktop import reform
from desktop.context import LOCAL_ADMIN, Actor
from desktop.demo import build_demo
from desktop.permissions import PermissionDenied

SPLIT = {"Xã Bính Xá", "Xã Kiên Mộc"}


def scalar(db, sql, params=()):
    return db.execute_sql(sql.replace("?", db.param), params).fetchone()[0]


def build_dinh_lap() -> None:
    from db.office import save_office
    from db.units import find_unit
    from desktop.catalogue import load_catalogue

    load_catalogue("pre2025", provinces={"20"})
    district = find_unit("pre2025", "189")
    save_office({"unit": district.id, "catalogue": "pre2025",
                 "name": "Ủy ban nhân dân huyện Đình Lập", "place_name": "Đình Lập"},
                [{"full_name": "Hoàng Văn Phú", "title": "Chủ tịch", "authority": "CHỦ TỊCH",
                  "is_chair": True, "active": True}])
    build_demo(scale="district", seed=3)


@pytest.fixture
def dinh_lap(db):
    build_dinh_lap()
    return db


def placements_for(plan: reform.ReformPlan) -> dict[int, str]:
    """Every village of a split commune placed: alternate between the candidates."""
    return {v.id: v.candidates[i % len(v.candidates)].code
            for i, v in enumerate(plan.to_place)}


def test_plan_lists_every_old_commune_with_its_new_one(dinh_lap):
    plan = reform.plan_reform(LOCAL_ADMIN)
    assert plan.scope_name == "Huyện Đình Lập"
    assert len(plan.communes) == 12
    for c in plan.communes:
        assert c.targets, c.name
        assert c.coverage == ("partial" if c.name in SPLIT else "full")
    by_name = {c.name: c for c in plan.communes}
    assert {t.name for t in by_name["Xã Bính Xá"].targets} == {"Xã Đình Lập", "Xã Kiên Mộc"}
    # only the split communes' villages are waiting for the clerk
    assert plan.to_place and {v.old_commune_name for v in plan.to_place} == SPLIT
    assert {v.id for v in plan.unplaced} == {v.id for v in plan.to_place}
    assert not plan.ready
    counts = plan.counts
    assert counts["villages"] == scalar(dinh_lap, "SELECT COUNT(*) FROM admin_unit "
                                                  "WHERE level = 'village'")
    assert counts["teams"] == scalar(dinh_lap, "SELECT COUNT(*) FROM team "
                                               "WHERE status <> 'dissolved'")
    assert counts["decisions"] == scalar(dinh_lap, "SELECT COUNT(*) FROM decision "
                                                   "WHERE status IN ('issued', 'superseded')")
    assert counts["members"] > counts["teams"] * 3


def test_plan_writes_nothing_and_search_ignores_accents(dinh_lap):
    audit_before = scalar(dinh_lap, "SELECT COUNT(*) FROM audit")
    plan = reform.plan_reform(LOCAL_ADMIN)
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM audit") == audit_before
    village = plan.to_place[0]
    from vn.text import fold

    typed = fold(village.name).split(" ", 1)[1]  # "na sla" for "Thôn Nà Sla"
    assert village in reform.search_villages(plan, typed)
    assert village in reform.search_villages(plan, "kien moc") or village in \
        reform.search_villages(plan, "binh xa")


def test_same_names_arriving_in_one_commune_are_flagged(dinh_lap):
    plan = reform.plan_reform(LOCAL_ADMIN, placements=placements_for(
        reform.plan_reform(LOCAL_ADMIN)))
    for target in plan.targets:
        for group in target.likely_merges:
            names = {name.split(" (")[0] for name in group}
            from vn.text import fold

            assert len({fold(n) for n in names}) == 1 and len(group) >= 2


def test_half_placed_commune_blocks_apply_with_the_villages_left(dinh_lap, tmp_path):
    plan = reform.plan_reform(LOCAL_ADMIN)
    some = placements_for(plan)
    left_out = plan.to_place[-1]
    del some[left_out.id]
    audit_before = scalar(dinh_lap, "SELECT COUNT(*) FROM audit")
    with pytest.raises(reform.ReformError) as refused:
        reform.apply_reform(LOCAL_ADMIN, placements=some, backup_to=tmp_path / "b.db")
    assert refused.value.code == "reform.unplaced"
    assert refused.value.params["ids"] == [left_out.id]
    from desktop.errors import describe_error

    assert left_out.name in describe_error(refused.value)
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM audit") == audit_before
    assert not (tmp_path / "b.db").exists()  # refused: not even the backup
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM admin_unit WHERE catalogue = '2025'") == 0


def test_unknown_commune_code_in_placements_is_refused(dinh_lap, tmp_path):
    plan = reform.plan_reform(LOCAL_ADMIN)
    bad = placements_for(plan)
    bad[plan.to_place[0].id] = "99999"
    with pytest.raises(reform.ReformError) as refused:
        reform.apply_reform(LOCAL_ADMIN, placements=bad, backup_to=tmp_path / "b.db")
    assert refused.value.code == "reform.bad_placements"
    assert "99999" in refused.value.params["details"]


def test_apply_moves_villages_keeps_everything_and_switches_the_office(dinh_lap, tmp_path):
    from db.office import get_office
    from desktop.teams import list_teams

    db = dinh_lap
    plan = reform.plan_reform(LOCAL_ADMIN)
    teams_before = scalar(db, "SELECT COUNT(*) FROM team")
    old_decisions = db.execute_sql(
        "SELECT id, issuing_unit_id, status, pdf_sha256 FROM decision "
        "WHERE status IN ('issued', 'superseded') ORDER BY id").fetchall()
    result = reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                                 backup_to=tmp_path / "before.db")
    assert (tmp_path / "before.db").exists()
    assert result.before.teams == result.after.teams == teams_before
    assert result.before.memberships == result.after.memberships
    assert result.before.people == result.after.people
    assert result.before.decisions == result.after.decisions
    assert result.villages == plan.counts["villages"]
    # every village now sits under a 2025 commune, its old commune kept as history
    assert scalar(db, "SELECT COUNT(*) FROM admin_unit v JOIN admin_unit c ON c.id = "
                      "v.parent_id WHERE v.level = 'village' AND c.catalogue <> '2025'") == 0
    assert scalar(db, "SELECT COUNT(*) FROM unit_parent_history") == result.villages
    last_days = {str(r[0])[:10] for r in db.execute_sql(
        "SELECT DISTINCT valid_to FROM unit_parent_history").fetchall()}
    assert last_days == {"2025-06-30"}
    # old Decisions untouched: same issuing (old) commune, same status and PDF hash
    assert db.execute_sql(
        "SELECT id, issuing_unit_id, status, pdf_sha256 FROM decision "
        "WHERE status IN ('issued', 'superseded') ORDER BY id").fetchall() == old_decisions
    # the office works in the 2025 catalogue, on the new province
    office = get_office()
    assert office.catalogue == "2025"
    assert scalar(db, "SELECT catalogue || level || code FROM admin_unit WHERE id = ?",
                  (office.unit_id,)) == "2025province20"
    assert office.settings["reform_2025"]["backup"] == str(tmp_path / "before.db")
    # teams are listed under their new commune
    new_commune = plan.targets[0].commune
    new_id = scalar(db, "SELECT id FROM admin_unit WHERE catalogue = '2025' AND code = ?",
                    (new_commune.code,))
    assert {t.commune_name for t in list_teams(new_id)} == {new_commune.name}
    # audited: one row per village and the summary
    assert scalar(db, "SELECT COUNT(*) FROM audit WHERE action = 'reform' "
                      "AND entity = 'village'") == result.villages
    summary = json.loads(scalar(db, "SELECT after FROM audit WHERE entity = 'reform'"))
    assert summary["villages"] == result.villages
    assert reform.former_communes()[plan.villages[0].id] == plan.villages[0].old_commune_name


def test_rerunning_is_harmless(dinh_lap, tmp_path):
    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / "1.db")
    audits = scalar(dinh_lap, "SELECT COUNT(*) FROM audit")
    again = reform.plan_reform(LOCAL_ADMIN)
    # the district office now serves the new province: its 194 old communes, none left to move
    assert again.nothing_to_do and again.ready and len(again.communes) == 194
    result = reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                                 backup_to=tmp_path / "2.db")
    assert result.done_before and result.villages == 0
    assert not (tmp_path / "2.db").exists()
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM audit") == audits


def test_only_an_administrator_applies(dinh_lap, tmp_path):
    from db.units import find_unit

    commune = find_unit("pre2025", "06613")
    clerk = Actor(user_id=None, username="canbo", role="clerk", scope_unit_id=commune.id)
    plan = reform.plan_reform(clerk)  # a clerk may look at the plan of their commune
    assert [c.code for c in plan.communes] == ["06613"]
    with pytest.raises(PermissionDenied):
        reform.apply_reform(clerk, backup_to=tmp_path / "b.db")
    other = find_unit("pre2025", "06622")
    with pytest.raises(PermissionDenied):
        reform.plan_reform(clerk, other.id)


def test_draft_decisions_of_old_communes_are_cancelled_not_deleted(dinh_lap, tmp_path):
    db = dinh_lap
    drafts = [r[0] for r in db.execute_sql(
        "SELECT id FROM decision WHERE status = 'draft'").fetchall()]
    plan = reform.plan_reform(LOCAL_ADMIN)
    assert sorted(plan.draft_ids) == sorted(drafts)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / "b.db")
    if drafts:
        assert {r[0] for r in db.execute_sql(
            "SELECT status FROM decision WHERE id IN ({})".format(",".join(map(str, drafts)))
        ).fetchall()} == {"cancelled"}


def test_undo_puts_everything_back(db, tmp_path, monkeypatch):
    """SQLite restores the backup file; PostgreSQL the logical export taken before."""
    from db.connection import is_postgres
    from db.office import get_office

    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))  # the safety copy goes here

    build_dinh_lap()
    parents = db.execute_sql("SELECT id, parent_id FROM admin_unit WHERE level = 'village' "
                             "ORDER BY id").fetchall()
    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / ("before.jsonl.gz" if is_postgres()
                                              else "before.db"))
    assert reform.last_reform() is not None
    safety = reform.undo_reform(LOCAL_ADMIN)
    assert safety.exists()
    assert db.execute_sql("SELECT id, parent_id FROM admin_unit WHERE level = 'village' "
                          "ORDER BY id").fetchall() == parents
    assert get_office().catalogue == "pre2025"
    assert reform.last_reform() is None
    assert scalar(db, "SELECT COUNT(*) FROM audit WHERE action = 'undo' "
                      "AND entity = 'reform'") == 1
    with pytest.raises(reform.ReformError) as nothing:
        reform.undo_reform(LOCAL_ADMIN)
    assert nothing.value.code == "reform.nothing_to_undo"


def test_cancel_leaves_the_data_as_it_was(dinh_lap, tmp_path):
    plan = reform.plan_reform(LOCAL_ADMIN)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(reform.ReformError) as stopped:
        reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                            backup_to=tmp_path / "b.db", cancelled=cancelled)
    assert stopped.value.code == "reform.cancelled"
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM unit_parent_history") == 0
    assert reform.plan_reform(LOCAL_ADMIN).counts["villages"] == plan.counts["villages"]


@pytest.mark.slow
def test_national_demo_keeps_every_team_member_and_decision(tmp_path):
    """Done-when check at national scale: counts equal before and after the reform."""
    from db.connection import close_database, open_database
    from db.migrations import migrate

    close_database()
    db = open_database(str(tmp_path / "n.db"))
    migrate(db)
    try:
        build_demo(scale="national", seed=1, catalogue="pre2025")
        first = reform.plan_reform(LOCAL_ADMIN)
        assert len(first.communes) == 10035
        assert all(c.targets for c in first.communes if c.villages)
        result = reform.apply_reform(LOCAL_ADMIN, placements=placements_for(first),
                                     backup_to=tmp_path / "before.db")
        assert result.before.teams == result.after.teams
        assert result.before.memberships == result.after.memberships
        assert result.before.active_members == result.after.active_members
        assert result.before.people == result.after.people
        assert result.before.decisions == result.after.decisions
        assert result.before.issued_decisions == result.after.issued_decisions
        assert result.villages == first.counts["villages"]
        assert reform.plan_reform(LOCAL_ADMIN).nothing_to_do
    finally:
        close_database()


def test_new_village_codes_never_clash_with_moved_villages(dinh_lap, tmp_path):
    """Codes were reused in 2025: the new Xã Kiên Mộc (06625) is not the old one, whose
    villages ("06625-001"...) may now sit in Xã Châu Sơn. A village created afterwards in
    the new 06625 must get a code no other village holds."""
    from db.units import find_unit
    from desktop.units import create_village

    plan = reform.plan_reform(LOCAL_ADMIN)
    places = {v.id: ("06637" if v.old_commune_code == "06625" else "06625")
              for v in plan.to_place}
    reform.apply_reform(LOCAL_ADMIN, placements=places, backup_to=tmp_path / "b.db")
    new_kien_moc = find_unit("2025", "06625")
    row = create_village(LOCAL_ADMIN, new_kien_moc.id, "Thôn Khuổi Mới")
    assert scalar(dinh_lap, "SELECT COUNT(*) FROM admin_unit WHERE catalogue = 'local' "
                            "AND code = ?", (row.code,)) == 1


def test_reports_by_new_commune_with_the_old_one(dinh_lap, tmp_path):
    """Both databases: the roster's old-commune column and the report's note."""
    import openpyxl

    from desktop.export_service import export_report, export_roster

    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / ("b.jsonl.gz" if "Postgres" in type(dinh_lap)
                                              .__name__ else "b.db"))
    export_roster(LOCAL_ADMIN, None, tmp_path / "ds.xlsx", old_commune=True)
    ws = openpyxl.load_workbook(tmp_path / "ds.xlsx").active
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "STT")
    old = header.index("Xã cũ (trước 01/7/2025)")
    olds = {r[old] for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], int)}
    assert {"Xã Bính Xá", "Xã Kiên Mộc"} <= olds
    export_report(LOCAL_ADMIN, None, tmp_path / "bc.xlsx", old_communes=True)
    texts = [c.value for row in openpyxl.load_workbook(tmp_path / "bc.xlsx")["Báo cáo"]
             .iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Từ: ") for t in texts)
    doc = reform.comparison(LOCAL_ADMIN)
    assert doc.before == doc.after and doc.after[0] == plan.counts["villages"]


def _applied(tmp_path) -> reform.ReformPlan:
    from db.connection import is_postgres

    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / ("b.jsonl.gz" if is_postgres() else "b.db"))
    return plan


def test_kien_toan_needs_the_resolution_and_the_chairmen(db, tmp_path):
    import datetime as dt

    build_dinh_lap()
    _applied(tmp_path)
    decisions = scalar(db, "SELECT COUNT(*) FROM decision")
    with pytest.raises(reform.ReformError) as refused:
        reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15))
    assert refused.value.code == "reform.no_resolution"
    reform.save_paperwork_settings(LOCAL_ADMIN, resolution_number="1672/NQ-UBTVQH15",
                                   resolution_date=dt.date(2025, 6, 16))
    with pytest.raises(reform.ReformError) as refused:
        reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15))
    assert refused.value.code == "reform.no_chair"
    assert "Xã Đình Lập" in refused.value.params["communes"]
    assert scalar(db, "SELECT COUNT(*) FROM decision") == decisions


def test_kien_toan_of_the_new_communes(db, tmp_path):
    """One Decision per new commune, signed by its Chairman, citing the Resolution and the
    old communes' Decisions, replacing them; numbered from 01 by the new commune."""
    import datetime as dt

    from desktop import decisions as dec

    build_dinh_lap()
    _applied(tmp_path)
    work = reform.paperwork_plan(LOCAL_ADMIN)
    assert {c.name for c in work} >= {"Xã Đình Lập", "Xã Kiên Mộc"}
    kien_moc = next(c for c in work if c.name == "Xã Kiên Mộc")
    assert {e.issuer for e in kien_moc.earlier} >= {"xã Bắc Xa", "xã Kiên Mộc"}
    reform.save_paperwork_settings(
        LOCAL_ADMIN, resolution_number="1672/NQ-UBTVQH15",
        resolution_date=dt.date(2025, 6, 16),
        chairs={c.code: f"Hoàng Văn {c.code[-2:]}" for c in work})
    old_in_force = {e.id for c in work for e in c.earlier}
    clashing = [c for c in work if c.same_names]
    assert clashing  # "Thôn 1" of two old communes in one new commune
    with pytest.raises(reform.ReformError) as refused:
        reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15))
    assert refused.value.code == "reform.same_village_names"
    assert clashing[0].name in refused.value.params["communes"]
    renamed = reform.rename_same_names(LOCAL_ADMIN)
    assert renamed and all(new.startswith(old.split(" (")[0] + " ") for old, new in renamed)
    assert not any(c.same_names for c in reform.paperwork_plan(LOCAL_ADMIN))
    issued = reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15))
    assert len(issued) == len([c for c in work if c.team_ids])
    for d in issued:
        assert d.kind == "kien_toan" and d.number == 1 and d.status == "issued"
        assert d.signer_name.startswith("Hoàng Văn") and d.authority == "CHỦ TỊCH"
        assert any("Nghị quyết số 1672/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025" in b
                   for b in d.legal_bases)
        assert not any("……" in b for b in d.legal_bases)
    mine = next(d for d in issued if d.issuing_unit_name == "Xã Kiên Mộc")
    assert any("xã Bắc Xa (trước sắp xếp)" in b for b in mine.legal_bases)
    last = " ".join(mine.articles[-1][1])
    assert "thay thế" in last and "(trước sắp xếp)" in last
    # every team with members is named once
    named = [t for d in issued for t in d.team_ids]
    assert sorted(named) == sorted(t for c in work for t in c.team_ids)
    # the old Decisions are replaced (wholly when one kiện toàn names all their teams; an
    # old commune split in two keeps its Decision, replaced team by team), and stay
    # readable under their old commune
    replaced = 0
    for did in old_in_force:
        old = dec.get_decision(did)
        assert old.issuing_unit_name.startswith(("Xã", "Thị trấn"))
        if any(set(old.team_ids) <= set(d.team_ids) for d in issued):
            assert old.status == "superseded"
            replaced += 1
    assert replaced
    assert dec.decision_pdf(LOCAL_ADMIN, mine.id)[:4] == b"%PDF"


def test_kien_toan_per_team(db, tmp_path):
    import datetime as dt

    build_dinh_lap()
    _applied(tmp_path)
    work = [c for c in reform.paperwork_plan(LOCAL_ADMIN) if c.name == "Xã Kiên Mộc"]
    reform.save_paperwork_settings(LOCAL_ADMIN, resolution_number="1672/NQ-UBTVQH15",
                                   resolution_date=dt.date(2025, 6, 16),
                                   chairs={work[0].code: "Lương Văn Mộc"})
    reform.rename_same_names(LOCAL_ADMIN)
    calls = []
    first = reform.issue_kien_toan(  # stopped after the first Decision: it stays issued
        LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15), per_team=True,
        commune_codes=[work[0].code], cancelled=lambda: bool(calls.append(1)) or len(calls) > 1)
    assert len(first) == 1
    rest = reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 15),
                                  per_team=True, commune_codes=[work[0].code])
    issued = first + rest  # running it again goes on with the teams left
    assert len(issued) == len(work[0].team_ids)
    assert [d.number for d in issued] == list(range(1, len(issued) + 1))
    assert all(len(d.team_ids) == 1 for d in issued)


def test_renaming_same_names_is_all_or_nothing_and_skips_one_old_communes_twins(
        sqlite_db, tmp_path, monkeypatch):
    """Two villages of one old commune with the same name (an old import kept "Nà Pán" and
    "Nà Pàn") can't be told apart by their old commune: they keep their names (the clerk
    merges or renames them) and the others are renamed; a refused rename undoes them all."""
    from db.models import AdminUnit
    from desktop import units
    from desktop.teams import list_teams

    build_dinh_lap()
    _applied(tmp_path)
    former = reform.former_communes()
    commune = next(c for c in reform.paperwork_plan(LOCAL_ADMIN) if c.same_names)
    by_old: dict[str, list] = {}
    for t in list_teams(commune.commune_id):
        by_old.setdefault(former[t.village_id], []).append(t)
    first, second = next(ts for ts in by_old.values() if len(ts) >= 2)[:2]
    AdminUnit.update(name=first.village_name).where(AdminUnit.id == second.village_id).execute()

    def names() -> dict[int, str]:
        return {t.village_id: t.village_name for t in list_teams(commune.commune_id)}

    before = names()
    calls = []
    real = units.rename_village

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(units, "rename_village", failing)
    with pytest.raises(RuntimeError):
        reform.rename_same_names(LOCAL_ADMIN)
    assert names() == before  # all or nothing
    monkeypatch.setattr(units, "rename_village", real)
    renamed = reform.rename_same_names(LOCAL_ADMIN)
    after = names()
    assert renamed
    assert after[first.village_id] == after[second.village_id] == first.village_name
    still = next(c for c in reform.paperwork_plan(LOCAL_ADMIN)
                 if c.commune_id == commune.commune_id)
    assert [n for n in still.same_names] == [first.village_name]
