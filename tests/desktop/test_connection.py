"""desktop.connection: URLs from fields, probing and initialising a PostgreSQL database, and the
saved choice that never holds the password. Server tests use the local test server
(``CNSCD_TEST_PG_URL``) and make scratch databases next to its database."""
from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit

import pytest

from db.connection import DatabaseError
from desktop import connection as conn
from desktop.connection import ServerParams

PG_URL = os.environ.get("CNSCD_TEST_PG_URL", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set CNSCD_TEST_PG_URL")


def test_url_is_built_and_quoted():
    p = ServerParams(host="10.0.0.5", database="sổ tổ", user="can bo", port=5433,
                     sslmode="require")
    url = conn.build_url(p, "mật@khẩu:/1")
    parts = urlsplit(url)
    assert parts.hostname == "10.0.0.5" and parts.port == 5433
    assert "sslmode=require" in url and "connect_timeout=" in url
    assert "mật@khẩu" not in url and conn.redacted(url).count("***") == 1
    from urllib.parse import unquote

    assert unquote(parts.password) == "mật@khẩu:/1" and unquote(parts.username) == "can bo"
    assert conn.build_url(p).startswith("postgresql://can%20bo@10.0.0.5:5433/")
    assert "[::1]" in conn.build_url(ServerParams(host="::1", database="d", user="u"))


def test_missing_fields_are_refused_by_code():
    with pytest.raises(DatabaseError) as info:
        conn.build_url(ServerParams(host="", database="d", user="u"))
    assert info.value.code == "server.host_required"
    problems = ServerParams(host="h", database="", user="", port=0, sslmode="x").problems()
    assert set(problems) == {"database", "user", "port", "sslmode"}


def test_saved_choice_has_no_password(tmp_path, monkeypatch):
    p = ServerParams(host="db.xa.gov.vn", database="so_to", user="canbo", sslmode="verify-full",
                     sslrootcert="/etc/ssl/ca.pem")
    path = conn.save_params(p, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "password\"" not in text and "secret" not in text
    assert conn.load_params(tmp_path) == p
    monkeypatch.setenv("CNSCD_DB_PASSWORD", "secret")
    assert conn.password_from_env(p) == "secret"
    monkeypatch.delenv("CNSCD_DB_PASSWORD")
    assert conn.password_from_env(p) is None
    conn.forget_params(tmp_path)
    assert conn.load_params(tmp_path) is None
    (tmp_path / conn.SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    assert conn.load_params(tmp_path) is None


def test_errors_are_classified_for_the_clerk():
    p = ServerParams(host="h", database="d", user="u")
    cases = {
        'FATAL:  password authentication failed for user "u"': "server.auth_failed",
        'FATAL:  database "d" does not exist': "server.no_database",
        "server does not support SSL, but SSL was required": "server.tls",
        "connection to server at \"h\", port 5432 failed: Connection refused": "server.unreachable",
        "something else": "server.error",
    }
    for text, code in cases.items():
        assert conn._classify(Exception(text), p).code == code


# --- against the local server ---------------------------------------------------------------


def _server_params(database: str, **changes) -> ServerParams:
    parts = urlsplit(PG_URL)
    values = {"host": parts.hostname or "127.0.0.1", "port": parts.port or 5432,
              "user": parts.username or "postgres", "database": database, "sslmode": "disable"}
    values.update(changes)
    return ServerParams(**values)


@pytest.fixture
def scratch():
    """A new, empty database on the test server, dropped afterwards."""
    import psycopg

    from db.connection import close_database

    name = f"cnscd_conn_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield name
    close_database()
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@needs_pg
def test_probe_an_empty_database(scratch):
    state = conn.test_connection(_server_params(scratch))
    assert state.state == conn.EMPTY and state.server_version


@needs_pg
def test_probe_refusals_are_worded(scratch):
    with pytest.raises(DatabaseError) as info:
        conn.probe(_server_params(scratch + "_missing"))
    assert info.value.code == "server.no_database"
    with pytest.raises(DatabaseError) as info:
        conn.probe(_server_params(scratch, port=1))  # nothing listens on port 1
    assert info.value.code == "server.unreachable"


@needs_pg
def test_tls_required_against_a_server_without_tls(scratch):
    import psycopg

    with psycopg.connect(PG_URL) as con:
        ssl_on = con.execute("SHOW ssl").fetchone()[0] == "on"
    if ssl_on:
        pytest.skip("the test server has TLS on")
    with pytest.raises(DatabaseError) as info:
        conn.probe(_server_params(scratch, sslmode="require"))
    assert info.value.code == "server.tls"


@needs_pg
def test_init_an_empty_database_then_open_it(scratch):
    from db.connection import close_database, is_postgres
    from db.migrations import LATEST
    from db.units import count_units

    params = _server_params(scratch)
    result = conn.init_empty(params)
    assert result.schema_version == LATEST and is_postgres()
    assert count_units(level="province") == 34
    close_database()
    state = conn.probe(params)
    assert (state.state, state.schema_version, state.users) == (conn.OURS, LATEST, 0)
    # a second init only checks: nothing is deleted or loaded twice
    again = conn.init_empty(params)
    assert again.catalogue.already_loaded and count_units(level="province") == 34
    close_database()


@needs_pg
def test_init_refuses_a_database_of_another_program(scratch):
    import psycopg

    url = PG_URL.rsplit("/", 1)[0] + "/" + scratch
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE ke_toan (id int)")
        con.execute("INSERT INTO ke_toan VALUES (1)")
    params = _server_params(scratch)
    assert conn.probe(params).state == conn.FOREIGN
    with pytest.raises(DatabaseError) as info:
        conn.init_empty(params)
    assert info.value.code == "server.not_empty"
    with psycopg.connect(url) as con:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema='public'")]
        assert tables == ["ke_toan"]
        assert con.execute("SELECT count(*) FROM ke_toan").fetchone()[0] == 1
