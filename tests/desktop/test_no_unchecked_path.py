"""No unchecked path: every CLI sub-command (listed from the parser, so a command added
later is covered or the test fails) and every service that writes refuses a viewer and an
out-of-scope clerk with nothing changed, and an allowed call leaves an audit row.

The attackers are real accounts signing in with ``--user``: a viewer and a clerk whose scope
is Xã Hòa An (Cao Bằng); the data they aim at is Xã Hợp Thành's (Lạng Sơn). A database with
several accounts asks every command for a sign-in, so running without ``--user`` is refused
too.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from db.connection import is_postgres
from db.models import ALL_MODELS, Audit
from desktop.cli import main as cli_main
from desktop.cli.app import build_parser
from desktop.context import Actor
from desktop.permissions import PermissionDenied
from tests.conftest import PG_URL
from tests.desktop.export_fixtures import area, roster  # noqa: F401
from tests.desktop.service_fixtures import ADMIN

PASSWORDS = {"quantri": "QuanTri-2026", "xem": "XemThoi-2026", "canbo": "CanBo-2026"}

# Commands any signed-in user may run: they read nothing personal and change nothing.
HARMLESS = {
    "audit": "audit --verify reads only hashes and ids and writes nothing",
    "office-show": "shows the signers and standing legal bases, printed on every Decision",
}

# Commands refused to attackers whose allowed run is not repeated here (with the reason).
ADMIN_RUN_ELSEWHERE = {
    "reform": "moves a pre-2025 office to the 2025 communes: its allowed runs (plan, apply, "
              "undo, settings, decisions) are checked with their audit rows on a pre-2025 "
              "demo in test_cli_reform and test_reform",
    "demo": "fills the database with demo data (seconds of work); its audit row is checked "
            "in test_demo",
}

# Allowed calls that change nothing, so no audit row is expected from them.
NOT_AUDITED = {
    "user-list": "lists account names and roles only (no personal data), changes nothing",
    "init": "the catalogue is already loaded: nothing to change",
    "export-template": "a blank form: village names and headings, no personal data",
    "decision-list": "lists decision numbers, dates and subjects (no person), changes nothing",
}


def _commands() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(action.choices)


def _snapshot() -> dict:
    out = {}
    for model in ALL_MODELS:
        if model is Audit:
            continue
        keys = model._meta.get_primary_keys() or list(model._meta.sorted_fields)
        rows = list(model.select().order_by(*keys).tuples())
        out[model._meta.table_name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


@pytest.fixture
def world(roster, tmp_path, monkeypatch):  # noqa: F811
    from desktop import backups, users

    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))
    users.create_user(ADMIN, username="quantri", password=PASSWORDS["quantri"], role="admin")
    users.create_user(ADMIN, username="xem", password=PASSWORDS["xem"], role="viewer",
                      scope_unit_id=roster.other_commune)
    users.create_user(ADMIN, username="canbo", password=PASSWORDS["canbo"], role="clerk",
                      scope_unit_id=roster.other_commune)
    roster.target = PG_URL if is_postgres(roster.db) else roster.db.database
    roster.tmp = tmp_path
    suffix = ".jsonl.gz" if is_postgres() else ".db"
    roster.backup = backups.backup_as(ADMIN, tmp_path / f"good{suffix}")
    from tests.desktop.test_roster_import import simple_file

    roster.import_file = simple_file(tmp_path / "in.xlsx", [
        [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
        [2, "Lò Thị Pọm", "01/01/1988", "Nữ", "Thành viên", "Thôn Mới", "0912999001"],
    ])
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "MoiMoi-2026")
    from desktop import decisions, office

    office.set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 1, 10))
    decisions.draft_decision(ADMIN, "thanh_lap", [next(iter(roster.teams.values()))])
    return roster


def _cases(w) -> dict[str, list[list[str]]]:
    """Each command's calls at Xã Hợp Thành (code 06100); every parser command must be here,
    in HARMLESS or in ADMIN_RUN_ELSEWHERE."""
    out = w.tmp / "out"
    team = str(w.teams["Thôn Nà Sla"]) if "Thôn Nà Sla" in w.teams else str(
        next(iter(w.teams.values())))
    return {
        "init": [["init"]],
        "demo": [["demo", "--quiet"]],
        "export-roster": [["export-roster", "-o", str(out / "r.xlsx"), "--unit", "06100"],
                          ["export-roster", "-o", str(out / "t.xlsx"), "--team", team]],
        "export-training": [["export-training", "-o", str(out / "tr.xlsx"), "--unit", "06100"]],
        "export-report": [["export-report", "-o", str(out / "bc.xlsx"), "--unit", "06100"]],
        "export-template": [["export-template", "-o", str(out / "m.xlsx"), "--unit", "06100"]],
        "import-roster": [["import-roster", str(w.import_file), "--unit", "06100"]],
        "decision": [["decision", team, "-o", str(out / "qd.pdf")],
                     ["decision", "--all", "--unit", "06100", "--out-dir", str(out / "qd")],
                     ["decision", team, "--issue", "--date", dt.date.today().strftime("%d/%m/%Y")]],
        "decision-list": [["decision-list", "--unit", "06100"]],
        "office-set": [["office-set", "--unit", "06100", "--chair", "Hoàng Văn Thụ"]],
        "office-show": [["office-show", "--unit", "06100"]],
        "user-add": [["user-add", "moi", "--role", "viewer"]],
        "user-passwd": [["user-passwd", "canbo"]],
        "user-disable": [["user-disable", "canbo"]],
        "user-enable": [["user-enable", "canbo"]],
        "user-unlock": [["user-unlock", "canbo"]],
        "user-list": [["user-list"]],
        "backup": [["backup", "--to", str(out / "bk")]],
        "backup-auto": [["backup-auto", "--folder", str(out)]],
        "restore": [["restore", str(w.backup)]],
        "audit": [["audit", "--verify"]],
        "reform": [["reform", "--plan", "-o", str(out / "kh.xlsx"), "--unit", "06100"],
                   ["reform", "--compare", "-o", str(out / "ss.xlsx"), "--unit", "06100"],
                   ["reform", "--settings", "--resolution", "1672/NQ-UBTVQH15",
                    "--resolution-date", "16/06/2025"],
                   ["reform", "--rename-same-names"],
                   ["reform", "--decisions", "--date", dt.date.today().strftime("%d/%m/%Y"),
                    "--out-dir", str(out / "kt")],
                   ["reform", "--undo"]],
    }


def _run(w, monkeypatch, user: str | None, argv: list[str]) -> int:
    (w.tmp / "out").mkdir(exist_ok=True)
    if user:
        monkeypatch.setenv("CNSCD_PASSWORD", PASSWORDS[user])
        return cli_main(["--db", w.target, "--user", user, *argv])
    monkeypatch.delenv("CNSCD_PASSWORD", raising=False)
    return cli_main(["--db", w.target, *argv])


def _files(w) -> set[Path]:
    return {p for p in (w.tmp / "out").rglob("*")} if (w.tmp / "out").exists() else set()


def test_every_cli_command_is_covered():
    from types import SimpleNamespace

    fake = SimpleNamespace(tmp=Path("."), teams={"x": 1}, import_file="x", backup="x")
    covered = set(_cases(fake))
    missing = _commands() - covered
    assert not missing, (
        f"new CLI commands {sorted(missing)}: add them to _cases() in this test, with a call "
        "at Xã Hợp Thành, so that viewers and out-of-scope clerks are proven refused")


@pytest.mark.parametrize("name", sorted(_commands()))
def test_attackers_are_refused_by_every_cli_command_and_admins_are_audited(name, world,
                                                                          monkeypatch, capsys):
    for argv in _cases(world)[name]:
        for attacker in (None, "xem", "canbo"):
            if name in HARMLESS and attacker is not None:
                continue
            before, files = _snapshot(), _files(world)
            trail = Audit.select().count()
            code = _run(world, monkeypatch, attacker, argv)
            err = capsys.readouterr().err
            assert code == 1, (argv, attacker, err)
            assert "Traceback" not in err and err.strip(), (argv, attacker)
            assert _snapshot() == before, (argv, attacker)
            assert _files(world) == files, (argv, attacker)
            new = Audit.select().order_by(Audit.id.desc()).limit(
                Audit.select().count() - trail)
            assert {a.action for a in new} <= {"login"}, (argv, attacker)
        if name in ADMIN_RUN_ELSEWHERE:
            continue
        last = Audit.select().count()
        code = _run(world, monkeypatch, "quantri", argv)
        captured = capsys.readouterr()
        assert code == 0, (argv, captured.err)
        if name in NOT_AUDITED or name in HARMLESS:
            continue
        new = list(Audit.select().order_by(Audit.id.desc())
                   .limit(Audit.select().count() - last))
        assert any(a.action != "login" and a.username == "quantri" for a in new), argv


def test_a_viewer_cannot_read_citizen_ids_they_may_not_see(world, monkeypatch, capsys):
    from desktop import users
    from desktop.office import configure_office, get_office

    office = get_office()
    configure_office(ADMIN, unit_id=office.unit_id, catalogue="2025", officials=[],
                     settings={**office.settings, "export_citizen_id": True},
                     expected_version=office.version)
    users.create_user(ADMIN, username="xemht", password="XemHT-2026", role="viewer",
                      scope_unit_id=world.commune)
    PASSWORDS["xemht"] = "XemHT-2026"
    out = world.tmp / "out" / "cccd.xlsx"
    for user in ("xemht", "xem", "canbo"):
        code = _run(world, monkeypatch, user,
                    ["export-roster", "-o", str(out), "--unit", "06100", "--citizen-id"])
        assert code == 1 and not out.exists(), user
    assert "CCCD" in capsys.readouterr().err


# --- Services ----------------------------------------------------------------------------

# Services that write without an acting user, each for a stated reason.
NO_ACTOR = {
    "desktop.users.authenticate": "the sign-in itself: who acts is what it decides",
    "desktop.catalogue.load_catalogue": "the shipped catalogue at init, before any account",
    "desktop.demo.build_demo": "demo data for a trial database (the CLI asks an administrator)",
    "desktop.audit_service.verify_trail": "reads the trail; remembers its head on this PC",
}
# Writing services that take an actor but whose refusal is not a permission matter.
OWN_ACCOUNT = {
    "desktop.users.change_password": "changes the signed-in user's own password only",
    "desktop.backups.automatic_backup": "no-op for viewers and before sign-in (tested in "
                                        "test_backups)",
    "desktop.backups.session_backup": "the same rule as automatic_backup (test_backup_schedule)",
    "desktop.backup_schedule.backup_on_close": "the session's own copy on closing, no-op for a "
                                               "viewer (test_backup_schedule)",
    "desktop.users.setup_server_roles": "administrators only, on a server: proven in "
                                        "tests/db/test_server_roles.py (it creates a role)",
    "desktop.audit_service.export_xlsx": "exports only the entries inside the actor's scope "
                                         "(tested in test_audit_service), recorded in the trail",
}


_WRITES = re.compile(r"\bwrite_transaction\(|\bwrite_audit(_rows)?\(|(?<![\w.])audit\(|"
                     r"\b_write_backup\(|\b_replace\(verified")


# Services that refuse by their report rather than an exception (nothing written either way).
REFUSED_IN_REPORT = {
    # an out-of-scope clerk's rows are each refused "outside your scope"; nothing committed
    "desktop.roster_import.import_roster": lambda report: not report.committed,
}


def _writing_services() -> list[str]:
    import desktop

    found = []
    for info in pkgutil.iter_modules(desktop.__path__):
        if info.name.startswith("_") or info.name == "cli":
            continue
        module = importlib.import_module(f"desktop.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            if _WRITES.search(inspect.getsource(fn)):
                found.append(f"{module.__name__}.{name}")
    return sorted(found)


def _service_calls(w) -> dict:
    """One call per writing service at Xã Hợp Thành, built fresh for each actor."""
    from desktop import (
        backups,
        decisions,
        export_service,
        office,
        roster_import,
        teams,
        training,
        units,
        users,
    )

    today = dt.date.today()
    village = w.villages[next(iter(w.villages))]
    team = w.teams[next(iter(w.teams))]
    member = next(iter(w.people.values()))
    attendees = {r.person_id for r in training.course_records(w.course)}
    khu = w.teams.get("Khu 1")
    newcomer = next(p for p in w.people.values()
                    if p.person_id not in attendees and p.team_id != khu)
    out = w.tmp / "svc"
    out.mkdir(exist_ok=True)

    def course():
        return training.get_course(w.course)

    def record():
        return training.course_records(w.course)[0]

    def vversion(vid):
        return units.get_village(vid).version

    def draft(actor):
        existing = [d for d in decisions.decisions_for_team(team) if d.status == "draft"]
        if existing:
            return existing[0]
        return decisions.draft_decision(ADMIN, "thanh_lap", [team])

    uid = next(u.id for u in users.list_users() if u.username == "canbo")

    def spare(name):
        """A village without a team, made once by an administrator."""
        found = [v for v in units.list_villages(w.commune) if v.name == name]
        return found[0].id if found else units.create_village(ADMIN, w.commune, name).id

    def uversion():
        return next(u.version for u in users.list_users() if u.username == "canbo")

    def prepare() -> None:
        """What the calls act on, made by an administrator before the attackers try."""
        spare("Thôn Cũ")
        spare("Thôn Chưa Tổ")
        draft(ADMIN)

    w.prepare = prepare
    return {
        "desktop.units.create_village": lambda a: units.create_village(a, w.commune, "Thôn Mới"),
        "desktop.units.create_villages_from_text":
            lambda a: units.create_villages_from_text(a, w.commune, "Thôn Một\nThôn Hai"),
        "desktop.units.rename_village":
            lambda a: units.rename_village(a, village, "Thôn Đổi Tên", vversion(village)),
        "desktop.units.retire_village":
            lambda a: units.retire_village(a, spare("Thôn Cũ"), today,
                                           expected_version=vversion(spare("Thôn Cũ"))),
        "desktop.units.merge_villages":
            lambda a: units.merge_villages(
                a, [w.villages[k] for k in list(w.villages)[:2]], "Thôn Hợp Nhất", today,
                keep_team_id=w.teams[next(iter(w.villages))],
                expected_versions={w.villages[k]: vversion(w.villages[k])
                                   for k in list(w.villages)[:2]}),
        "desktop.teams.create_team":
            lambda a: teams.create_team(a, spare("Thôn Chưa Tổ")),
        "desktop.teams.set_team_status":
            lambda a: teams.set_team_status(a, team, "active",
                                            teams.get_team(team).version),
        "desktop.teams.add_member":
            lambda a: teams.add_member(a, team, {"full_name": "Hà Văn Mới", "sex": "Nam",
                                                 "birth": "1990"}, "thanh_vien"),
        "desktop.teams.update_member":
            lambda a: teams.update_member(a, member.membership_id,
                                          {"full_name": member.full_name, "phone": "0912000111"},
                                          member.role, _membership_version(member)),
        "desktop.teams.end_membership":
            lambda a: teams.end_membership(a, member.membership_id, today, "chuyển đi",
                                           expected_version=_membership_version(member)),
        "desktop.training.create_course":
            lambda a: training.create_course(a, {"title": "Lớp mới", "unit_id": w.commune}),
        "desktop.training.update_course":
            lambda a: training.update_course(a, w.course, {"title": "Lớp đổi tên",
                                                           "unit_id": w.commune},
                                             course().version),
        "desktop.training.add_attendees":
            lambda a: training.add_attendees(a, w.course, [newcomer.person_id]),
        "desktop.training.remove_attendees":
            lambda a: training.remove_attendees(a, w.course, [record().id]),
        "desktop.training.set_result":
            lambda a: training.set_result(a, record().id, "vang",
                                          expected_version=record().version),
        "desktop.decisions.draft_decision":
            lambda a: decisions.draft_decision(a, "thanh_lap", [team]),
        "desktop.decisions.update_draft":
            lambda a: decisions.update_draft(a, draft(a).id, {"subject": "Về việc khác"},
                                             draft(a).version),
        "desktop.decisions.delete_draft":
            lambda a: decisions.delete_draft(a, draft(a).id, expected_version=draft(a).version),
        "desktop.decisions.issue_decision":
            lambda a: decisions.issue_decision(a, draft(a).id, signed_on=today,
                                               expected_version=draft(a).version),
        "desktop.office.configure_office":
            lambda a: office.configure_office(a, unit_id=w.commune, catalogue="2025",
                                              officials=[{"full_name": "Hoàng Văn Thụ",
                                                          "title": "Chủ tịch",
                                                          "is_chair": True}]),
        "desktop.roster_import.import_roster":
            lambda a: roster_import.import_roster(a, w.import_file, commune_id=w.commune,
                                                  commit=True),
        "desktop.export_service.export_roster":
            lambda a: export_service.export_roster(a, w.commune, out / "r.xlsx"),
        "desktop.export_service.export_training":
            lambda a: export_service.export_training(a, w.commune, out / "t.xlsx"),
        "desktop.export_service.export_report":
            lambda a: export_service.export_report(a, w.commune, out / "b.xlsx"),
        "desktop.export_service.export_template":
            lambda a: export_service.export_template(a, w.commune, out / "m.xlsx"),
        "desktop.users.create_user":
            lambda a: users.create_user(a, username="moi", password="MoiMoi-2026",
                                        role="viewer"),
        "desktop.users.reset_password":
            lambda a: users.reset_password(a, uid, "MoiMoi-2026", expected_version=uversion()),
        "desktop.users.set_active":
            lambda a: users.set_active(a, uid, False, expected_version=uversion()),
        "desktop.users.unlock_user":
            lambda a: users.unlock_user(a, uid, expected_version=uversion()),
        "desktop.backups.backup_as": lambda a: backups.backup_as(a, folder=out / "bk"),
        "desktop.backups.set_auto_backup": lambda a: backups.set_auto_backup(a, str(out)),
        "desktop.backups.restore_as": lambda a: backups.restore_as(a, w.backup),
        "desktop.decisions.export_team_pdfs":
            lambda a: decisions.export_team_pdfs(a, [team], out_dir=out / "qd"),
        "desktop.decisions.issue_new":
            lambda a: decisions.issue_new(a, "thanh_lap", [w.teams[list(w.teams)[1]]],
                                          signed_on=today),
        "desktop.office.set_office_settings":
            lambda a: office.set_office_settings(a, {"join_age_min": 17}),
        "desktop.office.set_issuing_defaults":
            lambda a: office.set_issuing_defaults(a, w.commune, proposer="Trưởng Công an xã"),
        "desktop.users.record_catalogue_load":
            lambda a: users.record_catalogue_load(a, "2025", SimpleNamespace(
                provinces=1, districts=0, communes=0)),
    }


def _membership_version(member) -> int:
    from db.models import Membership

    return Membership.get_by_id(member.membership_id).version


# The 2025 reform's services act on a pre-2025 office: here they are proven to refuse the
# attackers before touching anything; their allowed runs, with audit rows, are in
# test_reform.py on a pre-2025 demo.
REFORM_CALLS = {
    "desktop.reform.apply_reform":
        lambda a, w: __import__("desktop.reform").reform.apply_reform(
            a, unit_id=w.commune, backup_to=w.tmp / "rf.db"),
    "desktop.reform.undo_reform":
        lambda a, w: __import__("desktop.reform").reform.undo_reform(a),
    "desktop.reform.export_plan":
        lambda a, w: __import__("desktop.reform").reform.export_plan(
            a, __import__("desktop.reform").reform.plan_reform(a, w.commune), w.tmp / "kh.xlsx"),
    "desktop.reform.export_comparison":
        lambda a, w: __import__("desktop.reform").reform.export_comparison(
            a, w.tmp / "ss.xlsx", w.commune),
    "desktop.reform.save_paperwork_settings":
        lambda a, w: __import__("desktop.reform").reform.save_paperwork_settings(
            a, resolution_number="1672/NQ-UBTVQH15", resolution_date=dt.date(2025, 6, 16)),
    "desktop.reform.rename_same_names":
        lambda a, w: __import__("desktop.reform").reform.rename_same_names(a, w.commune),
}


def test_reform_services_refuse_attackers_before_touching_anything(world):
    viewer = Actor(None, "xem", "viewer", world.other_commune, False)
    out_of_scope_clerk = Actor(None, "canbo", "clerk", world.other_commune, False)
    for name, call in REFORM_CALLS.items():
        for attacker in (viewer, out_of_scope_clerk):
            before, trail = _snapshot(), Audit.select().count()
            with pytest.raises(PermissionDenied):
                call(attacker, world)
            assert _snapshot() == before, (name, attacker.username)
            assert Audit.select().count() == trail, (name, attacker.username)
            assert not (world.tmp / "kh.xlsx").exists() and not (world.tmp / "ss.xlsx").exists()


def test_every_writing_service_is_covered():
    found = set(_writing_services()) - set(NO_ACTOR) - set(OWN_ACCOUNT) - set(REFORM_CALLS)
    listed = set(inspect.getsource(_service_calls).split('"'))
    missing = sorted(f for f in found if f not in listed)
    assert not missing, (
        f"services that write {missing}: add a call to _service_calls() in this test (or, "
        "with the reason, to NO_ACTOR / OWN_ACCOUNT)")


def test_every_writing_service_refuses_attackers_and_audits_an_allowed_call(world):
    out_of_scope_clerk = Actor(None, "canbo", "clerk", world.other_commune, False)
    viewer = Actor(None, "xem", "viewer", world.other_commune, False)
    calls = _service_calls(world)
    order = sorted(calls, key=lambda n: (n.endswith("restore_as"), n.endswith("merge_villages")))
    for name in order:
        call = calls[name]
        world.prepare()
        for attacker in (viewer, out_of_scope_clerk):
            before = _snapshot()
            trail = Audit.select().count()
            try:
                result = call(attacker)
            except PermissionDenied:
                pass
            except Exception as exc:
                raise AssertionError(f"{name}: {attacker.username}: {exc!r}") from exc
            else:
                refused = REFUSED_IN_REPORT.get(name)
                assert refused and refused(result), f"{name}: {attacker.username} not refused"
            assert _snapshot() == before, (name, attacker.username)
            assert Audit.select().count() == trail, (name, attacker.username)
        trail = Audit.select().count()
        call(ADMIN)
        if name.rsplit(".", 1)[1] not in ("export_template",):  # a blank form (see NOT_AUDITED)
            assert Audit.select().count() > trail, name
