"""Benchmark: a province's decisions printed into one combined PDF, memory flat in the batch.

    python bench/decision_batch.py [--db PROVINCE.db] [--sizes 200,800,0]

Without ``--db`` a province demo (Lạng Sơn, ~1,600 teams) is built in a temporary folder.
Each size (0: every team) runs ``decision --all --combined`` in a fresh process over the first
N teams and prints teams, decisions, seconds and the peak resident memory of that process
beside the target (≤ 300 MB for 1,600 teams; the peak should not grow with N). Nothing here
is asserted.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 300

CHILD = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
from desktop.setup import open_and_migrate
open_and_migrate({db!r})
from desktop import decisions
from desktop.context import LOCAL_ADMIN
team_ids = decisions.teams_of_unit(None)
size = {size}
if size:
    team_ids = team_ids[:size]
done = []
started = time.perf_counter()
decisions.export_team_pdfs(LOCAL_ADMIN, team_ids, combined_path={out!r},
                           progress=lambda d, t, text="": done.append(t))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(team_ids), done[-1] if done else 0, round(seconds, 1), round(peak))
"""


def build_demo(folder: Path) -> Path:
    db = folder / "province.db"
    for args in (["init"], ["demo", "--scale", "province", "--quiet"]):
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                       check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a province database (default: build the demo)")
    parser.add_argument("--sizes", default="200,800,0", help="teams per run; 0 = all")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Path(args.db) if args.db else build_demo(folder)
        print(f"{'teams':>6} {'decisions':>9} {'seconds':>8} {'peak MB':>8}  target")
        for size in (int(s) for s in args.sizes.split(",")):
            out = folder / f"all-{size}.pdf"
            code = CHILD.format(root=str(ROOT), db=str(db), size=size, out=str(out))
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", code], check=True,
                                    capture_output=True, text=True)
            teams, documents, seconds, peak = result.stdout.split()
            print(f"{teams:>6} {documents:>9} {seconds:>8} {peak:>8}  ≤ {TARGET_MB} MB "
                  f"(wall {time.perf_counter() - started:.1f} s)")
            out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
