"""Realistic demo data: villages, teams, members, training and issued decisions.

``build_demo(scale, seed)`` fills an empty database with data that looks like a real
commune office's: villages named the way each region names them, a team for most
villages with 4-10 members in their usual roles, people whose names, ages, phones,
citizen IDs and Youth Union flags are consistent, training courses with results, and
the establishment (and a few kiện toàn) decisions, numbered per commune per year.

Why it is built this way:

* **Speed.** The national scale is ~100,000 villages and teams and ~500,000 people
  (about 2.5 million rows with tokens, memberships and training records) and must
  finish in minutes on a 2-core PC. Rows are generated commune by commune into plain
  tuples with ids assigned here (no read-back), and written through ``db.bulk``
  (parameterised ``executemany`` in chunks, in one transaction). On SQLite the secondary
  indexes of the empty tables are dropped and rebuilt at the end (inside the same
  transaction), ``synchronous`` is switched off and the page cache enlarged for the
  duration of the build only (``bench/demo_national.py`` measures it).
* **Determinism.** Every commune draws from its own ``random.Random`` seeded with
  (seed, catalogue, commune code) and communes are built in code order, so a seed always
  gives the same data, on SQLite and PostgreSQL alike. Dates come from fixed reference
  dates, never today.
* **Both catalogues.** With the 2025 two-level catalogue the teams are (re)established
  by the new communes from July 2025; with the pre-2025 catalogue by the old communes
  from April 2022 (after 793/BTTTT-THH), and "district" is a real district.

Computed keys use the same functions as the services (``vn.text``,
``vn.collation``, ``db.people.name_tokens``), so search and sorting work on demo data
exactly as on typed data.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import peewee as pw

from db import bulk, decision_text
from db.audit import write_audit
from db.connection import database, write_transaction
from db.models import AdminUnit
from db.office import get_office, save_office
from db.people import name_tokens
from desktop.catalogue import load_catalogue
from desktop.decisions import ReplacedPart, default_texts, format_date_words
from desktop.demo import names as N
from desktop.office import store_demo_defaults
from desktop.paths import ADMIN_UNITS_DIR
from vn.collation import person_sort_key
from vn.messages import render
from vn.names import default_team_name, village_sort_key
from vn.text import fold, split_name

__all__ = ["SCALES", "DemoCancelled", "DemoError", "DemoReport", "build_demo"]

SCALES = ("district", "province", "national")

DEFAULT_PROVINCE = "20"  # Lạng Sơn (same code in both catalogues)
DEFAULT_DISTRICT = {"20": "183"}  # pre-2025: Huyện Cao Lộc
DISTRICT_SCALE_COMMUNES = 18  # 2025 catalogue: about the size of an old district

SYMBOL = "QĐ-UBND"
FLUSH_PERSONS = 25000  # generated people kept in memory before writing

ProgressFn = Callable[..., None]


class DemoError(Exception):
    """The demo could not be built: ``code`` and ``params``, worded by ``vn.messages``
    (``message`` is the Vietnamese sentence; the GUI translates the same template)."""

    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return render(self.code, self.params)


class DemoCancelled(DemoError):
    def __init__(self) -> None:
        super().__init__("demo.cancelled")


@dataclass(frozen=True)
class DemoReport:
    scale: str
    seed: int
    catalogue: str
    communes: int
    villages: int
    teams: int  # every team row, dissolved ones included
    members: int  # people created
    memberships: int
    courses: int
    training_records: int
    decisions: int  # issued and draft
    office_created: bool
    seconds: float


# --- reference dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Era:
    """Fixed dates the data is built around (never today's date: determinism)."""

    ref_year: int  # ages are counted in this year
    campaign_from: dt.date  # first establishment decisions
    amend_from: dt.date  # first kiện toàn decisions
    end: dt.date  # nothing happens after this day
    old_team_from: dt.date  # 2025: teams of the pre-merger communes (dissolved, replaced)
    old_team_to: dt.date


ERA_2025 = _Era(2025, dt.date(2025, 7, 15), dt.date(2026, 1, 5), dt.date(2026, 10, 31),
                dt.date(2022, 4, 1), dt.date(2024, 12, 31))
ERA_PRE2025 = _Era(2023, dt.date(2022, 4, 1), dt.date(2023, 3, 1), dt.date(2025, 6, 30),
                   dt.date(2022, 4, 1), dt.date(2022, 12, 31))


# --- small helpers -----------------------------------------------------------------------------


class _Pick:
    """Weighted choice with precomputed cumulative weights (random.choices is slower)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Iterable[tuple[object, float]]):
        self.items: list = []
        self.cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight <= 0:
                continue
            total += weight
            self.items.append(item)
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _even(items: Sequence) -> _Pick:
    return _Pick((item, 1.0) for item in items)


def _ri(rng: random.Random, a: int, b: int) -> int:
    """rng.randint without its overhead (10x slower; this is called millions of times)."""
    return a + int(rng.random() * (b - a + 1))


def _rr(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def _rc(rng: random.Random, seq: Sequence):
    return seq[int(rng.random() * len(seq))]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _days(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=_ri(rng, 0, (end - start).days))


def _unit_ref(kind: str, short: str) -> str:
    """ND 30 style inside a sentence: "xã Hợp Thành", "thôn Nà Sla", but "Phường 5"."""
    if short[:1].isdigit():
        return f"{kind} {short}"
    return f"{kind.lower()} {short}"


# (month, day) of the days of a common year: birth dates never fall on 29 February.
_MONTH_DAYS = [((dt.date(2001, 1, 1) + dt.timedelta(days=i)).month,
                (dt.date(2001, 1, 1) + dt.timedelta(days=i)).day) for i in range(365)]


# --- region profiles --------------------------------------------------------------------------

NORTH_MOUNTAIN = {"02", "04", "06", "08", "19", "20", "22", "24"}
NORTH_WEST = {"10", "11", "12", "14", "15", "17"}
DELTA = {"01", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37"}
NORTH_CENTRAL = {"38", "40", "42"}
CENTRAL = {"44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60"}
HIGHLANDS = {"62", "64", "66", "67", "68"}
SOUTH_EAST = {"70", "72", "74", "75", "77", "79"}
MEKONG = {"80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96"}

MINORITY_GROUPS = {"tay", "nung", "dao", "hmong", "san_chay", "thai", "muong", "ede", "giarai",
                   "bana", "mnong", "coho", "khmer", "cham"}


@dataclass(frozen=True)
class _Style:
    rural_kinds: tuple[tuple[str, float], ...]
    ward_kinds: tuple[tuple[str, float], ...]
    numbered: float  # share of numbered rural villages ("Thôn 3", "Ấp 1")
    place_pool: str  # minority place names: tay | nw | highland | khmer | ""


def _style(old_code: str) -> _Style:
    c = old_code
    if c in NORTH_MOUNTAIN:
        rural = (("Xóm", 1.0),) if c == "04" else (("Thôn", 0.88), ("Bản", 0.12)) \
            if c in ("20", "02") else (("Thôn", 1.0),)
        ward = (("Khu", 1.0),) if c == "22" else (("Tổ dân phố", 0.7), ("Khu", 0.3))
        return _Style(rural, ward, 0.08, "tay")
    if c in NORTH_WEST:
        rural = (("Bản", 1.0),) if c in ("11", "12", "14") else (("Xóm", 1.0),) \
            if c == "17" else (("Thôn", 1.0),)
        return _Style(rural, (("Tổ dân phố", 1.0),), 0.05, "nw")
    if c in DELTA:
        if c == "25":
            return _Style((("Khu", 0.8), ("Thôn", 0.2)), (("Khu", 1.0),), 0.8, "")
        rural = (("Thôn", 0.8), ("Xóm", 0.2)) if c in ("34", "36") else (("Thôn", 1.0),)
        return _Style(rural, (("Tổ dân phố", 1.0),), 0.2, "")
    if c in NORTH_CENTRAL:
        if c == "40":
            return _Style((("Xóm", 0.7), ("Thôn", 0.3)), (("Khối", 1.0),), 0.35, "nw")
        return _Style((("Thôn", 0.85), ("Xóm", 0.15)), (("Tổ dân phố", 1.0),), 0.35, "nw")
    if c in CENTRAL:
        ward = (("Khu phố", 1.0),) if c in ("52", "54", "58", "60") else (("Tổ dân phố", 1.0),)
        return _Style((("Thôn", 1.0),), ward, 0.35, "")
    if c in HIGHLANDS:
        highland: dict[str, tuple[tuple[str, float], ...]] = {
            "66": (("Thôn", 0.7), ("Buôn", 0.3)), "67": (("Thôn", 0.8), ("Buôn", 0.2)),
            "62": (("Thôn", 0.6), ("Làng", 0.4)), "64": (("Thôn", 0.6), ("Làng", 0.4))}
        return _Style(highland.get(c, (("Thôn", 1.0),)), (("Tổ dân phố", 1.0),), 0.45,
                      "highland")
    if c in SOUTH_EAST:
        return _Style((("Ấp", 1.0),), (("Khu phố", 1.0),), 0.55, "")
    if c in MEKONG:
        ward = (("Khu phố", 1.0),) if c in ("80", "82", "83", "91", "92") else (("Khóm", 1.0),)
        return _Style((("Ấp", 1.0),), ward, 0.35, "khmer")
    return _Style((("Thôn", 1.0),), (("Tổ dân phố", 1.0),), 0.3, "")


# --- people's names ----------------------------------------------------------------------------


class _Names:
    """Name generators per ethnic group; one instance shared by all communes."""

    def __init__(self) -> None:
        def family_table(region: str) -> _Pick:
            out = []
            for name, weight in N.KINH_FAMILY:
                if name == "Hoàng" and region == "south":
                    out += [("Huỳnh", weight * 0.8), ("Hoàng", weight * 0.2)]
                elif name == "Vũ" and region in ("central", "south"):
                    share = 0.5 if region == "central" else 0.9
                    out += [("Võ", weight * share), ("Vũ", weight * (1 - share))]
                else:
                    out.append((name, weight))
            return _Pick(out)

        self.kinh_family = {r: family_table(r) for r in ("north", "central", "south")}

        def middle(pairs, common: str, factor: float) -> _Pick:
            return _Pick((n, w * factor if n == common else w) for n, w in pairs)

        self.mid = {
            ("nam", False): middle(N.KINH_MIDDLE_MALE, "Văn", 1.0),
            ("nam", True): middle(N.KINH_MIDDLE_MALE, "Văn", 0.35),
            ("nu", False): middle(N.KINH_MIDDLE_FEMALE, "Thị", 1.0),
            ("nu", True): middle(N.KINH_MIDDLE_FEMALE, "Thị", 0.4),
        }
        self.mid2 = {"nam": _even(N.KINH_SECOND_MIDDLE_MALE),
                     "nu": _even(N.KINH_SECOND_MIDDLE_FEMALE)}
        self.given = {"nam": _Pick(N.KINH_GIVEN_MALE), "nu": _Pick(N.KINH_GIVEN_FEMALE)}
        self.tay_family = _Pick(N.TAY_FAMILY)
        self.nung_family = _Pick(N.NUNG_FAMILY)
        self.tay_given = {"nam": _Pick(N.TAY_NUNG_GIVEN_MALE), "nu": _Pick(N.TAY_NUNG_GIVEN_FEMALE)}
        self.dao_family = _Pick(N.DAO_FAMILY)
        self.dao_mid = {"nam": _Pick(N.DAO_MIDDLE_MALE), "nu": _Pick(N.DAO_MIDDLE_FEMALE)}
        self.dao_given = {"nam": _Pick(N.DAO_GIVEN_MALE), "nu": _Pick(N.DAO_GIVEN_FEMALE)}
        self.hmong_family = _Pick(N.HMONG_FAMILY)
        self.hmong_mid = {"nam": _Pick(N.HMONG_MIDDLE_MALE), "nu": _Pick(N.HMONG_MIDDLE_FEMALE)}
        self.hmong_given = {"nam": _Pick(N.HMONG_GIVEN_MALE), "nu": _Pick(N.HMONG_GIVEN_FEMALE)}
        self.san_chay_family = _Pick(N.SAN_CHAY_FAMILY)
        self.thai_family = _Pick(N.THAI_FAMILY)
        self.thai_given = {"nam": _Pick(N.THAI_GIVEN_MALE), "nu": _Pick(N.THAI_GIVEN_FEMALE)}
        self.muong_family = _Pick(N.MUONG_FAMILY)
        self.ede_given = {"nam": _even(N.EDE_GIVEN_MALE), "nu": _even(N.EDE_GIVEN_FEMALE)}
        self.ede_clan = _Pick(N.EDE_CLAN)
        self.giarai_clan = _Pick(N.GIARAI_CLAN)
        self.giarai_given = {"nam": _even(N.GIARAI_GIVEN_MALE), "nu": _even(N.GIARAI_GIVEN_FEMALE)}
        self.bana_given = {"nam": _even(N.BANA_GIVEN_MALE), "nu": _even(N.BANA_GIVEN_FEMALE)}
        self.mnong_given = {"nam": _even(N.MNONG_GIVEN_MALE), "nu": _even(N.MNONG_GIVEN_FEMALE)}
        self.mnong_plain = {s: _even([g for g in lst if "'" not in g]) for s, lst in
                            (("nam", N.MNONG_GIVEN_MALE), ("nu", N.MNONG_GIVEN_FEMALE))}
        self.mnong_clan = _even(N.MNONG_CLAN)
        self.coho_clan = _even(N.COHO_CLAN)
        self.coho_given = {"nam": _even(N.COHO_GIVEN_MALE), "nu": _even(N.COHO_GIVEN_FEMALE)}
        self.khmer_family = {"nam": _Pick(N.KHMER_FAMILY_MALE), "nu": _Pick(N.KHMER_FAMILY_FEMALE)}
        self.khmer_given = {"nam": _even(N.KHMER_GIVEN_MALE), "nu": _even(N.KHMER_GIVEN_FEMALE)}
        self.cham_family = _Pick(N.CHAM_FAMILY)
        self.cham_mid = _Pick(N.CHAM_MIDDLE_MALE)

    def _kinh_middle(self, rng: random.Random, sex: str, young: bool) -> str:
        r = rng.random()
        if r < 0.03:
            return ""
        first = self.mid[(sex, young)](rng)
        if r > 0.94:
            second = self.mid2[sex](rng)
            if second != first:
                return f"{first} {second}"
        return first

    def _vt(self, rng: random.Random, sex: str, share: float, young: bool) -> str:
        """Văn/Thị with the given share, otherwise a Kinh middle name."""
        if rng.random() < share:
            return "Văn" if sex == "nam" else "Thị"
        return self._kinh_middle(rng, sex, young)

    @staticmethod
    def _join(*parts: str) -> str:
        return " ".join(p for p in parts if p)

    def make(self, rng: random.Random, group: str, sex: str, year: int, region: str) -> str:
        young = year >= 1990
        j = self._join
        if group == "kinh":
            middle = self._kinh_middle(rng, sex, young)
            given = self.given[sex](rng)
            if middle and given == middle.split()[-1]:  # no "Dương Trọng Trọng"
                given = self.given[sex](rng)
            return j(self.kinh_family[region](rng), middle, given)
        if group in ("tay", "nung"):
            family = (self.tay_family if group == "tay" else self.nung_family)(rng)
            given = (self.tay_given[sex] if rng.random() < 0.5 else self.given[sex])(rng)
            return j(family, self._vt(rng, sex, 0.8 if sex == "nam" else 0.85, young), given)
        if group == "san_chay":
            return j(self.san_chay_family(rng), self._vt(rng, sex, 0.8, young),
                     self.given[sex](rng))
        if group == "muong":
            return j(self.muong_family(rng), self._vt(rng, sex, 0.8, young), self.given[sex](rng))
        if group == "dao":
            given = (self.dao_given[sex] if rng.random() < 0.6 else self.given[sex])(rng)
            return j(self.dao_family(rng), self.dao_mid[sex](rng), given)
        if group == "hmong":
            pool = self.hmong_given[sex] if sex == "nam" or rng.random() < 0.8 else self.given[sex]
            return j(self.hmong_family(rng), self.hmong_mid[sex](rng), pool(rng))
        if group == "thai":
            given = (self.thai_given[sex] if rng.random() < 0.6 else self.given[sex])(rng)
            return j(self.thai_family(rng), self._vt(rng, sex, 0.9, young), given)
        if group == "ede":
            prefix = "Y " if sex == "nam" else "H'"
            return f"{prefix}{self.ede_given[sex](rng)} {self.ede_clan(rng)}"
        if group == "giarai":
            clan, given = self.giarai_clan(rng), self.giarai_given[sex](rng)
            if sex == "nam":
                return j(clan, "Văn" if rng.random() < 0.15 else "", given)
            r = rng.random()
            if r < 0.4:
                return f"{clan} H'{given}"
            return j(clan, "Y" if r < 0.6 else "Thị", given)
        if group == "bana":
            given = self.bana_given[sex](rng)
            if rng.random() < 0.5:
                return j("A" if sex == "nam" else "Y", given)
            return j("Đinh", "Văn" if sex == "nam" else "Thị", given)
        if group == "mnong":
            if rng.random() < 0.5:
                return j("Điểu" if sex == "nam" else "Thị", self.mnong_given[sex](rng))
            prefix = "Y " if sex == "nam" else "H'"
            return f"{prefix}{self.mnong_plain[sex](rng)} {self.mnong_clan(rng)}"
        if group == "coho":
            given = self.coho_given[sex](rng)
            clan = self.coho_clan(rng) if rng.random() < 0.5 else ""
            if sex == "nam":
                return j(clan, f"K'{given}")
            return j(clan, "Ha" if clan else "Ka", given)
        if group == "khmer":
            family = self.khmer_family[sex](rng)
            given = self.khmer_given[sex](rng)
            if sex == "nu" and family != "Néang" and rng.random() < 0.7:
                return j(family, "Thị", given)
            return j(family, given)
        if group == "cham":
            middle = self.cham_mid(rng) if sex == "nam" else "Thị"
            return j(self.cham_family(rng), middle, self.given[sex](rng))
        raise ValueError(group)


# --- members: who fills which seat ---------------------------------------------------------------


@dataclass(frozen=True)
class _Seat:
    """A kind of member: the position they hold and who usually holds it."""

    code: str
    male: float  # share of men
    age: tuple[int, int]
    email: float  # share with an e-mail address (before the age adjustment)
    staff: bool = False  # commune-wide staff, may serve several villages
    kinh: float = 0.0  # extra chance of a Kinh (staff posted from elsewhere)
    carrier: str = ""


SEATS = {
    "head": _Seat("head", 0.8, (35, 64), 0.15),
    "party": _Seat("party", 0.75, (40, 65), 0.15),
    "official": _Seat("official", 0.5, (26, 45), 0.7, kinh=0.3),
    "youth": _Seat("youth", 0.55, (21, 30), 0.6),
    "youth_member": _Seat("youth_member", 0.5, (18, 30), 0.55),
    "deputy_head": _Seat("deputy_head", 0.65, (30, 60), 0.15),
    "women": _Seat("women", 0.0, (25, 58), 0.25),
    "farmers": _Seat("farmers", 0.7, (30, 62), 0.1),
    "police": _Seat("police", 0.85, (24, 45), 0.3, staff=True, kinh=0.4),
    "vnpt": _Seat("vnpt", 0.7, (24, 50), 0.8, staff=True, kinh=0.3, carrier="vinaphone"),
    "viettel": _Seat("viettel", 0.7, (23, 45), 0.8, staff=True, kinh=0.3, carrier="viettel"),
    "post": _Seat("post", 0.4, (24, 55), 0.4, staff=True, kinh=0.2),
    "teacher": _Seat("teacher", 0.3, (25, 55), 0.6, kinh=0.3),
    "resident": _Seat("resident", 0.55, (18, 60), 0.3),
    "veterans": _Seat("veterans", 0.95, (50, 70), 0.05),
    "front": _Seat("front", 0.6, (40, 65), 0.1),
}
LEADER_SEAT = _Pick([("head", 80), ("party", 12), ("youth", 4), ("official", 4)])
DEPUTY_SEAT = _Pick([("youth", 65), ("women", 15), ("police", 10), ("deputy_head", 10)])
DEPUTY2_SEAT = _Pick([("women", 40), ("police", 30), ("deputy_head", 15), ("youth_member", 15)])
MEMBER_SEAT = _Pick([("women", 20), ("farmers", 12), ("police", 12), ("vnpt", 6), ("viettel", 6),
                     ("post", 4), ("teacher", 10), ("resident", 15), ("youth_member", 10),
                     ("veterans", 3), ("front", 2)])
TEAM_SIZE = _Pick([(4, 22), (5, 33), (6, 20), (7, 12), (8, 7), (9, 4), (10, 2)])
CARRIER = _Pick(N.CARRIER_SHARE)
EMAIL_DOMAIN = _Pick(N.EMAIL_DOMAINS)
OLD_PROVINCES = (  # the 63 pre-2025 province codes (citizen IDs keep them)
    "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24",
    "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45",
    "46", "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70",
    "72", "74", "75", "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93",
    "94", "95", "96",
)
ROLE_LABEL = {"to_truong": "Tổ trưởng", "to_pho": "Tổ phó", "thanh_vien": "Thành viên"}
_ROLE_RANK = {"to_truong": 10, "to_pho": 20, "thanh_vien": 30}


# --- the units the demo covers --------------------------------------------------------------------


@dataclass(frozen=True)
class _Commune:
    id: int
    code: str
    kind: str  # Xã, Phường, Thị trấn, Đặc khu
    name: str
    short_name: str
    province_short: str
    province_ref: str  # "tỉnh Lạng Sơn", "thành phố Hà Nội"
    province_id: int
    old_code: str  # the pre-2025 (63-province) code its people were born in
    province_kind: str = "Tỉnh"
    province_name: str = ""

    @property
    def ref(self) -> str:
        return _unit_ref(self.kind, self.short_name)

    @property
    def urban(self) -> bool:
        return self.kind in ("Phường", "Thị trấn")


def _old_province_of_new_communes() -> dict[str, str]:
    """Post-2025 commune code -> the pre-2025 province most of it came from."""
    path = Path(ADMIN_UNITS_DIR) / "commune_mapping_pre2025_to_post2025.csv"
    counts: dict[str, Counter] = {}
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            counts.setdefault(row["new_commune_code"], Counter())[row["old_province_code"]] += 1
    return {code: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            for code, c in counts.items()}


def _load_units(catalogue: str) -> tuple[dict[int, tuple], list[tuple]]:
    rows = bulk.unit_rows(catalogue)
    by_id = {r[0]: r for r in rows}
    return by_id, rows


def _select_communes(scale: str, catalogue: str, office_unit_id: int | None):
    """(communes, scope unit id for a new office, label) for the scale."""
    by_id, rows = _load_units(catalogue)

    def province_of(uid: int | None) -> tuple | None:
        while uid is not None:
            row = by_id.get(uid)
            if row is None:
                return None
            if row[1] == "province":
                return row
            uid = row[6]
        return None

    def district_of(uid: int | None) -> tuple | None:
        while uid is not None:
            row = by_id.get(uid)
            if row is None or row[1] == "province":
                return None
            if row[1] == "district":
                return row
            uid = row[6]
        return None

    communes = [r for r in rows if r[1] == "commune"]
    provinces = {r[3]: r for r in rows if r[1] == "province"}
    scope_row = by_id.get(office_unit_id) if office_unit_id else None
    scope_id: int | None = None

    if scale == "national":
        chosen = communes
    else:
        province = province_of(office_unit_id) if scope_row else None
        if province is None:
            province = provinces.get(DEFAULT_PROVINCE) or next(iter(provinces.values()), None)
        if province is None:
            raise DemoError("demo.no_provinces")
        in_province = [c for c in communes if (p := province_of(c[0])) and p[0] == province[0]]
        scope_id = province[0]
        if scale == "province":
            chosen = in_province
        elif catalogue == "pre2025":
            district = district_of(office_unit_id) if scope_row else None
            if district is None:
                districts = sorted({d[3]: d for c in in_province
                                    if (d := district_of(c[0]))}.values(), key=lambda d: d[3])
                wanted = DEFAULT_DISTRICT.get(province[3])
                district = next((d for d in districts if d[3] == wanted),
                                districts[0] if districts else None)
            if district is None:  # a province without districts: take a district's worth
                chosen = in_province[:DISTRICT_SCALE_COMMUNES]
            else:
                chosen = [c for c in in_province
                          if (d := district_of(c[0])) and d[0] == district[0]]
                scope_id = district[0]
        else:
            size = DISTRICT_SCALE_COMMUNES
            start = 0
            if scope_row is not None and scope_row[1] == "commune":
                ids = [c[0] for c in in_province]
                if scope_row[0] in ids:
                    start = max(0, min(ids.index(scope_row[0]) - size // 2, len(ids) - size))
            chosen = in_province[start:start + size]
    if not chosen:
        raise DemoError("demo.no_communes")

    old_of_new = _old_province_of_new_communes() if catalogue == "2025" else {}
    out = []
    for c in chosen:
        p = province_of(c[0])
        assert p is not None  # every chosen commune was found under a province
        city = p[2] == "Thành phố" or p[4].startswith("Thành phố")
        out.append(_Commune(
            id=c[0], code=c[3], kind=c[2] or "Xã", name=c[4], short_name=c[5],
            province_short=p[5], province_ref=p[4] if city else f"tỉnh {p[5]}", province_id=p[0],
            old_code=old_of_new.get(c[3], p[3]) if catalogue == "2025" else p[3],
            province_kind="Thành phố" if city else "Tỉnh", province_name=p[4],
        ))
    return out, scope_id


# --- the builder ----------------------------------------------------------------------------------

_COLUMNS = {
    "admin_unit": ("id", "catalogue", "level", "kind", "code", "name", "short_name", "parent_id",
                   "valid_from", "valid_to", "search_key", "sort_key", "note", "version",
                   "created_at", "updated_at"),
    "person": ("id", "version", "created_at", "updated_at", "full_name", "family_name",
               "middle_name", "given_name", "search_key", "sort_key", "sex", "birth_date",
               "birth_year", "birth_precision", "ethnicity", "phone", "email", "citizen_id",
               "position", "organisation", "youth_union", "home_unit_id", "note", "retired"),
    "unit_name_token": ("unit_id", "search_key"),
    "person_name_token": ("person_id", "search_key", "sort_key"),
    "team": ("id", "version", "created_at", "updated_at", "village_id", "name", "status",
             "established_on", "dissolved_on", "note"),
    "decision": ("id", "version", "created_at", "updated_at", "kind", "issuing_unit_id", "year",
                 "number", "symbol", "signed_on", "subject", "signer_name", "signer_title",
                 "authority", "legal_bases", "proposer", "articles", "recipients", "status",
                 "snapshot", "pdf_sha256", "issued_at", "superseded_by_id"),
    "decision_team": ("decision_id", "team_id"),
    "decision_counter": ("issuing_unit_id", "year", "symbol", "last_number"),
    "membership": ("id", "version", "created_at", "updated_at", "team_id", "person_id", "role",
                   "start_date", "end_date", "start_decision_id", "end_decision_id",
                   "end_reason", "note"),
    "training_course": ("id", "version", "created_at", "updated_at", "title", "organiser", "form",
                        "platform", "start_date", "end_date", "place", "hours", "unit_id",
                        "search_key", "note"),
    "training_record": ("version", "created_at", "updated_at", "course_id", "person_id", "result",
                        "completed_on", "certificate_no", "note"),
}
# Parents before children: every flush writes in this order.
_ORDER = ("admin_unit", "unit_name_token", "training_course", "person", "person_name_token",
          "team", "decision", "decision_team", "decision_counter", "membership", "training_record")
_ID_TABLES = ("admin_unit", "person", "team", "decision", "training_course", "membership")


class _Member:
    """A person's seat in a team while the commune is generated (before rows are written)."""

    __slots__ = ("end", "end_dec", "id", "person", "reason", "role", "start", "start_dec")

    def __init__(self, mid: int, person: _Person, role: str):
        self.id = mid
        self.person = person
        self.role = role
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.start_dec: _Dec | None = None  # resolved to an id when written
        self.end_dec: _Dec | None = None
        self.reason = ""


class _Person:
    __slots__ = ("birth", "full_name", "id", "organisation", "phone", "position", "seat", "sex")

    def __init__(self, pid, full_name, sex, birth, position, organisation, phone, seat):
        self.id = pid
        self.full_name = full_name
        self.sex = sex
        self.birth = birth
        self.position = position
        self.organisation = organisation
        self.phone = phone
        self.seat = seat


class _Team:
    __slots__ = ("dissolved", "established", "id", "members", "name", "note", "status", "village")

    def __init__(self, tid, village, name, status):
        self.id = tid
        self.village = village
        self.name = name
        self.status = status
        self.established: dt.date | None = None
        self.dissolved: dt.date | None = None
        self.note = ""
        self.members: list[_Member] = []


class _Dec:
    __slots__ = (
        "date",
        "extra_teams",
        "id",
        "kind",
        "number",
        "previous",
        "status",
        "superseded_by",
        "teams",
    )

    def __init__(self, kind: str, date: dt.date | None, teams: list[_Team], status="issued"):
        self.kind = kind
        self.date = date
        self.teams = teams  # the teams whose roster the decision lists
        self.extra_teams: list[_Team] = []  # linked too (a dissolved predecessor)
        self.id = 0
        self.number: int | None = None
        self.superseded_by: _Dec | None = None
        self.status = status
        self.previous: _Dec | None = None  # the decision a kiện toàn replaces


class _Builder:
    def __init__(self, db: pw.Database, scale: str, seed: int, catalogue: str,
                 communes: list[_Commune], progress: ProgressFn | None,
                 cancelled: Callable[[], bool] | None):
        self.db = db
        self.scale = scale
        self.seed = seed
        self.catalogue = catalogue
        self.communes = communes
        self.era = ERA_2025 if catalogue == "2025" else ERA_PRE2025
        self.progress = progress
        self.cancelled = cancelled
        self._team_name = default_team_name
        self.team_names: dict[str, str] = {}
        self.names = _Names()
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        self.now_s = self.now.isoformat(" ")
        self.buffers: dict[str, list[tuple]] = {t: [] for t in _ORDER}
        self.next_id: dict[str, int] = {}
        self.phones: set[str] = set()
        self.cids: set[str] = set()
        self.keys: dict[str, tuple] = {}  # full name -> (family, middle, given, fold, sort, tokens)
        self.counts: Counter[str] = Counter()
        self.pending_persons = 0
        self.national_courses: list[tuple[int, dt.date, dt.date, float, float, bool]] = []
        self.province_courses: dict[tuple[int, int], tuple[int, dt.date, str]] = {}
        self.province_cert: Counter = Counter()
        self.province_clusters: dict[int, list[str]] = {}
        for c in communes:
            self.province_clusters.setdefault(c.province_id, []).append(c.code)
        self.mix_cache: dict[str, _Pick] = {}
        self.plans: dict[int, tuple[int, dt.date]] = {}
        self.chairs: dict[int, str] = {}  # commune id -> the Chairman who signs its decisions
        try:
            self.tables = {t: bulk.BulkTable(t, cols) for t, cols in _COLUMNS.items()}
        except bulk.MissingDefault as exc:
            raise DemoError("demo.schema", table=exc.table, column=exc.column) from exc

    # -- plumbing ------------------------------------------------------------------------------

    def team_name(self, village_name: str) -> str:
        name = self.team_names.get(village_name)
        if name is None:
            name = self.team_names[village_name] = self._team_name(village_name)
        return name

    def check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DemoCancelled()

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def start_ids(self) -> None:
        self.next_id.update(bulk.next_ids(_ID_TABLES))

    def flush(self) -> None:
        for table in _ORDER:
            rows = self.buffers[table]
            if not rows:
                continue
            if table == "decision":
                # A superseded decision points at its successor: write successors first.
                rows.sort(key=lambda r: r[-1] is not None)
            self.counts[table] += self.tables[table].write(rows, self.check_cancel)
            self.buffers[table] = []
        self.pending_persons = 0

    def fix_sequences(self) -> None:
        bulk.fix_sequences(_ID_TABLES)

    # -- people -------------------------------------------------------------------------------

    def name_keys(self, full_name: str) -> tuple:
        keys = self.keys.get(full_name)
        if keys is None:
            family, middle, given = split_name(full_name)
            folded = fold(full_name)
            words = ["".join(ch for ch in w if ch.isalnum()) for w in folded.split()]
            words = [w for w in words if w] or ["tocnscd"]
            keys = (family, middle, given, folded, person_sort_key(full_name),
                    tuple(name_tokens(folded)), tuple(words))
            self.keys[full_name] = keys
        return keys

    def phone(self, rng: random.Random, carrier: str = "") -> str:
        prefixes = N.PHONE_PREFIXES[carrier or CARRIER(rng)]
        while True:
            number = prefixes[_rr(rng, len(prefixes))] + f"{_rr(rng, 10_000_000):07d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def citizen_id(self, rng: random.Random, old_code: str, sex: str, year: int) -> str:
        birth_place = old_code if rng.random() < 0.88 else OLD_PROVINCES[
            _rr(rng, len(OLD_PROVINCES))]
        digit = (0 if sex == "nam" else 1) + 2 * ((year // 100) - 19)
        head = f"0{birth_place}{digit}{year % 100:02d}"
        while True:
            cid = head + f"{_rr(rng, 1_000_000):06d}"
            if cid not in self.cids:
                self.cids.add(cid)
                return cid

    def email(self, rng: random.Random, words: Sequence[str], year: int, seat: _Seat) -> str:
        given, initials = words[-1], "".join(w[0] for w in words[:-1])
        if seat.code == "vnpt":
            return f"{given}{initials}{_ri(rng, 1, 99) if rng.random() < 0.3 else ''}@vnpt.vn"
        if seat.code == "viettel":
            return f"{given}{initials}{_ri(rng, 1, 9) if rng.random() < 0.3 else ''}" \
                   "@viettel.com.vn"
        r = rng.random()
        if r < 0.4:
            local = "".join(words) + f"{year % 100:02d}"
        elif r < 0.7:
            local = f"{given}{initials}{year % 100:02d}"
        else:
            local = f"{given}.{words[0]}{_ri(rng, 1, 999)}"
        return f"{local}@{EMAIL_DOMAIN(rng)}"

    def province_plan(self, c: _Commune) -> tuple[int, dt.date]:
        """The province's plan the commune decisions cite: (number, date)."""
        plan = self.plans.get(c.province_id)
        if plan is None:
            prng = random.Random(f"{self.seed}/{self.catalogue}/plan/{c.province_id}")
            if self.catalogue == "2025":
                day = _days(prng, dt.date(2025, 7, 2), dt.date(2025, 7, 14))
            else:
                day = _days(prng, dt.date(2022, 3, 10), dt.date(2022, 3, 31))
            plan = self.plans[c.province_id] = (_ri(prng, 20, 180), day)
        return plan

    def province_course(self, c: _Commune, rng: random.Random):
        return _province_course(self, c, rng)

    def group_picker(self, old_code: str) -> _Pick:
        pick = self.mix_cache.get(old_code)
        if pick is None:
            pick = _Pick(N.ETHNIC_MIX.get(old_code, [("kinh", 1.0)]))
            self.mix_cache[old_code] = pick
        return pick

    # -- one commune ----------------------------------------------------------------------------

    def commune(self, c: _Commune) -> None:
        rng = random.Random(f"{self.seed}/{self.catalogue}/{c.code}")
        style = _style(c.old_code)
        region = "north" if c.old_code < "40" else "central" if c.old_code < "48" else "south"
        if c.old_code in HIGHLANDS:
            region = "central" if c.old_code == "62" else "south"
        mix = self.group_picker(c.old_code)
        ctx = _CommuneCtx(self, c, rng, style, region, mix)

        villages = ctx.villages()
        teams: list[_Team] = []
        campaign: list[_Team] = []  # teams the commune establishes in its campaign
        replaced: list[tuple[_Team, _Team]] = []  # (old dissolved team, its successor)
        planned: list[_Team] = []
        for v in villages:
            r = rng.random()
            if r < 0.10:
                continue
            if r < 0.14:
                team = ctx.team(v, "planned")
                planned.append(team)
                teams.append(team)
                continue
            if rng.random() < 0.025:
                old = ctx.team(v, "dissolved")
                # the old team's head usually stays on as the new team's leader
                keep = old.members[0].person if rng.random() < 0.6 else None
                team = ctx.team(v, "active", leader=keep)
                replaced.append((old, team))
                teams.append(old)
                if self.catalogue == "2025":
                    campaign.append(team)
                else:
                    campaign.append(old)
            else:
                team = ctx.team(v, "active")
                campaign.append(team)
            teams.append(team)

        decisions = ctx.plan_decisions(campaign, replaced, planned)
        ctx.write_villages(villages)
        ctx.write_teams(teams)
        ctx.write_decisions(decisions)
        ctx.write_memberships(teams)
        ctx.write_training()
        self.counts["communes"] += 1


class _CommuneCtx:
    """Everything generated for one commune, before it becomes rows."""

    def __init__(self, b: _Builder, c: _Commune, rng: random.Random, style: _Style,
                 region: str, mix: _Pick):
        self.b = b
        self.c = c
        self.rng = rng
        self.style = style
        self.region = region
        self.mix = mix
        self.era = b.era
        self.persons: list[_Person] = []
        self.staff: dict[str, list[_Person]] = {}
        self.chair = self.official_name()
        b.chairs[c.id] = self.chair
        self.carrier_org = "VNPT" if rng.random() < 0.55 else "Viettel"

    # -- villages --------------------------------------------------------------------------------

    def village_count(self) -> int:
        rng, c = self.rng, self.c
        if self.b.catalogue == "2025":
            # ~100,000 villages over 3,321 communes; Lạng Sơn ~1,750 over 65
            if c.kind == "Phường":
                return _ri(rng, 20, 52)
            if c.kind == "Đặc khu":
                return _ri(rng, 4, 14)
            if self.style.place_pool in ("tay", "nw", "highland"):
                return _ri(rng, 15, 39)
            return _ri(rng, 17, 45)
        if c.urban:
            return _ri(rng, 5, 18)
        return _ri(rng, 4, 16)

    def villages(self) -> list[tuple]:
        """[(id, kind, short, name, ref)] with names unique in the commune."""
        rng, style = self.rng, self.style
        count = self.village_count()
        kinds = _Pick(style.ward_kinds if self.c.urban else style.rural_kinds)
        minority_share = 0.0
        if style.place_pool:
            minority_share = sum(w for g, w in zip(self.mix.items, _weights(self.mix))
                                 if g in MINORITY_GROUPS) / self.mix.total
        numbers: Counter = Counter()
        seen: set[str] = set()
        out = []
        for _ in range(count):
            kind = kinds(rng)
            short = ""
            for _attempt in range(12):
                short = self.village_short(kind, minority_share, numbers)
                if f"{kind} {short}" not in seen:
                    break
            else:
                numbers[kind] += 1
                short = str(numbers[kind])
            name = f"{kind} {short}"
            if name in seen:
                continue
            seen.add(name)
            out.append((self.b.new_id("admin_unit"), kind, short, name, _unit_ref(kind, short)))
        return out

    def village_short(self, kind: str, minority_share: float, numbers: Counter) -> str:
        rng, style = self.rng, self.style
        urban = self.c.urban
        numbered = 0.8 if urban else style.numbered
        if kind == "Khu" and not urban:
            numbered = 0.85
        elif kind in ("Bản", "Buôn", "Làng"):
            numbered = 0.0  # these carry their own (minority) names
        if rng.random() < numbered:
            numbers[kind] += 1
            return str(numbers[kind])
        if kind in ("Bản", "Buôn", "Làng") or (
                not urban and rng.random() < minority_share * 0.95):
            pool = style.place_pool
            if pool == "tay":
                first = _rc(rng, N.TAY_PLACE_FIRST)
                if first == kind:  # no "Bản Bản Cắm"
                    first = "Nà"
                return f"{first} {_rc(rng, N.TAY_PLACE_SECOND)}"
            if pool == "nw":
                return f"{_rc(rng, N.NW_PLACE_FIRST)} {_rc(rng, N.NW_PLACE_SECOND)}"
            if pool == "highland":
                if kind == "Buôn":
                    return _rc(rng, N.BUON_NAMES)
                if kind == "Làng":
                    return _rc(rng, N.LANG_NAMES)
                if self.c.old_code == "68":
                    return _rc(rng, N.COHO_VILLAGE_NAMES)
                return _rc(rng, N.LANG_NAMES if self.c.old_code in ("62", "64") else N.BUON_NAMES)
            if pool == "khmer":
                return _rc(rng, N.KHMER_AP_NAMES)
        if rng.random() < 0.2:
            return _rc(rng, N.COMMON_VILLAGE_NAMES)
        first, second = _rc(rng, N.HAN_FIRST), _rc(rng, N.HAN_SECOND)
        if second == first:  # no "Trung Trung"
            second = N.HAN_SECOND[(N.HAN_SECOND.index(second) + 1) % len(N.HAN_SECOND)]
        name = f"{first} {second}"
        if kind == "Ấp" and rng.random() < 0.15:
            name += _rc(rng, (" A", " B"))
        return name

    # -- people -----------------------------------------------------------------------------------

    def official_name(self) -> str:
        rng = self.rng
        group = self.mix(rng)
        sex = "nam" if rng.random() < 0.85 else "nu"
        return self.b.names.make(rng, group, sex, self.era.ref_year - _ri(rng, 38, 58),
                                 self.region)

    def position(self, seat: str, village: tuple) -> tuple[str, str]:
        c = self.c
        vkind, vname, vref = village[1], village[3], village[4]
        cref = c.ref
        new = self.b.catalogue == "2025"
        if seat == "head":
            return N.VILLAGE_HEAD_TITLE.get(vkind, "Trưởng thôn"), vname
        if seat == "deputy_head":
            title = N.VILLAGE_HEAD_TITLE.get(vkind, "Trưởng thôn")
            if title.startswith("Tổ trưởng"):
                return "Tổ phó" + title[len("Tổ trưởng"):], vname
            return "Phó " + title[0].lower() + title[1:], vname
        if seat == "party":
            return "Bí thư Chi bộ", f"Chi bộ {vref}"
        if seat == "official":
            if new:
                return "Chuyên viên Phòng Văn hóa - Xã hội", f"Ủy ban nhân dân {cref}"
            return "Công chức Văn hóa - Xã hội", f"Ủy ban nhân dân {cref}"
        if seat == "youth":
            return "Bí thư Chi đoàn", f"Chi đoàn {vref}"
        if seat == "youth_member":
            return "Đoàn viên", f"Chi đoàn {vref}"
        if seat == "women":
            if self.rng.random() < 0.5:
                return "Chi hội trưởng Phụ nữ", f"Chi hội Phụ nữ {vref}"
            return "Hội viên Phụ nữ", f"Hội Liên hiệp Phụ nữ {cref}"
        if seat == "farmers":
            if self.rng.random() < 0.5:
                return "Chi hội trưởng Nông dân", f"Chi hội Nông dân {vref}"
            return "Hội viên Nông dân", f"Hội Nông dân {cref}"
        if seat == "police":
            return f"Cán bộ Công an {c.kind.lower()}", f"Công an {cref}"
        if seat == "vnpt":
            return "Nhân viên kỹ thuật", f"VNPT {c.province_short}"
        if seat == "viettel":
            return "Nhân viên kỹ thuật", f"Viettel {c.province_short}"
        if seat == "post":
            return "Nhân viên Bưu điện - Văn hóa xã", f"Bưu điện {c.province_ref}"
        if seat == "teacher":
            school = _rc(self.rng, ("Trường Tiểu học", "Trường Trung học cơ sở", "Trường Mầm non",
                                      "Trường Tiểu học và Trung học cơ sở"))
            return "Giáo viên", f"{school} {c.short_name}"
        if seat == "veterans":
            return "Chi hội trưởng Cựu chiến binh", f"Chi hội Cựu chiến binh {vref}"
        if seat == "front":
            return "Trưởng Ban công tác Mặt trận", f"Ban công tác Mặt trận {vref}"
        # residents
        r = self.rng.random()
        if r < 0.6:
            return "Người dân", vname
        if r < 0.8:
            return "Hộ kinh doanh", vname
        return "Nông dân", vname

    def person(self, seat_code: str, village: tuple) -> _Person:
        b, rng, era, c = self.b, self.rng, self.era, self.c
        seat = SEATS[seat_code]
        if seat.staff:
            pool = self.staff.setdefault(seat_code, [])
            # Staff serve several villages: about one officer per 6 villages.
            if pool and rng.random() < 0.55:
                return pool[_rr(rng, len(pool))]
        sex = "nam" if rng.random() < seat.male else "nu"
        age = _ri(rng, *seat.age)
        year = era.ref_year - age
        group = "kinh" if seat.kinh and rng.random() < seat.kinh else self.mix(rng)
        full_name = b.names.make(rng, group, sex, year, self.region)
        family, middle, given, folded, skey, tokens, words = b.name_keys(full_name)
        year_only = rng.random() < (0.3 if age > 50 else 0.12)
        if year_only:
            birth_iso, birth_text = None, str(year)
        else:
            month, day = _MONTH_DAYS[_rr(rng, 365)]
            birth_iso = f"{year}-{month:02d}-{day:02d}"
            birth_text = f"{day:02d}/{month:02d}/{year}"
        phone = b.phone(rng, seat.carrier) if rng.random() < 0.93 else None
        email_share = seat.email * (1.6 if age < 35 else 1.0 if age < 50 else 0.5)
        email = b.email(rng, words, year, seat) if rng.random() < email_share else None
        cid = b.citizen_id(rng, c.old_code, sex, year) if rng.random() < 0.45 else None
        position, organisation = self.position(seat_code, village)
        if seat_code in ("youth", "youth_member"):
            youth = True
        else:
            youth = age <= 30 and rng.random() < 0.6
        pid = b.new_id("person")
        b.buffers["person"].append((
            pid, 1, b.now_s, b.now_s, full_name, family, middle, given, folded, skey, sex,
            birth_iso, year, "year" if year_only else "day",
            N.ETHNICITY_LABEL[group], phone, email, cid, position, organisation, youth,
            village[0], "", False,
        ))
        tokens_buf = b.buffers["person_name_token"]
        for token in tokens:
            tokens_buf.append((pid, token, skey))
        b.pending_persons += 1
        p = _Person(pid, full_name, sex, birth_text, position, organisation, phone, seat_code)
        self.persons.append(p)
        if seat.staff:
            self.staff.setdefault(seat_code, []).append(p)
        return p

    # -- teams ------------------------------------------------------------------------------------

    def team(self, village: tuple, status: str, leader: _Person | None = None) -> _Team:
        b, rng = self.b, self.rng
        t = _Team(b.new_id("team"), village, b.team_name(village[3]), status)
        size = TEAM_SIZE(rng)
        deputies = 2 if size >= 6 and rng.random() < 0.45 else 1
        seats = [("to_truong", LEADER_SEAT(rng)), ("to_pho", DEPUTY_SEAT(rng))]
        if deputies == 2:
            seats.append(("to_pho", DEPUTY2_SEAT(rng)))
        while len(seats) < size:
            seats.append(("thanh_vien", MEMBER_SEAT(rng)))
        used: set[int] = set()
        for role, seat in seats:
            if seat == "youth" and any(m.person.seat == "youth" for m in t.members):
                seat = "youth_member"
            if role == "to_truong" and leader is not None:
                person = leader
            else:
                person = self.person(seat, village)
            if person.id in used:  # a staff member already in this team
                person = self.person("resident", village)
            used.add(person.id)
            t.members.append(_Member(b.new_id("membership"), person, role))
        return t

    # -- decisions --------------------------------------------------------------------------------

    def plan_decisions(self, campaign: list[_Team], replaced: list[tuple[_Team, _Team]],
                       planned: list[_Team]) -> list[_Dec]:
        rng, era = self.rng, self.era
        decisions: list[_Dec] = []
        start = era.campaign_from + dt.timedelta(days=_ri(rng, 0, 100))
        order = list(campaign)
        rng.shuffle(order)
        if rng.random() < 0.5 and len(order) > 3:
            # Batches: three pilot teams first (as Lào Cai asked), then the rest.
            cut = [3]
            if len(order) > 12 and rng.random() < 0.5:
                cut.append(3 + (len(order) - 3) // 2)
            bounds = [0] + cut + [len(order)]
            date = start
            for i in range(len(bounds) - 1):
                group = order[bounds[i]:bounds[i + 1]]
                group.sort(key=lambda t: t.id)
                decisions.append(_Dec("thanh_lap", date, group))
                date += dt.timedelta(days=_ri(rng, 20, 60))
        else:
            for t in order:
                decisions.append(_Dec("thanh_lap", start + dt.timedelta(days=_ri(rng, 0, 150)),
                                      [t]))
        for d in decisions:
            for t in d.teams:
                t.established = d.date
                for m in t.members:
                    m.start, m.start_dec = d.date, d

        # Dissolved teams and their successors.
        for old, new in replaced:
            if self.b.catalogue == "2025":
                # The old commune's team (its decision predates this catalogue).
                old.established = _days(rng, era.old_team_from, era.old_team_to)
                for m in old.members:
                    m.start = old.established
                old.note = ("Thành lập theo quyết định của Ủy ban nhân dân xã (cũ) trước khi "
                            "sắp xếp đơn vị hành chính ngày 01/7/2025.")
                dec = next(d for d in decisions if new in d.teams)
            else:
                assert old.established is not None  # it was in the campaign
                day = old.established + dt.timedelta(days=_ri(rng, 300, 700))
                day = min(day, era.end - dt.timedelta(days=30))
                dec = _Dec("thanh_lap", day, [new])
                decisions.append(dec)
                new.established = day
                for m in new.members:
                    m.start, m.start_dec = day, dec
            dec.extra_teams.append(old)
            old.status = "dissolved"
            old.dissolved = new.established
            for m in old.members:
                m.end, m.end_dec = new.established, dec
                m.reason = "Giải thể tổ, thành lập tổ mới"

        # Kiện toàn: a member or two replaced (sometimes the leader).
        for t in campaign:
            if t.status != "active" or rng.random() >= 0.06:
                continue
            assert t.established is not None
            lo: dt.date = max(t.established + dt.timedelta(days=90), era.amend_from)
            hi = era.end - dt.timedelta(days=5)
            if lo >= hi:
                continue
            day = _days(rng, lo, hi)
            dec = _Dec("kien_toan", day, [t])
            decisions.append(dec)
            leaving = [m for m in t.members if m.role != "to_truong"]
            rng.shuffle(leaving)
            leaving = leaving[:_ri(rng, 1, 2)]
            if rng.random() < 0.25:
                leaving.append(t.members[0])
            for m in leaving:
                m.end, m.end_dec = day, dec
                m.reason = _rc(rng, N.EXIT_REASONS)
                seat = "head" if m.role == "to_truong" else m.person.seat
                if SEATS[seat].staff:
                    seat = "resident"
                fresh = _Member(self.b.new_id("membership"), self.person(seat, t.village),
                                m.role)
                fresh.start, fresh.start_dec = day, dec
                t.members.append(fresh)
            # A per-team decision is superseded by its kiện toàn (as the service does it: an
            # earlier decision whose teams are all in the new one).
            first = next((d for d in decisions if t in d.teams and d.kind == "thanh_lap"), None)
            dec.previous = first
            if first is not None and len(first.teams) == 1:
                first.superseded_by = dec

        for t in planned:
            if rng.random() < 0.5:
                decisions.append(_Dec("thanh_lap", None, [t], status="draft"))

        # Numbers per commune per year, in date order (ND 30: from 01 each 1 January).
        issued = sorted((d for d in decisions if d.status == "issued"),
                        key=lambda d: (d.date or era.end, d.teams[0].id))
        per_year: Counter = Counter()
        for d in issued:
            year = (d.date or era.end).year
            per_year[year] += 1
            d.number = per_year[year]
            if d.superseded_by is not None:
                d.status = "superseded"
        ordered = issued + [d for d in decisions if d.status == "draft"]
        for d in ordered:
            d.id = self.b.new_id("decision")
        self.counters = dict(per_year)
        return ordered

    # -- rows --------------------------------------------------------------------------------------

    def write_villages(self, villages: list[tuple]) -> None:
        b, c = self.b, self.c
        buf = b.buffers["admin_unit"]
        tokens = b.buffers["unit_name_token"]
        width = max(3, len(str(len(villages))))
        for i, (vid, kind, short, name, _ref) in enumerate(villages, 1):
            folded = fold(name)
            buf.append((vid, "local", "village", kind, f"{c.code}-{i:0{width}d}", name, short, c.id,
                        None, None, folded, village_sort_key(short), "", 1, b.now_s, b.now_s))
            # what db.villages.write_unit_tokens writes for a village typed by a clerk
            tokens.extend((vid, key[:200]) for key in name_tokens(folded))
        b.counts["villages"] += len(villages)

    def write_teams(self, teams: list[_Team]) -> None:
        b = self.b
        buf = b.buffers["team"]
        for t in teams:
            buf.append((t.id, 1, b.now_s, b.now_s, t.village[0], t.name, t.status,
                        _iso(t.established), _iso(t.dissolved), t.note))

    def decision_texts(self, d: _Dec) -> dict:
        """The decision service's own default texts (so demo decisions print like real ones),
        with the blanks a clerk would fill filled in, and the pre-2025 wording when the
        data is pre-2025."""
        c = self.c
        commune = SimpleNamespace(level="commune", kind=c.kind, short_name=c.short_name,
                                  name=c.name)
        province = SimpleNamespace(level="province", kind=c.province_kind,
                                   short_name=c.province_short, name=c.province_name)
        teams = [SimpleNamespace(village_name=t.village[3]) for t in d.teams]
        parts = []
        if d.previous is not None:  # what the kiện toàn replaces, worded by the service
            p = d.previous
            earlier = SimpleNamespace(number=p.number, symbol=SYMBOL, signed_on=p.date,
                                      kind=p.kind, issuing_unit_id=c.id,
                                      subject=self.decision_texts(p)["subject"])
            whole = len(p.teams) == 1
            parts = [ReplacedPart(earlier, (), tuple(t.village[3] for t in d.teams),  # type: ignore[arg-type]
                                  covers_all=whole, ends_it=whole)]
        plan_no, plan_day = self.b.province_plan(c)
        texts = default_texts(d.kind, teams, commune, province, parts=parts,
                              plan=f"{plan_no}/KH-UBND {format_date_words(plan_day)}")
        if self.b.catalogue == "pre2025":
            law = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật "
                   "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                   "chính quyền địa phương ngày 22 tháng 11 năm 2019")
            texts["legal_bases"] = [law if "72/2025/QH15" in b else b
                                    for b in texts["legal_bases"]]
            old_words = (("Trưởng phòng Văn hóa - Xã hội", "công chức Văn hóa - Xã hội"),
                         ("Chánh Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"),
                         ("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"))

            def old(text: str) -> str:
                for new_word, old_word in old_words:
                    text = text.replace(new_word, old_word)
                return text

            texts["proposer"] = old(texts["proposer"])
            texts["recipients"] = [old(r) for r in texts["recipients"]]
            texts["articles"] = [{"title": a["title"], "paragraphs": [old(x) for x in
                                                                      a["paragraphs"]]}
                                 for a in texts["articles"]]
        return texts

    def snapshot(self, d: _Dec) -> str:
        teams = []
        for t in d.teams:
            members = []
            for m in t.members:
                if d.kind == "thanh_lap":
                    if m.start_dec is not d:
                        continue
                elif (d.date is None or m.start is None or m.start > d.date
                      or (m.end is not None and m.end <= d.date)):
                    continue
                p = m.person
                # the same entry as desktop.decisions._member_entry
                members.append({"membership_id": m.id, "person_id": p.id,
                                "full_name": p.full_name, "role": m.role,
                                "role_label": ROLE_LABEL[m.role], "birth": p.birth, "sex": p.sex,
                                "position": p.position, "organisation": p.organisation,
                                "phone": p.phone or ""})
            # role rank, then Vietnamese name order, as desktop.teams.team_members lists them
            keys = self.b.keys
            members.sort(key=lambda x: (_ROLE_RANK[x["role"]], keys[x["full_name"]][4],
                                        x["person_id"]))
            v = t.village
            teams.append({"team_id": t.id, "team_name": t.name, "village_id": v[0],
                          "village_name": v[3], "members": members})
        return json.dumps({"version": 1, "teams": teams}, ensure_ascii=False,
                          separators=(",", ":"))

    def write_decisions(self, decisions: list[_Dec]) -> None:
        b, c = self.b, self.c
        buf = b.buffers["decision"]
        links = b.buffers["decision_team"]
        for d in decisions:
            texts = self.decision_texts(d)
            issued = d.status != "draft"
            year = d.date.year if d.date else self.era.end.year
            buf.append((
                d.id, 1, b.now_s, b.now_s, d.kind, c.id, year, d.number, SYMBOL, _iso(d.date),
                texts["subject"], self.chair, "", "CHỦ TỊCH",
                json.dumps(texts["legal_bases"], ensure_ascii=False), texts["proposer"],
                json.dumps(texts["articles"], ensure_ascii=False),
                json.dumps(texts["recipients"], ensure_ascii=False), d.status,
                self.snapshot(d) if issued else None, None,
                f"{_iso(d.date)} 09:00:00" if issued else None,
                d.superseded_by.id if d.superseded_by is not None else None,
            ))
            for t in sorted({t.id: t for t in d.teams + d.extra_teams}.values(),
                            key=lambda t: t.id):
                links.append((d.id, t.id))
        counter = b.buffers["decision_counter"]
        for year, last in sorted(self.counters.items()):
            counter.append((c.id, year, SYMBOL, last))
        b.counts["decisions_made"] += len(decisions)

    def write_memberships(self, teams: list[_Team]) -> None:
        b = self.b
        buf = b.buffers["membership"]
        for t in teams:
            for m in t.members:
                buf.append((m.id, 1, b.now_s, b.now_s, t.id, m.person.id, m.role, _iso(m.start),
                            _iso(m.end), m.start_dec.id if m.start_dec else None,
                            m.end_dec.id if m.end_dec else None, m.reason, ""))

    # -- training ----------------------------------------------------------------------------------

    def write_training(self) -> None:
        b, c, rng, era = self.b, self.c, self.rng, self.era
        course_day = _days(rng, era.campaign_from + dt.timedelta(days=30),
                           era.campaign_from + dt.timedelta(days=150))
        course_id = b.new_id("training_course")
        partner = f"{self.carrier_org} {c.province_short}"
        title = f"Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng {c.ref}"
        b.buffers["training_course"].append((
            course_id, 1, b.now_s, b.now_s, title,
            f"Ủy ban nhân dân {c.ref} phối hợp với {partner}", "truc_tiep", "",
            _iso(course_day), _iso(course_day), f"Hội trường Ủy ban nhân dân {c.ref}", 4.0, c.id,
            fold(title), "",
        ))
        province_course = b.province_course(c, rng)
        records = b.buffers["training_record"]
        now = b.now_s
        for p in self.persons:
            r = rng.random()
            if r < 0.75:  # the commune's own session
                r2 = rng.random()
                result = ("hoan_thanh" if r2 < 0.9 else "vang" if r2 < 0.96
                          else "khong_dat" if r2 < 0.97 else "dang_ky")
                records.append((1, now, now, course_id, p.id, result,
                                _iso(course_day) if result == "hoan_thanh" else None, "", ""))
            # National online platform courses.
            for cid, start, end, share, done_share, with_cert in b.national_courses:
                if rng.random() >= share:
                    continue
                done = rng.random() < done_share
                day = _days(rng, start, end)
                cert = f"BDHVS-{day.year}-{_rr(rng, 10**8):08d}" if done and with_cert else ""
                records.append((1, now, now, cid, p.id, "hoan_thanh" if done else "dang_ky",
                                _iso(day) if done else None, cert, ""))
            # The province's course, mostly for leaders.
            if province_course is not None and p.seat in ("head", "party", "youth", "official") \
                    and rng.random() < 0.55:
                pcid, pday, symbol = province_course
                r2 = rng.random()
                result = "hoan_thanh" if r2 < 0.92 else "vang" if r2 < 0.97 else "khong_dat"
                cert = ""
                if result == "hoan_thanh":
                    b.province_cert[pcid] += 1
                    cert = f"{b.province_cert[pcid]:04d}/GCN-{symbol}"
                records.append((1, now, now, pcid, p.id, result,
                                _iso(pday + dt.timedelta(days=1)) if result == "hoan_thanh"
                                else None, cert, ""))


def _weights(pick: _Pick) -> list[float]:
    prev = 0.0
    out = []
    for cum in pick.cum:
        out.append(cum - prev)
        prev = cum
    return out


# --- courses shared by several communes -----------------------------------------------------------


def _national_courses(b: _Builder) -> None:
    """Online courses on the national platforms, one row each, before any commune.

    OneTouch (MIC's MOOC platform, 2022: "100% of members trained online by November
    2022") and Bình dân học vụ số (from April 2025, with certificates). With the 2025
    catalogue many members were already on the pre-merger teams, hence OneTouch records too.
    """
    onetouch = ("Bồi dưỡng kỹ năng cho thành viên Tổ công nghệ số cộng đồng",
                "Bộ Thông tin và Truyền thông", "OneTouch (onetouch.mic.gov.vn)",
                dt.date(2022, 4, 15), dt.date(2022, 11, 30), 10.0)
    bdhvs = ("Bộ Khoa học và Công nghệ", "Bình dân học vụ số (binhdanhocvuso.gov.vn)")
    # (title, organiser, platform, start, end, hours, share of people, share completed, cert)
    if b.catalogue == "pre2025":
        specs = [(*onetouch, 0.65, 0.8, False),
                 (N.BDHVS_COURSES[0], *bdhvs, dt.date(2025, 4, 1), dt.date(2025, 6, 30), 4.0,
                  0.15, 0.85, True)]
    else:
        specs = [(*onetouch, 0.3, 0.8, False)] + [
            (title, *bdhvs, dt.date(2025, 4, 1), dt.date(2025, 12, 31), (4.0, 3.0, 2.0, 3.0)[i],
             0.35 if i == 0 else 0.06, 0.85, True)
            for i, title in enumerate(N.BDHVS_COURSES)]
    for title, organiser, platform, start, end, hours, share, done, cert in specs:
        cid = b.new_id("training_course")
        b.buffers["training_course"].append((
            cid, 1, b.now_s, b.now_s, title, organiser, "truc_tuyen", platform, _iso(start),
            _iso(end), "", hours, None, fold(title), ""))
        b.national_courses.append((cid, start, end, share, done, cert))


def _province_course(self: _Builder, c: _Commune, rng: random.Random):
    """The province's in-person course for the cluster of ~12 communes this one belongs to."""
    codes = self.province_clusters.get(c.province_id, [])
    index = codes.index(c.code) // 12 if c.code in codes else 0
    key = (c.province_id, index)
    found = self.province_courses.get(key)
    if found is not None:
        return found
    # Seeded by the cluster, not by the commune, so it does not depend on which commune asks.
    crng = random.Random(f"{self.seed}/{self.catalogue}/course/{c.province_id}/{index}")
    new = self.catalogue == "2025"
    if new:
        organiser, symbol = f"Sở Khoa học và Công nghệ {c.province_ref}", "SKHCN"
        start = _days(crng, dt.date(2025, 8, 15), dt.date(2025, 12, 10))
    else:
        organiser, symbol = f"Sở Thông tin và Truyền thông {c.province_ref}", "STTTT"
        start = _days(crng, dt.date(2022, 6, 1), dt.date(2023, 6, 30))
    total = len(codes) // 12 + (1 if len(codes) % 12 else 0)
    part = f" (đợt {index + 1})" if total > 1 else ""
    title = (f"Tập huấn nâng cao kỹ năng số cho thành viên Tổ công nghệ số cộng đồng "
             f"{c.province_ref} năm {start.year}{part}")
    cid = self.new_id("training_course")
    self.buffers["training_course"].append((
        cid, 1, self.now_s, self.now_s, title, organiser,
        "ket_hop" if crng.random() < 0.3 else "truc_tiep", "", _iso(start),
        _iso(start + dt.timedelta(days=1)), f"Hội trường Ủy ban nhân dân {c.ref}", 16.0,
        c.province_id, fold(title), "",
    ))
    found = (cid, start, symbol)
    self.province_courses[key] = found
    return found


# --- office ---------------------------------------------------------------------------------------


def _configure_office(b: _Builder, scale: str, scope_id: int | None, seed: int) -> None:
    rng = random.Random(f"{seed}/{b.catalogue}/office")
    if scale == "national" or scope_id is None:
        values: dict[str, object] = {
            "unit": None, "catalogue": b.catalogue,
            "name": "Bộ Khoa học và Công nghệ" if b.catalogue == "2025"
            else "Bộ Thông tin và Truyền thông",
            "place_name": "Hà Nội", "governing_body": ""}
        titles = (("Bộ trưởng", "BỘ TRƯỞNG"), ("Thứ trưởng", "KT. BỘ TRƯỞNG"))
        old_code = "01"
    else:
        unit = AdminUnit.get_by_id(scope_id)
        kind = "thành phố" if unit.kind == "Thành phố" or unit.name.startswith("Thành phố") \
            else (unit.kind or "tỉnh").lower()
        values = {"unit": scope_id, "catalogue": b.catalogue,
                  "name": f"Ủy ban nhân dân {kind} {unit.short_name}",
                  "place_name": unit.short_name, "governing_body": ""}
        titles = (("Chủ tịch", "CHỦ TỊCH"), ("Phó Chủ tịch", "KT. CHỦ TỊCH"))
        old_code = unit.code[:2] if unit.level == "province" else b.communes[0].old_code
    values["doc_symbol"] = SYMBOL
    values["settings"] = {"demo": {"scale": scale, "seed": seed, "catalogue": b.catalogue}}
    mix = _Pick(N.ETHNIC_MIX.get(old_code, [("kinh", 1.0)]))
    region = "north" if old_code < "40" else "central" if old_code < "48" else "south"
    officials = []
    for i, (title, authority) in enumerate(titles):
        sex = "nam" if rng.random() < 0.85 else "nu"
        officials.append({
            "full_name": b.names.make(rng, mix(rng), sex, b.era.ref_year - _ri(rng, 42, 58),
                                      region),
            "title": title, "authority": authority, "is_chair": i == 0, "active": True,
        })
    save_office(values, officials)


# --- entry point ----------------------------------------------------------------------------------


def _existing_data() -> DemoError | None:
    """Why the database can't take demo data (``demo.exists``), or None when it is empty
    enough."""
    for table, where in (("person", {}), ("team", {}), ("admin_unit", {"catalogue": "local"})):
        if bulk.has_rows(table, **where):
            office = get_office()
            demo = (office.settings or {}).get("demo") if office else None
            if demo:
                return DemoError("demo.exists", scale=demo.get("scale"), seed=demo.get("seed"))
            return DemoError("demo.exists")
    return None


def _catalogue_in_use() -> tuple[str, int | None, bool]:
    """(catalogue, office scope unit, an office exists), loading 2025 when no unit exists."""
    office = get_office()
    if office is not None:
        catalogue = office.catalogue or "2025"
        if not AdminUnit.select().where((AdminUnit.catalogue == catalogue)
                                        & (AdminUnit.level == "commune")).exists():
            load_catalogue(catalogue)
        return catalogue, office.unit_id, True
    for catalogue in ("2025", "pre2025"):
        if AdminUnit.select().where((AdminUnit.catalogue == catalogue)
                                    & (AdminUnit.level == "commune")).exists():
            return catalogue, None, False
    load_catalogue("2025")
    return "2025", None, False


# Tables whose secondary indexes are dropped while an empty table is filled and rebuilt at
# the end (db.bulk.drop_indexes).
DEFERRED_INDEX_TABLES = ("unit_name_token", "person", "person_name_token", "team", "membership",
                         "decision", "decision_team", "training_record")


def build_demo(scale: str = "district", seed: int = 1, progress: ProgressFn | None = None,
               cancelled: Callable[[], bool] | None = None) -> DemoReport:
    """Fill an empty database with realistic demo data; see the module docstring.

    ``progress(done, total, text)`` is called at every phase; ``cancelled()`` is polled
    between chunks, and a cancel rolls everything back (``DemoCancelled``). Refuses
    (``DemoError``) a database that already holds villages, teams or people.
    """
    if scale not in SCALES:
        raise DemoError("demo.bad_scale", scale=scale)
    started = time.perf_counter()
    db = database.obj
    if db is None:
        raise DemoError("demo.no_database")

    def report(done: int, total: int, text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    refusal = _existing_data()
    if refusal:
        raise refusal
    report(0, 0, "Chuẩn bị danh mục đơn vị hành chính")  # total 0: not known yet
    catalogue, office_unit, has_office = _catalogue_in_use()
    communes, scope_id = _select_communes(scale, catalogue, office_unit)
    total = len(communes) + 3
    step = max(1, len(communes) // 20)

    with bulk.fast_sqlite(big=scale == "national"), write_transaction():
        refusal = _existing_data()  # again, inside the write lock
        if refusal:
            raise refusal
        b = _Builder(db, scale, seed, catalogue, communes, progress, cancelled)
        b.start_ids()
        rebuild = bulk.drop_indexes(DEFERRED_INDEX_TABLES)
        if not has_office:
            _configure_office(b, scale, scope_id, seed)
        report(1, total, f"Tạo dữ liệu mẫu cho {len(communes)} xã/phường")
        _national_courses(b)
        for i, c in enumerate(communes, 1):
            b.check_cancel()
            b.commune(c)
            if b.pending_persons >= FLUSH_PERSONS:
                b.flush()
            if i % step == 0 or i == len(communes):
                report(1 + i, total,
                       f"Đã tạo {i}/{len(communes)} xã: {b.counts['villages']} thôn, "
                       f"{b.counts['team'] + len(b.buffers['team'])} tổ")
        b.flush()
        store_demo_defaults(b.chairs, b.plans)  # so a demo decision issues at once
        decision_text.compact_all()  # decision boilerplate stored once
        if rebuild:
            report(len(communes) + 2, total, "Tạo chỉ mục tìm kiếm và sắp xếp")
            bulk.recreate_indexes(rebuild, b.check_cancel)
        b.check_cancel()
        b.fix_sequences()
        write_audit(user_id=None, username="", action="create", entity="demo",
                    after={"scale": scale, "seed": seed, "catalogue": catalogue,
                           "communes": b.counts["communes"], "villages": b.counts["villages"],
                           "teams": b.counts["team"], "people": b.counts["person"]},
                    note="Tạo dữ liệu mẫu")
    report(total, total, "Hoàn tất")
    counts = b.counts
    return DemoReport(
        scale=scale, seed=seed, catalogue=catalogue, communes=counts["communes"],
        villages=counts["villages"], teams=counts["team"], members=counts["person"],
        memberships=counts["membership"], courses=counts["training_course"],
        training_records=counts["training_record"], decisions=counts["decision"],
        office_created=not has_office, seconds=round(time.perf_counter() - started, 2),
    )
