"""Small SQL helpers that behave the same on SQLite and PostgreSQL."""
from __future__ import annotations

import peewee as pw


def escape_like(text: str) -> str:
    """Escape LIKE wildcards in user text (the escape character is a backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like(field: pw.Field, pattern: str) -> pw.Expression:
    """``field LIKE pattern ESCAPE '\\'``, case-sensitive on both dialects.

    Keys are folded (lower case, no accents) before they are stored, so case-sensitive
    matching is what we want, and it lets SQLite use the plain index for a prefix
    (the connection sets ``PRAGMA case_sensitive_like``) and PostgreSQL the ``COLLATE "C"``
    index.
    """
    # Built from raw SQL: peewee maps its LIKE operator to GLOB on SQLite. The pattern is
    # text whatever stands beside it (peewee would pass it through a neighbouring field's
    # converter: after ``NOT retired AND`` a boolean's).
    return pw.NodeList((field, pw.SQL("LIKE"), pw.Value(pattern, converter=False),
                        pw.SQL("ESCAPE '\\'")))
