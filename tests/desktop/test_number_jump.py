"""``--number 500`` when the counter is at 1 asks for an explicit ``--force-number``:
refused (exit 1, nothing issued, the counter untouched) without it."""
from __future__ import annotations

import datetime as dt

from db.connection import is_postgres
from db.models import Decision, DecisionCounter
from desktop import office
from desktop.cli import main as cli_main
from tests.conftest import PG_URL
from tests.desktop.export_fixtures import area, roster  # noqa: F401
from tests.desktop.service_fixtures import ADMIN


def test_a_number_far_ahead_needs_force_number(roster, capsys):  # noqa: F811
    office.set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 1, 10))
    target = PG_URL if is_postgres() else roster.db.database
    teams = list(roster.teams.values())
    day = dt.date.today().strftime("%d/%m/%Y")
    assert cli_main(["--db", target, "decision", str(teams[0]), "--issue", "--date", day]) == 0
    capsys.readouterr()
    issued = Decision.select().where(Decision.status == "issued").count()
    counters = list(DecisionCounter.select().tuples())
    assert cli_main(["--db", target, "decision", str(teams[1]), "--issue", "--date", day,
                     "--number", "500"]) == 1
    err = capsys.readouterr().err
    assert "--force-number" in err and "Traceback" not in err
    assert Decision.select().where(Decision.status == "issued").count() == issued
    assert list(DecisionCounter.select().tuples()) == counters
    assert cli_main(["--db", target, "decision", str(teams[1]), "--issue", "--date", day,
                     "--number", "500", "--force-number"]) == 0
    assert Decision.select().where(Decision.number == 500).count() == 1
