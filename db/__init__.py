"""Data layer: Peewee models, connection, migrations and queries. Never imports Qt or desktop.

Peewee imports every PostgreSQL driver it finds when it is first imported (psycopg: ~80 ms
of each start, 0.2 s on a cold disk), although most offices run on a SQLite file. So peewee
is imported here, first, with the drivers hidden; :func:`db.connection.make_database` hands
peewee its driver the first time a ``postgresql://`` URL is opened.
"""
from __future__ import annotations

import sys

_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi")


def _import_peewee_without_drivers() -> None:
    if "peewee" in sys.modules:
        return
    hidden = [name for name in _DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed", one import
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_peewee_without_drivers()
