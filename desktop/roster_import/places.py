"""Phase 4: **resolve places**: each row's commune and village (and so its team).

* **Commune**: the commune chosen by the caller (``commune_id``, or the commune of
  ``village_id``) wins; otherwise the row's "Xã/Phường" cell, else the commune section row
  above it ("XÃ HỢP THÀNH"), matched among the communes of the office's (or the user's)
  scope, accents first ("Bình Gia" is not "Bình Giã"), then accent-free when one fits; an
  office serving one commune needs no commune at all.
* **Village**: ``village_id`` when the import targets one team; otherwise the row's
  "Thôn/Tổ dân phố" cell, else the village section above it ("I. THÔN NÀ SLA"), matched among
  the commune's villages ignoring case, accents, NFD and tone placement (oà/òa), with or
  without the kind word ("Thôn Nà Sla" = "thôn na sla" = "NA SLA" = "Nà Sla").
* **Villages the commune does not have yet** are created on commit (the first row of each
  says so) unless ``create_villages=False`` (then refused). All the spellings of one new
  village in the file are unified **before anything is created**: "Nà Lệnh", "thôn Nà Lệnh",
  "THÔN NÀ LỆNH" and an NFD "Nà Lệnh" are one "Thôn Nà Lệnh" (the spelling with the kind word
  and the accents wins; rows spelt otherwise get a warning). A name too long for the
  database or holding emoji, symbols or stacked marks is refused.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from db.office import get_office
from db.units import UnitInfo, get_unit
from db.villages import village_rows
from desktop import errors_domain as E
from desktop._common import in_scope
from desktop.context import Actor
from desktop.roster_import.model import ImportContext, ImportOptions, ImportRow
from desktop.roster_import.wording import (
    COMMUNE_AMBIGUOUS,
    COMMUNE_MISSING,
    COMMUNE_OTHER,
    COMMUNE_UNKNOWN,
    OUT_OF_SCOPE,
    VILLAGE_AMBIGUOUS,
    VILLAGE_CHARS,
    VILLAGE_MISSING,
    VILLAGE_NEW,
    VILLAGE_OTHER,
    VILLAGE_TOO_LONG,
    VILLAGE_UNIFIED,
    VILLAGE_UNKNOWN,
)
from desktop.validation import TEXT_TOO_LONG, WARNING, text_problems
from vn.text import clean_text, fold, normalize_name, normalize_tone_placement

__all__ = ["resolve_places", "village_name_problem"]

VILLAGE_MAX = 150  # the village's name, and "Tổ CNSCĐ <name>", fit their columns (200)

_COMMUNE_WORDS = (
    ("uy", "ban", "nhan", "dan"),
    ("ubnd",),
    ("xa",),
    ("phuong",),
    ("thi", "tran"),
    ("dac", "khu"),
    ("tt",),
    ("p",),
    ("x",),
)


def _commune_keys(text: str) -> tuple[str, str]:
    """(accented key, folded key) of a commune as rosters write it: "UBND xã Hợp Thành",
    "XÃ HỢP THÀNH – HUYỆN CAO LỘC", "Hợp Thành" -> ("hợp thành", "hop thanh")."""
    t = clean_text(text)
    for sep in (" – ", " — ", " - ", ",", "(", ";"):
        if sep in t:
            t = t.split(sep, 1)[0]
    words = t.replace(".", ". ").split()
    folded = [fold(w).strip(".") for w in words]
    changed = True
    while changed:
        changed = False
        for kind in _COMMUNE_WORDS:
            n = len(kind)
            if len(folded) > n and tuple(folded[:n]) == kind:
                words, folded = words[n:], folded[n:]
                changed = True
    return " ".join(words).casefold(), " ".join(folded)


class _Communes:
    """The communes rows may belong to, found by name: accents count first ("Bình Gia" is
    not "Bình Giã"), then an accent-free match when only one commune fits."""

    def __init__(self, communes: list[tuple[int, str]], fixed: UnitInfo | None):
        self.fixed = fixed
        self.names = dict(communes)
        self.by_exact: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        for cid, name in communes:
            exact, key = _commune_keys(name)
            self.by_exact.setdefault(exact, []).append(cid)
            self.by_key.setdefault(key, []).append(cid)
        self.only = communes[0][0] if len(communes) == 1 else None
        self._cache: dict[str, list[int]] = {}

    def find(self, text: str) -> list[int]:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._find(text)
        return found

    def _find(self, text: str) -> list[int]:
        exact, key = _commune_keys(text)
        return sorted(set(self.by_exact.get(exact) or self.by_key.get(key) or []))


def _split_village(text: str) -> tuple[str, str, str]:
    """``units.split_village_name`` for what rosters write: capitals ("THÔN BẢN CẮM") get
    name case, and a kind typed without accents ("THON 3", "To dan pho 5") is recognised."""
    from desktop.units import VILLAGE_KINDS, split_village_name

    text = clean_text(text)
    if text and text == text.upper() and text != text.lower():
        text = normalize_name(text.lower())  # "THÔN BẢN CẮM" -> "Thôn Bản Cắm"
    kind, short, full = split_village_name(text)
    if not kind and " " in text:
        words = text.split()
        folded = fold(text).split()
        for candidate in sorted(VILLAGE_KINDS, key=len, reverse=True):
            n = len(candidate.split())
            if len(words) > n and folded[:n] == fold(candidate).split():
                return split_village_name(f"{candidate} {' '.join(words[n:])}")
    return kind, short, full


def _accents(text: str) -> int:
    return sum(1 for ch in text if not ch.isascii())


@dataclass
class _Village:
    id: int | None
    name: str
    team_id: int | None
    team_name: str = ""


class _Villages:
    """A commune's villages by folded full name and by folded short name."""

    def __init__(self, commune_id: int):
        from desktop.units import split_village_name

        self.split = split_village_name
        self.by_full: dict[str, list[_Village]] = {}
        self.by_short: dict[str, list[_Village]] = {}
        self.kind_of: dict[int, str] = {}
        for v in village_rows(commune_id):
            village = _Village(v.id, v.name, v.team_id if v.team_status != "dissolved" else None)
            self.by_full.setdefault(fold(v.name), []).append(village)
            _k, short, _f = split_village_name(v.name)
            self.by_short.setdefault(fold(v.short_name or short), []).append(village)
            self.kind_of[v.id] = fold(v.kind or _k)
        self.new: dict[str, _Village] = {}
        self._cache: dict[str, tuple[list[_Village], str, str]] = {}

    def find(self, text: str) -> tuple[list[_Village], str, str]:
        """(matches, canonical full name, key) for a village as a roster writes it; when
        several fit accent-insensitively, the one spelt with the same accents wins."""
        got = self._cache.get(text)
        if got is None:
            got = self._cache[text] = self._find(text)
        return got

    def _find(self, text: str) -> tuple[list[_Village], str, str]:
        kind, short, full = _split_village(text)
        candidates = self.by_full.get(fold(full), [])
        if not candidates:
            candidates = self.by_short.get(fold(short), [])
            if kind:
                candidates = [
                    v for v in candidates
                    if v.id is None or self.kind_of.get(v.id, "") in ("", fold(kind))
                ]
        if len(candidates) > 1:
            same = [v for v in candidates if self.split(v.name)[1].casefold() == short.casefold()]
            candidates = same or candidates
        return candidates, full, fold(full)


