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


# --- the import graph: no circle, no private name borrowed, no arrow back up -----------------

_PACKAGES = ("vn", "db", "exports", "desktop", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in _PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _import_graph() -> tuple[dict[str, set[str]], list[tuple[str, str, str]]]:
    """(module -> modules it imports, at any depth of the file: function-local imports
    count), and every private name one module takes from another: (importer, module, name).
    """
    import ast

    modules = _modules()

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    private: list[tuple[str, str, str]] = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        aliases: dict[str, str] = {}  # local name -> our module it stands for
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = resolve(alias.name)
                    if target:
                        deps.add(target)
                        if alias.asname:
                            aliases[alias.asname] = target
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([base] if base else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    target = full if full in modules else resolve(base)
                    if not target:
                        continue
                    deps.add(target)
                    if full in modules:
                        aliases[alias.asname or alias.name] = full
                    elif alias.name.startswith("_") and not alias.name.startswith("__"):
                        private.append((name, target, alias.name))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases and node.attr.startswith("_")
                    and not node.attr.startswith("__")):
                private.append((name, aliases[node.value.id], node.attr))
        deps.discard(name)
        graph[name] = deps
    return graph, private


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle():
    """No module reaches itself through imports, function-local ones included: each rule
    and each use case sits below the modules that use it."""
    graph, _ = _import_graph()
    assert _cycles(graph) == []


def test_no_private_name_is_borrowed_from_another_module():
    """``from x import _helper`` / ``x._helper`` across modules means the helper is really
    a shared building block: make it public where it belongs."""
    _, private = _import_graph()
    assert private == []


def test_no_import_runs_back_up_inside_a_layer():
    """Inside desktop/, nothing imports the CLI (it sits on top of the services), and no
    service imports the demo generator (a bulk writer apart from the use cases: only the CLI
    and the GUI start it)."""
    graph, _ = _import_graph()
    core = ("vn", "db", "exports", "desktop")
    offences = [
        f"{module} imports {dep}"
        for module, deps in graph.items()
        if module.startswith(core) and not module.startswith("desktop.cli")
        for dep in deps
        if dep.startswith("desktop.cli")
    ] + [
        f"{module} imports {dep}"
        for module, deps in graph.items()
        if module.startswith(core) and not module.startswith(("desktop.cli", "desktop.demo"))
        for dep in deps
        if dep.startswith("desktop.demo")
    ]
    assert offences == []


# Rules that live in vn/ and nowhere else: a copy elsewhere is how they drift apart.
_ONE_PLACE = {
    "os.replace(": "vn/files.py (write to a temporary name, then rename)",
    "\ndef as_date(": "vn/dates.py",
    "\ndef _as_date(": "vn/dates.py",
    "%d/%m/%Y": "vn/dates.py (format_day, format_moment)",
    "FIELD_LABELS = {": "vn/messages.py",
    "MESSAGES = {": "vn/messages.py (the one catalogue)",
    "MESSAGES: dict": "vn/messages.py (the one catalogue)",
    '.replace("đ", "d")': "vn/text.py (fold)",
}


def test_shared_rules_are_not_copied():
    offences = []
    for package in ("db", "exports", "desktop", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for needle, home in _ONE_PLACE.items():
                if needle in text:
                    offences.append(f"{path.relative_to(ROOT)}: {needle!r} belongs in {home}")
    assert offences == []
