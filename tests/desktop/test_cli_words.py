"""The command line speaks Vietnamese, argparse's own usage, errors and help included."""
from __future__ import annotations

import argparse

import pytest

from desktop.cli import main


def test_usage_errors_are_vietnamese_and_exit_2(capsys):
    assert main(["init", "--catalogue", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Cách dùng: main.py init")
    assert "lỗi: tham số --catalogue: lựa chọn không hợp lệ: 'x'" in err
    assert "usage" not in err and "error" not in err and "invalid choice" not in err

    assert main(["export-roster"]) == 2
    err = capsys.readouterr().err
    assert "lỗi: thiếu tham số bắt buộc: -o/--output" in err


def test_help_is_vietnamese(capsys):
    assert main(["decision", "-h"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: main.py decision")
    assert "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in out


def test_argparse_is_english_again_outside_our_parser(capsys):
    parser = argparse.ArgumentParser(prog="x")
    with pytest.raises(SystemExit):
        parser.parse_args(["--nope"])
    assert "usage: x" in capsys.readouterr().err
