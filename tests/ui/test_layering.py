"""ui/ talks to the services in desktop/ only: no database module, no Peewee, no SQL."""
from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
FORBIDDEN = re.compile(r"^\s*(from|import)\s+(db|peewee|playhouse|sqlite3|psycopg)\b", re.M)


def test_ui_imports_no_database_layer():
    offenders = [
        f"{path.relative_to(UI.parent)}: {m.group(0).strip()}"
        for path in sorted(UI.rglob("*.py"))
        for m in FORBIDDEN.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
