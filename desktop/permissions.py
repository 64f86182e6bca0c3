"""Permission checks, enforced in the services whatever the GUI shows."""
from __future__ import annotations

from desktop.context import Actor


class PermissionDenied(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def require_admin(actor: Actor) -> None:
    if actor.role != "admin":
        raise PermissionDenied("perm.admin_only", username=actor.username)


def require_write(actor: Actor, unit_path_ids: list[int] | None = None) -> None:
    """A writer whose scope (a unit and everything under it) contains the record's unit."""
    if not actor.can_write:
        raise PermissionDenied("perm.read_only", username=actor.username)
    if actor.role == "admin" or actor.scope_unit_id is None:
        return
    if unit_path_ids is None or actor.scope_unit_id not in unit_path_ids:
        raise PermissionDenied("perm.out_of_scope", username=actor.username)
