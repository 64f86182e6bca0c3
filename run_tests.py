"""Install the test dependencies and run the whole test suite: ``python run_tests.py``.

The same single command in Windows PowerShell 5.1, cmd and bash (no ``&&``). Arguments go to
pytest: ``python run_tests.py -m "not slow" -x``. CI (``.ci/run``) runs exactly this.
PostgreSQL tests run when ``CNSCD_TEST_PG_URL`` names a database they may wipe.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-e", f"{HERE}[test,server]"], check=False)
    if install.returncode != 0:
        return install.returncode
    return subprocess.run([sys.executable, "-m", "pytest", *sys.argv[1:]], cwd=HERE,
                          check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
