"""Long work run in a child process that the crash tests kill -9 at a random moment.

    crash_worker.py DB issue            issue every draft decision, one after another
    crash_worker.py DB export OUT_DIR   batch-export every team's decision PDF
    crash_worker.py DB import FILE      import a roster workbook (commit)

It prints "ready" once the database is open, so the test kills it mid-work.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    target, mode = sys.argv[1], sys.argv[2]
    from db.connection import open_database
    from desktop.context import LOCAL_ADMIN

    open_database(target)
    print("ready", flush=True)
    if mode == "issue":
        from db.models import Decision
        from desktop import decisions

        drafts = [d.id for d in Decision.select(Decision.id).where(Decision.status == "draft")]
        for i, decision_id in enumerate(drafts):
            info = decisions.get_decision(decision_id)
            decisions.issue_decision(LOCAL_ADMIN, decision_id, signed_on=dt.date.today(),
                                     expected_version=info.version)
    elif mode == "export":
        from desktop import decisions
        from db.models import Team

        team_ids = [t.id for t in Team.select(Team.id).order_by(Team.id).limit(80)]
        decisions.export_team_pdfs(LOCAL_ADMIN, team_ids, out_dir=sys.argv[3])
    elif mode == "import":
        from desktop import roster_import

        roster_import.import_roster(LOCAL_ADMIN, sys.argv[3], commit=True)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
