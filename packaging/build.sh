#!/usr/bin/env bash
# Build the frozen one-folder app on Linux: dist/so-to-cnscd/so-to-cnscd (run from anywhere).
#
#   packaging/build.sh                 # Python 3.12 when available (FREEZE_PYTHON=... to choose)
#
# Makes (or reuses) a build environment in build/venv-freeze with the app's dependencies and
# PyInstaller, runs packaging/so-to-cnscd.spec, then prints the folder's size.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
    if [ -n "${FREEZE_PYTHON:-}" ]; then echo "$FREEZE_PYTHON"; return; fi
    # 3.12 first (the Windows build pins it), on PATH or installed by pyenv but not selected;
    # then newer ones; then whatever python3 is
    local root=${PYENV_ROOT:-$HOME/.pyenv} py312 newer
    py312=$(ls -d "$root"/versions/3.12*/bin/python3 2>/dev/null | sort -rV || true)
    newer=$(ls -d "$root"/versions/3.1[3-9]*/bin/python3 2>/dev/null | sort -rV || true)
    for candidate in python3.12 $py312 python3.13 $newer python3; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            echo "$candidate"; return
        fi
    done
    echo "no Python 3.11+ found" >&2; exit 1
}

PY=$(pick_python)
VENV=${BUILD_VENV:-build/venv-freeze}
if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
# The app with its run-time dependencies, the PostgreSQL driver and PyInstaller.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check ".[server,freeze]"
"$VENV/bin/python" -c 'import sys; print("Python", sys.version.split()[0], "inside the build")'
if "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info >= (3, 12))'; then
    echo "warning: building with Python < 3.12 (no 3.12 on this machine); Windows pins 3.12" >&2
fi

rm -rf dist/so-to-cnscd
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/so-to-cnscd.spec
du -sh dist/so-to-cnscd | sed 's/^/frozen folder size: /'
echo "binary: dist/so-to-cnscd/so-to-cnscd"
