#!/usr/bin/env bash
# CI's delivery check (called by .ci/run; runs alone too): the app as a new user gets it.
#
# 1. Build the wheel, install it into a fresh venv OUTSIDE the checkout, run every README
#    command from another folder (packaging/smoke.sh).
# 2. Build the frozen one-folder app (packaging/build.sh) and run the same commands on its
#    binary; print the folder's size.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
log() { printf '\n== %s\n' "$*"; }
START=$SECONDS
DELIVERY=$(mktemp -d)
trap 'rm -rf "$DELIVERY"' EXIT

log "delivery: build the wheel"
"$PY" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$DELIVERY/wheel" .
ls -l "$DELIVERY"/wheel/*.whl

log "delivery: install the wheel in a fresh venv outside the checkout; every README command"
"$PY" -m venv "$DELIVERY/venv"
(cd "$DELIVERY" && "$DELIVERY/venv/bin/python" -m pip install --quiet \
    --disable-pip-version-check "$DELIVERY"/wheel/*.whl)
packaging/smoke.sh "$DELIVERY/venv/bin/so-to-cnscd" "$DELIVERY/smoke-wheel"

log "delivery: frozen one-folder build, the same commands on its binary"
BUILD_VENV=${BUILD_VENV:-$DELIVERY/venv-freeze} packaging/build.sh
packaging/smoke.sh dist/so-to-cnscd/so-to-cnscd "$DELIVERY/smoke-frozen"
du -sh dist/so-to-cnscd | sed 's/^/frozen folder size: /'
echo "delivery checks took $((SECONDS - START)) s"
