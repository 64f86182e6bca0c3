#!/usr/bin/env bash
# Every README command, run the way a new user runs them, against one program:
#
#   packaging/smoke.sh PROGRAM WORKDIR
#
# PROGRAM is the installed entry point (a venv's bin/so-to-cnscd) or the frozen binary
# (dist/so-to-cnscd/so-to-cnscd). Runs from WORKDIR (outside the checkout, so nothing is found
# by accident in the source tree), offscreen. Stops at the first failure.
set -euo pipefail
PROGRAM=$(realpath "$1")
WORK=$(realpath -m "$2")
mkdir -p "$WORK"
cd "$WORK"
export QT_QPA_PLATFORM=offscreen
DB="$WORK/smoke.db"
rm -f "$DB"
step() { printf '  $ %s\n' "$*"; "$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log"; echo "FAILED: $*" >&2; exit 1; }; }
nonempty() { [ -s "$1" ] || { echo "FAILED: $1 missing or empty" >&2; exit 1; }; }

step "$PROGRAM" --version
grep -q "Sổ Tổ CNSCĐ" "$WORK/last.log"
step "$PROGRAM" --db "$DB" init
step "$PROGRAM" --db "$DB" init --catalogue pre2025
step "$PROGRAM" --db "$DB" demo --scale district --seed 1
step "$PROGRAM" --db "$DB" export-roster -o ds.xlsx
nonempty ds.xlsx
step "$PROGRAM" --db "$DB" export-training -o th.xlsx --by person
nonempty th.xlsx
step "$PROGRAM" --db "$DB" export-report -o bc.xlsx
nonempty bc.xlsx
step "$PROGRAM" --db "$DB" export-template -o mau.xlsx
nonempty mau.xlsx
step "$PROGRAM" --db "$DB" import-roster ds.xlsx --dry-run --report loi.xlsx
TEAM=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT MIN(id) FROM team").fetchone()[0])' "$DB")
step "$PROGRAM" --db "$DB" decision "$TEAM" -o qd.pdf
head -c 5 qd.pdf | grep -q '%PDF-'
step "$PROGRAM" --db "$DB" decision-list "$TEAM"
step "$PROGRAM" --db "$DB" office-show
step "$PROGRAM" --db "$DB" backup -o saoluu.db
nonempty saoluu.db
step "$PROGRAM" --db "$DB" --screenshot tongquan.png
nonempty tongquan.png
step "$PROGRAM" --db "$DB" --screenshot to.png --page team
nonempty to.png
# users last: once an account exists, commands sign in (--user, CNSCD_PASSWORD)
export CNSCD_NEW_PASSWORD=matkhau-thu-123 CNSCD_PASSWORD=matkhau-thu-123
step "$PROGRAM" --db "$DB" user-add quantri2 --role admin
step "$PROGRAM" --db "$DB" --user quantri2 user-list
grep -q quantri2 "$WORK/last.log"
step "$PROGRAM" --db "$DB" --user quantri2 restore saoluu.db
echo "  all README commands passed ($WORK)"
