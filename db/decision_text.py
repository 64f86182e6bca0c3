"""Decision texts stored once.

Every decision repeats the same boilerplate (the law, the ministry's letter, the province
plan, the team's tasks, the recipients); only a few lines name its commune, villages or the
decisions it replaces. Each distinct line is one ``decision_line`` row (keyed by its
SHA-256); a decision's ``legal_bases`` and ``recipients`` hold a JSON list of line ids and its
``articles`` a JSON list of ``[title id, [paragraph ids]]``. Rows written before (JSON of
strings, migration 11 converts them; restored old backups may bring more) still read.

The texts read back are exactly the texts written, so an issued decision renders the same
and its stored PDF is untouched.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from db.connection import database

Articles = Sequence[tuple[str, Sequence[str]]]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def intern_lines(texts: Iterable[str], cache: dict[str, int] | None = None,
                 db: pw.Database | None = None) -> list[int]:
    """The ids of these lines, adding the new ones (safe when two writers add the same)."""
    db = db or database.obj
    cache = {} if cache is None else cache
    out: list[int] = []
    p = db.param
    for text in texts:
        found = cache.get(text)
        if found is None:
            sha = _sha(text)
            row = db.execute_sql(f"SELECT id FROM decision_line WHERE sha256 = {p}",
                                 (sha,)).fetchone()
            if row is None:
                db.execute_sql(f"INSERT INTO decision_line (sha256, text) VALUES ({p}, {p}) "
                               "ON CONFLICT (sha256) DO NOTHING", (sha, text))
                row = db.execute_sql(f"SELECT id FROM decision_line WHERE sha256 = {p}",
                                     (sha,)).fetchone()
            found = cache[text] = int(row[0])
        out.append(found)
    return out


def pack_lines(lines: Sequence[str], cache: dict[str, int] | None = None) -> str:
    """One list column (legal bases, recipients) as stored."""
    return json.dumps(intern_lines(lines, cache), separators=(",", ":"))


def pack_articles(articles: Articles, cache: dict[str, int] | None = None) -> str:
    """The articles column as stored: ``[[title id, [paragraph ids]], …]``."""
    cache = {} if cache is None else cache
    return json.dumps([[intern_lines([t], cache)[0], intern_lines(ps, cache)]
                       for t, ps in articles], separators=(",", ":"))


def pack(legal_bases: Sequence[str], articles: Articles, recipients: Sequence[str],
         cache: dict[str, int] | None = None, db: pw.Database | None = None
         ) -> tuple[str, str, str]:
    """The three columns as stored: JSON lists of line ids."""
    cache = {} if cache is None else cache
    bases = intern_lines(legal_bases, cache, db)
    arts = [[intern_lines([title], cache, db)[0], intern_lines(paras, cache, db)]
            for title, paras in articles]
    rcps = intern_lines(recipients, cache, db)
    return (json.dumps(bases, separators=(",", ":")), json.dumps(arts, separators=(",", ":")),
            json.dumps(rcps, separators=(",", ":")))


def _loads(text: str | None) -> list:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _ids(value: Any) -> list[int]:
    out: list[int] = []
    if isinstance(value, int):
        out.append(value)
    elif isinstance(value, list):
        for v in value:
            out += _ids(v)
    return out


def unpack(legal_bases: str | None, articles: str | None, recipients: str | None,
           db: pw.Database | None = None
           ) -> tuple[list[str], list[tuple[str, list[str]]], list[str]]:
    """The texts of the three columns, stored either way (ids, or the older strings)."""
    db = db or database.obj
    raw = (_loads(legal_bases), _loads(articles), _loads(recipients))
    wanted = sorted(set(_ids(raw[0]) + _ids(raw[1]) + _ids(raw[2])))
    lines: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ", ".join([db.param] * len(chunk))
        lines.update((int(k), v) for k, v in db.execute_sql(
            f"SELECT id, text FROM decision_line WHERE id IN ({marks})", chunk).fetchall())

    def text(v: Any) -> str:
        return lines.get(v, "") if isinstance(v, int) else str(v)

    bases = [text(v) for v in raw[0]]
    arts: list[tuple[str, list[str]]] = []
    for a in raw[1]:
        if isinstance(a, dict):  # older rows: {"title": …, "paragraphs": […]}
            arts.append((str(a.get("title", "")), [str(x) for x in a.get("paragraphs", [])]))
        elif isinstance(a, list) and len(a) == 2:
            arts.append((text(a[0]), [text(x) for x in a[1]]))
    rcps = [text(v) for v in raw[2]]
    return bases, arts, rcps


def _is_packed(column: str | None) -> bool:
    value = _loads(column)
    return not value or isinstance(value[0], (int, list))


def _intern_bulk(texts: Iterable[str], cache: dict[str, int], db: pw.Database) -> None:
    """Put every one of ``texts`` in ``cache`` with a few set-wise queries (bulk builds)."""
    missing = {_sha(t): t for t in set(texts) if t not in cache}
    shas = sorted(missing)
    p = db.param
    for i in range(0, len(shas), 500):
        part = shas[i:i + 500]
        marks = ", ".join([p] * len(part))
        found = dict(db.execute_sql(
            f"SELECT sha256, id FROM decision_line WHERE sha256 IN ({marks})", part).fetchall())
        new = [(sha, missing[sha]) for sha in part if sha not in found]
        if new:
            db.cursor().executemany(
                f"INSERT INTO decision_line (sha256, text) VALUES ({p}, {p}) "
                "ON CONFLICT (sha256) DO NOTHING", new)
            found = dict(db.execute_sql(
                f"SELECT sha256, id FROM decision_line WHERE sha256 IN ({marks})",
                part).fetchall())
        for sha in part:
            cache[missing[sha]] = int(found[sha])


def compact_all(db: pw.Database | None = None, chunk: int = 1000) -> int:
    """Store every decision's texts as line ids (those still holding strings); returns the
    number of decisions converted. Run by migration 11 and after a bulk build (the demo)."""
    db = db or database.obj
    p = db.param
    cache: dict[str, int] = {}
    converted = 0
    last = 0
    while True:
        rows = db.execute_sql(
            "SELECT id, legal_bases, articles, recipients FROM decision WHERE id > "
            f"{p} ORDER BY id LIMIT {int(chunk)}", (last,)).fetchall()
        if not rows:
            return converted
        todo = []
        for decision_id, bases, arts, rcps in rows:
            last = decision_id
            if not (_is_packed(bases) and _is_packed(arts) and _is_packed(rcps)):
                todo.append((decision_id, unpack(bases, arts, rcps, db)))
        _intern_bulk((t for _, (b, a, r) in todo
                      for t in [*b, *r, *(x for title, ps in a for x in (title, *ps))]),
                     cache, db)
        updates = [(*pack(*texts, cache=cache, db=db), decision_id) for decision_id, texts in todo]
        if updates:
            db.cursor().executemany(f"UPDATE decision SET legal_bases = {p}, articles = {p}, "
                                    f"recipients = {p} WHERE id = {p}", updates)
        converted += len(updates)
