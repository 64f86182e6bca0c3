"""Field lengths and characters: one rule (``desktop.validation.text_problems``) at every
boundary (forms, paste, import, CLI), the same on SQLite and PostgreSQL; nothing written
when refused and every refusal a Vietnamese sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from db.models import AdminUnit, Person, Team
from desktop import teams, training, units
from desktop.errors_domain import ValidationFailed
from desktop.validation import TEXT_NO_LETTERS, TEXT_ODD_CHARS, TEXT_TOO_LONG, text_problems
from tests.desktop.service_fixtures import ADMIN
from vn.messages import describe

LONG = "Thôn " + "Nà Sla " * 10_000  # 70,005 characters
EMOJI = "🎉🎉🎉"
ZALGO = "Thôn N̷̢̛à̴̧ S̸̨l̵̢a̶̡"
BAD = {"long": (LONG, TEXT_TOO_LONG), "emoji": (EMOJI, TEXT_ODD_CHARS),
       "zalgo": (ZALGO, TEXT_ODD_CHARS), "symbols": ("★ ☆ ✈", TEXT_ODD_CHARS),
       "punctuation only": ("--- ...", TEXT_NO_LETTERS)}


@pytest.mark.parametrize("name", sorted(BAD))
def test_the_rule(name):
    value, code = BAD[name]
    found = text_problems("name", value, 180)
    assert [p.code for p in found] == [code]
    text = describe(found[0])
    assert text and "{" not in text


def test_vietnamese_text_passes():
    for ok in ("Thôn Nà Sla", "Tổ dân phố 5", "Bản Khuổi Ỏ", "Buôn Ea H'Leo", "Ấp Mỹ Hòa",
               "Thôn Đông–Tây", "Khu 3 (cũ)", "Nguyễn Thị Ngọc Ánh"):
        assert text_problems("name", ok, 180) == [], ok
    # decomposed input (from a Mac or a PDF) is fine: it composes to plain letters
    import unicodedata

    assert text_problems("name", unicodedata.normalize("NFD", "Thôn Nà Sla"), 180) == []


def test_ascii_modifier_symbols_are_refused_like_other_symbols():
    # "^" and "`" are printable ASCII but symbols (Sk): plain-looking text takes the short
    # way through the rule, which must not let them pass
    for value in ("Nguy^en Van A", "Thôn `Nà Sla"):
        assert [p.code for p in text_problems("name", value, 180)] == [TEXT_ODD_CHARS], value
    assert text_problems("note", "Ghi chú: 50% (x2) + [đã gọi] #3 @zalo", 500, name=False) == []


def _counts() -> tuple[int, int, int]:
    return AdminUnit.select().count(), Team.select().count(), Person.select().count()


@pytest.mark.parametrize("name", sorted(BAD))
def test_every_service_boundary_refuses_bad_text(area, name):
    value, code = BAD[name]
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    other = units.create_village(ADMIN, area.commune, "Thôn Bó Củng")
    team = teams.create_team(ADMIN, village.id)
    before = _counts()
    calls = {
        "create_village": lambda: units.create_village(ADMIN, area.commune, value),
        "paste": lambda: units.create_villages_from_text(ADMIN, area.commune,
                                                         f"Thôn Mới\n{value}"),
        "rename": lambda: units.rename_village(ADMIN, village.id, value,
                                               units.get_village(village.id).version),
        "merge": lambda: units.merge_villages(
            ADMIN, [village.id, other.id], value, dt.date.today(),
            expected_versions={village.id: units.get_village(village.id).version,
                               other.id: units.get_village(other.id).version}),
        "team": lambda: teams.create_team(ADMIN, other.id, name=value),
        "member": lambda: teams.add_member(ADMIN, team.id,
                                           {"full_name": value, "sex": "Nam", "birth": "1990"},
                                           "thanh_vien"),
        "course": lambda: training.create_course(ADMIN, {"title": value,
                                                         "unit_id": area.commune}),
    }
    for where, call in calls.items():
        with pytest.raises(ValidationFailed) as info:
            call()
        codes = {p.code for p in info.value.problems}
        assert codes & {code, TEXT_TOO_LONG, TEXT_ODD_CHARS, TEXT_NO_LETTERS,
                        "name.chars"}, (where, codes)
        assert _counts() == before, where


@pytest.mark.parametrize("name", ["long", "emoji", "zalgo"])
def test_an_import_refuses_bad_village_names_before_writing(area, tmp_path, name, capsys):
    from desktop.roster_import import import_roster
    from tests.desktop.test_roster_import import simple_file

    value = BAD[name][0]
    path = simple_file(tmp_path / "ds.xlsx", [
        [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", value, "0912999000"],
    ])
    before = _counts()
    report = import_roster(ADMIN, path, commune_id=area.commune, commit=True)
    assert not report.committed and report.refused >= 1
    assert _counts() == before
    text = "\n".join(report.lines())
    assert "Thôn/Tổ dân phố" in text or "thôn" in text.lower()