def _scope_communes(actor: Actor, opts: ImportOptions) -> tuple[_Communes, UnitInfo | None]:
    """The commune chosen (or the village's), else the communes of the scope."""
    from db.export_queries import report_communes

    fixed: UnitInfo | None = None
    scope_id: int | None = None
    if opts.village_id is not None:
        village = get_unit(opts.village_id)
        if village is None or village.level != "village":
            raise E.NotFound("village", opts.village_id)
        fixed = get_unit(village.parent_id) if village.parent_id else None
    elif opts.commune_id is not None:
        unit = get_unit(opts.commune_id)
        if unit is None:
            raise E.NotFound("unit", opts.commune_id)
        if unit.level == "commune":
            fixed = unit
        elif unit.level == "village" and unit.parent_id:
            fixed = get_unit(unit.parent_id)
            opts.village_id = unit.id
        else:
            scope_id = unit.id
    if fixed is not None:
        return _Communes([(fixed.id, fixed.name)], fixed), fixed
    office = get_office()
    if scope_id is None:
        scope_id = actor.scope_unit_id or (office.unit_id if office else None)
    catalogue = (office.catalogue if office else None) or "2025"
    unit = get_unit(scope_id) if scope_id is not None else None
    if unit is not None:
        catalogue = unit.catalogue if unit.catalogue in ("2025", "pre2025") else catalogue
    if unit is not None and unit.level == "village" and unit.parent_id:
        unit = get_unit(unit.parent_id)
    if unit is not None and unit.level == "commune":
        return _Communes([(unit.id, unit.name)], None), None
    rows = report_communes(unit.id if unit else None, catalogue)
    return _Communes([(r[0], r[1]) for r in rows], None), None



