"""The guard of ui/compat.py: thousands of signal emissions and void calls do not abort
the interpreter (PySide6 6.12 on Python 3.11 under-counts None/True/False)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from ui.app import create_application
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
app = create_application(["x"])
class O(QObject):
    s = Signal()
o = O()
edit = QLineEdit()
for i in range(20000):
    o.s.emit()
    edit.setText("x")
print("ok")
"""


def test_many_emits_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
