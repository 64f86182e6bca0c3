"""Sổ Tổ CNSCĐ: the composition root.

``python main.py`` (or the installed ``so-to-cnscd``, or the frozen build's binary) opens the
GUI; ``python main.py COMMAND ...`` runs the command-line interface (``desktop/cli/``) and exits
with its code (0 done, 1 refused, 2 wrong usage); ``--version`` prints the version.
"""
from __future__ import annotations

import sys

# Options of the GUI (and the CLI's common ones) that take a value: their value is not a
# sub-command even though it does not start with "-".
_VALUE_OPTIONS = {"--db", "--data-dir", "--lang", "--screenshot", "--page", "--unit", "--team",
                  "--user"}


def first_positional(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--":
            continue
        if arg.startswith("-"):
            if arg in _VALUE_OPTIONS:
                skip = True
            continue
        return arg
    return None


def wants_cli(argv: list[str]) -> bool:
    """A sub-command (anything positional) means the CLI; ``-h`` alone is the GUI's help,
    which names the CLI's commands."""
    return first_positional(argv) is not None


def version_text() -> str:
    from resources import app_version

    return f"Sổ Tổ CNSCĐ {app_version()}"


def utf8_output() -> None:
    """Print Vietnamese safely when the output is a pipe or a file: Windows gives those the
    ANSI code page (cp1252), which cannot encode "Sổ Tổ CNSCĐ" and would end the command with
    an error. A real console is unaffected (Python writes it as Unicode)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--cnscd-read-roster-child"]:
        # the roster reader's child process (exports/safe_read.py), in a frozen build
        from exports.safe_read import child_main

        return child_main(argv)
    utf8_output()
    if not wants_cli(argv) and ("--version" in argv or argv[:1] == ["-V"]):
        print(version_text())
        return 0
    if wants_cli(argv):
        from desktop.cli import main as cli_main

        return cli_main(argv)
    from ui.launch import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
