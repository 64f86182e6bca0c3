"""Install what the app needs (the first time) and open it: ``python run.py``.

One command that works the same in Windows PowerShell 5.1, cmd and bash (no ``&&``, which
PowerShell 5.1 rejects). Arguments go to the app: ``python run.py --data-dir D:\\SoTo`` or
``python run.py init``. The install is editable (``pip install -e .``), so the source folder
stays the program and ``so-to-cnscd`` becomes a command as well.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEEDED = ("PySide6", "peewee", "openpyxl", "reportlab", "python_calamine", "lxml")


def missing() -> list[str]:
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - a sentence instead of a syntax error
        print("Cần Python 3.11 trở lên (đang dùng {}.{}).".format(*sys.version_info[:2]))
        return 2
    if missing():
        print("Đang cài đặt các thư viện cần thiết (chỉ lần đầu)…", flush=True)
        done = subprocess.run([sys.executable, "-m", "pip", "install", "-e", str(HERE)],
                              check=False)
        if done.returncode != 0:
            print("Cài đặt không thành công: xem thông báo của pip ở trên.")
            return done.returncode
    sys.path.insert(0, str(HERE))
    import main as app

    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
