"""Shipped files are package data found through ``resources``; one version everywhere."""
from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

import resources

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_every_shipped_file_is_package_data():
    """A file added under resources/ without a matching package-data pattern would be missing
    from the wheel and the installed app would fail at run time."""
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["resources"]
    unshipped = []
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or path.parent == ROOT / "resources" or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(ROOT / "resources").as_posix()
        if relative == "i18n/update.py":  # the developers' tool, not read at run time
            continue
        if not any(fnmatch.fnmatch(relative, p) for p in patterns):
            unshipped.append(relative)
    assert unshipped == []


def test_resources_are_found_through_the_package():
    assert resources.path(resources.FONTS, "LiberationSerif-Regular.ttf").is_file()
    assert resources.path(resources.ADMIN_UNITS, "admin_units_post2025.csv").is_file()
    assert resources.path(resources.I18N, "so_to_cnscd_en.qm").is_file()
    assert resources.path(resources.ICONS, "so-to-cnscd.png").is_file()
    assert resources.package_file("db.migrations", "0001_initial.sqlite.sql").is_file()


def test_one_version_from_pyproject():
    version = _pyproject()["project"]["version"]
    assert resources.app_version() == version
    from desktop.setup import APP_VERSION

    assert APP_VERSION == version
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"Sổ Tổ CNSCĐ {version}"


def test_the_version_is_read_where_importlib_metadata_finds_it_without_importing_it():
    """Read from the installed metadata file directly (importing ``importlib.metadata``
    costs about 15 ms of every start): the same answer, that package left unloaded."""
    code = ("import sys, resources; v = resources.app_version(); "
            "print(v, 'importlib.metadata' in sys.modules); "
            "import importlib.metadata as m; print(m.version(resources.DISTRIBUTION))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    first, second = done.stdout.split("\n")[:2]
    assert first == f"{second} False"
