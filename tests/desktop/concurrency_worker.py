"""A separate process that writes through the services for a while (used by
test_concurrency.py). Prints one JSON line: how many writes it made and every error."""
from __future__ import annotations

import datetime
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    target, team_id, seconds, tag = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    from db.connection import open_database
    from desktop import teams
    from desktop.context import LOCAL_ADMIN

    open_database(target)
    done, errors = [], []
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        syllables = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hoà", "Lan", "Mỹ"]
        name = f"{'Nguyễn' if tag == 'A' else 'Trần'} {syllables[i // 10 % 10]} {syllables[i % 10]}"
        try:
            result = teams.add_member(
                LOCAL_ADMIN, team_id,
                {"full_name": name, "sex": "nam", "birth": "1990",
                 "phone": f"09{(1 if tag == 'A' else 5)}{i:07d}"},
                "thanh_vien",
            )
            done.append(result.member.membership_id)
            # a member ended straight away keeps the team small but still writes
            teams.end_membership(LOCAL_ADMIN, result.member.membership_id,
                                 end_date=datetime.date.today(), reason="thử tải",
                                 expected_version=result.member.version)
        except Exception as exc:  # every error is reported to the test
            errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"tag": tag, "done": done, "errors": errors}))


if __name__ == "__main__":
    main()
