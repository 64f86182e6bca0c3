"""Imports in ``ui/`` sit at the top of their module; the few loaded later are listed here.

A function-local import hides a dependency from the reader and from the layering tests'
first glance, so ``ui/`` imports at module level. The exceptions are deliberate lazy loads
that keep the start short (issue #16: the window paints before anything it does not need
yet is loaded). Each one is declared below as (importing module, imported module) with its
reason; any other function-local import in ``ui/`` fails this test, and so does an entry
that no longer matches an import (the list stays true).
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

# Why a module may wait until it is used:
START = "on the start path: loaded when first used, not before the window paints (#16)"
QT_ADDON = "needs a Qt add-on module (QtPdf, QtPrintSupport, QtNetwork): loaded when used"
CLI = "the command line's parser: the GUI's start does not load it"

LAZY: dict[tuple[str, str], str] = {
    # the start (ui.launch): what only some starts need
    ("ui.launch", "desktop.backup_schedule"): START,
    ("ui.launch", "desktop.cli.app"): CLI,
    ("ui.launch", "desktop.cli.argparse_vi"): CLI,
    ("ui.launch", "desktop.connection"): START,
    ("ui.launch", "desktop.errors"): START,
    ("ui.launch", "ui.applog"): START,
    ("ui.launch", "ui.crash"): START,
    ("ui.launch", "ui.dialogs.connection"): START,
    ("ui.launch", "ui.single_instance"): QT_ADDON,
    ("ui.launch", "ui.wizard"): START,
    ("ui.session", "ui.dialogs.login"): START,
    ("ui.shell", "desktop.backup_schedule"): START,
    ("ui.shell", "ui.dialogs.about"): START,
    ("ui.errors", "desktop.errors"): START,
    # the main window's menus: built right after its first frame, their code loaded then
    ("ui.main_window", "ui.excel_actions"): START,
    ("ui.main_window", "ui.pages.decisions"): START,
    ("ui.main_window", "ui.trust_actions"): START,
    # the main window's menus: each dialog is loaded when it is first opened
    ("ui.main_window", "ui.dialogs.person"): START,
    ("ui.main_window", "ui.dialogs.reform"): START,
    ("ui.main_window", "ui.wizard"): START,
    ("ui.trust_actions", "ui.dialogs.audit"): START,
    ("ui.trust_actions", "ui.dialogs.backups"): START,
    ("ui.trust_actions", "ui.dialogs.connection"): START,
    ("ui.trust_actions", "ui.dialogs.password"): START,
    ("ui.excel_actions", "ui.dialogs.export_dialog"): START,
    ("ui.dialogs.base", "ui.dialogs.stale"): START,
    ("ui.dialogs.users", "ui.dialogs.password"): START,
    ("ui.dialogs.users", "ui.dialogs.stale"): START,
    ("ui.dialogs.users", "ui.dialogs.unit_picker"): START,
    # services of dialogs and pages that are imported at start but used later
    ("ui.dialogs.decisions", "desktop.decisions"): START,
    ("ui.dialogs.import_dialog", "desktop.roster_import"): START,
    ("ui.dialogs.import_dialog", "desktop.training"): START,
    ("ui.pages.decisions", "desktop.decisions"): START,
    ("ui.models.decisions", "desktop.decisions"): START,
    ("ui.pages.decisions", "ui.dialogs.office_defaults"): START,
    ("ui.pages.decisions", "ui.dialogs.stale"): START,
    ("ui.pages.overview", "ui.dialogs.export_dialog"): START,
    # printing and previewing PDFs
    ("ui.dialogs.decision_editor", "ui.print_preview"): QT_ADDON,
    ("ui.dialogs.decisions", "ui.print_preview"): QT_ADDON,
    ("ui.dialogs.reform", "ui.print_preview"): QT_ADDON,
    ("ui.pages.decisions", "ui.dialogs.decision_editor"): QT_ADDON,
    ("ui.pages.decisions", "ui.print_preview"): QT_ADDON,
    ("ui.pages.overview", "ui.print_preview"): QT_ADDON,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _imported_modules(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join(parts + ([base] if base else []))
    return [f"{base}.{a.name}" if _is_module(f"{base}.{a.name}") else base for a in node.names]


def function_local_imports() -> list[tuple[str, str, int]]:
    """(importing module, imported module, line) for every import inside a function."""
    found: list[tuple[str, str, int]] = []
    for path in sorted(UI.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]

        def walk(node: ast.AST, in_function: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    walk(child, True)
                elif isinstance(child, (ast.Import, ast.ImportFrom)):
                    if in_function:
                        found.extend((name, target, child.lineno)
                                     for target in _imported_modules(child, package))
                else:
                    walk(child, in_function)

        walk(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_every_function_local_import_in_ui_is_a_declared_lazy_load():
    undeclared = [f"{importer} (line {line}) imports {target}"
                  for importer, target, line in function_local_imports()
                  if (importer, target) not in LAZY]
    assert undeclared == [], "move these imports to the top of their module"


def test_every_declared_lazy_load_is_still_there():
    used = {(importer, target) for importer, target, _ in function_local_imports()}
    assert sorted(set(LAZY) - used) == []


def test_the_finder_sees_imports_in_methods_and_nested_functions():
    tree = ast.parse("import os\nclass A:\n    def f(self):\n        def g():\n"
                     "            import json\n        return g\n")
    inner = [n for n in ast.walk(tree) if isinstance(n, ast.Import) and n.lineno == 5]
    assert inner and _imported_modules(inner[0], "ui") == ["json"]
    assert any(target == "ui.dialogs.stale" and importer == "ui.dialogs.base"
               for importer, target, _ in function_local_imports())


def test_the_window_modules_load_no_lazy_module():
    """Importing the start path (the launcher and the main window) leaves every declared
    lazy module, the Qt PDF and printing add-ons, PostgreSQL's driver, the PDF writer and
    the Excel library unloaded."""
    lazy = sorted({target for _, target in LAZY})
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import ui.launch, ui.main_window\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    loaded = set(done.stdout.split())
    heavy = ["PySide6.QtPdf", "PySide6.QtPrintSupport", "PySide6.QtNetwork", "psycopg",
             "reportlab", "openpyxl", "desktop.cli"]
    assert sorted(m for m in lazy + heavy if m in loaded) == []


# Inside ui/, imports point down too: the window and its start (the top) -> pages/ ->
# dialogs/ -> the helpers every part uses (models/, actions, tables, widgets, errors...).
UI_TOP = {"ui.launch", "ui.app", "ui.main_window", "ui.shell", "ui.session",
          "ui.trust_actions", "ui.excel_actions", "ui.wizard", "ui.sample_data"}


def _ui_level(module: str) -> int:
    if module in UI_TOP:
        return 3
    if module.startswith("ui.pages"):
        return 2
    if module.startswith("ui.dialogs"):
        return 1
    return 0


def test_no_import_runs_back_up_inside_ui():
    """A dialog never imports a page, a helper never imports a dialog or a page, and nothing
    below the window imports the window's modules (function-local imports count)."""
    from tests.test_layering import _import_graph

    graph, _ = _import_graph()
    upward = [f"{module} imports {dep}"
              for module, deps in sorted(graph.items()) if module.startswith("ui.")
              for dep in sorted(deps)
              if dep.startswith("ui.") and _ui_level(dep) > _ui_level(module)]
    assert upward == []
    assert _ui_level("ui.dialogs.member") == 1 and _ui_level("ui.tables") == 0
