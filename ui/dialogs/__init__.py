"""Dialogs: forms with ``load()``, ``values()`` and ``show_errors({field: message})``."""
