"""The shared server mode: a PostgreSQL connection built from plain fields, checked, initialised.

A commune office that shares one database between several clerks points every machine at one
PostgreSQL server. This module is what the connection dialog and the start-up use:

* :class:`ServerParams` holds host, port, database, user and the TLS choice; :func:`build_url`
  turns them (and a password) into the ``postgresql://`` URL ``db.connection`` opens.
* :func:`probe` connects on its own (the app's database stays as it is) and says what is
  there: an empty database, one of ours (and its schema version), a newer one, or someone
  else's tables.
* :func:`init_empty` creates our schema and loads the unit catalogue in an *empty* database
  (or brings one of ours up to date); it refuses a database holding anything else.
* :func:`save_params` / :func:`load_params` keep the choice in ``server.json`` in the data
  folder, **without the password**: it is asked for at each start, or read from the
  environment variable named in the settings (``CNSCD_DB_PASSWORD`` by default), so it is
  never written to disk in plain text by the app. (libpq's own ``~/.pgpass`` works too.)
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import peewee as pw

from db.connection import DatabaseError, make_database
from desktop import paths
from vn.files import write_text

SETTINGS_FILE = "server.json"
DEFAULT_PORT = 5432
DEFAULT_PASSWORD_ENV = "CNSCD_DB_PASSWORD"
SSL_MODES = ("disable", "prefer", "require", "verify-full")
CONNECT_TIMEOUT_S = 8

EMPTY, OURS, NEWER, FOREIGN = "empty", "ours", "newer", "foreign"


@dataclass(frozen=True)
class ServerParams:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"  # disable | prefer | require | verify-full
    sslrootcert: str = ""  # the CA certificate file, for verify-full
    password_env: str = DEFAULT_PASSWORD_ENV  # where a start-up without a prompt reads it

    def problems(self) -> dict[str, str]:
        """Fields that can't make a connection, with a code per field."""
        out: dict[str, str] = {}
        if not self.host.strip():
            out["host"] = "server.host_required"
        if not self.database.strip():
            out["database"] = "server.database_required"
        if not self.user.strip():
            out["user"] = "server.user_required"
        if not (0 < int(self.port) < 65536):
            out["port"] = "server.bad_port"
        if self.sslmode not in SSL_MODES:
            out["sslmode"] = "server.bad_sslmode"
        if self.sslmode == "verify-full" and self.sslrootcert \
                and not Path(self.sslrootcert).exists():
            out["sslrootcert"] = "server.no_ca_file"
        return out


@dataclass(frozen=True)
class ServerState:
    state: str  # empty | ours | newer | foreign
    schema_version: int = 0
    server_version: str = ""
    tables: tuple[str, ...] = field(default_factory=tuple)
    users: int = 0  # accounts in our schema (0: the first start acts as administrator)


def build_url(params: ServerParams, password: str | None = None) -> str:
    """``postgresql://user:password@host:port/database?sslmode=...`` with every part quoted."""
    problems = params.problems()
    if problems:
        field_name, code = next(iter(problems.items()))
        raise DatabaseError(code, field_name, field=field_name)
    user = quote(params.user.strip(), safe="")
    auth = f"{user}:{quote(password, safe='')}" if password else user
    host = params.host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    query = {"sslmode": params.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_S)}
    if params.sslrootcert:
        query["sslrootcert"] = params.sslrootcert
    return (f"postgresql://{auth}@{host}:{int(params.port)}/"
            f"{quote(params.database.strip(), safe='')}?{urlencode(query)}")


