"""Realistic demo data for trying the app, training clerks and measuring it at scale.

Apart from the services on purpose: the demo writes generated rows in bulk through
``db.bulk`` (parameterised ``executemany``, ids assigned up front) rather than record by
record through the use cases, which would take hours at national scale. Nothing in the
services imports this package; the CLI's ``demo`` command and the GUI's sample-data actions
call :func:`build_demo`.

- ``builder.py``: what is generated and in which order (module docstring: why).
- ``names.py``: the name data (people, villages, organisations) it draws from.
"""
from desktop.demo.builder import SCALES, DemoCancelled, DemoError, DemoReport, build_demo

__all__ = ["SCALES", "DemoCancelled", "DemoError", "DemoReport", "build_demo"]
