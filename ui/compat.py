"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

PySide6 6.12 treats ``None``, ``True`` and ``False`` as immortal, as they are from Python
3.12 on: it returns them without taking a reference (``signal.emit()`` returns ``True``, a
``void`` method returns ``None``) and sometimes skips releasing one. On 3.11 those objects
are reference-counted like any other, so every ``emit()`` or ``setText()`` takes one count
away, and after a few hundred the interpreter aborts ("Fatal Python error: bool_dealloc" /
"none_dealloc"), often only at exit. Measured here: 200 ``emit()`` calls -> True -200,
200 ``QLineEdit.setText`` -> None -200.

On Python < 3.12 (CPython) we add a very large count to the three singletons, which makes
them immortal in practice (they are never freed anyway). Nothing happens on 3.12+.
"""
from __future__ import annotations

import ctypes
import platform
import sys

_DONE = False
_MARGIN = 1 << 40  # a trillion unmatched releases before anything could go wrong


def immortalise_singletons() -> bool:
    """Returns True when the counts were raised (once per process)."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _DONE = True
    return True