def village_name_problem(name: str) -> tuple[str, dict] | None:
    """(code, params) when a village name cannot be stored as typed: too long, no letter or
    digit, or emoji, symbols and stacked combining marks ("zalgo"). The rule is the one
    every boundary uses (``desktop.validation.text_problems``); the import words it with
    the row it came from."""
    found = text_problems("village", name, VILLAGE_MAX)
    if not found:
        return None
    if found[0].code == TEXT_TOO_LONG:
        return VILLAGE_TOO_LONG, {"length": len(name), "max": VILLAGE_MAX, "value": name}
    chars = dict(found[0].params).get("chars") or "không có chữ"
    return VILLAGE_CHARS, {"value": name, "chars": chars}


def _resolve_commune(ctx: ImportContext, row: ImportRow) -> None:
    communes = ctx.communes
    commune_text = clean_text(row.commune_text)
    commune_id: int | None = None
    if communes.fixed is not None:
        commune_id = communes.fixed.id
        if commune_text:
            found = communes.find(commune_text)
            if found and commune_id not in found:
                row.add("commune", COMMUNE_OTHER, WARNING, value=commune_text,
                        chosen=communes.fixed.name)
    elif commune_text:
        found = communes.find(commune_text)
        if len(found) == 1:
            commune_id = found[0]
        elif found:
            row.add("commune", COMMUNE_AMBIGUOUS, value=commune_text,
                    names=", ".join(communes.names[c] for c in found[:5]))
        else:
            row.add("commune", COMMUNE_UNKNOWN, value=commune_text)
    elif communes.only is not None:
        commune_id = communes.only
    else:
        row.add("commune", COMMUNE_MISSING)
    if commune_id is not None:
        row.commune_id = commune_id
        row.commune_name = communes.names.get(commune_id, "")
        actor = ctx.actor
        if actor.scope_unit_id is not None and not in_scope(actor, commune_id):
            row.add("commune", OUT_OF_SCOPE, value=row.commune_name)


def _villages(ctx: ImportContext, commune_id: int) -> _Villages:
    found = ctx.villages_of.get(commune_id)
    if found is None:
        found = ctx.villages_of[commune_id] = _Villages(commune_id)
    return found


def _resolve_fixed_village(ctx: ImportContext, row: ImportRow, village_text: str) -> None:
    fixed = ctx.fixed_village
    if row.commune_id is None or row.commune_id != fixed.parent_id:
        return
    vs = _villages(ctx, row.commune_id)
    candidates, _full, _key = vs.find(fixed.name)
    match = next((v for v in candidates if v.id == fixed.id), None)
    if match is None:
        match = _Village(fixed.id, fixed.name, None)
    row.village_id, row.village_name, row.team_id = match.id, match.name, match.team_id
    row._village_key = (row.commune_id, fold(match.name))
    if village_text:
        matches, _f, _k = vs.find(village_text)
        if all(v.id != fixed.id for v in matches):
            row.add("village", VILLAGE_OTHER, WARNING, value=village_text, chosen=fixed.name)


