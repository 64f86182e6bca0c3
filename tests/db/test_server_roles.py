"""On a PostgreSQL server the clients connect with a role that may only append to the audit
trail: it can't TRUNCATE, DELETE or UPDATE it, nor disable or drop its trigger."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest import PG_URL

pytestmark = pytest.mark.postgres
ROLE = "trust_app_test"


def _as(role: str) -> str:
    parts = urlsplit(PG_URL)
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{role}:AppRole-2026@{host}"))


@pytest.fixture
def server(db, capsys):
    from db.connection import is_postgres

    if not is_postgres(db):
        pytest.skip("PostgreSQL only")
    from desktop.cli import main as cli_main

    import os

    os.environ["CNSCD_APP_PASSWORD"] = "AppRole-2026"
    try:
        assert cli_main(["--db", PG_URL, "init", "--app-role", ROLE]) == 0
    finally:
        del os.environ["CNSCD_APP_PASSWORD"]
    assert "nhật ký chỉ được thêm và đọc" in capsys.readouterr().out
    yield db
    from db.connection import close_database, open_database

    close_database()
    owner = open_database(PG_URL)
    owner.execute_sql(f'DROP OWNED BY "{ROLE}"')
    owner.execute_sql(f'DROP ROLE IF EXISTS "{ROLE}"')


@pytest.mark.parametrize("statement", [
    "TRUNCATE audit",
    "DELETE FROM audit",
    "UPDATE audit SET note = 'sửa lén'",
    "ALTER TABLE audit DISABLE TRIGGER audit_no_change",
    "ALTER TABLE audit DISABLE TRIGGER ALL",
    "DROP TRIGGER audit_no_change ON audit",
    "DROP TABLE audit CASCADE",
    "ALTER TABLE audit OWNER TO trust_app_test",
    "DELETE FROM schema_version",
    "CREATE TABLE lau (x int)",
])
def test_the_app_role_cannot_rewrite_the_trail(server, statement):
    import psycopg

    with psycopg.connect(_as(ROLE), autocommit=True) as con:
        with pytest.raises(psycopg.Error):
            con.execute(statement)
        assert con.execute("SELECT COUNT(*) FROM audit").fetchone()[0] >= 1


def test_the_app_works_through_the_app_role(server, tmp_path):
    from db.audit import verify_chain
    from db.connection import close_database, open_database
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from tests.desktop.service_fixtures import add_unit

    commune = add_unit("2025", "commune", "Xã", "06100", "Xã Hợp Thành", "Hợp Thành")
    close_database()
    open_database(_as(ROLE))
    village = units.create_village(LOCAL_ADMIN, commune, "Thôn Nà Sla")
    assert village.name == "Thôn Nà Sla"
    assert verify_chain().ok
