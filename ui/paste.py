"""Rows copied from Excel read as team members: the rules live in
``desktop.roster_import.paste`` (the import's own phases); this module keeps the names the
dialogs use."""
from __future__ import annotations

from desktop.roster_import.paste import (
    DEFAULT_ORDER,
    PastedRow,
    add_pasted_members,
    header_map,
    parse_member_rows,
    split_cells,
)

__all__ = ["DEFAULT_ORDER", "PastedRow", "add_pasted_members", "header_map",
           "parse_member_rows", "split_cells"]