def _spelling_key(text: str) -> str:
    """Case, NFD and tone placement aside: "Thôn Nà LỆNH" = "thôn nà lệnh"."""
    return normalize_tone_placement(unicodedata.normalize("NFC", text)).casefold()


def _unify_new(ctx: ImportContext, commune_id: int,
               pending: list[tuple[ImportRow, str]]) -> None:
    """Group the spellings of villages the commune does not have; one name per group."""
    by_short: dict[str, list[tuple[ImportRow, str, str, str]]] = {}
    for row, text in pending:
        kind, short, full = _split_village(text)
        by_short.setdefault(fold(short), []).append((row, kind, short, full))
    vs = _villages(ctx, commune_id)
    for short_key, items in by_short.items():
        kinds = {fold(k) for _r, k, _s, _f in items if k}
        groups: dict[str, list[tuple[ImportRow, str, str, str]]] = {}
        for item in items:
            kind = fold(item[1]) if item[1] else (next(iter(kinds)) if len(kinds) == 1 else "")
            groups.setdefault(kind, []).append(item)
        for kind_key, members in groups.items():
            spelled = Counter(_spelling_key(f) for _r, k, _s, f in members)
            candidates = sorted(
                ((r, k, s, f) for r, k, s, f in members),
                key=lambda it: (not it[1], -_accents(it[3]), -spelled[_spelling_key(it[3])]),
            )
            _r, kind, short, full = candidates[0]
            name = full
            vkey = f"{kind_key}|{short_key}"
            problem = village_name_problem(name)
            first = True
            for row, _k, _s, typed in members:
                if problem is not None:
                    code, params = problem
                    row.add("village", code, **params)
                    continue
                if not ctx.opts.create_villages:
                    row.add("village", VILLAGE_UNKNOWN, value=typed, commune=row.commune_name)
                    continue
                row.village_name = name
                row._village_key = (commune_id, vkey)
                vs.new[vkey] = _Village(None, name, None)
                if first:
                    row.add("village", VILLAGE_NEW, WARNING, value=name,
                            commune=row.commune_name)
                    first = False
                if _spelling_key(typed) != _spelling_key(name):
                    row.add("village", VILLAGE_UNIFIED, WARNING, value=typed, name=name)


def resolve_places(ctx: ImportContext) -> None:
    """Phase 4: commune, village and team of every row."""
    ctx.communes, _fixed = _scope_communes(ctx.actor, ctx.opts)
    if ctx.opts.village_id is not None:
        ctx.fixed_village = get_unit(ctx.opts.village_id)
    pending: dict[int, list[tuple[ImportRow, str]]] = {}
    rows = ctx.rows
    for i, row in enumerate(rows):
        ctx.tick(i, len(rows), 300, 150, "Đang đối chiếu thôn, xã…")
        _resolve_commune(ctx, row)
        village_text = clean_text(row.village_text)
        if ctx.fixed_village is not None:
            _resolve_fixed_village(ctx, row, village_text)
            continue
        if row.commune_id is None:
            continue
        if not village_text:
            row.add("village", VILLAGE_MISSING)
            continue
        matches, _full, _vkey = _villages(ctx, row.commune_id).find(village_text)
        if len(matches) == 1:
            v = matches[0]
            row.village_id, row.village_name, row.team_id = v.id, v.name, v.team_id
            row._village_key = (row.commune_id, fold(v.name))
        elif matches:
            row.add("village", VILLAGE_AMBIGUOUS, value=village_text,
                    names=", ".join(v.name for v in matches[:5]))
        elif row.is_leaver:
            continue  # a leaver never creates a village (reported by the plan)
        else:
            pending.setdefault(row.commune_id, []).append((row, village_text))
    for commune_id, items in pending.items():
        _unify_new(ctx, commune_id, items)
    ctx.team_ids = {r.team_id for r in rows if r.team_id is not None}

