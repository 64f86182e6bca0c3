"""Benches time the app as it is installed: its modules' bytecode already compiled.

A shell with ``PYTHONDONTWRITEBYTECODE`` set (some CI and container images set it) would
otherwise compile every module from source at each start of a child, adding tens of
milliseconds per run that no clerk ever waits for (the wheel and the frozen build carry
their bytecode). ``ensure_bytecode()`` compiles the project's packages once, up front.
"""
from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("desktop", "db", "exports", "vn", "ui", "resources")


def ensure_bytecode() -> None:
    """Write the missing or stale ``__pycache__`` files of the project's packages."""
    for name in PACKAGES:
        folder = ROOT / name
        if folder.is_dir():
            compileall.compile_dir(folder, quiet=1, workers=0)
    compileall.compile_file(ROOT / "main.py", quiet=1)
