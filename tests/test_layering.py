"""The core never imports Qt: desktop/, db/ and exports/ must import with PySide6 blocked."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None          # any "import PySide6..." now raises ImportError
sys.modules["shiboken6"] = None
failed = []
for package in ("vn", "db", "exports", "desktop"):
    pkg = importlib.import_module(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        try:
            importlib.import_module(info.name)
        except ImportError as exc:
            failed.append(f"{info.name}: {exc}")
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_core_layers_import_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imports_of(path: Path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_imports_point_down_only():
    """vn/ imports none of ours; db/ and exports/ never import desktop/ or ui/; desktop/ never
    imports ui/."""
    forbidden = {"vn": {"desktop", "ui", "db", "exports"},
                 "db": {"desktop", "ui", "exports"}, "exports": {"desktop", "ui", "db"},
                 "desktop": {"ui"}}
    offences = []
    for package, banned in forbidden.items():
        for path in (ROOT / package).rglob("*.py"):
            bad = _imports_of(path) & banned
            if bad:
                offences.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offences, "\n".join(offences)


def test_ui_runs_no_sql():
    """ui/ calls services; it never imports peewee or the db models."""
    offences = []
    for path in (ROOT / "ui").rglob("*.py"):
        bad = _imports_of(path) & {"peewee", "playhouse", "db"}
        if bad:
            offences.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offences, "\n".join(offences)


def test_sqlite_start_imports_no_postgresql_driver(tmp_path):
    """Opening a SQLite database never imports psycopg (peewee would, on its own import)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop.setup import ensure_ready\n"
        f"ensure_ready({str(tmp_path / 'a.db')!r})\n"
        "from desktop import units\n"
        "units.unit_tree_children(None)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('psycopg', 'psycopg2')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
