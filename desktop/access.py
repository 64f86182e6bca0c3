"""What an actor may do, asked before showing a button (the services check again on save).

The same rules as ``desktop.permissions.require_write`` and ``desktop._common.check_write``,
answered as booleans so the GUI can hide what would be refused.
"""
from __future__ import annotations

from desktop._common import path_ids
from desktop.context import Actor


def is_admin(actor: Actor | None) -> bool:
    return actor is not None and actor.role == "admin"


def can_write(actor: Actor | None) -> bool:
    """A writer somewhere (administrator, or clerk in their scope)."""
    return actor is not None and actor.can_write


def may_edit(actor: Actor | None, unit_id: int | None) -> bool:
    """May change records of ``unit_id`` (a village, commune or anything above)."""
    if not can_write(actor):
        return False
    if actor.role == "admin" or actor.scope_unit_id is None:  # type: ignore[union-attr]
        return True
    if unit_id is None:
        return False
    return actor.scope_unit_id in path_ids(unit_id)  # type: ignore[union-attr]


def overlaps_scope(actor: Actor | None, unit_id: int | None) -> bool:
    """Whether some of ``unit_id``'s subtree is writable: the unit is inside the scope, or
    the scope lies under it (a district page listing a clerk's commune among others)."""
    if not can_write(actor):
        return False
    if actor.role == "admin" or actor.scope_unit_id is None:  # type: ignore[union-attr]
        return True
    if unit_id is None:
        return True
    if may_edit(actor, unit_id):
        return True
    return unit_id in path_ids(actor.scope_unit_id)  # type: ignore[union-attr]
