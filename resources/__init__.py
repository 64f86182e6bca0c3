"""Everything the app reads at run time, found in ONE place through ``importlib.resources``.

The shipped files (the administrative-unit catalogues, the Liberation Serif fonts, the
translation catalogues, the icon, the frozen DDL of the first migration) are package data: they
sit inside the installed wheel, inside the frozen build's folder, or in this checkout, and the
code never guesses their place from ``__file__``. Every layer may call this module (it imports
nothing of ours and no Qt), so ``db/``, ``exports/``, ``desktop/`` and ``ui/`` agree.

``path()`` returns a real file-system path because reportlab, sqlite and Qt want one; when the
package is not on disk (a zip import) the file is extracted once for the life of the process.
"""
from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import os
import sys
from pathlib import Path

__all__ = ["ADMIN_UNITS", "FONTS", "I18N", "ICONS", "app_version", "package_file", "path"]

ADMIN_UNITS = "admin-units"
FONTS = "fonts"
I18N = "i18n"
ICONS = "icons"

DISTRIBUTION = "so-to-cnscd"

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _on_disk(traversable) -> Path:
    if isinstance(traversable, Path):
        return traversable
    return _extracted.enter_context(importlib.resources.as_file(traversable))


def path(*parts: str) -> Path:
    """A shipped file or folder under ``resources/``: ``path("fonts", "X.ttf")``."""
    return _on_disk(importlib.resources.files(__name__).joinpath(*parts))


def package_file(package: str, name: str) -> Path:
    """A data file that lives beside a package's code (``db.migrations``' frozen DDL)."""
    return _on_disk(importlib.resources.files(package).joinpath(name))


def _metadata_version() -> str | None:
    """The ``Version:`` of the first ``so_to_cnscd-*.dist-info/METADATA`` on ``sys.path``,
    where ``importlib.metadata`` would find it, read without importing that package (and
    the e-mail parser it brings) at every start."""
    prefix = DISTRIBUTION.replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = [e.name for e in os.scandir(entry or ".")
                     if e.name.startswith(prefix) and e.name.endswith(".dist-info")]
        except OSError:
            continue
        for name in sorted(names):
            try:
                with open(os.path.join(entry or ".", name, "METADATA"), encoding="utf-8") as fh:
                    for line in fh:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():
                            break  # the headers end at the first blank line
            except OSError:
                continue
    return None


def app_version() -> str:
    """The one version of the app: the installed distribution's metadata (``pyproject.toml``
    is its only source; the frozen build carries the metadata too). A checkout that was never
    installed reads ``pyproject.toml`` itself."""
    found = _metadata_version()
    if found:
        return found
    import importlib.metadata  # the slow way (15 ms to import): a layout not foreseen

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"