def redacted(url: str) -> str:
    """The URL with its password replaced, for messages and logs."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _classify(exc: Exception, params: ServerParams | None) -> DatabaseError:
    """psycopg's English into a code the GUI words in Vietnamese."""
    text = str(exc)
    low = text.lower()
    if "password authentication failed" in low or "no password supplied" in low \
            or "authentication failed" in low:
        code = "server.auth_failed"
    elif "does not exist" in low and "database" in low:
        code = "server.no_database"
    elif "ssl" in low or "certificate" in low:
        code = "server.tls"
    elif "timeout" in low or "could not connect" in low or "connection refused" in low \
            or "could not translate host name" in low or "name or service not known" in low:
        code = "server.unreachable"
    else:
        code = "server.error"
    host = params.host if params else ""
    database = params.database if params else ""
    return DatabaseError(code, text.strip().splitlines()[0] if text.strip() else "",
                         host=host, database=database)


def probe(params: ServerParams, password: str | None = None) -> ServerState:
    """Connect with a separate connection and look at what the database holds."""
    url = build_url(params, password)
    db = make_database(url)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise _classify(exc, params) from exc
    except Exception as exc:
        raise _classify(exc, params) from exc
    try:
        version = db.execute_sql("SHOW server_version").fetchone()[0]
        tables = tuple(sorted(
            r[0] for r in db.execute_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()").fetchall()
        ))
        if not tables:
            return ServerState(EMPTY, 0, version, tables)
        if "schema_version" not in tables:
            return ServerState(FOREIGN, 0, version, tables)
        row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
        schema = int(row[0] or 0)
        from db.migrations import LATEST

        users = 0
        if "app_user" in tables:
            users = int(db.execute_sql(
                "SELECT COUNT(*) FROM app_user WHERE active").fetchone()[0])
        return ServerState(NEWER if schema > LATEST else OURS, schema, version, tables, users)
    finally:
        db.close()


def test_connection(params: ServerParams, password: str | None = None) -> ServerState:
    """"Kiểm tra kết nối": the same as :func:`probe`, named for the button."""
    return probe(params, password)


def init_empty(params: ServerParams, password: str | None = None, *,
               catalogue: str = "2025"):
    """"Khởi tạo CSDL trống": our schema and the unit catalogue in an empty database.

    A database of ours is only brought up to date (nothing is deleted); one holding other
    tables is refused (``server.not_empty``), as is one made by a newer version of the app.
    This binds the app's database to the server (it is what "use this server" means);
    returns :class:`desktop.setup.InitResult`.
    """
    state = probe(params, password)
    if state.state == FOREIGN:
        raise DatabaseError("server.not_empty", ", ".join(state.tables[:5]),
                            database=params.database, count=len(state.tables))
    if state.state == NEWER:
        from db.migrations import LATEST, SchemaTooNew

        raise SchemaTooNew(state.schema_version, LATEST)
    from desktop.setup import initialise

    return initialise(build_url(params, password), catalogue=catalogue)


# --- the saved choice -----------------------------------------------------------------------


def settings_path(data_dir: str | os.PathLike | None = None) -> Path:
    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    return folder / SETTINGS_FILE


def save_params(params: ServerParams, data_dir: str | os.PathLike | None = None) -> Path:
    """Remember the server (never the password). Written to a temporary file and renamed."""
    path = settings_path(data_dir)
    return write_text(path, json.dumps({"server": asdict(params)}, ensure_ascii=False,
                                       indent=2), create_folder=True)


def load_params(data_dir: str | os.PathLike | None = None) -> ServerParams | None:
    """The saved server, or None (the local SQLite file is used then)."""
    path = settings_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8")).get("server")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(data, dict):
        return None
    known = {f for f in ServerParams.__dataclass_fields__}
    try:
        return ServerParams(**{k: v for k, v in data.items() if k in known})
    except TypeError:
        return None


def forget_params(data_dir: str | os.PathLike | None = None) -> None:
    """Back to the local file on this computer."""
    settings_path(data_dir).unlink(missing_ok=True)


def password_from_env(params: ServerParams) -> str | None:
    """The password from the environment variable the settings name, if set."""
    name = params.password_env or DEFAULT_PASSWORD_ENV
    value = os.environ.get(name)
    return value if value else None
