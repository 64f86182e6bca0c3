"""The search queries keep to their indexes (SQLite plans), whatever the data size.

Timings live in bench/search.py; these tests only check that no plan falls back to a table
scan or to sorting every person, which is what makes search slow at national scale.
"""
from __future__ import annotations

import peewee as pw
import pytest

from db.people import _name_part, _phone_part, village_team_ids
from db.sql import escape_like, like


def _plan(db: pw.Database, query: pw.SelectQuery) -> str:
    sql, params = query.sql()
    return " | ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


@pytest.fixture
def capture(monkeypatch):
    """Run a part of the search and return the SQL plans of the queries it ran."""
    def run(db, fn, *args):
        seen: list[str] = []
        original = pw.SelectQuery.tuples

        def spy(self, *a, **k):
            seen.append(_plan(db, self))
            return original(self, *a, **k)

        monkeypatch.setattr(pw.SelectQuery, "tuples", spy)
        try:
            fn(*args)
        finally:
            monkeypatch.setattr(pw.SelectQuery, "tuples", original)
        return seen

    return run


def test_sparse_name_search_reads_only_the_token_index(sqlite_db, capture):
    plans = capture(sqlite_db, _name_part, "van an", None, 50, "sparse")
    assert "COVERING INDEX person_name_token_search_key_sort_key_person_id" in plans[-1]
    assert "SCAN" not in plans[-1].replace("SCAN CONSTANT", "")


def test_dense_name_search_walks_people_in_name_order(sqlite_db, capture):
    plans = capture(sqlite_db, _name_part, "nguyen", None, 50, "dense")
    plan = plans[-1]
    assert "person_live_sort_search" in plan  # people not retired, in name order
    assert "TEMP B-TREE FOR ORDER BY" not in plan
    assert "person_name_token_person_id_search_key_sort_key" in plan


def test_phone_search_uses_the_phone_index(sqlite_db, capture):
    plans = capture(sqlite_db, _phone_part, "0912", None, 50)
    assert "COVERING INDEX person_phone_sort_key" in plans[-1]


def test_village_names_use_their_token_index(sqlite_db, capture):
    plans = capture(sqlite_db, village_team_ids, "na sla", None)
    assert "unit_name_token_search_key" in plans[-1]


def test_like_is_an_index_range(sqlite_db):
    """``case_sensitive_like`` lets a prefix LIKE use the plain index (toolchain.md)."""
    from db.models import PersonNameToken

    query = PersonNameToken.select(PersonNameToken.id).where(
        like(PersonNameToken.search_key, escape_like("an_") + "%")
    )
    assert "search_key>? AND search_key<?" in _plan(sqlite_db, query)
