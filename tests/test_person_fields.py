"""A person's details are declared once (``vn/person_fields.py``) and every list of them
reads the declaration: a newcomer adding a field changes one model, one rule, one message and
one form (docs/architecture.md, "To add a field to a member")."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vn import messages, person_fields
from vn.person_fields import PERSON_FIELDS, PersonField

ROOT = Path(__file__).resolve().parents[1]


def test_every_declared_field_has_its_label_and_its_column():
    from db.models import Person

    columns = set(Person._meta.fields)
    stored_as = {"birth": "birth_date"}  # a day, or a year with its precision
    for f in PERSON_FIELDS:
        assert f.label_code in messages.CATALOGUE, f.name
        assert stored_as.get(f.name, f.name) in columns, f.name
        if f.max_length:
            assert Person._meta.fields[f.name].max_length == f.max_length, f.name


def test_the_rule_lists_are_the_declaration():
    from desktop import validation

    assert validation.PERSON_FIELDS == tuple(f.name for f in PERSON_FIELDS)
    assert set(validation.TEXT_FIELDS) == {f.name for f in PERSON_FIELDS if f.kind == "text"}
    assert validation.MAX_LENGTHS == {f.name: f.max_length for f in PERSON_FIELDS
                                      if f.max_length}


def test_import_and_paste_read_the_declared_headings():
    from desktop.roster_import.paste import header_map
    from exports.roster_reader import match_heading

    for f in PERSON_FIELDS:
        for heading in f.headings:
            assert match_heading(heading) == f.name, heading
    assert header_map(["Họ và tên", "SĐT", "Số CCCD"]) == ["full_name", "phone", "citizen_id"]


def test_a_declaration_that_misses_its_rule_is_refused():
    with pytest.raises(ValueError):
        PersonField("address", "text")  # a text field says how long it may be
    with pytest.raises(ValueError):
        PersonField("x", "colour")


# A newcomer's field, declared in a fresh interpreter before the layers are imported: it must
# reach the rule, the roster export, the template, the import's headings and the paste.
NEWCOMER = textwrap.dedent('''
    import datetime as dt, sys
    sys.path.insert(0, {root!r})
    from vn import person_fields
    from vn.person_fields import PersonField
    person_fields.PERSON_FIELDS += (PersonField(
        "address", "text", max_length=200, heading="Địa chỉ", headings=("Địa chỉ", "Nơi ở"),
        help="Số nhà, đường phố hoặc xóm.", example="Số 5, đường Lê Lợi"),)

    from desktop import validation
    assert "address" in validation.PERSON_FIELDS and "address" in validation.TEXT_FIELDS
    cleaned, problems = validation.validate_person({{"full_name": "Lò Thị Mai",
                                                    "address": "x" * 201}})
    assert [(p.field, p.code) for p in problems] == [("address", "text.too_long")], problems
    cleaned, problems = validation.validate_person({{"full_name": "Lò Thị Mai",
                                                    "address": "  Số 5,  Lê Lợi "}})
    assert cleaned["address"] == "Số 5, Lê Lợi" and not problems, (cleaned, problems)

    from exports import roster_xlsx
    headings = [c.heading for c in roster_xlsx.ROSTER_COLUMNS]
    assert headings.index("Địa chỉ") == headings.index("Đã tập huấn") - 1, headings
    out = {out!r}
    doc = roster_xlsx.RosterDocument(
        issuing_body_lines=("UBND XÃ HỢP THÀNH",), place="Hợp Thành",
        date=dt.date(2026, 3, 5), title="DANH SÁCH",
        sections=[roster_xlsx.RosterRow("Lò Thị Mai", role="Thành viên", village="Nà Sla",
                                        details={{"address": "Số 5, đường Lê Lợi"}})])
    roster_xlsx.write_roster(out + "/roster.xlsx", doc)

    from exports.roster_reader import match_heading, read_roster
    assert match_heading("Nơi ở") == "address"
    read = read_roster(out + "/roster.xlsx")
    assert [m.values.get("address") for m in read.members] == ["Số 5, đường Lê Lợi"], read

    from exports.template_xlsx import write_import_template
    from openpyxl import load_workbook
    write_import_template(out + "/template.xlsx", rows=5)
    book = load_workbook(out + "/template.xlsx")
    assert "Địa chỉ" in [c.value for c in book["Danh sách"][1]]
    lines = [str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row if c.value]
    assert "Số nhà, đường phố hoặc xóm." in lines, lines

    from desktop.roster_import.paste import header_map
    from desktop.roster_import.values import prepare_values
    assert header_map(["Họ và tên", "Địa chỉ"]) == ["full_name", "address"]
    typed, _ = prepare_values({{"full_name": "Lò Thị Mai", "address": "Số 5"}},
                              today=dt.date(2026, 3, 5))
    assert typed["address"] == "Số 5", typed  # the import and a paste pass it on
    print("reached every place")
''')


def test_a_field_added_to_the_declaration_reaches_every_list(tmp_path):
    script = NEWCOMER.format(root=str(ROOT), out=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "reached every place" in done.stdout


def test_in_files_keeps_the_declaration_order():
    assert [f.name for f in person_fields.in_files()] == [
        f.name for f in PERSON_FIELDS if f.heading]
