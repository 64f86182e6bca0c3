"""The one catalogue of the core's wording: every code the core raises has a template, and
every template can be filled."""
from __future__ import annotations

import ast
import string
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from vn import messages
from vn.messages import CATALOGUE, Msg, codes, describe, render

ROOT = Path(__file__).resolve().parents[2]

# Exceptions whose first argument is a message code, and helpers that take (field, code).
_RAISERS = {"DecisionError", "PermissionDenied", "DatabaseError", "ExportError",
            "ExportRefused", "DemoError", "AuthError", "CatalogueError"}
_PROBLEM_HELPERS = {"error", "warning", "refuse"}


def _codes_in_the_core() -> set[tuple[str, str]]:
    found = set()
    for package in ("desktop", "db", "exports"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            where = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    position = 0 if name in _RAISERS else 1 if name in _PROBLEM_HELPERS else None
                    if position is not None and len(node.args) > position:
                        arg = node.args[position]
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.add((where, arg.value))
                elif isinstance(node, ast.ClassDef):
                    for item in node.body:
                        if (isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
                                and any(getattr(t, "id", "") == "code" for t in item.targets)):
                            found.add((where, item.value.value))
            if path.name in ("errors_domain.py", "validation.py", "roster_import.py"):
                for item in tree.body:  # the modules' CODE = "area.what" constants
                    if (isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
                            and isinstance(item.value.value, str) and "." in item.value.value
                            and " " not in item.value.value
                            and all(getattr(t, "id", "").isupper() for t in item.targets)):
                        found.add((where, item.value.value))
    return found


def test_every_code_the_core_raises_has_a_template():
    missing = sorted(f"{where}: {code}" for where, code in _codes_in_the_core()
                     if code not in codes())
    assert missing == [], "add these to vn/messages.py (and their English in the .ts)"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_template_is_a_well_formed_format_string(code):
    fields = [f for _, f, _, _ in string.Formatter().parse(CATALOGUE[code]) if f is not None]
    assert all(f.isidentifier() for f in fields), fields


def test_variants_choose_entries_of_the_catalogue():
    assert render("phone.length", {"value": "09", "digits": 2, "expected": 10,
                                   "kind": "mobile"}, field="phone").startswith(
        'Số điện thoại "09" chỉ có 2 chữ số')
    assert "thừa 1 chữ số" in render("phone.length", {"value": "09123456789", "digits": 11,
                                                      "expected": 10, "kind": "mobile"})
    assert render("demo.exists") == CATALOGUE["demo.exists.data"]


def test_dates_nested_messages_and_translation():
    assert render("member.already_ended", {"value": date(2026, 3, 5)}) == (
        "Thành viên này đã thôi tham gia Tổ từ ngày 05/03/2026.")
    assert render("person.matched", {"name": "An", "by": "citizen_id"}) == (
        'Đã có "An" trong dữ liệu (trùng số CCCD); dùng lại hồ sơ này.')
    english = {CATALOGUE["team.too_small"]: "{count} members, fewer than {min}."}
    assert render("team.too_small", {"count": 2, "min": 3, "max": 10},
                  tr=lambda t: english.get(t, t)) == "2 members, fewer than 3."
    assert render("x", {"y": Msg("sex.nu")}) == "Lỗi x."


def test_wording_never_raises():
    assert render("no.such.code") == "Lỗi no.such.code."
    assert render("auth.locked") == CATALOGUE["auth.locked"]  # a missing value stays visible

    bare = SimpleNamespace(field="phone", code="phone.length", severity="error", params_dict={})
    assert "(mã phone.length)" in describe(bare)
    assert messages.field_label("no_such_field") == "no_such_field"
