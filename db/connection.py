"""Opening the database: SQLite in the data folder by default, PostgreSQL from a URL.

There is one :data:`database` proxy, bound to a real database once at start-up by
:func:`open_database` (GUI, CLI and test fixtures alike). Writes go through
:func:`write_transaction`, which on SQLite takes the write lock at ``BEGIN`` so two
processes never deadlock upgrading a read lock (the cause of most "database is locked").
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee as pw
from playhouse.pool import PooledSqliteDatabase

database = pw.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "synchronous": "normal",
    "cache_size": -32000,  # 32 MB page cache
    "case_sensitive_like": 1,  # lets LIKE 'prefix%' use the plain indexes on folded keys
}


class DatabaseError(Exception):
    """A database problem a clerk can act on; ``code`` names it for the UI."""

    def __init__(self, code: str, detail: str = "", **params):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.params = params


def is_postgres(db: pw.Database | None = None) -> bool:
    target = db if db is not None else database.obj
    return isinstance(target, pw.PostgresqlDatabase)


def attach_postgres_driver() -> None:
    """Give peewee the psycopg (3) driver it was imported without (see ``db/__init__``):
    the names peewee's own import would have set."""
    if getattr(pw, "psycopg", None) is not None or getattr(pw, "psycopg2", None) is not None:
        return
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError:
        return  # peewee then says "psycopg postgres driver not found"
    pw.psycopg, pw.TransactionStatus = psycopg, TransactionStatus
    pw.Json_pg3, pw.Jsonb_pg3 = Json, Jsonb


def make_database(target: str) -> pw.Database:
    """Build (but do not bind) a Peewee database for a SQLite path or a PostgreSQL URL."""
    if target.startswith(("postgresql://", "postgres://")):
        attach_postgres_driver()
        url = urlparse(target)
        params: dict = {}
        if url.hostname:
            params["host"] = url.hostname
        if url.port:
            params["port"] = url.port
        if url.username:
            params["user"] = unquote(url.username)
        if url.password:
            params["password"] = unquote(url.password)
        for part in filter(None, (url.query or "").split("&")):
            key, _, value = part.partition("=")
            params[key] = unquote(value)
        name = unquote(url.path.lstrip("/")) or "postgres"
        return pw.PostgresqlDatabase(name, **params)
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Pooled: a worker thread's task hands its connection back when it is done (see
    # ``release_connection``) and the next task takes it, page cache warm and pragmas set,
    # instead of opening the file again (a search key reads about twice as fast). The
    # busy timeout is the ``busy_timeout`` pragma (15 s); the pool itself never waits. A
    # connection serves one thread at a time, but not always the thread that opened it.
    return PooledSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, max_connections=None,
                                check_same_thread=False)


def open_database(target: str) -> pw.Database:
    """Bind the proxy to ``target`` and connect. Returns the real database."""
    if database.obj is not None:
        close_database()
    db = make_database(target)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def close_database() -> None:
    """Close this thread's connection and every idle one: the file is let go (another
    database opened next, the app quitting)."""
    db = database.obj
    if db is None:
        return
    if not db.is_closed():
        db.close()
    if isinstance(db, PooledSqliteDatabase):
        db.close_idle()


def release_connection() -> None:
    """A worker thread's task is done: its SQLite connection goes back to the pool for the
    next task; a server connection is closed (a restarted server must never leave a worker
    holding a dead one)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


class QueryCancelled(Exception):
    """The work a query belonged to was cancelled while it ran (see :func:`interruptible`)."""


# SQLite asks the cancel check every this many virtual-machine steps (~0.1 ms of work).
_INTERRUPT_STEPS = 2000


@contextlib.contextmanager
def interruptible(cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Queries run inside stop as soon as ``cancelled()`` turns true, raising
    :class:`QueryCancelled` (SQLite: checked while the query runs; a server: checked
    before and after). A search overtaken by the next key frees its worker at once."""
    if cancelled is None:
        yield
        return
    if cancelled():
        raise QueryCancelled()
    db = database.obj
    conn = db.connection() if isinstance(db, pw.SqliteDatabase) else None
    if conn is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, _INTERRUPT_STEPS)
    try:
        yield
    except pw.OperationalError:
        if cancelled():
            raise QueryCancelled() from None
        raise
    finally:
        if conn is not None:
            conn.set_progress_handler(None, 0)
    if cancelled():
        raise QueryCancelled()


def sqlite_path() -> str | None:
    """The file behind the bound SQLite database, or None on PostgreSQL."""
    obj = database.obj
    if isinstance(obj, pw.SqliteDatabase):
        return obj.database
    return None


@contextlib.contextmanager
def write_transaction():
    """One transaction for a unit of work that writes; nested calls become savepoints."""
    db = database.obj
    if isinstance(db, pw.SqliteDatabase) and not db.in_transaction():
        with db.atomic(lock_type="IMMEDIATE") as txn:
            yield txn
    else:
        with db.atomic() as txn:
            yield txn
