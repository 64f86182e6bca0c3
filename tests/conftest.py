"""Shared test set-up: offscreen Qt, the gui marker, fresh databases on SQLite and PostgreSQL.

PostgreSQL runs when ``CNSCD_TEST_PG_URL`` names a database the tests may wipe (``.ci/run``
starts a throw-away server and sets it); otherwise those parameters are skipped.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

PG_URL = os.environ.get("CNSCD_TEST_PG_URL", "")


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true",
                     help="also run the tests marked slow (CI runs them: CI is set there)")


def _run_slow(config) -> bool:
    """Slow tests run in CI (``CI`` set, as ``.ci/run`` does), with ``--run-slow``, or when
    asked for by ``-m``; a local ``pytest`` skips them to keep the loop short."""
    return bool(config.getoption("--run-slow") or os.environ.get("CI")
                or "slow" in (config.getoption("-m") or ""))


def pytest_collection_modifyitems(config, items):
    skip_slow = None if _run_slow(config) else pytest.mark.skip(
        reason="slow: runs in CI; locally use --run-slow")
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "qtbot" in names or "qtmodeltester" in names:
            item.add_marker(pytest.mark.gui)
        if skip_slow is not None and "slow" in item.keywords:
            item.add_marker(skip_slow)


def _fresh_postgres() -> str:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute("DROP SCHEMA IF EXISTS public CASCADE")
        con.execute("CREATE SCHEMA public")
    return PG_URL


def _open(target: str):
    from db.connection import close_database, open_database
    from db.migrations import migrate

    close_database()
    db = open_database(target)
    migrate(db)
    return db


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def db(request, tmp_path):
    """A migrated, empty database: SQLite, and PostgreSQL when a server is configured."""
    from db.connection import close_database

    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("PostgreSQL: set CNSCD_TEST_PG_URL (the CI script does)")
        target = _fresh_postgres()
    else:
        target = str(tmp_path / "test.db")
    database = _open(target)
    yield database
    close_database()


@pytest.fixture
def sqlite_db(tmp_path):
    """A migrated, empty SQLite database file (for tests that need only one dialect)."""
    from db.connection import close_database

    database = _open(str(tmp_path / "test.db"))
    yield database
    close_database()
