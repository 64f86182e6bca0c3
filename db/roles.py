"""PostgreSQL: the app connects with a role that can't rewrite the audit trail.

The schema owner (who runs ``init`` and the migrations) owns every table; the app role the
clients use may read and write the data tables, but on ``audit`` only SELECT and INSERT: no
UPDATE, DELETE or TRUNCATE, and, not owning the table, it can't disable or drop the trigger
that keeps the trail append-only. ``schema_version`` is read-only to it (upgrades are the
owner's job). Run again after an upgrade so new tables are granted too.
"""
from __future__ import annotations

import re

import peewee as pw

from db.connection import DatabaseError

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
READ_ONLY_TABLES = ("schema_version",)
APPEND_ONLY_TABLES = ("audit",)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def setup_app_role(db: pw.PostgresqlDatabase, role: str, password: str | None) -> list[str]:
    """Create (or update) ``role`` and grant it exactly what the app needs; returns the
    tables granted. Run as the schema owner."""
    if not _ROLE_NAME.match(role or ""):
        raise DatabaseError("server.bad_role_name", role=role)
    owner = db.execute_sql("SELECT current_user").fetchone()[0]
    if role == owner:
        raise DatabaseError("server.role_is_owner", role=role)
    quoted = _quote(role)
    exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    with db.atomic():
        if not exists:
            db.execute_sql(f"CREATE ROLE {quoted} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
        if password:
            literal = "'" + password.replace("'", "''") + "'"  # DDL takes no parameters
            db.execute_sql(f"ALTER ROLE {quoted} WITH LOGIN PASSWORD {literal}")
        database = db.execute_sql("SELECT current_database()").fetchone()[0]
        db.execute_sql(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {quoted}")
        db.execute_sql(f"GRANT USAGE ON SCHEMA public TO {quoted}")
        db.execute_sql(f"REVOKE CREATE ON SCHEMA public FROM {quoted}")
        tables = [r[0] for r in db.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        for table in tables:
            t = _quote(table)
            db.execute_sql(f"REVOKE ALL ON {t} FROM {quoted}")
            if table in APPEND_ONLY_TABLES:
                db.execute_sql(f"GRANT SELECT, INSERT ON {t} TO {quoted}")
            elif table in READ_ONLY_TABLES:
                db.execute_sql(f"GRANT SELECT ON {t} TO {quoted}")
            else:
                db.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {quoted}")
        db.execute_sql(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public "
                       f"TO {quoted}")
    return tables
