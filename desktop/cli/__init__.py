"""The command-line interface: a thin caller of the same services as the GUI.

``app.py`` (the parser, the shared plumbing: the acting user, exit codes) and one module per
group of sub-commands, each with a ``register(subparsers, common)`` function listed in
``app.COMMAND_MODULES``.
"""
from desktop.cli.app import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliRefused, main

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "CliRefused", "main"]
