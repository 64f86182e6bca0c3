"""No file can take the app down: every corrupt or crafted workbook is refused in seconds
with a file problem, the process that asked survives (this test process is the proof), and
a reader that dies or hangs in its child process is reported, not inherited."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.roster_reader import ReadCancelled
from exports.safe_read import Limits, precheck, read_roster_isolated
from tests.exports.crafted_files import BUILDERS, valid_roster, with_shared_strings

REFUSALS = {
    "file.crafted",
    "file.too_large",
    "file.corrupt",
    "file.crashed",
    "file.timeout",
    "file.unreadable",
    "file.unsupported",
    "file.encrypted",
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_crafted_file_is_refused_and_the_process_survives(name, tmp_path):
    path = BUILDERS[name](tmp_path)
    result = read_roster_isolated(path)
    assert not result.readable and not result.members
    codes = {p.code for p in result.problems}
    assert codes and codes <= REFUSALS, codes


@pytest.mark.parametrize(
    "name",
    ["dimension_whole_sheet", "cell_reference_far_away", "cell_reference_beyond_excel",
     "huge_shared_string_count", "zip_bomb", "ods_repeats", "truncated"],
)
def test_what_a_file_declares_is_checked_before_any_reader_allocates(name, tmp_path):
    problem = precheck(BUILDERS[name](tmp_path))
    assert problem is not None and problem.code in {"file.crafted", "file.corrupt"}


def test_normal_files_pass_the_checks(tmp_path):
    assert precheck(valid_roster(tmp_path / "ok.xlsx", rows=500)) is None
    assert precheck(with_shared_strings(tmp_path)) is None
    result = read_roster_isolated(with_shared_strings(tmp_path, name="ok2.xlsx"))
    assert result.readable and len(result.members) == 3


def test_a_reader_that_aborts_in_the_child_is_reported(tmp_path):
    """With the checks off, the crafted cell reference makes the Rust reader abort: only
    the child dies, the answer is a refusal."""
    path = BUILDERS["cell_reference_far_away"](tmp_path)
    limits = Limits(max_cells=10**30)
    result = read_roster_isolated(path, limits=limits)
    assert [p.code for p in result.problems] in (["file.crashed"], ["file.too_large"])


def test_a_reader_out_of_time_is_stopped(tmp_path):
    path = valid_roster(tmp_path / "ok.xlsx")
    result = read_roster_isolated(path, limits=Limits(seconds_base=0.0, seconds_per_mb=0.0))
    assert [p.code for p in result.problems] == ["file.timeout"]


def test_cancel_ends_the_child(tmp_path):
    path = valid_roster(tmp_path / "ok.xlsx")
    with pytest.raises(ReadCancelled):
        read_roster_isolated(path, cancelled=lambda: True)


def test_progress_comes_back_from_the_child(tmp_path):
    seen = []
    result = read_roster_isolated(valid_roster(tmp_path / "ok.xlsx"),
                                  progress=lambda d, t, s: seen.append((d, t)))
    assert result.readable and seen and seen[-1] == (1000, 1000)


def test_refusals_are_worded_in_vietnamese(db, tmp_path):
    """Through the import: one file-level error each, no library English in the text."""
    from desktop.context import LOCAL_ADMIN
    from desktop.roster_import import import_roster

    for name, build in sorted(BUILDERS.items()):
        folder = tmp_path / name
        folder.mkdir()
        report = import_roster(LOCAL_ADMIN, build(folder))
        assert not report.file_ok, name
        lines = report.lines()
        assert lines, name
        for line in lines:
            assert not re.search(r"Error|Exception|[Cc]alamine|[Cc]annot|zip|exit code|bytes", line), line


# --- random damage: flipped, inserted and cut bytes ------------------------------------------

_BASE_CACHE: dict[str, bytes] = {}


def _base_bytes(tmp_path_factory) -> bytes:
    if "xlsx" not in _BASE_CACHE:
        folder = tmp_path_factory.mktemp("base")
        _BASE_CACHE["xlsx"] = with_shared_strings(folder).read_bytes()
    return _BASE_CACHE["xlsx"]


damage = st.lists(
    st.tuples(st.sampled_from(["flip", "insert", "cut", "digits"]),
              st.floats(0, 1), st.integers(1, 255)),
    min_size=1, max_size=6,
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=damage, suffix=st.sampled_from([".xlsx", ".xls", ".ods"]))
def test_damaged_workbooks_never_take_the_reader_down(tmp_path_factory, changes, suffix):
    data = bytearray(_base_bytes(tmp_path_factory))
    for kind, where, value in changes:
        i = int(where * (len(data) - 1))
        if kind == "flip":
            data[i] ^= value
        elif kind == "insert":
            data[i:i] = bytes([value]) * value
        elif kind == "cut":
            del data[i:i + value]
        else:  # digits grow: a reference or a count made huge
            data[i:i] = b"9" * (value % 12 + 1)
    path = tmp_path_factory.mktemp("fuzz") / f"damaged{suffix}"
    path.write_bytes(bytes(data))
    result = read_roster_isolated(path, limits=Limits(seconds_base=20.0))
    assert result.readable or {p.code for p in result.problems} <= REFUSALS
