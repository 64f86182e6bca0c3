"""Loading the shipped administrative-unit catalogues into the database.

Two catalogues ship in ``resources/admin-units``: the three-level one in force until
30/06/2025 (``pre2025``) and the two-level one from 01/07/2025 (``2025``). Codes are kept
as text and are unique only within their catalogue. When both are loaded, the commune
mapping becomes ``unit_succession`` rows so a team registered under an old commune can be
re-attached to the new one. Loading is idempotent: units already present are left alone.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.connection import write_transaction
from db.models import AdminUnit, UnitSuccession
from desktop.paths import ADMIN_UNITS_DIR
from vn.collation import sort_key
from vn.text import clean_text, fold

CATALOGUES = ("2025", "pre2025")
REFORM_DAY = dt.date(2025, 7, 1)
LAST_OLD_DAY = dt.date(2025, 6, 30)

PROVINCE_KINDS = ("Thành phố", "Tỉnh")
DISTRICT_KINDS = ("Thành phố", "Thị xã", "Quận", "Huyện")
COMMUNE_KINDS = ("Thị trấn", "Đặc khu", "Phường", "Xã")


@dataclass(frozen=True)
class LoadReport:
    catalogue: str
    provinces: int
    districts: int
    communes: int
    successions: int
    already_loaded: bool


class CatalogueError(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def split_kind(name: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    """("Xã", "Hợp Thành") from "Xã Hợp Thành"; the longest matching prefix wins."""
    for kind in sorted(kinds, key=len, reverse=True):
        if name.startswith(kind + " "):
            return kind, name[len(kind) + 1 :]
    return "", name


def _read(name: str) -> list[dict[str, str]]:
    path = Path(ADMIN_UNITS_DIR) / name
    if not path.exists():
        raise CatalogueError("catalogue.missing_file", path=str(path))
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: clean_text(v) for k, v in row.items()} for row in csv.DictReader(fh)]


def _row(catalogue, level, kind, code, name, short, parent_id, valid_from, valid_to):
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return {
        "catalogue": catalogue,
        "level": level,
        "kind": kind,
        "code": code,
        "name": name,
        "short_name": short,
        "parent": parent_id,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "search_key": fold(name),
        "sort_key": sort_key(short),
        "note": "",
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _existing_codes(catalogue: str) -> dict[str, int]:
    query = AdminUnit.select(AdminUnit.code, AdminUnit.id).where(
        AdminUnit.catalogue == catalogue
    )
    return {code: uid for code, uid in query.tuples()}


def _insert(rows: list[dict]) -> None:
    for start in range(0, len(rows), 500):
        AdminUnit.insert_many(rows[start : start + 500]).execute()


def load_catalogue(catalogue: str, *, provinces: set[str] | None = None) -> LoadReport:
    """Load one catalogue (optionally only some province codes) in one transaction."""
    if catalogue not in CATALOGUES:
        raise CatalogueError("catalogue.unknown", catalogue=catalogue)
    rows = _read(
        "admin_units_post2025.csv" if catalogue == "2025" else "admin_units_pre2025.csv"
    )
    if provinces:
        rows = [r for r in rows if r["province_code"] in provinces]
    valid_from = REFORM_DAY if catalogue == "2025" else None
    valid_to = None if catalogue == "2025" else LAST_OLD_DAY
    counts = {"province": 0, "district": 0, "commune": 0}
    with write_transaction():
        existing = _existing_codes(catalogue)
        already = bool(existing)

        def add_level(level: str, items: dict[str, tuple[str, str, str | None]]) -> None:
            new = []
            for code, (kind, name, parent_code) in items.items():
                if code in existing:
                    continue
                kinds = {"province": PROVINCE_KINDS, "district": DISTRICT_KINDS}.get(
                    level, COMMUNE_KINDS
                )
                found_kind, short = split_kind(name, kinds)
                parent_id = existing[parent_code] if parent_code else None
                new.append(
                    _row(catalogue, level, kind or found_kind, code, name, short,
                         parent_id, valid_from, valid_to)
                )
            _insert(new)
            counts[level] += len(new)
            existing.update(_existing_codes(catalogue))

        add_level(
            "province",
            {r["province_code"]: ("", r["province_name"], None) for r in rows},
        )
        if catalogue == "pre2025":
            add_level(
                "district",
                {
                    r["district_code"]: ("", r["district_name"], r["province_code"])
                    for r in rows
                    if r["district_code"]
                },
            )
        parent_col = "district_code" if catalogue == "pre2025" else "province_code"
        add_level(
            "commune",
            {
                r["commune_code"]: (r["commune_type"], r["commune_name"], r[parent_col])
                for r in rows
                if r["commune_code"]
            },
        )
        successions = load_successions()
    return LoadReport(
        catalogue,
        counts["province"],
        counts["district"],
        counts["commune"],
        successions,
        already,
    )


def load_successions() -> int:
    """Old commune -> new commune rows from the shipped mapping, when both are loaded."""
    old = _existing_codes("pre2025")
    new = _existing_codes("2025")
    if not old or not new:
        return 0
    have = set(
        UnitSuccession.select(UnitSuccession.predecessor, UnitSuccession.successor).tuples()
    )
    rows = []
    for r in _read("commune_mapping_pre2025_to_post2025.csv"):
        pred = old.get(r["old_commune_code"])
        succ = new.get(r["new_commune_code"])
        if pred is None or succ is None or (pred, succ) in have:
            continue
        have.add((pred, succ))
        rows.append(
            {
                "predecessor": pred,
                "successor": succ,
                "coverage": r["coverage"] or "full",
                "effective_on": REFORM_DAY,
            }
        )
    for start in range(0, len(rows), 500):
        UnitSuccession.insert_many(rows[start : start + 500]).execute()
    return len(rows)
